// An import of many files runs on a worker: the window's event loop keeps turning (timers fire,
// the progress dialog moves) while the files are read, parsed and stored.
#include "articlelistmodel.h"
#include "articlereader.h"
#include "importcontroller.h"
#include "mainwindow.h"

#include <QDir>
#include <QFile>
#include <QProgressDialog>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace kliping;
using namespace kliping::gui;

class TestImportResponsiveness : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void eventLoopTurnsDuringImport();
    void cancelStopsTheImport();

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

QTEST_MAIN(TestImportResponsiveness)
#include "tst_importresponsiveness.moc"
