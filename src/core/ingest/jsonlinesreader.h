// Reads JSON Lines exports of news articles, one object per line with the keys title, body and
// optionally url, date (or published), source, byline (or author), editor, captions. Each line is
// one article; a bad line is reported with its number and the others are still read.
#pragma once

#include "documentparser.h"

namespace kliping::ingest {

class JsonLinesReader {
public:
    // A line longer than this is refused (a runaway file, not an article).
    static constexpr qsizetype kMaxLineLength = qsizetype{4} * 1024 * 1024;

    static QList<ParseResult> read(const QString &text, const QString &origin);
};

} // namespace kliping::ingest
