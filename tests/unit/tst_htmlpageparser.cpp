// Saved web pages into articles: the real pages of ../shared/corpus/html (read at test time;
// word-level recall and precision of the body against the gold text, titles, refusal of home
// and index pages) and our own small pages in tests/fixtures/html with exact assertions.
#include "ingest/documentparser.h"
#include "ingest/documentreader.h"
#include "ingest/htmldocument.h"
#include "ingest/htmlpageparser.h"
#include "ingest/siterules.h"
#include "shareddata.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryFile>
#include <QTest>
#include <QTimeZone>

using namespace kliping;
using namespace kliping::ingest;
using namespace kliping::tests;

namespace {

QByteArray readBytes(const QString &path) {
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// Folded words: runs of letters and digits. Newlines and punctuation are not significant, so
// "I-REBOT.Lima" (paragraphs glued in the gold text) is the words i, rebot, lima.
QStringList words(const QString &text) {
    QStringList out;
    QString current;
    for (const QChar c : text.normalized(QString::NormalizationForm_KC).toCaseFolded()) {
        if (c.isLetterOrNumber()) {
            current += c;
        } else if (!current.isEmpty()) {
            out << current;
            current.clear();
        }
    }
    if (!current.isEmpty())
        out << current;
    return out;
}

// Which words of a are matched, in order, by words of b (longest common subsequence).
QList<bool> matched(const QStringList &a, const QStringList &b) {
    const qsizetype n = a.size(), m = b.size();
    QList<int> table((n + 1) * (m + 1), 0);
    auto at = [&table, m](qsizetype i, qsizetype j) -> int & { return table[i * (m + 1) + j]; };
    for (qsizetype i = n - 1; i >= 0; --i) {
        for (qsizetype j = m - 1; j >= 0; --j)
            at(i, j) =
                a.at(i) == b.at(j) ? at(i + 1, j + 1) + 1 : std::max(at(i + 1, j), at(i, j + 1));
    }
    QList<bool> flags(n, false);
    qsizetype i = 0, j = 0;
    while (i < n && j < m) {
        if (a.at(i) == b.at(j)) {
            flags[i] = true;
            ++i;
            ++j;
        } else if (at(i + 1, j) >= at(i, j + 1)) {
            ++i;
        } else {
            ++j;
        }
    }
    return flags;
}

struct Scores {
    double recall = 0;     // of the gold words, those in the body
    double precision = 0;  // of the body words, those in the gold
    double recallKept = 0; // recall not counting gold words the parser set aside on purpose
};

// The gold texts keep some lines Kliping removes on purpose ("Baca juga: ..." headlines,
// "Editor : ...", photo captions): recallKept does not count those words against the body when
// the parser reports them as removed or as captions.
Scores score(const QString &gold, const QString &body, const QString &setAside) {
    const QStringList g = words(gold), b = words(body);
    const QList<bool> inBody = matched(g, b);
    const QList<bool> aside = matched(g, words(setAside));
    int hits = 0, asideOnly = 0;
    for (qsizetype i = 0; i < g.size(); ++i) {
        if (inBody.at(i))
            ++hits;
        else if (aside.at(i))
            ++asideOnly;
    }
    Scores s;
    s.recall = g.isEmpty() ? 0 : double(hits) / g.size();
    s.precision = b.isEmpty() ? 0 : double(hits) / b.size();
    s.recallKept = g.size() == asideOnly ? 0 : double(hits) / (g.size() - asideOnly);
    return s;
}

QJsonArray manifest() {
    const QString path = sharedPath(QStringLiteral("corpus/html/manifest.json"));
    return QJsonDocument::fromJson(readBytes(path)).array();
}

// "Headline - Kompas.com Bola" in the manifest (a page's <title>) is the headline "Headline".
bool sameTitle(const QString &expected, const QString &actual) {
    if (expected == actual)
        return true;
    for (const QString &sep : {QStringLiteral(" - "), QStringLiteral(" | ")}) {
        if (expected.startsWith(actual + sep))
            return true;
    }
    return false;
}

HtmlPageParser::Result parseFixture(const QString &name) {
    return HtmlPageParser().parse(readBytes(fixturePath(QStringLiteral("html/") + name)));
}

} // namespace

class TestHtmlPageParser : public QObject {
    Q_OBJECT

private slots:
    void corpusArticles_data();
    void corpusArticles();
    void corpusNonArticles_data();
    void corpusNonArticles();
    void articleWithFurniture();
    void declaredWindows1252();
    void continuedOnNextPage();
    void deeplyNestedPage();
    void tooDeeplyNestedPage();
    void tooManyParagraphs();
    void homePageRefused();
    void siteRules();
    void throughDocumentParser();
};

void TestHtmlPageParser::corpusArticles_data() {
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("gold");
    QTest::addColumn<QString>("title");
    if (sharedPath(QStringLiteral("corpus/html/manifest.json")).isEmpty())
        return;
    for (const QJsonValue &v : manifest()) {
        const QJsonObject o = v.toObject();
        if (o.value(QStringLiteral("expected_text")).toString().isEmpty())
            continue;
        const QString dir = QStringLiteral("corpus/html/");
        QTest::newRow(qPrintable(o.value(QStringLiteral("file")).toString()))
            << sharedPath(dir + o.value(QStringLiteral("file")).toString())
            << sharedPath(dir + o.value(QStringLiteral("expected_text")).toString())
            << o.value(QStringLiteral("title")).toString();
    }
}

void TestHtmlPageParser::corpusArticles() {
    if (sharedPath(QStringLiteral("corpus/html/manifest.json")).isEmpty())
        QSKIP("../shared/corpus/html is not here; the real pages are read at test time only.");
    QFETCH(QString, file);
    QFETCH(QString, gold);
    QFETCH(QString, title);
    const HtmlPageParser::Result r = HtmlPageParser().parse(readBytes(file));
    QVERIFY2(r.ok(), qPrintable(r.error));
    const Scores s =
        score(QString::fromUtf8(readBytes(gold)), r.article.body,
              (r.removed + r.article.captions + QStringList{r.article.byline, r.article.editor})
                  .join(u'\n'));
    qInfo("recall %.3f  recall of kept text %.3f  precision %.3f", s.recall, s.recallKept,
          s.precision);
    QVERIFY2(s.recallKept >= 0.95, qPrintable(QString::number(s.recallKept)));
    QVERIFY2(s.recall >= 0.8, qPrintable(QString::number(s.recall)));
    QVERIFY2(s.precision >= 0.9, qPrintable(QString::number(s.precision)));
    if (!title.isEmpty())
        QVERIFY2(sameTitle(title, r.article.title), qPrintable(r.article.title));
    QVERIFY(!r.article.source.isEmpty());
    QVERIFY(r.article.url.startsWith(QLatin1String("http")));
}

void TestHtmlPageParser::corpusNonArticles_data() {
    QTest::addColumn<QString>("file");
    if (sharedPath(QStringLiteral("corpus/html/manifest.json")).isEmpty())
        return;
    for (const QJsonValue &v : manifest()) {
        const QJsonObject o = v.toObject();
        if (o.value(QStringLiteral("kind")).toString() == QLatin1String("article"))
            continue;
        const QString file = o.value(QStringLiteral("file")).toString();
        QTest::newRow(qPrintable(file)) << sharedPath(QStringLiteral("corpus/html/") + file);
    }
}

void TestHtmlPageParser::corpusNonArticles() {
    if (sharedPath(QStringLiteral("corpus/html/manifest.json")).isEmpty())
        QSKIP("../shared/corpus/html is not here; the real pages are read at test time only.");
    QFETCH(QString, file);
    // Through DocumentParser, as an import would.
    const ParseResult r = DocumentParser::parse(DocumentReader::readFile(file));
    QVERIFY(!r.ok());
    QVERIFY2(r.error.startsWith(QLatin1String("This page is a list of articles (a home or index "
                                              "page), not an article.")),
             qPrintable(r.error));
}

void TestHtmlPageParser::articleWithFurniture() {
    const HtmlPageParser::Result r = parseFixture(QStringLiteral("artikel_polres.html"));
    QVERIFY2(r.ok(), qPrintable(r.error));
    const Article &a = r.article;
    QCOMPARE(a.title, QStringLiteral("Polres Contoh Kota Gelar Operasi Pungli di Pasar Baru"));
    QCOMPARE(a.byline, QStringLiteral("Rina Lestari, Budi Santoso")); // JSON-LD, both authors
    QCOMPARE(a.editor, QStringLiteral("Ahmad Fauzi"));
    QCOMPARE(a.source, QStringLiteral("iNews.id"));
    QCOMPARE(
        a.url,
        QStringLiteral("https://www.inews.id/news/daerah/polres-contoh-kota-gelar-operasi-pungli"));
    QCOMPARE(a.published, QDateTime(QDate(2024, 3, 5), QTime(2, 30), QTimeZone::utc()));
    QCOMPARE(a.publishedZone, QStringLiteral("+07:00"));
    QCOMPARE(a.captions,
             (QStringList{QStringLiteral("Kapolres Contoh Kota AKBP Joko Prasetyo saat memimpin "
                                         "apel. (Foto: Humas Polres)"),
                          QStringLiteral("Kapolres Contoh Kota memimpin apel operasi di halaman "
                                         "Mapolres.")}));
    QCOMPARE(a.paragraphs(),
             (QStringList{
                 QStringLiteral("KOTA CONTOH, iNews.id - Polres Contoh Kota menggelar operasi "
                                "pemberantasan pungutan liar di Pasar Baru, Selasa (5/3/2024). "
                                "Sebanyak 40 personel diterjunkan sejak pagi."),
                 QStringLiteral("Kapolres Contoh Kota AKBP Joko Prasetyo mengatakan operasi ini "
                                "menindaklanjuti laporan pedagang tentang pungutan yang tidak "
                                "resmi di area parkir pasar."),
                 QStringLiteral("\"Kami tidak akan memberi ruang bagi pelaku pungli. Pedagang "
                                "harus merasa aman berjualan,\" kata Joko kepada wartawan."),
                 QStringLiteral("Pedagang Diminta Melapor"),
                 QStringLiteral("Dia meminta pedagang segera melapor melalui layanan pengaduan 110 "
                                "bila menemukan pungutan serupa."),
                 QStringLiteral("Operasi serupa akan digelar setiap pekan hingga akhir bulan, "
                                "dengan melibatkan Satpol PP dan dinas perdagangan."),
             }));
    QVERIFY(!a.continuedOnNextPage);
    QVERIFY(!a.partial);
    QVERIFY(a.mediaType.startsWith(QLatin1String("text/html; charset=UTF-8")));
    // What was left out of the text's box is reported, e.g. the "Baca juga:" line.
    QVERIFY(r.removed.contains(
        QStringLiteral("Baca juga: Polisi Tangkap Dua Juru Parkir Liar di Terminal")));
}

void TestHtmlPageParser::declaredWindows1252() {
    const HtmlPageParser::Result r = parseFixture(QStringLiteral("windows1252.html"));
    QVERIFY2(r.ok(), qPrintable(r.error));
    QCOMPARE(r.article.mediaType, QStringLiteral("text/html; charset=windows-1252"));
    QCOMPARE(r.article.title, QStringLiteral("DPRD Setujui Anggaran Perbaikan Jalan"));
    QCOMPARE(r.article.byline, QStringLiteral("Dewi Anggraini")); // <meta name=author>
    // A date without a zone is WIB.
    QCOMPARE(r.article.published, QDateTime(QDate(2023, 11, 20), QTime(7, 0), QTimeZone::utc()));
    QCOMPARE(r.article.paragraphs(),
             (QStringList{QStringLiteral("Ketua DPRD Kota Contoh menyatakan “perbaikan jalan "
                                         "adalah prioritas” dalam rapat paripurna, Senin "
                                         "sore."),
                          QStringLiteral("Anggaran sebesar Rp 12 miliar itu akan dipakai untuk "
                                         "memperbaiki ruas jalan di empat kecamatan – "
                                         "termasuk jalan menuju pasar café lama.")}));
    QVERIFY(HtmlDocument::declaredCharset(readBytes(fixturePath(
                QStringLiteral("html/windows1252.html")))) == QLatin1String("windows-1252"));
}

void TestHtmlPageParser::continuedOnNextPage() {
    const HtmlPageParser::Result r = parseFixture(QStringLiteral("halaman_satu.html"));
    QVERIFY2(r.ok(), qPrintable(r.error));
    QCOMPARE(r.article.title, QStringLiteral("Pemkot Contoh Umumkan Jadwal Vaksinasi Lanjutan"));
    QCOMPARE(r.article.source, QStringLiteral("Berita Contoh"));
    QVERIFY(r.article.continuedOnNextPage);
    QVERIFY(r.article.partial); // what the archive keeps
    QCOMPARE(r.article.paragraphs().size(), 3);
    QVERIFY(!r.article.body.contains(QLatin1String("Halaman")));
}

namespace {

QByteArray nestedPage(int depth) {
    QByteArray page = "<html><head><title>Berita Bersarang</title></head><body>";
    for (int i = 0; i < depth; ++i)
        page += "<div>";
    page +=
        "<p>Wali Kota Contoh meresmikan taman kota yang baru, lengkap dengan jalur pejalan kaki "
        "dan lampu taman, pada Minggu pagi.</p>";
    for (int i = 0; i < depth; ++i)
        page += "</div>";
    return page + "</body></html>";
}

} // namespace

void TestHtmlPageParser::deeplyNestedPage() {
    // Deep, but within the limit: read without recursion.
    const HtmlPageParser::Result r = HtmlPageParser().parse(nestedPage(4000));
    QVERIFY2(r.ok(), qPrintable(r.error));
    QCOMPARE(r.article.title, QStringLiteral("Berita Bersarang"));
    QVERIFY(r.article.body.startsWith(QLatin1String("Wali Kota Contoh meresmikan taman kota")));
}

void TestHtmlPageParser::tooDeeplyNestedPage() {
    const HtmlPageParser::Result r = HtmlPageParser().parse(nestedPage(200000));
    QVERIFY(!r.ok());
    QCOMPARE(r.error, QStringLiteral("The page's markup is nested more than 5000 levels deep; it "
                                     "is not a web page Kliping can read."));
}

void TestHtmlPageParser::tooManyParagraphs() {
    QByteArray page = "<html><body><div class=\"content\">";
    for (int i = 0; i < HtmlPageParser::kMaxParagraphs + 1; ++i)
        page += "<p>Paragraf berita yang panjang, dengan koma, untuk menguji batas.</p>";
    page += "</div></body></html>";
    const HtmlPageParser::Result r = HtmlPageParser().parse(page);
    QVERIFY(!r.ok());
    QVERIFY2(r.error.startsWith(QLatin1String("The page has more than 5000 paragraphs")),
             qPrintable(r.error));
}

void TestHtmlPageParser::homePageRefused() {
    // A home page of our own: the canonical address is the site's root, headlines and teasers.
    QByteArray page = "<html><head><title>Berita Contoh - Kabar Terkini</title>"
                      "<link rel=canonical href='https://berita.example.id/'></head><body>";
    for (int i = 0; i < 30; ++i)
        page += "<div class=item><h2><a href='/read/" + QByteArray::number(i) +
                "'>Judul berita nomor " + QByteArray::number(i) +
                " tentang kota kita hari ini</a></h2><p>Ringkasan singkat berita, dengan "
                "beberapa kata, untuk beranda.</p></div>";
    page += "</body></html>";
    const HtmlPageParser::Result r = HtmlPageParser().parse(page);
    QVERIFY(r.notAnArticle);
    QCOMPARE(r.error, QStringLiteral("This page is a list of articles (a home or index page), not "
                                     "an article. Open the article itself and save that page."));
}

void TestHtmlPageParser::siteRules() {
    const SimpleSelector s = SimpleSelector::parse(QStringLiteral("div.detail-text#isi[data-x=1]"));
    QVERIFY(s.isValid());
    QVERIFY(!SimpleSelector::parse(QStringLiteral("div p")).isValid()); // no combinators
    QVERIFY(!SimpleSelector::parse(QStringLiteral("")).isValid());

    const HtmlDocument doc("<div class='a detail-text' id='isi' data-x='1'>x</div><div>y</div>");
    int matches = 0;
    for (int i = 0; i < doc.size(); ++i)
        matches += s.matches(doc, i) ? 1 : 0;
    QCOMPARE(matches, 1);

    // A user's file: this site keeps its text in div[data-bagian=isi] and its "also read" box
    // in .lihat. The attribute is one the parser reads only for this rule: it must reach the
    // parse (MarkupTrimmer drops the attributes nobody reads).
    QTemporaryFile file;
    QVERIFY(file.open());
    file.write("# test\ncontoh.example\tbody-selector\tdiv[data-bagian=isi]\n"
               "contoh.example\tdrop-selector\t.lihat\ncontoh.example\tnonsense\tdiv\n");
    file.flush();
    const SiteRules rules(file.fileName());
    QCOMPARE(rules.errors().size(), 1); // the "nonsense" rule, with its line
    QCOMPARE(rules.rulesFor(QStringLiteral("www.news.contoh.example")).size(), 2);
    QCOMPARE(rules.rulesFor(QStringLiteral("lain.example")).size(), 0);
    QCOMPARE(rules.attributeNames(), QStringList{QStringLiteral("data-bagian")});

    const QByteArray page =
        "<html><head><link rel=canonical href='https://contoh.example/a/1'></head><body>"
        "<div id=lain><p>Teks panjang di kotak lain yang bukan artikel, dengan koma, koma, koma, "
        "koma, koma, dan lebih banyak koma, koma, koma, koma, koma, koma.</p></div>"
        "<div data-bagian=isi><p>Ini paragraf artikel yang sebenarnya menurut aturan situs.</p>"
        "<div class=lihat>Lihat pula berita lain di kanal kami</div></div></body></html>";
    const HtmlPageParser::Result r = HtmlPageParser(PageLexicon::instance(), rules).parse(page);
    QVERIFY2(r.ok(), qPrintable(r.error));
    QCOMPARE(r.article.body,
             QStringLiteral("Ini paragraf artikel yang sebenarnya menurut aturan situs."));
}

void TestHtmlPageParser::throughDocumentParser() {
    const QString path = fixturePath(QStringLiteral("html/artikel_polres.html"));
    const RawDocument doc = DocumentReader::readFile(path);
    QCOMPARE(doc.mediaType, QStringLiteral("text/html"));
    const ParseResult r = DocumentParser::parse(doc);
    QVERIFY2(r.ok(), qPrintable(r.error));
    QCOMPARE(r.article.origin, path);
    QCOMPARE(r.article.originalBytes, doc.bytes);
    QCOMPARE(r.article.byline, QStringLiteral("Rina Lestari, Budi Santoso"));
}

QTEST_GUILESS_MAIN(TestHtmlPageParser)
#include "tst_htmlpageparser.moc"
