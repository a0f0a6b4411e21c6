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

    // Text beyond these limits is refused rather than read: it is not one article, and every
    // later step (analysis, search index) grows with it. The longest of the 6,647 real articles
    // in ../shared has 421 paragraphs and a line of 8,573 characters.
    static constexpr int kMaxParagraphs = 5000; // lines with text
    static constexpr qsizetype kMaxLineLength = 100000; // characters (UTF-16 code units)

    // error (when given) is set to why the text was refused, for the user, and cleared when it
    // was read; a refused text gives an empty article.
    Article parse(const QString &text, QString *error = nullptr) const
    {
        return parse(text, Options(), error);
    }
    Article parse(const QString &text, const Options &options, QString *error = nullptr) const;

    // Unicode NFC, LF line ends, no-break and zero-width spaces folded; whitespace inside each
    // line collapsed. Exposed for the other readers, which build bodies the same way.
    static QStringList normalizedLines(const QString &text);

private:
    void readDateline(Article &article) const;
    void readReportingDate(Article &article, const QStringList &paragraphs) const;

    const PageLexicon &m_lexicon;
};

} // namespace kliping::ingest
