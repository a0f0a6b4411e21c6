// Turns a raw document into an article: decodes its bytes and hands the text to the parser for
// its kind (copied page text, saved web pages, JSON Lines; feeds come with their reader).
#pragma once

#include "article.h"
#include "documentreader.h"

namespace kliping::ingest {

struct ParseResult {
    QString origin; // the document, or one record of it ("file.jsonl:12")
    Article article;
    QString error; // why no article could be made; empty on success
    bool ok() const { return error.isEmpty(); }
};

class DocumentParser {
public:
    // Every article a document holds: one for a page, one per record of a JSON Lines file. A
    // bad record is an item with its error; the others are still returned.
    static QList<ParseResult> parseAll(const RawDocument &document);
    // A document that holds one article.
    static ParseResult parse(const RawDocument &document);
    // Text the user pasted (clipboard): parsed like a copied page.
    static ParseResult parseText(const QString &text, const QString &origin);
};

} // namespace kliping::ingest
