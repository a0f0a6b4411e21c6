// Importing from links and from the clipboard as a user does it: File > Import from Link with a
// local HTTP server (a page, a 404, an image, a closed port) through the same worker as files,
// the result naming each failed link with its reason; Edit > Paste as New Article with plain
// text, with HTML only (read without loading anything), and with an empty clipboard.
#include "articlelistmodel.h"
#include "articlereader.h"
#include "importcontroller.h"
#include "linkimportdialog.h"
#include "localhttpserver.h"
#include "mainwindow.h"
#include "resultbox.h"

#include <QAction>
#include <QClipboard>
#include <QGuiApplication>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

using namespace kliping;
using namespace kliping::gui;
using kliping::tests::LocalHttpServer;

namespace {

const QByteArray kPage = "Polres Contoh Gelar Patroli Malam di Pasar Kota\n\n"
                         "Polres Contoh menggelar patroli malam di pasar kota bersama warga untuk "
                         "menjaga keamanan menjelang hari raya.\n\n"
                         "\"Kami hadir setiap malam,\" kata Kapolres Contoh AKBP Budi Santoso.\n";

// A port on which nothing listens: a connection to it is refused at once.
quint16 closedPort()
{
    QTcpServer server;
    server.listen(QHostAddress::LocalHost, 0);
    return server.serverPort();
}

} // namespace

class TestLinkAndPaste : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void linksImportThroughTheWorker();
    void linkDialogValidatesAndTakesTheClipboard();
    void pastedTextBecomesAnArticle();
    void pastedHtmlIsReadAsText();
    void emptyClipboardSaysSo();

private:
    bool open(MainWindow &window, QTemporaryDir &dir);
};

void TestLinkAndPaste::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("KlipingTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_linkandpaste"));
}

bool TestLinkAndPaste::open(MainWindow &window, QTemporaryDir &dir)
{
    if (!dir.isValid() || !window.openArchive(dir.filePath(QStringLiteral("archive.sqlite"))))
        return false;
    window.show();
    return true;
}

void TestLinkAndPaste::linksImportThroughTheWorker()
{
    LocalHttpServer server;
    server.addPage("/berita/patroli", "text/plain; charset=utf-8", kPage);
    server.addPage("/foto.png", "image/png", QByteArray("\x89PNG\r\n\x1a\n", 8));
    const QString page = server.url(QStringLiteral("/berita/patroli"));
    const QString missing = server.url(QStringLiteral("/berita/hilang"));
    const QString image = server.url(QStringLiteral("/foto.png"));
    const QString refused = QStringLiteral("http://127.0.0.1:%1/berita").arg(closedPort());

    QTemporaryDir dir;
    MainWindow window;
    QVERIFY(open(window, dir));
    QSignalSpy started(window.importController(), &ImportController::started);
    QSignalSpy progress(window.importController(), &ImportController::progress);
    QSignalSpy finished(window.importController(), &ImportController::finished);
    window.importLinks({page, missing, image, refused});
    QCOMPARE(started.size(), 1);
    // The worker fetches; this thread's event loop answers it from the local server.
    QVERIFY(finished.wait(30000));
    QVERIFY(!progress.isEmpty());
    QCOMPARE(progress.first().at(2).toString(), page);

    QString details;
    const QString message = tests::takeResultBox(&window, QStringLiteral("importResult"), &details);
    QVERIFY2(message.contains(QStringLiteral("Imported: 1")), qPrintable(message));
    QVERIFY(message.contains(QStringLiteral("Failed: 3")));
    // Each failed link with its reason, the link as written (not turned into a file path).
    QVERIFY2(details.contains(missing + QStringLiteral(": The server answered HTTP 404")),
             qPrintable(details));
    QVERIFY2(details.contains(image + QStringLiteral(": The link returns image/png, not a web "
                                                     "page or a news feed.")),
             qPrintable(details));
    QVERIFY2(details.contains(refused + QStringLiteral(": The server 127.0.0.1 refused the "
                                                       "connection.")),
             qPrintable(details));

    QCOMPARE(window.articleListModel()->rowCount(), 1);
    QCOMPARE(window.articleListModel()->index(0, 0).data().toString(),
             QStringLiteral("Polres Contoh Gelar Patroli Malam di Pasar Kota"));
    QVERIFY(window.reader()->toPlainText().contains(QStringLiteral("Kami hadir setiap malam")));
    QVERIFY(!window.importController()->isRunning());
}

void TestLinkAndPaste::linkDialogValidatesAndTakesTheClipboard()
{
    QGuiApplication::clipboard()->setText(QStringLiteral("  https://humas.polri.go.id/berita/1 "));
    LinkImportDialog dialog;
    QCOMPARE(dialog.links(), QStringList{QStringLiteral("https://humas.polri.go.id/berita/1")});
    QVERIFY(dialog.canImport());

    dialog.setText(
        QStringLiteral("https://example.com/a\n\nwww.example.com/b\nhttps://example.com/a"));
    QVERIFY(!dialog.canImport());
    QVERIFY2(dialog.problem().contains(QStringLiteral("“www.example.com/b” is not a web link")),
             qPrintable(dialog.problem()));

    dialog.setText(
        QStringLiteral("https://example.com/a\n http://example.com/b \nhttps://example.com/a\n"));
    QVERIFY(dialog.canImport());
    QCOMPARE(dialog.links(), QStringList({QStringLiteral("https://example.com/a"),
                                          QStringLiteral("http://example.com/b")}));

    // Text that is not a link is not offered.
    QGuiApplication::clipboard()->setText(QStringLiteral("Polres Contoh"));
    LinkImportDialog other;
    QVERIFY(other.editor()->toPlainText().isEmpty());
    QVERIFY(!other.canImport());
}

void TestLinkAndPaste::pastedTextBecomesAnArticle()
{
    QTemporaryDir dir;
    MainWindow window;
    QVERIFY(open(window, dir));
    QGuiApplication::clipboard()->setText(QString::fromUtf8(kPage));
    QSignalSpy finished(window.importController(), &ImportController::finished);
    QCOMPARE(window.pasteArticleAction()->shortcut(),
             QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_V));
    window.pasteArticleAction()->trigger();
    QVERIFY(finished.wait(30000));
    const QString message = tests::takeResultBox(&window, QStringLiteral("importResult"));
    QVERIFY2(message.contains(QStringLiteral("Imported: 1")), qPrintable(message));
    QCOMPARE(window.articleListModel()->rowCount(), 1);
    QCOMPARE(window.articleListModel()->index(0, 0).data().toString(),
             QStringLiteral("Polres Contoh Gelar Patroli Malam di Pasar Kota"));
    QVERIFY(window.reader()->toPlainText().contains(QStringLiteral("menjelang hari raya")));

    // The same text again is recognised.
    window.pasteArticleAction()->trigger();
    QVERIFY(finished.wait(30000));
    QVERIFY(tests::takeResultBox(&window, QStringLiteral("importResult"))
                .contains(QStringLiteral("Already in the archive: 1")));
    QCOMPARE(window.articleListModel()->rowCount(), 1);
}

void TestLinkAndPaste::pastedHtmlIsReadAsText()
{
    LocalHttpServer server;
    server.addPage("/foto.png", "image/png", QByteArray("\x89PNG\r\n\x1a\n", 8));
    server.addPage("/gaya.css", "text/css", "p { color: red }");
    QTemporaryDir dir;
    MainWindow window;
    QVERIFY(open(window, dir));

    QMimeData mime;
    mime.setHtml(
        QStringLiteral("<html><head><link rel=\"stylesheet\" href=\"%1\"></head><body>"
                       "<h1>Pemkot Contoh Perbaiki Jalan &amp; Saluran di Kecamatan Timur</h1>"
                       "<img src=\"%2\"><p>Pemerintah Kota Contoh memperbaiki jalan&nbsp;rusak dan "
                       "saluran air di <b>Kecamatan Timur</b> sepanjang pekan ini.</p>"
                       "<p>&quot;Perbaikan selesai sebelum musim hujan,&quot; kata Kepala Dinas "
                       "PUPR.</p></body></html>")
            .arg(server.url(QStringLiteral("/gaya.css")), server.url(QStringLiteral("/foto.png"))));
    QVERIFY(!mime.hasText());
    QSignalSpy finished(window.importController(), &ImportController::finished);
    window.pasteAsNewArticle(&mime);
    QVERIFY(finished.wait(30000));
    const QString message = tests::takeResultBox(&window, QStringLiteral("importResult"));
    QVERIFY2(message.contains(QStringLiteral("Imported: 1")), qPrintable(message));

    QCOMPARE(window.articleListModel()->index(0, 0).data().toString(),
             QStringLiteral("Pemkot Contoh Perbaiki Jalan & Saluran di Kecamatan Timur"));
    const QString text = window.reader()->toPlainText();
    QVERIFY2(text.contains(QStringLiteral("memperbaiki jalan rusak dan saluran air di Kecamatan "
                                          "Timur sepanjang pekan ini.")),
             qPrintable(text));
    QVERIFY(text.contains(QStringLiteral("\"Perbaikan selesai sebelum musim hujan,\"")));
    QVERIFY(!text.contains(u'<'));
    // Neither the stylesheet nor the image was fetched.
    QCOMPARE(server.requests(), 0);
}

void TestLinkAndPaste::emptyClipboardSaysSo()
{
    QTemporaryDir dir;
    MainWindow window;
    QVERIFY(open(window, dir));
    QSignalSpy started(window.importController(), &ImportController::started);

    QGuiApplication::clipboard()->clear();
    window.pasteArticleAction()->trigger();
    QString message = tests::takeResultBox(&window, QStringLiteral("pasteResult"));
    QVERIFY2(message.startsWith(QStringLiteral("The clipboard holds no text.")),
             qPrintable(message));

    // White space alone, or an image, is no text either.
    QMimeData blank;
    blank.setText(QStringLiteral(" \n\t "));
    window.pasteAsNewArticle(&blank);
    QVERIFY(tests::takeResultBox(&window, QStringLiteral("pasteResult"))
                .startsWith(QStringLiteral("The clipboard holds no text.")));
    QMimeData image;
    image.setImageData(QImage(4, 4, QImage::Format_RGB32));
    window.pasteAsNewArticle(&image);
    QVERIFY(tests::takeResultBox(&window, QStringLiteral("pasteResult"))
                .startsWith(QStringLiteral("The clipboard holds no text.")));
    QCOMPARE(started.size(), 0);
    QCOMPARE(window.articleListModel()->rowCount(), 0);
}

QTEST_MAIN(TestLinkAndPaste)
#include "tst_linkandpaste.moc"
