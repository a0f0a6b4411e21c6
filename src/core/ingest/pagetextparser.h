// Reads the text of a news page as a browser copies it — title, byline, date, caption, article
// paragraphs, and the site's furniture around them — into an Article. Knows no site in
// particular: furniture and labels come from PageLexicon.
#pragma once

#include "article.h"
#include "pagelexicon.h"

namespace kliping::ingest {

class PageTextParser {
public:
    explicit PageTextParser(const PageLexicon &lexicon = PageLexicon::instance())
        : m_lexicon(lexicon)
    {
    }

    struct Options {
        bool findTitle = true; // false when the title is known (a JSON record, a feed item)
    };

    Article parse(const QString &text) const { return parse(text, Options()); }
    Article parse(const QString &text, const Options &options) const;

    // Unicode NFC, LF line ends, no-break and zero-width spaces folded; whitespace inside each
    // line collapsed. Exposed for the other readers, which build bodies the same way.
    static QStringList normalizedLines(const QString &text);

private:
    void readDateline(Article &article) const;
    void readReportingDate(Article &article, const QStringList &paragraphs) const;

    const PageLexicon &m_lexicon;
};

} // namespace kliping::ingest
