// An import of many files runs on a worker: the window's event loop keeps turning (timers fire,
// the progress dialog moves) while the files are read, parsed and stored.
#include "articlelistmodel.h"
#include "articlereader.h"
#include "importcontroller.h"
#include "mainwindow.h"
#include "sidebarmodel.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProgressDialog>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeView>

using namespace kliping;
using namespace kliping::gui;

class TestImportResponsiveness : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void eventLoopTurnsDuringImport();
    void cancelStopsTheImport();
    void eventLoopTurnsDuringAnImportOf5000Articles();

private:
    static QString writeArticles(const QTemporaryDir &dir, int count);
};

void TestImportResponsiveness::initTestCase() {
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("KlipingTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_importresponsiveness"));
}

QString TestImportResponsiveness::writeArticles(const QTemporaryDir &dir, int count) {
    const QString folder = dir.filePath(QStringLiteral("articles"));
    QDir().mkpath(folder);
    for (int i = 1; i <= count; ++i) {
        QFile file(
            QDir(folder).filePath(QStringLiteral("berita-%1.txt").arg(i, 4, 10, QLatin1Char('0'))));
        if (!file.open(QIODevice::WriteOnly))
            return {};
        QString text = QStringLiteral("Polres Contoh Gelar Patroli Malam Nomor %1 di Pasar Kota\n"
                                      "Rina Wulandari\n")
                           .arg(i);
        for (int p = 0; p < 12; ++p)
            text += QStringLiteral("Paragraf %1 berita %2: petugas gabungan berkeliling pasar "
                                   "untuk memastikan keamanan warga pada malam hari.\n")
                        .arg(p)
                        .arg(i);
        file.write(text.toUtf8());
    }
    return folder;
}

void TestImportResponsiveness::eventLoopTurnsDuringImport() {
    constexpr int kFiles = 300;
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString folder = writeArticles(dir, kFiles);
    QVERIFY(!folder.isEmpty());

    MainWindow window;
    QVERIFY(window.openArchive(dir.filePath(QStringLiteral("archive.sqlite"))));
    window.show();
    ImportController *controller = window.importController();
    QSignalSpy finished(controller, &ImportController::finished);
    QSignalSpy progress(controller, &ImportController::progress);

    int ticksWhileRunning = 0;
    QTimer ticker;
    ticker.setInterval(1);
    connect(&ticker, &QTimer::timeout, this, [&] {
        if (controller->isRunning())
            ++ticksWhileRunning;
    });
    ticker.start();

    window.importPaths({folder});
    // importPaths() returns at once: the work is on the worker, not done in the call.
    QVERIFY(controller->isRunning());
    QCOMPARE(finished.count(), 0);
    QVERIFY(finished.wait(120000));
    ticker.stop();

    QVERIFY2(ticksWhileRunning >= 2, qPrintable(QString::number(ticksWhileRunning)));
    QVERIFY(progress.count() >= 1);
    QCOMPARE(window.articleListModel()->totalCount(), qint64(kFiles));
    // The first file of the import is selected and shown.
    QVERIFY(window.reader()->toPlainText().contains(
        QStringLiteral("Polres Contoh Gelar Patroli Malam Nomor 1 di Pasar Kota")));
}

void TestImportResponsiveness::cancelStopsTheImport() {
    constexpr int kFiles = 300;
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString folder = writeArticles(dir, kFiles);
    MainWindow window;
    QVERIFY(window.openArchive(dir.filePath(QStringLiteral("archive.sqlite"))));
    ImportController *controller = window.importController();
    QSignalSpy finished(controller, &ImportController::finished);
    // Cancelled at once: the worker stops at the next file; what it stored stays listed.
    window.importPaths({folder});
    controller->cancel();
    QVERIFY(finished.wait(120000));
    const auto report = finished.at(0).at(0).value<archive::ImportReport>();
    QVERIFY(report.cancelled);
    QVERIFY(window.articleListModel()->totalCount() < kFiles);
    QCOMPARE(window.articleListModel()->totalCount(),
             qint64(report.count(archive::ImportItemResult::Status::Imported)));
}

void TestImportResponsiveness::eventLoopTurnsDuringAnImportOf5000Articles() {
    constexpr int kArticles = 5000;
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    // One JSON Lines export of 5,000 short Indonesian articles, each with a quote.
    const QString path = dir.filePath(QStringLiteral("ekspor.jsonl"));
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        for (int i = 1; i <= kArticles; ++i) {
            QJsonObject o;
            o.insert(QStringLiteral("title"),
                     QStringLiteral("Polsek Contoh Amankan Pasar Malam Nomor %1").arg(i));
            o.insert(QStringLiteral("source"), QStringLiteral("Kabar Contoh %1").arg(i % 7));
            o.insert(QStringLiteral("date"), QStringLiteral("2026-03-%1T08:00:00+07:00")
                                                 .arg(1 + i % 28, 2, 10, QLatin1Char('0')));
            o.insert(QStringLiteral("body"),
                     QStringLiteral("Petugas Polsek Contoh berjaga di pasar malam nomor %1.\n\n"
                                    "Kapolsek Contoh AKP Rudi Hartono mengatakan, \"Kami berjaga "
                                    "sampai pasar tutup,\" Sabtu malam.")
                         .arg(i));
            file.write(QJsonDocument(o).toJson(QJsonDocument::Compact) + '\n');
        }
    }

    MainWindow window;
    QVERIFY(window.openArchive(dir.filePath(QStringLiteral("archive.sqlite"))));
    window.show();
    ImportController *controller = window.importController();
    QSignalSpy finished(controller, &ImportController::finished);
    QSignalSpy progress(controller, &ImportController::progress);

    // A timer of the GUI thread counts its ticks while the worker imports; a user's click is
    // handled the same way, so many ticks mean the window answers.
    int ticksWhileRunning = 0;
    int clicksHandled = 0;
    QTimer ticker;
    ticker.setInterval(5);
    connect(&ticker, &QTimer::timeout, this, [&] {
        if (!controller->isRunning())
            return;
        ++ticksWhileRunning;
        // The window still reacts to input: the sidebar can be clicked on during the import.
        if (ticksWhileRunning % 20 == 0) {
            QTest::mouseClick(window.sidebar()->viewport(), Qt::LeftButton);
            ++clicksHandled;
        }
    });
    ticker.start();
    window.importPaths({path});
    QVERIFY(controller->isRunning());
    QVERIFY(finished.wait(600000));
    ticker.stop();

    QVERIFY2(ticksWhileRunning >= 20, qPrintable(QString::number(ticksWhileRunning)));
    QVERIFY(clicksHandled >= 1);
    // Progress counts the files given (here one), so it came at least once.
    QVERIFY(progress.count() >= 1);
    const auto report = finished.at(0).at(0).value<archive::ImportReport>();
    QCOMPARE(report.count(archive::ImportItemResult::Status::Imported), kArticles);
    QCOMPARE(window.articleListModel()->totalCount(), qint64(kArticles));
    // The sidebar counts what was imported.
    QTRY_COMPARE(window.sidebarModel()
                     ->index(window.sidebarModel()->allArticlesIndex().row(), 1)
                     .data()
                     .toString(),
                 QLocale().toString(kArticles));
}

QTEST_MAIN(TestImportResponsiveness)
#include "tst_importresponsiveness.moc"
