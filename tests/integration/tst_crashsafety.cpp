// An import killed at any moment (SIGKILL) leaves the archive consistent: integrity and foreign
// keys clean, every article complete with its analysis and fingerprint or absent, and a second
// run imports what is missing. Kills a real `kliping-cli import` of ../shared/corpus/articles at
// random moments, many times.
#include "shareddata.h"

#include <QDir>
#include <QElapsedTimer>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

#include <sqlite3.h>

using namespace kliping::tests;

namespace {

QString query(const QString &db, const char *sql)
{
    sqlite3 *h = nullptr;
    QString result;
    if (sqlite3_open_v2(QFile::encodeName(db).constData(), &h, SQLITE_OPEN_READONLY, nullptr) ==
        SQLITE_OK) {
        sqlite3_stmt *st = nullptr;
        if (sqlite3_prepare_v2(h, sql, -1, &st, nullptr) == SQLITE_OK) {
            QStringList rows;
            while (sqlite3_step(st) == SQLITE_ROW)
                rows << QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(st, 0)));
            result = rows.join(u'\n');
        }
        sqlite3_finalize(st);
    }
    sqlite3_close(h);
    return result;
}

QProcess *startImport(const QString &archive, const QString &folder)
{
    auto *p = new QProcess;
    p->setProcessChannelMode(QProcess::ForwardedErrorChannel);
    p->setStandardOutputFile(QProcess::nullDevice());
    p->start(QStringLiteral(KLIPING_CLI_PATH),
             {QStringLiteral("--archive"), archive, QStringLiteral("import"), QStringLiteral("--offline"),
              folder});
    return p;
}

} // namespace

class TestCrashSafety : public QObject {
    Q_OBJECT

private slots:
    void killedImportsLoseNothing()
    {
        const QString folder = sharedPath(QStringLiteral("corpus/articles"));
        if (folder.isEmpty())
            QSKIP("../shared/corpus/articles is not on this machine");
        QTemporaryDir dir;
        const QString archive = dir.filePath(QStringLiteral("kill.sqlite"));
        const int kills = qEnvironmentVariableIntValue("KLIPING_KILLS") > 0
                              ? qEnvironmentVariableIntValue("KLIPING_KILLS")
                              : 8;
        int killed = 0;
        for (int run = 0; run < kills; ++run) {
            QProcess *p = startImport(archive, folder);
            QVERIFY(p->waitForStarted());
            // Kill anywhere from opening the archive to well into the import.
            const int afterMs = 100 + int(QRandomGenerator::global()->bounded(2500));
            if (!p->waitForFinished(afterMs)) {
                p->kill(); // SIGKILL
                p->waitForFinished();
                ++killed;
            }
            delete p;
            QCOMPARE(query(archive, "PRAGMA integrity_check"), QStringLiteral("ok"));
            QCOMPARE(query(archive, "PRAGMA foreign_key_check"), QString());
            // Every article is whole: its original bytes, its analysis, its fingerprint (when long
            // enough to have one) were written in the same transaction.
            QCOMPARE(query(archive, "SELECT count(*) FROM articles a WHERE NOT EXISTS (SELECT 1 FROM "
                                    "originals o WHERE o.article_id = a.id) OR NOT EXISTS (SELECT 1 "
                                    "FROM analyses n WHERE n.article_id = a.id)"),
                     QStringLiteral("0"));
        }
        QVERIFY2(killed > 0, "no import was ever killed: nothing was tested");

        // A run to the end imports what is missing; the archive then holds what one clean
        // import gives.
        QProcess *finish = startImport(archive, folder);
        QVERIFY(finish->waitForFinished(600000));
        delete finish;
        QTemporaryDir cleanDir;
        const QString clean = cleanDir.filePath(QStringLiteral("clean.sqlite"));
        QProcess *reference = startImport(clean, folder);
        QVERIFY(reference->waitForFinished(600000));
        delete reference;
        const QString count = query(archive, "SELECT count(*) FROM articles");
        QCOMPARE(count, query(clean, "SELECT count(*) FROM articles"));
        QCOMPARE(query(archive, "SELECT count(*) FROM quotes"), query(clean, "SELECT count(*) FROM quotes"));
        QCOMPARE(query(archive, "PRAGMA integrity_check"), QStringLiteral("ok"));
        qInfo("%d runs, %d killed, %s articles after the final run, 0 lost", kills, killed,
              qPrintable(count));
    }
};

QTEST_GUILESS_MAIN(TestCrashSafety)
#include "tst_crashsafety.moc"
