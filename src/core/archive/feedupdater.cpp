#include "feedupdater.h"

#include "ingest/documentreader.h"
#include "ingest/feedreader.h"

namespace kliping::archive {

FeedUpdateResult FeedUpdater::update(const FeedSubscription &subscription)
{
    FeedUpdateResult result;
    result.feed = subscription;
    const ingest::RawDocument doc = ingest::DocumentReader::read(subscription.location);
    if (!doc.ok()) {
        result.error = doc.error;
        m_archive.recordFeedUpdate(subscription.id, {}, {}, result.error);
        return result;
    }
    ingest::Feed feed = ingest::FeedReader::read(doc.bytes);
    result.error = feed.error;
    const QSet<QString> known = m_archive.feedItemKeys(subscription.id);
    QList<ingest::FeedItem> fresh;
    for (const ingest::FeedItem &item : std::as_const(feed.items)) {
        if (!item.id.isEmpty() && !known.contains(item.id))
            fresh << item;
    }
    feed.items = fresh;
    feed.error.clear(); // reported once, in result.error
    result.report = m_importer.importParsed(ingest::FeedReader::articles(feed, subscription.location));

    QList<QPair<QString, qint64>> taken;
    for (qsizetype i = 0; i < fresh.size() && i < result.report.items.size(); ++i) {
        taken.append({fresh.at(i).id, result.report.items.at(i).articleId});
    }
    m_archive.recordFeedUpdate(subscription.id, feed.title, taken, result.error);
    return result;
}

QList<FeedUpdateResult> FeedUpdater::updateAll(const ArticleImporter::Progress &progress)
{
    QList<FeedUpdateResult> results;
    const QList<FeedSubscription> feeds = m_archive.feeds();
    for (qsizetype i = 0; i < feeds.size(); ++i) {
        if (progress && !progress(int(i), int(feeds.size()), feeds.at(i).location))
            break;
        results << update(feeds.at(i));
    }
    if (progress)
        progress(int(feeds.size()), int(feeds.size()), QString());
    return results;
}

} // namespace kliping::archive
