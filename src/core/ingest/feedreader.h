// Reads news feeds — RSS 2.0, RSS 1.0/RDF and Atom — into their items: title, link, id, date,
// author, and the summary or full content as plain text. Broken XML is reported with the line
// and column where it broke; the items read before that point are kept.
#pragma once

#include "documentparser.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace kliping::ingest {

struct FeedItem {
    QString title;
    QString link;
    QString id;        // guid / Atom id; the link when the feed gives none
    QDateTime published;
    QString author;
    QString summary;   // plain text of description / summary
    QString content;   // plain text of content:encoded / Atom content, when the feed has it
};

struct Feed {
    QString title;
    QString link;
    QString format;    // "RSS 2.0", "RSS 1.0", "Atom"
    QList<FeedItem> items;
    QString error;     // why reading stopped early, or why this is not a feed
    bool ok() const { return error.isEmpty(); }
};

class FeedReader {
public:
    static constexpr int kMaxItems = 10000;

    static Feed read(const QByteArray &bytes);
    // True when the bytes look like a feed (root element rss, rdf:RDF or feed).
    static bool looksLikeFeed(const QByteArray &bytes);

    // Each item as an article: the full content when the feed carries it, otherwise the summary
    // and the article marked partial (the linked page can be fetched to complete it).
    static QList<ParseResult> articles(const Feed &feed, const QString &origin);
    // An article counts as the feed item's summary only, when its text is this short.
    static constexpr int kSummaryWords = 120;
};

} // namespace kliping::ingest
