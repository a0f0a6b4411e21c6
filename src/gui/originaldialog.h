// View > View Original: the article as it was imported, before Kliping took it apart — the
// decoded text of a text file, or the source of a saved web page shown as text (never rendered,
// so no script runs and nothing is loaded), with the media type, the encoding and the origin.
#pragma once

#include "archive/archive.h"

#include <QDialog>

class QPlainTextEdit;
class QLabel;

namespace kliping::gui {

class OriginalDialog : public QDialog {
    Q_OBJECT
public:
    explicit OriginalDialog(const archive::StoredArticle &stored, QWidget *parent = nullptr);

    QPlainTextEdit *textView() const { return m_text; }
    QLabel *infoLabel() const { return m_info; }

private:
    QLabel *m_info;
    QPlainTextEdit *m_text;
};

} // namespace kliping::gui
