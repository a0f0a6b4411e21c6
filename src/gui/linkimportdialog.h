// File > Import from Link: one or more http/https links, one a line, the clipboard's link
// filled in when it holds one. Import stays disabled until every line is a web link, and the
// first line that is not one is named.
#pragma once

#include <QDialog>
#include <QStringList>

class QDialogButtonBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace kliping::gui {

class LinkImportDialog : public QDialog {
    Q_OBJECT
public:
    explicit LinkImportDialog(QWidget *parent = nullptr);

    void setText(const QString &text);
    QPlainTextEdit *editor() const { return m_edit; }
    bool canImport() const;
    // The links entered, without blank lines and repeats.
    QStringList links() const;
    QString problem() const;

    // Splits text into links (one a line, white space trimmed); badLine gets the first line
    // that is not an http/https link.
    static QStringList parseLinks(const QString &text, QString *badLine = nullptr);

private:
    void validate();

    QPlainTextEdit *m_edit;
    QLabel *m_problem;
    QDialogButtonBox *m_buttons;
    QPushButton *m_import = nullptr;
};

} // namespace kliping::gui
