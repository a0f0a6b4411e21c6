// Import from links, against a real HTTP server on 127.0.0.1: redirects, HTTP errors, wrong
// content types, size limits, timeouts and unknown hosts, each with the message a user sees.
#include "archive/archive.h"
#include "archive/articleimporter.h"
#include "ingest/documentreader.h"
#include "ingest/urlfetcher.h"
#include "localhttpserver.h"

#include <QTemporaryDir>
#include <QTest>

using namespace kliping;
using namespace kliping::tests;

namespace {

const QByteArray kPage =
    "Dinas Perhubungan Uji Coba Jalur Sepeda Baru\n\n"
    "JAKARTA, Kompas.com - Dinas Perhubungan menguji coba jalur sepeda baru sepanjang "
    "lima kilometer di pusat kota mulai Senin.\n\n"
    "\"Kami ingin warga merasa aman bersepeda,\" kata Kepala Dinas Perhubungan.\n";

} // namespace

class TestUrlFetcher : public QObject {
    Q_OBJECT

    LocalHttpServer m_server;

private slots:
    void initTestCase()
    {
        m_server.addPage("/berita/jalur-sepeda", "text/plain; charset=utf-8", kPage);
        m_server.addRedirect("/pendek", "/berita/jalur-sepeda");
        m_server.addPage("/foto.png", "image/png", QByteArray("\x89PNG\r\n\x1a\n", 8));
        LocalHttpServer::Route big;
        big.headers = {{"Content-Type", "text/html"}, {"Content-Length", "999999999"}};
        big.body = "<html>";
        m_server.add("/besar", big);
        LocalHttpServer::Route hang;
        hang.hang = true;
        m_server.add("/lambat", hang);
        LocalHttpServer::Route error;
        error.status = 500;
        error.reason = "Internal Server Error";
        m_server.add("/rusak", error);
        m_server.addPage("/data/lain.jsonl", "application/x-ndjson", "{\"title\":\"x\"}\n");
        m_server.addPage("/data/artikel.jsonl", "text/plain; charset=utf-8",
                         "{\"title\":\"Jalan Baru Diresmikan\",\"body\":\"Wali Kota meresmikan "
                         "jalan baru di pinggir kota pada Senin pagi.\"}\n"
                         "{\"title\":\"Pasar Murah Dibuka\",\"body\":\"Pemerintah kota membuka "
                         "pasar murah di alun-alun menjelang hari raya.\"}\n");
        m_server.addPage("/latin1", "text/plain; charset=windows-1252",
                         "Wali Kota Resmikan Caf\xe9 Baca\n\nWali Kota meresmikan kafe baca "
                         "\x93Pojok Literasi\x94 di taman kota pada Sabtu pagi.\n");
    }

    void fetchesAPage()
    {
        const ingest::FetchResult r =
            ingest::UrlFetcher().fetch(QUrl(m_server.url(QStringLiteral("/berita/jalur-sepeda"))));
        QVERIFY2(r.ok(), qPrintable(r.error));
        QCOMPARE(r.httpStatus, 200);
        QCOMPARE(r.mediaType, QStringLiteral("text/plain"));
        QCOMPARE(r.charset, QStringLiteral("utf-8"));
        QCOMPARE(r.bytes, kPage);
    }

    void followsRedirectsAndKeepsTheFinalUrl()
    {
        QTemporaryDir dir;
        archive::Archive a;
        QVERIFY(a.open(dir.filePath(QStringLiteral("a.sqlite"))));
        archive::ArticleImporter importer(a);
        const auto report = importer.importPaths({m_server.url(QStringLiteral("/pendek"))});
        QCOMPARE(report.items.size(), 1);
        QCOMPARE(report.items.first().status, archive::ImportItemResult::Status::Imported);
        const auto stored = a.article(report.items.first().articleId);
        QVERIFY(stored);
        QCOMPARE(stored->article.title, QStringLiteral("Dinas Perhubungan Uji Coba Jalur Sepeda Baru"));
        QCOMPARE(stored->article.url, m_server.url(QStringLiteral("/berita/jalur-sepeda")));
        QCOMPARE(stored->article.origin, m_server.url(QStringLiteral("/pendek")));
        QCOMPARE(stored->article.originalBytes, kPage);
        QCOMPARE(stored->article.source, QStringLiteral("Kompas.com"));
        // The same link again is a duplicate, found by its URL.
        const auto again = importer.importPaths({m_server.url(QStringLiteral("/berita/jalur-sepeda"))});
        QCOMPARE(again.items.first().status, archive::ImportItemResult::Status::Duplicate);
    }

    // A JSON Lines file from a link is fetched whole (files on disk are streamed): served as text
    // (as raw file hosts do) it is read record by record; a type that is neither a page, a feed
    // nor text is refused by name, not taken for a missing file.
    void jsonLinesFromALink()
    {
        QTemporaryDir dir;
        archive::Archive a;
        QVERIFY(a.open(dir.filePath(QStringLiteral("a.sqlite"))));
        archive::ArticleImporter importer(a);
        const auto report = importer.importPaths({m_server.url(QStringLiteral("/data/artikel.jsonl"))});
        QVERIFY2(report.count(archive::ImportItemResult::Status::Imported) == 2,
                 qPrintable(report.items.value(0).message));
        QCOMPARE(report.items.at(1).title, QStringLiteral("Pasar Murah Dibuka"));
        const auto ndjson = importer.importPaths({m_server.url(QStringLiteral("/data/lain.jsonl"))});
        QCOMPARE(ndjson.items.size(), 1);
        QCOMPARE(ndjson.items.first().message,
                 QStringLiteral("The link returns application/x-ndjson, not a web page or a news "
                                "feed."));
    }

    void declaredCharsetIsUsed()
    {
        const auto doc = ingest::DocumentReader::read(m_server.url(QStringLiteral("/latin1")));
        QVERIFY2(doc.ok(), qPrintable(doc.error));
        QCOMPARE(doc.charset, QStringLiteral("windows-1252"));
        QTemporaryDir dir;
        archive::Archive a;
        QVERIFY(a.open(dir.filePath(QStringLiteral("a.sqlite"))));
        const auto report = archive::ArticleImporter(a).importPaths({m_server.url(QStringLiteral("/latin1"))});
        const auto stored = a.article(report.items.first().articleId);
        QVERIFY(stored);
        QCOMPARE(stored->article.title, QStringLiteral("Wali Kota Resmikan Café Baca"));
        QVERIFY(stored->article.body.contains(QStringLiteral("“Pojok Literasi”")));
    }

    void errorsAreExplained_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("message");
        QTest::newRow("404") << "/tidak-ada" << "HTTP 404 Not Found";
        QTest::newRow("500") << "/rusak" << "HTTP 500 Internal Server Error";
        QTest::newRow("image") << "/foto.png" << "returns image/png, not a web page";
        QTest::newRow("too large") << "/besar" << "too large";
        QTest::newRow("timeout") << "/lambat" << "did not answer within 1 seconds";
    }

    void errorsAreExplained()
    {
        QFETCH(QString, path);
        QFETCH(QString, message);
        ingest::UrlFetcher fetcher;
        fetcher.setTimeout(1000);
        const ingest::FetchResult r = fetcher.fetch(QUrl(m_server.url(path)));
        QVERIFY(!r.ok());
        QVERIFY2(r.error.contains(message), qPrintable(r.error));
    }

    void unknownHostAndBadLinks()
    {
        ingest::UrlFetcher fetcher;
        fetcher.setTimeout(5000);
        const auto r = fetcher.fetch(QUrl(QStringLiteral("http://kliping-test.invalid/berita")));
        QVERIFY(!r.ok());
        QVERIFY2(r.error.contains(QLatin1String("could not be found")) ||
                     r.error.contains(QLatin1String("did not answer")),
                 qPrintable(r.error));
        QVERIFY(!ingest::UrlFetcher::isFetchableUrl(QStringLiteral("ftp://example.org/a")));
        QVERIFY(!ingest::UrlFetcher::isFetchableUrl(QStringLiteral("/home/user/a.txt")));
        QVERIFY(ingest::UrlFetcher::isFetchableUrl(QStringLiteral("https://example.org/a")));
    }
};

QTEST_GUILESS_MAIN(TestUrlFetcher)
#include "tst_urlfetcher.moc"
