// Reads a saved web page (or the body of a fetched URL) into an Article: a real HTML5 parse
// (libgumbo), the page's metadata (JSON-LD, Open Graph, <meta>, <link rel=canonical>, <time>,
// <title>, <h1>), and the article text found by scoring the page's containers by how much
// paragraph text they hold with few links. Site furniture is then removed line by line with the
// same PageLexicon rules as copied page text. Home pages and lists of articles are refused.
// Per-site hints (resources/lexicon/sites.tsv) only refine the generic extractor.
#pragma once

#include "article.h"
#include "pagelexicon.h"
#include "siterules.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace kliping::ingest {

class HtmlPageParser {
public:
    static constexpr int kMaxParagraphs = 5000;

    explicit HtmlPageParser(const PageLexicon &lexicon = PageLexicon::instance(),
                            const SiteRules &sites = SiteRules::instance())
        : m_lexicon(lexicon)
        , m_sites(sites) {}

    struct Result {
        Article article;
        QString error;             // why the page gave no article (a home page, too large ...)
        bool notAnArticle = false; // the page was recognised as a home page or list of articles
        // Paragraphs of the article's container that were left out of the body as furniture,
        // metadata lines or captions: what a user would ask about when text seems missing.
        QStringList removed;
        bool ok() const { return error.isEmpty(); }
    };

    // bytes: the page as saved or downloaded; httpCharset: the charset of an HTTP Content-Type
    // header, which wins over the page's own <meta> declaration. A BOM or valid UTF-8 wins over
    // both (see TextDecoder). The caller fills origin.
    Result parse(const QByteArray &bytes, const QString &httpCharset = {}) const;

private:
    const PageLexicon &m_lexicon;
    const SiteRules &m_sites;
};

} // namespace kliping::ingest
