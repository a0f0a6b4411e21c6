// File > Subscribe to Feed: the link of a news feed (RSS, RDF or Atom) or a feed file on this
// computer. Subscribe stays disabled until the text is a web link or an existing file.
#pragma once

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;

namespace kliping::gui {

class SubscribeFeedDialog : public QDialog {
    Q_OBJECT
public:
    explicit SubscribeFeedDialog(QWidget *parent = nullptr);

    QLineEdit *locationEdit() const { return m_location; }
    // The link as given, or the file's absolute path; empty when it is neither.
    QString location() const;

private:
    void chooseFile();
    void validate();

    QLineEdit *m_location;
    QLabel *m_problem;
    QPushButton *m_subscribe;
};

} // namespace kliping::gui
