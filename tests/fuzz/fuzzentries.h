// The code paths the fuzz targets drive, one function per parser. Shared by the libFuzzer
// targets (fuzztarget.cpp) and by tests/unit/tst_fuzzregressions.cpp, which replays every input
// the fuzzers once crashed on through exactly the same calls in the normal and sanitized builds.
#pragma once

#include "analysis/analyzer.h"
#include "archive/searchquery.h"
#include "ingest/documentparser.h"
#include "ingest/documentreader.h"
#include "ingest/feedreader.h"
#include "text/dateparser.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <cstdio>
#include <cstdlib>

// A broken invariant is a finding like a crash, in every build type (Q_ASSERT is off in Release).
#define KLIPING_FUZZ_CHECK(condition)                                                          \
    do {                                                                                       \
        if (!(condition)) {                                                                    \
            std::fprintf(stderr, "%s:%d: check failed: %s\n", __FILE__, __LINE__, #condition); \
            std::abort();                                                                      \
        }                                                                                      \
    } while (false)

namespace kliping::fuzz {

// The names of the targets, as in fuzz_<name> and tests/fuzz/{seeds,regressions}/<name>/.
inline QStringList targetNames()
{
    return {QStringLiteral("html"),   QStringLiteral("pagetext"), QStringLiteral("feed"),
            QStringLiteral("jsonl"),  QStringLiteral("date"),     QStringLiteral("query"),
            QStringLiteral("quotes")};
}

inline ingest::RawDocument document(const QByteArray &bytes, const char *mediaType)
{
    ingest::RawDocument doc;
    doc.origin = QStringLiteral("fuzz");
    doc.bytes = bytes;
    doc.mediaType = QString::fromLatin1(mediaType);
    return doc;
}

// A saved web page: decoding, gumbo, metadata, the article extractor and the furniture rules.
inline void html(const QByteArray &bytes)
{
    (void)ingest::DocumentParser::parse(document(bytes, "text/html"));
}

// Copied page text: charset detection, then the page-text parser.
inline void pageText(const QByteArray &bytes)
{
    (void)ingest::DocumentParser::parse(document(bytes, "text/plain"));
}

// A news feed: the XML reader, the HTML of descriptions, then each item as an article.
inline void feed(const QByteArray &bytes)
{
    const ingest::Feed f = ingest::FeedReader::read(bytes);
    (void)ingest::FeedReader::articles(f, QStringLiteral("fuzz"));
    (void)ingest::FeedReader::looksLikeFeed(bytes);
}

// A JSON Lines export: decoding, one JSON object per line, each body through the page parser.
inline void jsonLines(const QByteArray &bytes)
{
    (void)ingest::DocumentParser::parseAll(document(bytes, "application/jsonl"));
}

inline void date(const QByteArray &bytes)
{
    const QString text = QString::fromUtf8(bytes);
    (void)text::DateParser::parse(text);
    if (const auto found = text::DateParser::find(text))
        KLIPING_FUZZ_CHECK(found->start >= 0 && found->start + found->length <= text.size());
}

// A search box's text, without an archive (oleh:/lembaga: are read, not resolved).
inline void query(const QByteArray &bytes)
{
    const QString text = QString::fromUtf8(bytes);
    const archive::SearchQuery q = archive::QueryParser().parse(text);
    (void)q.matchExpression(archive::SearchTarget::Articles);
    (void)q.matchExpression(archive::SearchTarget::Quotes, QStringLiteral("text"));
    (void)q.excludeExpression();
    (void)q.sqlFilter(archive::SearchTarget::Articles);
    (void)q.sqlFilter(archive::SearchTarget::Quotes);
    (void)archive::QueryParser::dateRange(text);
}

// The analysis (people, institutions, quotes) of an article whose body is the input.
inline void quotes(const analysis::Analyzer &analyzer, const QByteArray &bytes)
{
    ingest::Article article;
    article.body = QString::fromUtf8(bytes);
    const analysis::Analysis result = analyzer.analyze(article);
    // Every span must lie inside the body: the reader highlights them by these offsets.
    for (const analysis::Quote &q : result.quotes)
        KLIPING_FUZZ_CHECK(q.start >= 0 && q.start <= q.end && q.end <= article.body.size());
    for (const analysis::Mention &m : result.mentions)
        KLIPING_FUZZ_CHECK(m.start >= 0 && m.start <= m.end && m.end <= article.body.size());
}

} // namespace kliping::fuzz
