// kliping-cli end to end: a real process on a temporary archive, as a user would run it.
#include "clirun.h"
#include "shareddata.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace kliping::tests;

namespace {

using Run = kliping::tests::CliRun;

Run cli(const QStringList &args)
{
    return kliping::tests::runCli(args, 60000);
}

} // namespace

class TestCli : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_archive;
    QString m_page;

    QStringList withArchive(QStringList args) const
    {
        args.prepend(m_archive);
        args.prepend(QStringLiteral("--archive"));
        return args;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_archive = m_dir.filePath(QStringLiteral("archive.sqlite"));
        m_page = fixturePath(QStringLiteral("pages/portal_copied_page.txt"));
        QVERIFY(QFile::exists(m_page));
    }

    void versionAndHelp()
    {
        const Run v = cli({QStringLiteral("--version")});
        QCOMPARE(v.exitCode, 0);
        QVERIFY(v.out.startsWith(QLatin1String("kliping-cli ")));
        const Run h = cli({QStringLiteral("--help")});
        QCOMPARE(h.exitCode, 0);
        for (const char *command : {"import", "list", "show", "stats", "analyze", "reanalyze"}) {
            QVERIFY2(h.out.contains(QLatin1String(command)), command);
            const Run ch = cli({QLatin1String(command), QStringLiteral("--help")});
            QCOMPARE(ch.exitCode, 0);
            QVERIFY2(ch.out.contains(QLatin1String("Usage:")), command);
        }
    }

    void usageErrors()
    {
        QCOMPARE(cli({}).exitCode, 2);
        const Run unknown = cli({QStringLiteral("frobnicate")});
        QCOMPARE(unknown.exitCode, 2);
        QVERIFY(unknown.err.contains(QLatin1String("Unknown command frobnicate")));
        QCOMPARE(cli(withArchive({QStringLiteral("show"), QStringLiteral("abc")})).exitCode, 2);
        QCOMPARE(cli(withArchive({QStringLiteral("import")})).exitCode, 2);
    }

    void importListShow()
    {
        const Run imp = cli(withArchive({QStringLiteral("import"), m_page}));
        QCOMPARE(imp.exitCode, 0);
        QVERIFY2(imp.out.contains(QLatin1String("imported   #1  Polres Contoh Kota Resmikan")),
                 qPrintable(imp.out));
        QVERIFY(imp.out.contains(QLatin1String("Imported 1, duplicates 0, failed 0.")));

        const Run again = cli(withArchive({QStringLiteral("import"), m_page}));
        QCOMPARE(again.exitCode, 0);
        QVERIFY(again.out.contains(QLatin1String("duplicate  #1")));
        QVERIFY(again.out.contains(QLatin1String("Imported 0, duplicates 1, failed 0.")));

        const Run list = cli(withArchive({QStringLiteral("list")}));
        QCOMPARE(list.exitCode, 0);
        const QStringList rows = list.out.split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(rows.size(), 1);
        const QStringList cols = rows.first().split(u'\t');
        QCOMPARE(cols.value(0), QStringLiteral("1"));
        QCOMPARE(cols.value(2), QStringLiteral("iNews.id"));
        QCOMPARE(cols.value(3),
                 QStringLiteral("Polres Contoh Kota Resmikan Layanan SIM Keliling di Taman Kota"));

        const Run show = cli(withArchive({QStringLiteral("show"), QStringLiteral("1")}));
        QCOMPARE(show.exitCode, 0);
        QVERIFY(show.out.contains(QLatin1String("Title: Polres Contoh Kota Resmikan")));
        QVERIFY(show.out.contains(QLatin1String("Writer: Rina Wulandari")));
        QVERIFY(show.out.contains(QLatin1String("Editor: Rina Wulandari")));
        QVERIFY(show.out.contains(QLatin1String("Caption: Kapolres Contoh Kota AKBP Budi Santoso")));
        QVERIFY(show.out.contains(QLatin1String("\"Pemerintah kota siap mendukung")));
        for (const char *furniture : {"Bagikan Artikel Ini", "MNC Portal", "Live TV", "Kanal",
                                      "SCROLL TO CONTINUE", "Editor : "})
            QVERIFY2(!show.out.contains(QLatin1String(furniture)), furniture);

        const Run original = cli(withArchive({QStringLiteral("show"), QStringLiteral("--original"),
                                              QStringLiteral("1")}));
        QFile page(m_page);
        QVERIFY(page.open(QIODevice::ReadOnly));
        QCOMPARE(original.out.toUtf8(), page.readAll());

        const Run missing = cli(withArchive({QStringLiteral("show"), QStringLiteral("99")}));
        QCOMPARE(missing.exitCode, 1);
        QVERIFY(missing.err.contains(QLatin1String("no article #99")));

        const Run fresh = cli(withArchive({QStringLiteral("reanalyze")}));
        QCOMPARE(fresh.exitCode, 0);
        QVERIFY2(fresh.out.contains(QLatin1String("Analysed 0 article(s) again.")), qPrintable(fresh.out));
        const Run all = cli(withArchive({QStringLiteral("reanalyze"), QStringLiteral("--all")}));
        QCOMPARE(all.exitCode, 0);
        QVERIFY(all.out.contains(QLatin1String("Analysed 1 article(s) again.")));

        const Run stats = cli(withArchive({QStringLiteral("stats")}));
        QCOMPARE(stats.exitCode, 0);
        QVERIFY(stats.out.contains(QLatin1String("Articles:  1")));
    }

    void badFilesAreNamedAndTheBatchGoesOn()
    {
        const QString empty = m_dir.filePath(QStringLiteral("empty.txt"));
        QFile e(empty);
        QVERIFY(e.open(QIODevice::WriteOnly));
        e.close();
        const QString binary = m_dir.filePath(QStringLiteral("photo.txt"));
        QFile b(binary);
        QVERIFY(b.open(QIODevice::WriteOnly));
        b.write(QByteArray("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16));
        b.close();
        const QString good = m_dir.filePath(QStringLiteral("good.txt"));
        QFile g(good);
        QVERIFY(g.open(QIODevice::WriteOnly));
        g.write("Bupati Tinjau Jembatan yang Rusak Diterjang Banjir\n\nBupati meninjau jembatan "
                "penghubung dua desa yang rusak setelah banjir pada Minggu malam.\n");
        g.close();
        const Run r = cli(withArchive({QStringLiteral("import"), empty, binary, good}));
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(empty + QLatin1String(": The file is empty.")), qPrintable(r.err));
        QVERIFY(r.err.contains(binary + QLatin1String(": The file is not text")));
        QVERIFY(r.out.contains(QLatin1String("Imported 1, duplicates 0, failed 2.")));
    }

    void newerArchiveIsRefused()
    {
        // A file that is not an archive: a clear message, exit 1, the file untouched.
        const QString notArchive = m_dir.filePath(QStringLiteral("notes.txt"));
        QFile f(notArchive);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("not a database");
        f.close();
        const Run r = cli({QStringLiteral("--archive"), notArchive, QStringLiteral("list")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.err.contains(QLatin1String("is not a Kliping archive")));
    }

    void analyzeJson()
    {
        const QString missing = m_dir.filePath(QStringLiteral("nope.txt"));
        const Run r = cli({QStringLiteral("analyze"), QStringLiteral("--json"), m_page, missing});
        QCOMPARE(r.exitCode, 1);
        const QStringList lines = r.out.split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 2);
        QJsonParseError error;
        const QJsonObject o = QJsonDocument::fromJson(lines.at(0).toUtf8(), &error).object();
        QCOMPARE(error.error, QJsonParseError::NoError);
        QCOMPARE(o.value(QLatin1String("input")).toString(), m_page);
        QCOMPARE(o.value(QLatin1String("title")).toString(),
                 QStringLiteral("Polres Contoh Kota Resmikan Layanan SIM Keliling di Taman Kota"));
        QCOMPARE(o.value(QLatin1String("byline")).toString(), QStringLiteral("Rina Wulandari"));
        QCOMPARE(o.value(QLatin1String("editor")).toString(), QStringLiteral("Rina Wulandari"));
        QCOMPARE(o.value(QLatin1String("source")).toString(), QStringLiteral("iNews.id"));
        QVERIFY(o.value(QLatin1String("url")).isNull());
        const QString body = o.value(QLatin1String("body")).toString();
        QVERIFY(body.contains(QLatin1String("\n\n")));
        QVERIFY(!body.contains(QLatin1String("Bagikan Artikel Ini")));
        for (const char *key : {"people", "institutions", "quotes", "mentions"})
            QVERIFY2(o.value(QLatin1String(key)).isArray(), key);
        const QJsonObject e = QJsonDocument::fromJson(lines.at(1).toUtf8()).object();
        QCOMPARE(e.value(QLatin1String("input")).toString(), missing);
        QVERIFY(e.value(QLatin1String("error")).toString().contains(QLatin1String("does not exist")));
    }

    void seedEndToEnd()
    {
        const QString seed = sharedPath(QStringLiteral("corpus/seed/000_b328fcf481689a2c.txt"));
        if (seed.isEmpty())
            QSKIP("../shared/corpus/seed/000_b328fcf481689a2c.txt is not on this machine");
        const QString archive = m_dir.filePath(QStringLiteral("seed.sqlite"));
        const Run imp = cli({QStringLiteral("--archive"), archive, QStringLiteral("import"), seed});
        QCOMPARE(imp.exitCode, 0);
        const Run again = cli({QStringLiteral("--archive"), archive, QStringLiteral("import"), seed});
        QCOMPARE(again.exitCode, 0);
        QVERIFY(again.out.contains(QLatin1String("duplicates 1")));
        const Run show = cli({QStringLiteral("--archive"), archive, QStringLiteral("show"), QStringLiteral("1")});
        QVERIFY(show.out.contains(QLatin1String("Title: Tingkatkan Pelayanan, Polres Metro Tangerang Kota")));
        QVERIFY(show.out.contains(QLatin1String("Editor: M Mahfud")));
        QVERIFY(!show.out.contains(QLatin1String("Bagikan Artikel Ini")));
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
