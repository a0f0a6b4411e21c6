// Turns a raw document into an article: decodes its bytes and hands the text to the parser for
// its kind (copied page text now; saved web pages, feeds and JSON Lines come with their readers).
#pragma once

#include "article.h"
#include "documentreader.h"

namespace kliping::ingest {

struct ParseResult {
    Article article;
    QString error; // why no article could be made; empty on success
    bool ok() const { return error.isEmpty(); }
};

class DocumentParser {
public:
    static ParseResult parse(const RawDocument &document);
    // Text the user pasted (clipboard): parsed like a copied page.
    static ParseResult parseText(const QString &text, const QString &origin);
};

} // namespace kliping::ingest
