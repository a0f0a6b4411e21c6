// News feeds: the real RSS/RDF snapshots of ../shared/corpus/rss, our own Atom and broken
// fixtures, and subscriptions updated from a local HTTP server (only new items are imported;
// summary-only items are completed from the linked page, or kept as partial when it is out of
// reach).
#include "archive/archive.h"
#include "archive/articleimporter.h"
#include "archive/feedupdater.h"
#include "ingest/feedreader.h"
#include "localhttpserver.h"
#include "shareddata.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace kliping;
using namespace kliping::tests;

namespace {

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

QByteArray rssWith(const QList<int> &items, const QString &base)
{
    QByteArray xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><rss version=\"2.0\"><channel>"
                     "<title>Humas Polres Contoh</title><link>" +
                     base.toUtf8() + "</link>";
    for (int i : items)
        xml += QStringLiteral("<item><title>Kegiatan Polres nomor %1</title><link>%2/berita/%1</link>"
                              "<guid>berita-%1</guid><pubDate>Mon, 02 Mar 2026 0%1:00:00 +0700</pubDate>"
                              "<description>Ringkasan kegiatan %1.</description></item>")
                   .arg(i)
                   .arg(base)
                   .toUtf8();
    return xml + "</channel></rss>";
}

} // namespace

class TestFeeds : public QObject {
    Q_OBJECT

private slots:
    void realFeedsAreReadWhole()
    {
        const QString manifest = sharedPath(QStringLiteral("corpus/rss/manifest.json"));
        if (manifest.isEmpty())
            QSKIP("../shared/corpus/rss is not on this machine");
        const QJsonArray files = QJsonDocument::fromJson(readAll(manifest)).array();
        QVERIFY(files.size() >= 10);
        for (const QJsonValue &v : files) {
            const QJsonObject o = v.toObject();
            const QString file = o.value(QLatin1String("file")).toString();
            const ingest::Feed feed =
                ingest::FeedReader::read(readAll(sharedPath(QStringLiteral("corpus/rss/") + file)));
            QVERIFY2(feed.ok(), qPrintable(file + QLatin1String(": ") + feed.error));
            QCOMPARE(feed.items.size(), o.value(QLatin1String("items")).toInt());
            for (const ingest::FeedItem &item : feed.items) {
                QVERIFY2(!item.title.isEmpty(), qPrintable(file));
                QVERIFY2(item.link.startsWith(QLatin1String("http")), qPrintable(file));
                QVERIFY2(!item.title.contains(u'<') && !item.summary.contains(QLatin1String("<img")),
                         qPrintable(file + QLatin1String(": ") + item.title));
            }
        }
    }

    void rdfAndLatin1()
    {
        const QString path = sharedPath(QStringLiteral("corpus/rss/bbc_indonesia_rss1_rdf_old.xml"));
        if (path.isEmpty())
            QSKIP("../shared/corpus/rss is not on this machine");
        const ingest::Feed feed = ingest::FeedReader::read(readAll(path));
        QCOMPARE(feed.format, QStringLiteral("RSS 1.0"));
        QVERIFY(feed.items.size() > 0);
        QVERIFY(feed.items.first().published.isValid());
        for (const ingest::FeedItem &item : feed.items)
            QVERIFY(!item.title.contains(QChar(0xFFFD)) && !item.summary.contains(QChar(0xFFFD)));
        const auto articles = ingest::FeedReader::articles(feed, path);
        QCOMPARE(articles.first().article.source, QStringLiteral("BBC News Indonesia"));
        QVERIFY(articles.first().article.byline.isEmpty()); // dc:creator is a URL there
    }

    void atomFeed()
    {
        const ingest::Feed feed =
            ingest::FeedReader::read(readAll(fixturePath(QStringLiteral("feeds/pemkot_atom.xml"))));
        QVERIFY2(feed.ok(), qPrintable(feed.error));
        QCOMPARE(feed.format, QStringLiteral("Atom"));
        QCOMPARE(feed.title, QStringLiteral("Berita Pemkot Sukamaju"));
        QCOMPARE(feed.items.size(), 2);
        const ingest::FeedItem &first = feed.items.at(0);
        QCOMPARE(first.link, QStringLiteral("https://sukamaju.example/berita/festival-kuliner"));
        QCOMPARE(first.id, QStringLiteral("urn:kliping:test:1"));
        QCOMPARE(first.author, QStringLiteral("Humas Pemkot Sukamaju"));
        QCOMPARE(first.published, QDateTime(QDate(2026, 3, 2), QTime(1, 30), QTimeZone::utc()));
        QCOMPARE(first.summary,
                 QStringLiteral("Wali Kota Sukamaju membuka Festival Kuliner Rakyat di alun-alun."));
        QCOMPARE(feed.items.at(1).published, QDateTime(QDate(2026, 3, 1), QTime(14, 0), QTimeZone::utc()));
        const auto articles = ingest::FeedReader::articles(feed, QStringLiteral("pemkot_atom.xml"));
        QCOMPARE(articles.size(), 2);
        QVERIFY(articles.at(0).article.partial); // a summary only
        QCOMPARE(articles.at(0).article.title, QStringLiteral("Wali Kota Buka Festival Kuliner Rakyat"));
    }

    void brokenAndForeignXml()
    {
        const ingest::Feed broken =
            ingest::FeedReader::read(readAll(fixturePath(QStringLiteral("feeds/broken_rss.xml"))));
        QVERIFY(!broken.ok());
        QCOMPARE(broken.items.size(), 1);
        QVERIFY2(broken.error.contains(QLatin1String("broken at line")), qPrintable(broken.error));
        const auto articles = ingest::FeedReader::articles(broken, QStringLiteral("broken_rss.xml"));
        QCOMPARE(articles.size(), 2); // the whole item, then the error
        QVERIFY(articles.at(0).ok());
        QVERIFY(!articles.at(1).ok());

        const ingest::Feed foreign =
            ingest::FeedReader::read(readAll(fixturePath(QStringLiteral("feeds/not_a_feed.xml"))));
        QVERIFY(foreign.error.contains(QLatin1String("not a news feed")));
        QVERIFY(ingest::FeedReader::read("this is not xml").error.contains(QLatin1String("not a news feed")));
    }

    void importingAFeedFileGivesOneArticlePerItem()
    {
        QTemporaryDir dir;
        archive::Archive a;
        QVERIFY(a.open(dir.filePath(QStringLiteral("a.sqlite"))));
        archive::ArticleImporter importer(a);
        importer.setFetchLinkedPages(false);
        const auto report = importer.importPaths({fixturePath(QStringLiteral("feeds"))});
        using S = archive::ImportItemResult::Status;
        QCOMPARE(report.count(S::Imported), 3); // two Atom entries, the whole RSS item
        QCOMPARE(report.count(S::Failed), 2);   // the broken tail, the foreign XML
        QCOMPARE(a.articleCount(), 3);
    }

    void subscriptionImportsOnlyNewItems()
    {
        LocalHttpServer server;
        const QString base = server.url(QString());
        server.addPage("/feed.xml", "application/rss+xml", rssWith({1, 2}, base));
        server.addPage("/berita/1", "text/plain; charset=utf-8",
                       "Kegiatan Polres nomor 1\n\nPolres Contoh menggelar patroli bersama warga di "
                       "seluruh kecamatan sepanjang akhir pekan untuk menjaga keamanan.\n\n"
                       "\"Kami hadir untuk warga,\" kata Kapolres Contoh.\n");
        // /berita/2 is missing (HTTP 404): its summary is kept, marked partial.
        QTemporaryDir dir;
        archive::Archive a;
        QVERIFY(a.open(dir.filePath(QStringLiteral("a.sqlite"))));
        const auto id = a.addFeed(server.url(QStringLiteral("/feed.xml")));
        QVERIFY(id);
        QCOMPARE(a.addFeed(server.url(QStringLiteral("/feed.xml"))), id); // once
        archive::ArticleImporter importer(a);
        archive::FeedUpdater updater(a, importer);

        auto results = updater.updateAll();
        QCOMPARE(results.size(), 1);
        QVERIFY2(results.first().error.isEmpty(), qPrintable(results.first().error));
        QCOMPARE(results.first().report.count(archive::ImportItemResult::Status::Imported), 2);
        const auto first = a.article(results.first().report.items.at(0).articleId);
        QVERIFY(first);
        QVERIFY(!first->article.partial);
        QVERIFY(first->article.body.contains(QLatin1String("Kami hadir untuk warga")));
        QCOMPARE(first->article.published, QDateTime(QDate(2026, 3, 1), QTime(18, 0), QTimeZone::utc()));
        const auto second = a.article(results.first().report.items.at(1).articleId);
        QVERIFY(second->article.partial);
        QCOMPARE(second->article.body, QStringLiteral("Ringkasan kegiatan 2."));

        server.addPage("/feed.xml", "application/rss+xml", rssWith({1, 2, 3}, base));
        results = updater.updateAll();
        QCOMPARE(results.first().report.items.size(), 1);
        QCOMPARE(results.first().report.items.first().title, QStringLiteral("Kegiatan Polres nomor 3"));
        QCOMPARE(a.articleCount(), 3);
        const auto feeds = a.feeds();
        QCOMPARE(feeds.first().items, 3);
        QCOMPARE(feeds.first().title, QStringLiteral("Humas Polres Contoh"));
        QVERIFY(feeds.first().updatedAt.isValid());
    }

    void unreachableFeedIsRecorded()
    {
        QTemporaryDir dir;
        archive::Archive a;
        QVERIFY(a.open(dir.filePath(QStringLiteral("a.sqlite"))));
        QVERIFY(a.addFeed(dir.filePath(QStringLiteral("gone.xml"))));
        archive::ArticleImporter importer(a);
        archive::FeedUpdater updater(a, importer);
        const auto results = updater.updateAll();
        QVERIFY(results.first().error.contains(QLatin1String("does not exist")));
        QVERIFY(a.feeds().first().lastError.contains(QLatin1String("does not exist")));
    }
};

QTEST_GUILESS_MAIN(TestFeeds)
#include "tst_feeds.moc"
