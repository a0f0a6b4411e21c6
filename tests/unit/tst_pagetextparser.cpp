// The page-text parser on copied news pages: our own portal-style fixture, the seed article and
// the hand-marked articles of ../shared/eval/gold (read at test time).
#include "ingest/documentparser.h"
#include "ingest/documentreader.h"
#include "ingest/pagetextparser.h"
#include "shareddata.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTest>
#include <QTimeZone>

using namespace kliping;
using namespace kliping::tests;

namespace {

QString readUtf8(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(f.readAll());
}

// The words of a text, folded, as ../shared/eval/score.py compares bodies.
QString words(const QString &text)
{
    static const QRegularExpression word(QStringLiteral("\\w+"),
                                         QRegularExpression::UseUnicodePropertiesOption);
    QStringList out;
    auto it = word.globalMatch(text.normalized(QString::NormalizationForm_KC).toCaseFolded());
    while (it.hasNext())
        out << it.next().captured();
    return out.join(u' ');
}

const QStringList kPortalFurniture = {
    QStringLiteral("Bagikan Artikel Ini"),
    QStringLiteral("Konten di bawah ini disajikan oleh Advertiser"),
    QStringLiteral("Kami membuka kesempatan"),
    QStringLiteral("News Update"),
    QStringLiteral("MNC Portal"),
    QStringLiteral("MNC Network"),
    QStringLiteral("Live TV"),
    QStringLiteral("SCROLL TO CONTINUE"),
    QStringLiteral("ADVERTISEMENT"),
    QStringLiteral("Baca Juga"),
    QStringLiteral("Editor :"),
    QStringLiteral("Harga Cabai Naik"),
};

} // namespace

class TestPageTextParser : public QObject {
    Q_OBJECT

private slots:
    void portalPageMetadata()
    {
        const auto doc =
            ingest::DocumentReader::readFile(fixturePath(QStringLiteral("pages/portal_copied_page.txt")));
        QVERIFY2(doc.ok(), qPrintable(doc.error));
        const auto parsed = ingest::DocumentParser::parse(doc);
        QVERIFY2(parsed.ok(), qPrintable(parsed.error));
        const ingest::Article &a = parsed.article;
        QCOMPARE(a.title,
                 QStringLiteral("Polres Contoh Kota Resmikan Layanan SIM Keliling di Taman Kota"));
        QCOMPARE(a.byline, QStringLiteral("Rina Wulandari"));
        QCOMPARE(a.editor, QStringLiteral("Rina Wulandari"));
        QCOMPARE(a.source, QStringLiteral("iNews.id"));
        // "Selasa, 10 Maret 2026 - 14:20:00 WIB" under the byline.
        QCOMPARE(a.published, QDateTime(QDate(2026, 3, 10), QTime(7, 20), QTimeZone::utc()));
        QCOMPARE(a.publishedZone, QStringLiteral("WIB"));
        QCOMPARE(a.captions.size(), 1);
        QVERIFY(a.captions.first().endsWith(QLatin1String("(Foto: Ist)")));
        QVERIFY(a.mediaType.startsWith(QLatin1String("text/plain")));
        QCOMPARE(a.originalBytes.size(), QFileInfo(doc.origin).size());
    }

    void portalPageBody()
    {
        const auto parsed = ingest::DocumentParser::parse(ingest::DocumentReader::readFile(
            fixturePath(QStringLiteral("pages/portal_copied_page.txt"))));
        const QStringList paragraphs = parsed.article.paragraphs();
        QCOMPARE(paragraphs.size(), 5);
        QVERIFY(paragraphs.first().startsWith(QLatin1String("BOGOR, iNews.id - Polres Contoh Kota")));
        QVERIFY(paragraphs.last().endsWith(QLatin1String("ujar Siti.")));
        for (const QString &furniture : kPortalFurniture)
            QVERIFY2(!parsed.article.body.contains(furniture), qPrintable(furniture));
        // The caption and the headline are not repeated in the body.
        QVERIFY(!parsed.article.body.contains(QLatin1String("(Foto: Ist)")));
        QVERIFY(!parsed.article.body.contains(parsed.article.title));
    }

    void markersOnOneLineAndNoTitle()
    {
        const QString text = QStringLiteral(
            "Penulis: Andi Pratama | Editor: Dewi Lestari\n"
            "Pemerintah kota mengumumkan jadwal baru pengangkutan sampah yang berlaku mulai "
            "pekan depan di seluruh kecamatan.\n\n"
            "Warga diminta menaruh sampah sebelum pukul enam pagi.\n");
        const ingest::Article a = ingest::PageTextParser().parse(text);
        QCOMPARE(a.byline, QStringLiteral("Andi Pratama"));
        QCOMPARE(a.editor, QStringLiteral("Dewi Lestari"));
        QVERIFY2(a.title.isEmpty(), qPrintable(a.title)); // the first line is a sentence
        QCOMPARE(a.paragraphs().size(), 2);
    }

    void sentenceWordsAreNotFurniture()
    {
        // "Sebelumnya" alone is navigation; opening a sentence it is text.
        const QString text = QStringLiteral(
            "Dinas Kesehatan Gelar Vaksinasi Massal\n\n"
            "Sebelumnya, dinas kesehatan telah menyiapkan sepuluh pos vaksinasi di kota ini.\n"
            "Sebelumnya\n"
            "Baca juga: Jadwal Posyandu Bulan Ini\n");
        const ingest::Article a = ingest::PageTextParser().parse(text);
        QCOMPARE(a.paragraphs(),
                 QStringList{QStringLiteral("Sebelumnya, dinas kesehatan telah menyiapkan "
                                            "sepuluh pos vaksinasi di kota ini.")});
    }

    void emptyAfterFurnitureIsRefused()
    {
        const auto parsed = ingest::DocumentParser::parseText(
            QStringLiteral("Advertisement\nSCROLL TO CONTINUE WITH CONTENT\n"), QStringLiteral("x"));
        QVERIFY(!parsed.ok());
        QVERIFY(parsed.error.contains(QLatin1String("No article text")));
    }

    void seedArticle()
    {
        const QString seed = sharedPath(QStringLiteral("corpus/seed/000_b328fcf481689a2c.txt"));
        const QString gold = sharedPath(QStringLiteral("eval/gold/seed-000.json"));
        if (seed.isEmpty() || gold.isEmpty())
            QSKIP("../shared/corpus/seed/000_b328fcf481689a2c.txt is not on this machine");
        const auto parsed = ingest::DocumentParser::parse(ingest::DocumentReader::readFile(seed));
        QVERIFY2(parsed.ok(), qPrintable(parsed.error));
        const QJsonObject g = QJsonDocument::fromJson(readUtf8(gold).toUtf8()).object();
        QCOMPARE(parsed.article.title, g.value(QLatin1String("title")).toString());
        QCOMPARE(parsed.article.editor, QStringLiteral("M Mahfud"));
        QCOMPARE(parsed.article.byline, QStringLiteral("M Mahfud"));
        QVERIFY(!parsed.article.captions.isEmpty());
        QVERIFY(parsed.article.captions.first().contains(QLatin1String("(Foto: Ist)")));
        const QString body = words(parsed.article.body);
        for (const QJsonValue &s : g.value(QLatin1String("body_must_contain")).toArray())
            QVERIFY2(body.contains(words(s.toString())), qPrintable(s.toString()));
        for (const QJsonValue &s : g.value(QLatin1String("body_must_not_contain")).toArray())
            QVERIFY2(!body.contains(words(s.toString())), qPrintable(s.toString()));
    }

    // Every hand-marked article of the development gold whose input exists: title and body
    // snippets kept, furniture gone.
    void goldArticles()
    {
        const QString goldDir = sharedPath(QStringLiteral("eval/gold"));
        if (goldDir.isEmpty())
            QSKIP("../shared/eval/gold is not on this machine");
        int checked = 0;
        const QStringList files = QDir(goldDir).entryList({QStringLiteral("*.json")}, QDir::Files);
        for (const QString &file : files) {
            const QJsonObject g =
                QJsonDocument::fromJson(readUtf8(QDir(goldDir).filePath(file)).toUtf8()).object();
            const QString input = QDir(goldDir).filePath(g.value(QLatin1String("input")).toString());
            if (!QFileInfo::exists(input))
                continue;
            const auto parsed = ingest::DocumentParser::parse(ingest::DocumentReader::readFile(input));
            QVERIFY2(parsed.ok(), qPrintable(file + QLatin1String(": ") + parsed.error));
            if (g.contains(QLatin1String("title")))
                QVERIFY2(words(parsed.article.title) == words(g.value(QLatin1String("title")).toString()),
                         qPrintable(file + QLatin1String(": ") + parsed.article.title));
            const QString body = words(parsed.article.body);
            for (const QJsonValue &s : g.value(QLatin1String("body_must_contain")).toArray())
                QVERIFY2(body.contains(words(s.toString())), qPrintable(file + QLatin1String(": ") + s.toString()));
            for (const QJsonValue &s : g.value(QLatin1String("body_must_not_contain")).toArray())
                QVERIFY2(!body.contains(words(s.toString())), qPrintable(file + QLatin1String(": ") + s.toString()));
            ++checked;
        }
        QVERIFY(checked >= 20);
    }
};

QTEST_GUILESS_MAIN(TestPageTextParser)
#include "tst_pagetextparser.moc"
