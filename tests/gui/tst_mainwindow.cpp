// The main window as a user meets it: importing through the same controller as File > Import,
// the list showing the article, the reader showing its text without the page's furniture, the
// result message, and the filter.
#include "articledate.h"
#include "articlelistmodel.h"
#include "articlereader.h"
#include "importcontroller.h"
#include "mainwindow.h"
#include "shareddata.h"

#include <QFile>
#include <QLineEdit>
#include <QMessageBox>
#include <QMimeData>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>
#include <QTreeView>

using namespace kliping;
using namespace kliping::gui;

namespace {

const QString kFixtureTitle =
    QStringLiteral("Polres Contoh Kota Resmikan Layanan SIM Keliling di Taman Kota");

// Lets the test call the reader's resource loader, which Qt calls for <img> and stylesheets.
class ReaderProbe : public ArticleReader {
public:
    using ArticleReader::loadResource;
};

} // namespace

class TestMainWindow : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void importShowsArticleInListAndReader();
    void importAgainReportsDuplicateAndFailures();
    void filterNarrowsTheList();
    void droppedFilesAreImported();
    void readerFontSizeApplies();
    void readerEscapesArticleText();
    void readerShowsDateInArticleZone();
    void readerLoadsNothingFromOutside();

private:
    // Imports like File > Import does and waits for the worker; returns the result message.
    QString importAndWait(MainWindow &window, const QStringList &paths, QString *details = nullptr);
};

void TestMainWindow::initTestCase() {
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("KlipingTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_mainwindow"));
    QVERIFY(QFile::exists(tests::fixturePath(QStringLiteral("pages/portal_copied_page.txt"))));
}

QString TestMainWindow::importAndWait(MainWindow &window, const QStringList &paths,
                                      QString *details) {
    ImportController *controller = window.importController();
    if (!controller)
        return {};
    QSignalSpy finished(controller, &ImportController::finished);
    window.importPaths(paths);
    if (!finished.wait(30000))
        return {};
    // The result message is shown once the list is refreshed.
    QMessageBox *box = nullptr;
    for (int i = 0; i < 50 && !box; ++i) {
        box = window.findChild<QMessageBox *>(QStringLiteral("importResult"));
        if (!box)
            QTest::qWait(20);
    }
    if (!box)
        return {};
    const QString text = box->text();
    if (details)
        *details = box->detailedText();
    box->close();
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    return text;
}

void TestMainWindow::importShowsArticleInListAndReader() {
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    MainWindow window;
    QVERIFY2(window.openArchive(dir.filePath(QStringLiteral("archive.sqlite"))),
             qPrintable(window.errorString()));
    window.show();
    QCOMPARE(window.articleListModel()->rowCount(), 0);

    const QString message =
        importAndWait(window, {tests::fixturePath(QStringLiteral("pages/portal_copied_page.txt"))});
    QVERIFY2(message.contains(QStringLiteral("Imported: 1")), qPrintable(message));
    QVERIFY(message.contains(QStringLiteral("Failed: 0")));

    ArticleListModel *model = window.articleListModel();
    QCOMPARE(model->rowCount(), 1);
    QCOMPARE(model->index(0, ArticleListModel::TitleColumn).data().toString(), kFixtureTitle);
    // The new article is selected and shown.
    QCOMPARE(window.articleView()->currentIndex().row(), 0);

    const QString text = window.reader()->toPlainText();
    QVERIFY2(text.contains(kFixtureTitle), qPrintable(text));
    QVERIFY(text.contains(QStringLiteral("Rina Wulandari")));
    QVERIFY(
        text.contains(QStringLiteral("Kapolres Contoh Kota AKBP Budi Santoso meninjau mobil SIM "
                                     "keliling di Taman Kota, Selasa (10/3/2026). (Foto: Ist)")));
    QVERIFY(
        text.contains(QStringLiteral("Layanan ini diharapkan memudahkan warga yang bekerja pada "
                                     "hari biasa.")));
    QVERIFY(text.contains(QStringLiteral("Kami ingin warga tidak perlu mengambil cuti")));
    QVERIFY(text.contains(QStringLiteral("Pemerintah kota siap mendukung dengan menyediakan tempat "
                                         "dan petugas tambahan")));
    for (const char *furniture : {"Bagikan Artikel Ini", "MNC Portal", "ADVERTISEMENT",
                                  "SCROLL TO CONTINUE", "Live TV", "Harga Cabai Naik"})
        QVERIFY2(!text.contains(QLatin1String(furniture)), furniture);

    // The caption is set in italics, apart from the body.
    const QString html = window.reader()->toHtml();
    QVERIFY(html.contains(QStringLiteral("font-style:italic")));
}

void TestMainWindow::importAgainReportsDuplicateAndFailures() {
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString empty = dir.filePath(QStringLiteral("empty.txt"));
    QFile file(empty);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.close();

    MainWindow window;
    QVERIFY(window.openArchive(dir.filePath(QStringLiteral("archive.sqlite"))));
    const QString fixture = tests::fixturePath(QStringLiteral("pages/portal_copied_page.txt"));
    QVERIFY(importAndWait(window, {fixture}).contains(QStringLiteral("Imported: 1")));

    QString details;
    const QString message = importAndWait(window, {fixture, empty}, &details);
    QVERIFY2(message.contains(QStringLiteral("Imported: 0")), qPrintable(message));
    QVERIFY(message.contains(QStringLiteral("Already in the archive: 1")));
    QVERIFY(message.contains(QStringLiteral("Failed: 1")));
    // Each failed file is named with its reason.
    QVERIFY2(details.contains(QStringLiteral("empty.txt")), qPrintable(details));
    QVERIFY2(details.contains(QStringLiteral("The file is empty.")), qPrintable(details));
    QCOMPARE(window.articleListModel()->rowCount(), 1);
    // The duplicate is selected, so the user sees the article already kept.
    QVERIFY(window.reader()->toPlainText().contains(kFixtureTitle));
}

void TestMainWindow::filterNarrowsTheList() {
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    MainWindow window;
    QVERIFY(window.openArchive(dir.filePath(QStringLiteral("archive.sqlite"))));
    window.show();
    QVERIFY(
        importAndWait(window, {tests::fixturePath(QStringLiteral("pages/portal_copied_page.txt"))})
            .contains(QStringLiteral("Imported: 1")));

    QTest::keyClicks(window.filterEdit(), QStringLiteral("banjir"));
    QTRY_COMPARE(window.articleListModel()->rowCount(), 0);
    QVERIFY(!window.reader()->toPlainText().contains(kFixtureTitle));

    window.filterEdit()->clear();
    QTest::keyClicks(window.filterEdit(), QStringLiteral("sim keliling"));
    QTRY_COMPARE(window.articleListModel()->rowCount(), 1);
    QCOMPARE(window.articleListModel()->index(0, 0).data().toString(), kFixtureTitle);
}

void TestMainWindow::droppedFilesAreImported() {
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    MainWindow window;
    QVERIFY(window.openArchive(dir.filePath(QStringLiteral("archive.sqlite"))));
    window.show();
    QSignalSpy finished(window.importController(), &ImportController::finished);

    QMimeData mime;
    mime.setUrls(
        {QUrl::fromLocalFile(tests::fixturePath(QStringLiteral("pages/portal_copied_page.txt")))});
    const QPoint where = window.rect().center();
    QDragEnterEvent enter(where, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(&window, &enter);
    QVERIFY(enter.isAccepted());
    QDropEvent drop(QPointF(where), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(&window, &drop);
    QVERIFY(drop.isAccepted());

    QVERIFY(finished.wait(30000));
    QTRY_COMPARE(window.articleListModel()->rowCount(), 1);
    QVERIFY(window.reader()->toPlainText().contains(kFixtureTitle));

    // Text without file URLs (e.g. a selection from a browser) is not taken as files.
    QMimeData text;
    text.setText(QStringLiteral("Polres"));
    QDragEnterEvent textEnter(where, Qt::CopyAction, &text, Qt::LeftButton, Qt::NoModifier);
    textEnter.setAccepted(false);
    QCoreApplication::sendEvent(&window, &textEnter);
    QVERIFY(!textEnter.isAccepted());
}

void TestMainWindow::readerFontSizeApplies() {
    ArticleReader reader;
    ingest::Article article;
    article.title = QStringLiteral("Judul");
    article.body = QStringLiteral("Isi berita.");
    reader.showArticle(article);
    reader.setBodyFontSize(20);
    QCOMPARE(reader.bodyFontSize(), 20);
    QCOMPARE(reader.document()->defaultFont().pointSize(), 20);
    // The article shown stays, now in the new size.
    QVERIFY(reader.toPlainText().contains(QStringLiteral("Isi berita.")));
    QVERIFY2(reader.toHtml().contains(QStringLiteral("font-size:20pt")),
             qPrintable(reader.toHtml()));
}

void TestMainWindow::readerEscapesArticleText() {
    ArticleReader reader;
    ingest::Article article;
    article.title = QStringLiteral("<script>alert(1)</script> & <b>Pungli</b>");
    article.byline = QStringLiteral("<i>Penulis</i>");
    article.body = QStringLiteral("Paragraf <a href=\"http://example.com\">satu</a>.\n\nDua.");
    reader.showArticle(article);
    const QString text = reader.toPlainText();
    QVERIFY2(text.contains(QStringLiteral("<script>alert(1)</script> & <b>Pungli</b>")),
             qPrintable(text));
    QVERIFY(text.contains(QStringLiteral("<i>Penulis</i>")));
    QVERIFY(text.contains(QStringLiteral("Paragraf <a href=\"http://example.com\">satu</a>.")));
    QVERIFY(!reader.toHtml().contains(QStringLiteral("href=\"http://example.com\"")));
}

void TestMainWindow::readerShowsDateInArticleZone() {
    const QDateTime utc(QDate(2026, 3, 10), QTime(7, 20), QTimeZone::utc());
    const QLocale indonesian(QLocale::Indonesian, QLocale::Indonesia);
    QCOMPARE(ArticleDate::longText(utc, QStringLiteral("WIB"), indonesian),
             QStringLiteral("Selasa, 10 Maret 2026 14.20 WIB"));
    QCOMPARE(ArticleDate::longText(utc, QStringLiteral("WITA"), indonesian),
             QStringLiteral("Selasa, 10 Maret 2026 15.20 WITA"));
    // Near midnight the zone decides the day.
    const QDateTime lateUtc(QDate(2026, 3, 9), QTime(16, 30), QTimeZone::utc());
    QCOMPARE(ArticleDate::longText(lateUtc, QStringLiteral("WIB"), indonesian),
             QStringLiteral("Senin, 9 Maret 2026 23.30 WIB"));
    QCOMPARE(ArticleDate::longText(lateUtc, QStringLiteral("WIT"), indonesian),
             QStringLiteral("Selasa, 10 Maret 2026 01.30 WIT"));
    const QLocale english(QLocale::English, QLocale::UnitedKingdom);
    QCOMPARE(ArticleDate::longText(utc, QStringLiteral("WIB"), english),
             QStringLiteral("Tuesday, 10 March 2026 14:20 WIB"));

    ArticleReader reader;
    reader.setLocale(indonesian);
    ingest::Article article;
    article.title = QStringLiteral("Judul");
    article.published = utc;
    article.publishedZone = QStringLiteral("WIB");
    article.editor = QStringLiteral("Rina");
    article.body = QStringLiteral("Isi.");
    reader.showArticle(article);
    QVERIFY2(reader.toPlainText().contains(QStringLiteral("Selasa, 10 Maret 2026 14.20 WIB")),
             qPrintable(reader.toPlainText()));
    QVERIFY(reader.toPlainText().contains(QStringLiteral("Rina")));
}

void TestMainWindow::readerLoadsNothingFromOutside() {
    ReaderProbe reader;
    QVERIFY(!reader
                 .loadResource(QTextDocument::ImageResource,
                               QUrl(QStringLiteral("http://127.0.0.1:9/pixel.png")))
                 .isValid());
    QVERIFY(!reader
                 .loadResource(QTextDocument::StyleSheetResource,
                               QUrl::fromLocalFile(tests::fixturePath(
                                   QStringLiteral("pages/portal_copied_page.txt"))))
                 .isValid());
    QVERIFY(reader
                .loadResource(QTextDocument::StyleSheetResource,
                              QUrl(QStringLiteral("qrc:/styles/article.css")))
                .isValid());
    QVERIFY(!reader.openExternalLinks());
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
