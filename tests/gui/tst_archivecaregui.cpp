// Looking after the archive from the File menu: a backup made on the worker, then a restore that
// brings the archive back to it (an article imported after the backup is gone); Check Archive
// reports a healthy archive, and a damaged index with a Repair button that mends it on the worker.
// Read-only mode: when another window holds the archive's lock, the window says so (title and info
// bar) and every writing action is disabled; the lock goes with the window.
#include "archive/archivelock.h"
#include "articlelistmodel.h"
#include "importcontroller.h"
#include "mainwindow.h"
#include "personpage.h"
#include "quotesearchmodel.h"
#include "quotesearchpage.h"
#include "samplearchive.h"

#include <QAbstractButton>
#include <QAction>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <sqlite3.h>

using namespace kliping;
using namespace kliping::gui;

class TestArchiveCareGui : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void backupThenRestore();
    void checkReportsAHealthyArchive();
    void checkFindsADamagedIndexAndRepairFixesIt();
    void anotherWindowsLockMakesItReadOnly();

private:
    QMessageBox *waitForBox(const QString &name);

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_path;
};

void TestArchiveCareGui::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("KlipingTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_archivecaregui"));
}

void TestArchiveCareGui::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_path = m_dir->filePath(QStringLiteral("archive.sqlite"));
    archive::Archive archive;
    QVERIFY(archive.open(m_path));
    QVERIFY(tests::fillSampleArchive(archive));
}

void TestArchiveCareGui::cleanup()
{
    m_dir.reset();
}

void TestArchiveCareGui::backupThenRestore()
{
    MainWindow window;
    QVERIFY(window.openArchive(m_path));
    QVERIFY(!window.isReadOnly());
    const QString backup = m_dir->filePath(QStringLiteral("backup.sqlite"));
    QVERIFY(window.backupAction()->isEnabled());
    QVERIFY(window.backUpTo(backup));
    QMessageBox *box = nullptr;
    QTRY_VERIFY((box = window.findChild<QMessageBox *>(QStringLiteral("backupResult"))));
    QCOMPARE(box->windowTitle(), QStringLiteral("Backup Made"));
    QVERIFY(QFileInfo::exists(backup));
    box->close();

    // An article imported after the backup...
    QVERIFY(window.importController()->importText(
        QStringLiteral("Dishub Contoh Tambah Armada Bus Sekolah\n\nDinas Perhubungan Kota "
                       "Contoh menambah lima armada bus sekolah gratis mulai pekan depan."),
        QStringLiteral("test")));
    QTRY_VERIFY(!window.importController()->isRunning());
    QTRY_COMPARE(window.articleListModel()->totalCount(), 5);

    // ...is gone once the backup is restored; the window works on the restored archive.
    QVERIFY(window.restoreAction()->isEnabled());
    QVERIFY(window.restoreFrom(backup));
    QCOMPARE(window.articleListModel()->totalCount(), 4);
    QCOMPARE(window.archivePath(), m_path);
    QVERIFY(!window.isReadOnly());
    box = window.findChild<QMessageBox *>(QStringLiteral("restoreResult"));
    QVERIFY(box);
    QCOMPARE(box->windowTitle(), QStringLiteral("Archive Restored"));
    QVERIFY(box->text().contains(QStringLiteral("4 articles")));
}

void TestArchiveCareGui::checkReportsAHealthyArchive()
{
    MainWindow window;
    QVERIFY(window.openArchive(m_path));
    QVERIFY(window.checkArchive());
    QMessageBox *box = nullptr;
    QTRY_VERIFY((box = window.findChild<QMessageBox *>(QStringLiteral("checkResult"))));
    QVERIFY2(box->text().contains(QStringLiteral("No problems found")), qPrintable(box->text()));
    QVERIFY(!box->findChild<QAbstractButton *>(QStringLiteral("repairButton")));
}

void TestArchiveCareGui::checkFindsADamagedIndexAndRepairFixesIt()
{
    {
        // The quotes' full-text index loses its data pages (its structure record stays).
        archive::Archive archive;
        QVERIFY(archive.open(m_path));
        QCOMPARE(sqlite3_exec(archive.handle(),
                              "DELETE FROM quotes_fts_data WHERE id NOT IN (1, 10)", nullptr,
                              nullptr, nullptr),
                 SQLITE_OK);
    }
    MainWindow window;
    QVERIFY(window.openArchive(m_path));
    QVERIFY(window.checkArchive());
    QMessageBox *box = nullptr;
    QTRY_VERIFY((box = window.findChild<QMessageBox *>(QStringLiteral("checkResult"))));
    QVERIFY2(box->text().contains(QStringLiteral("Problems found")), qPrintable(box->text()));
    QVERIFY(box->text().contains(QStringLiteral("quotes_fts")));
    auto *repair = box->findChild<QAbstractButton *>(QStringLiteral("repairButton"));
    QVERIFY(repair);
    repair->click();
    // The repair runs on the worker; its result is a check without problems.
    QTRY_VERIFY((box = window.findChild<QMessageBox *>(QStringLiteral("checkResult"))) &&
                box->text().contains(QStringLiteral("repaired")));
    QVERIFY2(box->text().contains(QStringLiteral("no problem is left")), qPrintable(box->text()));
    // The quotes are found again.
    QuoteSearchPage *quotes = window.openQuoteSearch();
    QVERIFY(quotes);
    quotes->wordsEdit()->setText(QStringLiteral("bohong"));
    quotes->search();
    QCOMPARE(quotes->model()->rowCount(), 1);
}

void TestArchiveCareGui::anotherWindowsLockMakesItReadOnly()
{
    archive::ArchiveLock other;
    QVERIFY(other.tryLock(m_path));
    {
        MainWindow window;
        QVERIFY(window.openArchive(m_path));
        window.resize(1280, 800);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.isReadOnly());
        QVERIFY(window.windowTitle().contains(QStringLiteral("(read-only)")));
        QVERIFY(window.readOnlyBar()->isVisible());
        QVERIFY(window.readOnlyBar()->text().contains(QStringLiteral("another Kliping window")));
        QVERIFY(!window.modifyingActions().isEmpty());
        for (QAction *action : window.modifyingActions())
            QVERIFY2(!action->isEnabled(), qPrintable(action->text()));
        QVERIFY(!window.pasteArticleAction()->isEnabled());
        QVERIFY(!window.restoreAction()->isEnabled());
        // Reading goes on: the articles are there, a backup can be made.
        QCOMPARE(window.articleListModel()->totalCount(), 4);
        QVERIFY(window.backupAction()->isEnabled());
        // An import that still arrives (a drop) is refused with a message.
        window.importPaths({m_dir->filePath(QStringLiteral("none.txt"))});
        QVERIFY(window.findChild<QMessageBox *>(QStringLiteral("readOnlyResult")));
        QVERIFY(!window.importController()->isRunning());
        // No corrections on a person's page.
        PersonPage *page = window.openPersonPage(1);
        QVERIFY(page);
        QVERIFY(!page->renameAction()->isEnabled());
        QVERIFY(!page->mergeAction()->isEnabled());
    }
    other.unlock();

    // Without the other window the archive is writable, and the window holds the lock itself
    // until it closes.
    {
        MainWindow window;
        QVERIFY(window.openArchive(m_path));
        QVERIFY(!window.isReadOnly());
        QVERIFY(!window.windowTitle().contains(QStringLiteral("read-only")));
        for (QAction *action : window.modifyingActions())
            QVERIFY2(action->isEnabled(), qPrintable(action->text()));
        archive::ArchiveLock second;
        QVERIFY(!second.tryLock(m_path));
    }
    archive::ArchiveLock after;
    QVERIFY(after.tryLock(m_path));
}

QTEST_MAIN(TestArchiveCareGui)
#include "tst_archivecaregui.moc"
