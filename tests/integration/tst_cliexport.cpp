// kliping-cli export end to end: articles and a dossier to every format, refusal to replace a
// file without --force, a folder as output (a safe name made from the title), usage errors.
#include "clirun.h"
#include "pdftext.h"
#include "shareddata.h"

#include <QDir>
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
    return kliping::tests::runCli(args);
}

} // namespace

class TestCliExport : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_archive;

    QStringList withArchive(QStringList args) const
    {
        return QStringList{QStringLiteral("--archive"), m_archive} + args;
    }
    QString path(const QString &name) const { return m_dir.filePath(name); }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_archive = path(QStringLiteral("archive.sqlite"));
        const Run r = cli(withArchive(
            {QStringLiteral("import"), fixturePath(QStringLiteral("export/articles.jsonl"))}));
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains(QStringLiteral("Imported 5")));
    }

    void pdfWithForce()
    {
        const QString out = path(QStringLiteral("satu.pdf"));
        const Run first = cli(withArchive(
            {QStringLiteral("export"), QStringLiteral("1"), QStringLiteral("-o"), out}));
        QCOMPARE(first.exitCode, 0);
        QVERIFY2(first.out.contains(QStringLiteral("Wrote")), qPrintable(first.out + first.err));
        QVERIFY(QFile::exists(out));
        const qint64 size = QFileInfo(out).size();

        // Again without --force: refused, the file untouched.
        const Run refused = cli(withArchive({QStringLiteral("export"), QStringLiteral("1"),
                                             QStringLiteral("2"), QStringLiteral("-o"), out}));
        QCOMPARE(refused.exitCode, 1);
        QVERIFY2(refused.err.contains(QStringLiteral("already exists")), qPrintable(refused.err));
        QVERIFY(refused.err.contains(QStringLiteral("--force")));
        QCOMPARE(QFileInfo(out).size(), size);

        const Run forced = cli(withArchive(
            {QStringLiteral("export"), QStringLiteral("1"), QStringLiteral("2"),
             QStringLiteral("-o"), out, QStringLiteral("--force"), QStringLiteral("--paper"),
             QStringLiteral("letter"), QStringLiteral("--margin"), QStringLiteral("25")}));
        QCOMPARE(forced.exitCode, 0);
        QVERIFY(forced.out.contains(QStringLiteral("2 article")));
        if (!hasPoppler())
            QSKIP("poppler-utils is not installed");
        QVERIFY(pdfInfo(out, QStringLiteral("Page size")).contains(QStringLiteral("612 x 792")));
        const QString text = pdfText(out);
        QVERIFY(text.contains(QStringLiteral("Kapolres Contoh Kota: Tidak Ada Pungli")));
        QVERIFY(!hasLigatureCharacters(text));
        QVERIFY(allFontsEmbedded(out));
    }

    void searchResults()
    {
        // --query exports what `search` finds, with Indonesian word forms: "pungutan" and "pungli"
        // are different words, so only the articles with the searched one come out.
        const QString out = path(QStringLiteral("hasil.md"));
        const Run r = cli(withArchive({QStringLiteral("export"), QStringLiteral("--query"),
                                       QStringLiteral("pungli"), QStringLiteral("-o"), out}));
        QCOMPARE(r.exitCode, 0);
        QFile f(out);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QString md = QString::fromUtf8(f.readAll());
        QVERIFY(md.contains(QStringLiteral("Tidak Ada Pungli")));
        const Run none = cli(withArchive({QStringLiteral("export"), QStringLiteral("--query"),
                                          QStringLiteral("xylofonzzz"), QStringLiteral("-o"),
                                          path(QStringLiteral("kosong.md"))}));
        QCOMPARE(none.exitCode, 1);
        QVERIFY(none.err.contains(QStringLiteral("finds no article")));
        QVERIFY(!QFile::exists(path(QStringLiteral("kosong.md"))));
        const Run both = cli(withArchive({QStringLiteral("export"), QStringLiteral("1"),
                                          QStringLiteral("--query"), QStringLiteral("pungli"),
                                          QStringLiteral("-o"), path(QStringLiteral("x.md"))}));
        QCOMPARE(both.exitCode, 2);
    }

    void otherFormats()
    {
        const Run html =
            cli(withArchive({QStringLiteral("export"), QStringLiteral("3"), QStringLiteral("-o"),
                             path(QStringLiteral("tiga.html"))}));
        QCOMPARE(html.exitCode, 0);
        QFile h(path(QStringLiteral("tiga.html")));
        QVERIFY(h.open(QIODevice::ReadOnly));
        const QString page = QString::fromUtf8(h.readAll());
        QVERIFY(page.startsWith(QStringLiteral("<!DOCTYPE html>")));
        QVERIFY(page.contains(QStringLiteral("affair konsultan")));
        QVERIFY(!page.contains(QStringLiteral("src=\"http")));

        // --format wins over the extension.
        const Run md = cli(withArchive({QStringLiteral("export"), QStringLiteral("3"),
                                        QStringLiteral("-o"), path(QStringLiteral("tiga.txt")),
                                        QStringLiteral("--format"), QStringLiteral("md")}));
        QCOMPARE(md.exitCode, 0);
        QFile m(path(QStringLiteral("tiga.txt")));
        QVERIFY(m.open(QIODevice::ReadOnly));
        QVERIFY(m.readAll().startsWith("# DPRD Contoh Minta Anggaran"));

        const Run json =
            cli(withArchive({QStringLiteral("export"), QStringLiteral("1"), QStringLiteral("2"),
                             QStringLiteral("-o"), path(QStringLiteral("dua.json"))}));
        QCOMPARE(json.exitCode, 0);
        QFile j(path(QStringLiteral("dua.json")));
        QVERIFY(j.open(QIODevice::ReadOnly));
        QCOMPARE(QJsonDocument::fromJson(j.readAll())
                     .object()
                     .value(QStringLiteral("articles"))
                     .toArray()
                     .size(),
                 2);
    }

    void dossier()
    {
        const QString out = path(QStringLiteral("siti.csv"));
        const Run csv =
            cli(withArchive({QStringLiteral("export"), QStringLiteral("--person"),
                             QStringLiteral("Siti Rahmawati"), QStringLiteral("-o"), out}));
        QCOMPARE(csv.exitCode, 0);
        QVERIFY2(csv.out.contains(QStringLiteral("quote")), qPrintable(csv.out + csv.err));
        QFile f(out);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray bytes = f.readAll();
        QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
        QVERIFY(bytes.contains("Pompa sudah kami siagakan"));
        QVERIFY(!bytes.contains("Tidak ada pungli"));

        const QString pdf = path(QStringLiteral("siti.pdf"));
        const Run p = cli(withArchive({QStringLiteral("export"), QStringLiteral("--person"),
                                       QStringLiteral("Siti Rahmawati"), QStringLiteral("--words"),
                                       QStringLiteral("banjir"), QStringLiteral("--by-month"),
                                       QStringLiteral("-o"), pdf}));
        QCOMPARE(p.exitCode, 0);
        if (!hasPoppler())
            QSKIP("poppler-utils is not installed");
        const QString text = pdfText(pdf).simplified();
        QVERIFY(text.contains(QStringLiteral("November 2025")));
        QVERIFY(text.contains(QStringLiteral("Kami tidak ingin banjir terus berulang")));
        QVERIFY(!text.contains(QStringLiteral("Inflasi kita jaga bersama")));
    }

    void folderGetsSafeName()
    {
        QDir(m_dir.path()).mkpath(QStringLiteral("keluar"));
        const Run r = cli(withArchive({QStringLiteral("export"), QStringLiteral("2"),
                                       QStringLiteral("-o"), path(QStringLiteral("keluar")),
                                       QStringLiteral("--format"), QStringLiteral("md")}));
        QCOMPARE(r.exitCode, 0);
        // "Kapolres Contoh Kota: Tidak Ada Pungli…" — the colon is not kept.
        QVERIFY2(QFile::exists(
                     path(QStringLiteral("keluar/Kapolres Contoh Kota - Tidak Ada Pungli dalam "
                                         "Pelayanan SIM.md"))),
                 qPrintable(QDir(path(QStringLiteral("keluar"))).entryList().join(u',')));
    }

    void usageErrors()
    {
        QCOMPARE(cli(withArchive({QStringLiteral("export"), QStringLiteral("1")})).exitCode, 2);
        QCOMPARE(cli(withArchive({QStringLiteral("export"), QStringLiteral("-o"),
                                  path(QStringLiteral("x.pdf"))}))
                     .exitCode,
                 2);
        QCOMPARE(cli(withArchive({QStringLiteral("export"), QStringLiteral("satu"),
                                  QStringLiteral("-o"), path(QStringLiteral("x.pdf"))}))
                     .exitCode,
                 2);
        QCOMPARE(cli(withArchive({QStringLiteral("export"), QStringLiteral("1"),
                                  QStringLiteral("-o"), path(QStringLiteral("x.pdf")),
                                  QStringLiteral("--format"), QStringLiteral("docx")}))
                     .exitCode,
                 2);
        QCOMPARE(cli(withArchive({QStringLiteral("export"), QStringLiteral("1"),
                                  QStringLiteral("-o"), path(QStringLiteral("x.pdf")),
                                  QStringLiteral("--margin"), QStringLiteral("99")}))
                     .exitCode,
                 2);
        const Run margin = cli(withArchive({QStringLiteral("export"), QStringLiteral("1"),
                                            QStringLiteral("-o"), path(QStringLiteral("x.pdf")),
                                            QStringLiteral("--margin"), QStringLiteral("99")}));
        QCOMPARE(margin.exitCode, 2);
        QVERIFY(margin.err.contains(QStringLiteral("millimetres")));
        const Run missing = cli(withArchive({QStringLiteral("export"), QStringLiteral("999"),
                                             QStringLiteral("-o"), path(QStringLiteral("x.pdf"))}));
        QCOMPARE(missing.exitCode, 1);
        QVERIFY(missing.err.contains(QStringLiteral("#999")));
        QVERIFY(!QFile::exists(path(QStringLiteral("x.pdf"))));
        const Run help = cli({QStringLiteral("export"), QStringLiteral("--help")});
        QCOMPARE(help.exitCode, 0);
        QVERIFY(help.out.contains(QStringLiteral("--person")));
    }
};

QTEST_GUILESS_MAIN(TestCliExport)
#include "tst_cliexport.moc"
