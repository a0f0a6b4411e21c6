// Shows one article for reading: the title large, a muted line with source, date (in the
// article's own zone), writer and editor, the photo captions, then the paragraphs with the
// quotes of its analysis marked (and, when asked, its people and institutions). Article text
// comes from the web and is untrusted: everything is HTML-escaped and nothing is ever loaded
// from outside the program's own resources. Its only links are the program's own
// (kliping:person/ID, kliping:institution/ID, kliping:article/ID): a click on one is reported by
// a signal and never loads anything.
#pragma once

#include "analysis/analysis.h"
#include "archive/archive.h"
#include "articlehtml.h"

#include <QTextBrowser>

#include <functional>

namespace kliping::gui {

class ArticleReader : public QTextBrowser {
    Q_OBJECT
public:
    explicit ArticleReader(QWidget *parent = nullptr);

    void showArticle(const ingest::Article &article, const analysis::Analysis &analysis = {},
                     const ArticleLinks &links = {});
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

    // What a click on a link of the reader does (also the anchorClicked signal's handler): the
    // program's links become signals, http and https links go to the user's browser through the
    // URL opener, and every other scheme (javascript:, file:, data:, ...) is ignored.
    void openLink(const QUrl &link);
    // What opens a web link; QDesktopServices::openUrl unless a test replaces it.
    using UrlOpener = std::function<void(const QUrl &)>;
    void setUrlOpener(UrlOpener opener) { m_urlOpener = std::move(opener); }

signals:
    void personActivated(qint64 personId);
    void institutionActivated(qint64 institutionId);
    void articleActivated(qint64 articleId);

protected:
    QVariant loadResource(int type, const QUrl &name) override;
    // Never navigates: the program's links become signals, any other is ignored.
    void doSetSource(const QUrl &name, QTextDocument::ResourceType type) override;
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
    ArticleLinks m_links;
    QString m_html;
    UrlOpener m_urlOpener;
};

} // namespace kliping::gui
