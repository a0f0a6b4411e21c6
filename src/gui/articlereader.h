// Shows one article for reading: the title large, a muted line with source, date (in the
// article's own zone), writer and editor, the photo captions, then the paragraphs. Article text
// comes from the web and is untrusted: everything is HTML-escaped and nothing is ever loaded
// from outside the program's own resources.
#pragma once

#include "archive/archive.h"

#include <QTextBrowser>

namespace kliping::gui {

class ArticleReader : public QTextBrowser {
    Q_OBJECT
public:
    explicit ArticleReader(QWidget *parent = nullptr);

    void showArticle(const ingest::Article &article);
    // A short note in place of an article, e.g. when nothing is selected.
    void showMessage(const QString &title, const QString &text);
    void setBodyFontSize(int points);
    int bodyFontSize() const { return m_fontSize; }

    // The article as HTML for the reader's stylesheet; exposed for tests and export previews.
    static QString articleHtml(const ingest::Article &article, const QLocale &locale = QLocale());

protected:
    QVariant loadResource(int type, const QUrl &name) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void applyStyle();
    void setReaderHtml(const QString &html);
    // Widens the side margins on a wide reader so lines stay a comfortable length.
    void updateMargins();

    int m_fontSize;
    QString m_styleSheet;
    QString m_html; // what is shown, as built here (toHtml() would carry the old font size)
};

} // namespace kliping::gui
