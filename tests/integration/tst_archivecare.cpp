// Looking after an archive with kliping-cli: check finds nothing wrong in a sound archive and
// finds a broken full-text index, repair mends it; backup makes a whole copy while the archive is
// open; restore refuses what is not a sound Kliping archive and keeps the archive it replaces.
#include "clirun.h"
#include "shareddata.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <sqlite3.h>

using namespace kliping::tests;

namespace {

using Run = kliping::tests::CliRun;

Run cli(const QStringList &args)
{
    return kliping::tests::runCli(args);
}

bool exec(const QString &db, const char *sql)
{
    sqlite3 *h = nullptr;
    bool ok = sqlite3_open(QFile::encodeName(db).constData(), &h) == SQLITE_OK &&
              sqlite3_exec(h, sql, nullptr, nullptr, nullptr) == SQLITE_OK;
    sqlite3_close(h);
    return ok;
}

} // namespace

class TestArchiveCare : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_archive;

    QStringList a(QStringList args) const
    {
        return QStringList{QStringLiteral("--archive"), m_archive} + args;
    }

private slots:
    void initTestCase()
    {
        m_archive = m_dir.filePath(QStringLiteral("care.sqlite"));
        const Run imp = cli(a({QStringLiteral("import"), fixturePath(QStringLiteral("pages")),
                               fixturePath(QStringLiteral("feeds/pemkot_atom.xml")),
                               QStringLiteral("--offline")}));
        QVERIFY2(imp.out.contains(QLatin1String("Imported 3,")), qPrintable(imp.out + imp.err));
    }

    void soundArchiveChecksClean()
    {
        const Run r = cli(a({QStringLiteral("check")}));
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains(QLatin1String("The archive is sound.")), qPrintable(r.out));
        QVERIFY(!r.out.contains(QLatin1String("problem:")));
    }

    void brokenIndexIsFoundAndRepaired()
    {
        // Remove the index entries behind the archive's back, as a crash of another tool would.
        QVERIFY(exec(m_archive, "DELETE FROM articles_fts_data WHERE id > 10"));
        const Run broken = cli(a({QStringLiteral("check")}));
        QCOMPARE(broken.exitCode, 1);
        QVERIFY2(broken.out.contains(QLatin1String("problem: The full-text index")), qPrintable(broken.out));
        const Run repaired = cli(a({QStringLiteral("check"), QStringLiteral("--repair")}));
        QCOMPARE(repaired.exitCode, 0);
        QVERIFY(repaired.out.contains(QLatin1String("The archive is sound.")));
        const Run search = cli(a({QStringLiteral("search"), QStringLiteral("keliling")}));
        QVERIFY2(search.out.contains(QStringLiteral("Layanan SIM «Keliling»")), qPrintable(search.out + search.err));
    }

    void wrongQuoteCountsAreFoundAndRepaired()
    {
        QVERIFY(exec(m_archive, "UPDATE people SET quote_count = quote_count + 7"));
        const Run broken = cli(a({QStringLiteral("check")}));
        QCOMPARE(broken.exitCode, 1);
        QVERIFY2(broken.out.contains(QLatin1String("have a wrong count of quotes")),
                 qPrintable(broken.out));
        const Run repaired = cli(a({QStringLiteral("check"), QStringLiteral("--repair")}));
        QCOMPARE(repaired.exitCode, 0);
        QVERIFY2(repaired.out.contains(QLatin1String("The archive is sound.")), qPrintable(repaired.out));
    }

    void backupAndRestore()
    {
        const QString backup = m_dir.filePath(QStringLiteral("usb/kliping-backup.sqlite"));
        QDir().mkpath(QFileInfo(backup).absolutePath());
        const Run b = cli(a({QStringLiteral("backup"), backup}));
        QCOMPARE(b.exitCode, 0);
        QVERIFY(b.out.contains(QLatin1String("Backed up 3 articles")));
        QVERIFY(!QFile::exists(backup + QLatin1String("-wal"))); // one file to carry away
        QCOMPARE(cli(a({QStringLiteral("backup"), backup})).exitCode, 1); // no silent overwrite

        // Change the archive, then restore: the backup's state comes back, the replaced archive
        // is kept beside it.
        QVERIFY(exec(m_archive, "UPDATE articles SET byline = 'Salah Ketik' WHERE id = 1"));
        QVERIFY(cli(a({QStringLiteral("show"), QStringLiteral("1")})).out.contains(QLatin1String("Salah Ketik")));
        const Run r = cli(a({QStringLiteral("restore"), backup}));
        QCOMPARE(r.exitCode, 0);
        QVERIFY(!cli(a({QStringLiteral("show"), QStringLiteral("1")})).out.contains(QLatin1String("Salah Ketik")));
        QVERIFY(cli(a({QStringLiteral("stats")})).out.contains(QLatin1String("Articles:  3")));
        QCOMPARE(QDir(m_dir.path()).entryList({QStringLiteral("care.sqlite.before-restore-*.bak")}).size(), 1);

        // Not an archive: refused, nothing replaced.
        const QString junk = m_dir.filePath(QStringLiteral("junk.sqlite"));
        QFile f(junk);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("no database here");
        f.close();
        const Run bad = cli(a({QStringLiteral("restore"), junk}));
        QCOMPARE(bad.exitCode, 1);
        QVERIFY2(bad.err.contains(QLatin1String("cannot be restored")), qPrintable(bad.err));
        QVERIFY(cli(a({QStringLiteral("stats")})).out.contains(QLatin1String("Articles:  3")));
    }
};

QTEST_GUILESS_MAIN(TestArchiveCare)
#include "tst_archivecare.moc"
