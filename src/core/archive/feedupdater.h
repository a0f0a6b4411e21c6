// Updates the feeds a user subscribed to: reads each feed (a link or a file), imports the items
// not taken before through the ArticleImporter, and records what it took and any error.
#pragma once

#include "archive.h"
#include "articleimporter.h"

namespace kliping::archive {

struct FeedUpdateResult {
    FeedSubscription feed;
    ImportReport report; // the new items only
    QString error;       // the feed could not be read (or only in part)
};

class FeedUpdater {
public:
    FeedUpdater(Archive &archive, ArticleImporter &importer)
        : m_archive(archive)
        , m_importer(importer)
    {
    }

    FeedUpdateResult update(const FeedSubscription &feed);
    // Every subscribed feed; progress is called per feed and may cancel between feeds.
    QList<FeedUpdateResult> updateAll(const ArticleImporter::Progress &progress = {});

private:
    Archive &m_archive;
    ArticleImporter &m_importer;
};

} // namespace kliping::archive
