// Shows one article for reading: the title large, a muted line with source, date (in the
// article's own zone), writer and editor, the photo captions, then the paragraphs with the
// quotes of its analysis marked (and, when asked, its people and institutions). Article text
// comes from the web and is untrusted: everything is HTML-escaped and nothing is ever loaded
// from outside the program's own resources.
#pragma once

#include "analysis/analysis.h"
#include "archive/archive.h"

#include <QTextBrowser>

namespace kliping::gui {

class ArticleReader : public QTextBrowser {
    Q_OBJECT
public:
    explicit ArticleReader(QWidget *parent = nullptr);

    void showArticle(const ingest::Article &article, const analysis::Analysis &analysis = {});
    // A short note in place of an article, e.g. when nothing is selected.
    void showMessage(const QString &title, const QString &text);
    void setBodyFontSize(int points);
    int bodyFontSize() const { return m_fontSize; }
    // Colours the mentions of people and institutions in the text (quotes are always marked).
    void setMarkEntities(bool mark);
    bool markEntities() const { return m_markEntities; }

    bool hasArticle() const { return m_hasArticle; }
    // The document position of an offset into the shown article's body; -1 without an article.
    int documentPosition(qsizetype bodyOffset) const;
    // Selects a span of the body (a quote) and scrolls it into view.
    void selectBodyRange(qsizetype start, qsizetype end);

protected:
    QVariant loadResource(int type, const QUrl &name) override;
    void resizeEvent(QResizeEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void applyStyle();
    void render();
    void setReaderHtml(const QString &html);
    // Widens the side margins on a wide reader so lines stay a comfortable length.
    void updateMargins();

    int m_fontSize;
    bool m_markEntities = false;
    QString m_styleSheet;
    // What is shown: an article with its analysis, or a message's HTML as built here (toHtml()
    // would carry the old font size).
    bool m_hasArticle = false;
    ingest::Article m_article;
    analysis::Analysis m_analysis;
    QString m_html;
};

} // namespace kliping::gui
