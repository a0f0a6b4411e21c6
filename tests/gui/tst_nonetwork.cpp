// Imported pages never reach the network: an article whose text and original page are full of
// things a browser would fetch (images, scripts, frames, stylesheets, CSS backgrounds and
// @import) is read in the reader and in View Original while a local HTTP server watches: it gets
// no request. A click on a web link in the reader goes to the browser only for http and https;
// javascript:, file: and other schemes are ignored.
#include "articlereader.h"
#include "localhttpserver.h"
#include "mainwindow.h"
#include "samplearchive.h"

#include <QAction>
#include <QDialog>
#include <QPlainTextEdit>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace kliping;
using namespace kliping::gui;

class TestNoNetwork : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void hostileArticleMakesNoRequest();
    void onlyWebLinksGoToTheBrowser();

private:
    QString hostileMarkup(const tests::LocalHttpServer &server) const;
};

void TestNoNetwork::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("KlipingTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_nonetwork"));
}

QString TestNoNetwork::hostileMarkup(const tests::LocalHttpServer &server) const
{
    return QStringLiteral(
               "<img src=\"%1\"> <script src=\"%2\"></script> <iframe src=\"%3\"></iframe> "
               "<link rel=\"stylesheet\" href=\"%4\"> "
               "<div style=\"background:url(%5)\">latar</div> "
               "<style>@import url(%6); body { background-image: url('%5'); }</style>")
        .arg(server.url(QStringLiteral("/x.png")), server.url(QStringLiteral("/x.js")),
             server.url(QStringLiteral("/frame.html")), server.url(QStringLiteral("/x.css")),
             server.url(QStringLiteral("/bg.png")), server.url(QStringLiteral("/import.css")));
}

void TestNoNetwork::hostileArticleMakesNoRequest()
{
    tests::LocalHttpServer server;
    // The server answers: a request would be seen, not lost in a timeout.
    server.addPage("/x.png", "image/png", "not really a png");
    const QString markup = hostileMarkup(server);

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("archive.sqlite"));
    {
        archive::Archive archive;
        QVERIFY(archive.open(path));
        tests::ArticleBuilder builder(
            QStringLiteral("Halaman Berbahaya <img src=\"%1\">")
                .arg(server.url(QStringLiteral("/t.png"))),
            QStringLiteral("Contoh"), QDate(2026, 1, 5),
            QStringLiteral("Paragraf pertama dengan %1 di dalamnya.\n\nParagraf kedua.")
                .arg(markup));
        builder.article.captions << markup;
        builder.article.originalBytes =
            QStringLiteral("<html><head><link rel=\"stylesheet\" href=\"%1\"></head><body>%2"
                           "</body></html>")
                .arg(server.url(QStringLiteral("/head.css")), markup)
                .toUtf8();
        builder.article.mediaType = QStringLiteral("text/html; charset=UTF-8");
        QVERIFY(archive.importArticles({builder.article}, {builder.analysis}, 1).has_value());
    }

    MainWindow window;
    QVERIFY(window.openArchive(path));
    window.resize(1280, 800);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.shownArticle() > 0);
    // The markup is shown as text, never as elements.
    QVERIFY(window.reader()->toPlainText().contains(QStringLiteral("<iframe src=")));

    // Marking entities re-renders; View Original shows the page source.
    window.markEntitiesAction()->toggle();
    window.viewOriginalAction()->trigger();
    auto *original = window.findChild<QDialog *>(QStringLiteral("originalDialog"));
    QVERIFY(original);
    QVERIFY(original->findChild<QPlainTextEdit *>()->toPlainText().contains(
        QStringLiteral("@import url(")));

    // Even HTML given to the reader directly loads nothing from outside.
    window.reader()->setHtml(markup);
    QTest::qWait(300);
    QCoreApplication::processEvents();
    QCOMPARE(server.requests(), 0);
    QVERIFY(server.requestedPaths().isEmpty());
}

void TestNoNetwork::onlyWebLinksGoToTheBrowser()
{
    ArticleReader reader;
    QList<QUrl> opened;
    reader.setUrlOpener([&opened](const QUrl &url) { opened << url; });
    reader.openLink(QUrl(QStringLiteral("https://kabarcontoh.example/berita/1")));
    reader.openLink(QUrl(QStringLiteral("http://kabarcontoh.example/berita/2")));
    reader.openLink(QUrl(QStringLiteral("javascript:alert(1)")));
    reader.openLink(QUrl(QStringLiteral("file:///etc/passwd")));
    reader.openLink(QUrl(QStringLiteral("ftp://kabarcontoh.example/x")));
    reader.openLink(QUrl(QStringLiteral("data:text/html,<b>x</b>")));
    reader.openLink(QUrl(QStringLiteral("mailto:redaksi@kabarcontoh.example")));
    reader.openLink(QUrl(QStringLiteral("x.html"))); // relative: no scheme
    QCOMPARE(opened.size(), 2);
    QCOMPARE(opened.at(0), QUrl(QStringLiteral("https://kabarcontoh.example/berita/1")));
    QCOMPARE(opened.at(1), QUrl(QStringLiteral("http://kabarcontoh.example/berita/2")));

    // A click on an anchor goes the same way (anchorClicked -> openLink).
    reader.setHtml(QStringLiteral("<a href=\"javascript:alert(1)\">a</a> "
                                  "<a href=\"https://kabarcontoh.example/3\">b</a>"));
    emit reader.anchorClicked(QUrl(QStringLiteral("javascript:alert(1)")));
    emit reader.anchorClicked(QUrl(QStringLiteral("https://kabarcontoh.example/3")));
    QCOMPARE(opened.size(), 3);
    QCOMPARE(opened.last(), QUrl(QStringLiteral("https://kabarcontoh.example/3")));
}

QTEST_MAIN(TestNoNetwork)
#include "tst_nonetwork.moc"
