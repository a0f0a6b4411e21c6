// kliping-cli on saved web pages: `analyze --json` prints the metadata read from the page, and a
// home page is refused with its reason and exit code 1.
#include "clirun.h"
#include "shareddata.h"

#include <QFile>
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

class TestCliHtml : public QObject {
    Q_OBJECT

private slots:
    void analyzeSavedPage() {
        const QString page = fixturePath(QStringLiteral("html/artikel_polres.html"));
        const Run r = cli({QStringLiteral("analyze"), QStringLiteral("--json"), page});
        QCOMPARE(r.exitCode, 0);
        const QJsonObject o = QJsonDocument::fromJson(r.out.trimmed().toUtf8()).object();
        QCOMPARE(o.value(QStringLiteral("input")).toString(), page);
        QCOMPARE(o.value(QStringLiteral("title")).toString(),
                 QStringLiteral("Polres Contoh Kota Gelar Operasi Pungli di Pasar Baru"));
        QCOMPARE(o.value(QStringLiteral("byline")).toString(),
                 QStringLiteral("Rina Lestari, Budi Santoso"));
        QCOMPARE(o.value(QStringLiteral("editor")).toString(), QStringLiteral("Ahmad Fauzi"));
        QCOMPARE(o.value(QStringLiteral("source")).toString(), QStringLiteral("iNews.id"));
        QCOMPARE(o.value(QStringLiteral("url")).toString(),
                 QStringLiteral("https://www.inews.id/news/daerah/polres-contoh-kota-gelar-operasi-"
                                "pungli"));
        QCOMPARE(o.value(QStringLiteral("published")).toString(),
                 QStringLiteral("2024-03-05T09:30:00+07:00"));
        const QString body = o.value(QStringLiteral("body")).toString();
        QVERIFY(body.startsWith(QLatin1String("KOTA CONTOH, iNews.id - Polres Contoh Kota")));
        for (const char *furniture : {"Baca Juga", "SCROLL TO CONTINUE", "Bagikan", "Komentar",
                                      "Copyright", "Terpopuler", "Editor"})
            QVERIFY2(!body.contains(QLatin1String(furniture), Qt::CaseInsensitive), furniture);
    }

    void homePageIsRefused() {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("beranda.html"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("<html><head><title>Berita Contoh</title>"
                "<link rel=canonical href='https://berita.example.id/'></head><body>");
        for (int i = 0; i < 20; ++i)
            f.write("<h2><a href='/read/" + QByteArray::number(i) +
                    "'>Judul berita pilihan redaksi hari ini nomor " + QByteArray::number(i) +
                    "</a></h2>");
        f.write("</body></html>");
        f.close();
        const Run r = cli({QStringLiteral("analyze"), QStringLiteral("--json"), path});
        QCOMPARE(r.exitCode, 1);
        const QJsonObject o = QJsonDocument::fromJson(r.out.trimmed().toUtf8()).object();
        QVERIFY(o.value(QStringLiteral("error"))
                    .toString()
                    .startsWith(
                        QLatin1String("This page is a list of articles (a home or index page)")));
        QVERIFY(r.err.contains(path));
    }

    void importSavedPage() {
        QTemporaryDir dir;
        const QString archive = dir.filePath(QStringLiteral("a.sqlite"));
        const Run r = cli({QStringLiteral("--archive"), archive, QStringLiteral("import"),
                           fixturePath(QStringLiteral("html/halaman_satu.html"))});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const Run list = cli({QStringLiteral("--archive"), archive, QStringLiteral("list")});
        QVERIFY2(list.out.contains(QLatin1String("Pemkot Contoh Umumkan Jadwal Vaksinasi")),
                 qPrintable(list.out));
    }
};

QTEST_GUILESS_MAIN(TestCliHtml)
#include "tst_clihtml.moc"
