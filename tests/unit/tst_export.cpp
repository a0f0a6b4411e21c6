// Export of articles and dossiers: the PDF read back with pdftotext/pdfinfo/pdffonts (every
// paragraph in order, quotes and citation, no ligature characters, fonts embedded, metadata, the
// contents' page numbers), HTML without remote resources, Markdown, JSON, CSV, safe file names,
// and files that are never half-written or replaced without consent. Fixtures are our own
// articles (tests/fixtures/export); real articles from ../shared are used when present.
#include "archive/archive.h"
#include "archive/articleimporter.h"
#include "archive/peopledirectory.h"
#include "export/exportcontent.h"
#include "export/exporter.h"
#include "export/exporthtml.h"
#include "export/pdfexporter.h"
#include "export/pdfmetadata.h"
#include "export/safefilename.h"
#include "export/textexport.h"

#include "pdftext.h"
#include "shareddata.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

using namespace kliping;
using namespace kliping::exporting;

class TestExport : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void safeNames_data();
    void safeNames();
    void formats();
    void csvQuoting();
    void articlePdf();
    void letterPaper();
    void collectionPdfContents();
    void dossier();
    void htmlIsSelfContained();
    void markdownAndJson();
    void noHalfWrittenFile();
    void corpusSelection();

private:
    QString path(const QString &name) const { return m_dir.filePath(name); }
    QList<ExportArticle> fixtures() const;
    void checkParagraphsInOrder(const QString &pdf, const QList<ExportArticle> &articles,
                                const QStringList &furniture);

    QTemporaryDir m_dir;
    archive::Archive m_archive;
    QList<qint64> m_ids;
};

void TestExport::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY(m_archive.open(path(QStringLiteral("export.sqlite"))));
    archive::ArticleImporter importer(m_archive);
    const auto report =
        importer.importPaths({tests::fixturePath(QStringLiteral("export/articles.jsonl"))});
    for (const auto &item : report.items)
        m_ids << item.articleId;
    QCOMPARE(m_ids.size(), 5);
}

QList<ExportArticle> TestExport::fixtures() const
{
    return loadArticles(m_archive, m_ids);
}

void TestExport::safeNames_data()
{
    QTest::addColumn<QString>("title");
    QTest::addColumn<QString>("expected");
    QTest::newRow("separators") << QStringLiteral("Polisi: Tak Ada Pungli / di Samsat?")
                                << QStringLiteral("Polisi - Tak Ada Pungli - di Samsat.pdf");
    QTest::newRow("traversal") << QStringLiteral("../../etc/passwd")
                               << QStringLiteral("etc - passwd.pdf");
    QTest::newRow("reserved") << QStringLiteral("a<b>c*d\"e|f")
                              << QStringLiteral("a b c d e - f.pdf");
    QTest::newRow("device") << QStringLiteral("CON") << QStringLiteral("CON_.pdf");
    QTest::newRow("dots") << QStringLiteral("...") << QStringLiteral("kliping.pdf");
    QTest::newRow("empty") << QString() << QStringLiteral("kliping.pdf");
    QTest::newRow("letters kept") << QStringLiteral("Café Ibu Tjoet di Aceh — Ço")
                                  << QStringLiteral("Café Ibu Tjoet di Aceh — Ço.pdf");
    QTest::newRow("controls") << QStringLiteral("Baris\nbaru\tdan\u0007bel")
                              << QStringLiteral("Baris baru dan bel.pdf");
}

void TestExport::safeNames()
{
    QFETCH(QString, title);
    QFETCH(QString, expected);
    QCOMPARE(safeFileName(title, QStringLiteral("pdf")), expected);
}

void TestExport::formats()
{
    QCOMPARE(formatFromFileName(QStringLiteral("a/b.PDF")), Format::Pdf);
    QCOMPARE(formatFromFileName(QStringLiteral("b.htm")), Format::Html);
    QCOMPARE(formatFromFileName(QStringLiteral("b.md")), Format::Markdown);
    QCOMPARE(formatFromFileName(QStringLiteral("b.csv")), Format::Csv);
    QVERIFY(!formatFromFileName(QStringLiteral("b.docx")));
    QCOMPARE(paperFromName(QStringLiteral("Letter")), Paper::Letter);

    // A long title stays under the byte limit, cut between words, in whole characters.
    const QString longTitle = QString(QStringLiteral("Pemerintah Kabupaten Contoh ")).repeated(20);
    const QString name = safeFileName(longTitle);
    QVERIFY(name.toUtf8().size() <= kMaxFileNameBytes);
    QVERIFY(name.endsWith(QStringLiteral("Contoh")) || name.endsWith(QStringLiteral("Kabupaten")) ||
            name.endsWith(QStringLiteral("Pemerintah")));
}

void TestExport::csvQuoting()
{
    QCOMPARE(csvField(QStringLiteral("biasa")), QStringLiteral("biasa"));
    QCOMPARE(csvField(QStringLiteral("satu, dua")), QStringLiteral("\"satu, dua\""));
    QCOMPARE(csvField(QStringLiteral("kata \"ini\"")), QStringLiteral("\"kata \"\"ini\"\"\""));
    QCOMPARE(csvField(QStringLiteral("baris\nbaru")), QStringLiteral("\"baris\nbaru\""));

    ExportOptions options;
    options.format = Format::Csv;
    const QByteArray csv = Exporter(options).articlesBytes(fixtures());
    QVERIFY(csv.startsWith("\xEF\xBB\xBF"));
    const QString text = QString::fromUtf8(csv.mid(3));
    QVERIFY(text.startsWith(
        QStringLiteral("article_id,published,source,title,url,speaker,kind,quote,citation\r\n")));
    // Every quote of the fixtures, each on one record ending with CRLF.
    int quotes = 0;
    for (const ExportArticle &a : fixtures())
        quotes += int(a.analysis.quotes.size());
    QVERIFY(quotes > 10);
    QCOMPARE(text.count(QStringLiteral("\r\n")), quotes + 1);
    QVERIFY(text.contains(QStringLiteral("Siti Rahmawati,direct,")));
    QVERIFY(text.contains(
                QStringLiteral("\"Inflasi kita jaga bersama. Harga cabai sudah mulai turun dan "
                               "stok beras aman sampai Lebaran\"")) ||
            text.contains(QStringLiteral("Inflasi kita jaga bersama.")));
}

void TestExport::checkParagraphsInOrder(const QString &pdf, const QList<ExportArticle> &articles,
                                        const QStringList &furniture)
{
    const QString raw = tests::pdfText(pdf);
    QVERIFY2(!tests::hasLigatureCharacters(raw), "a ligature character in the text");
    const QString text = tests::flowingText(raw, furniture);
    qsizetype at = 0;
    for (const ExportArticle &a : articles) {
        const qsizetype title = text.indexOf(a.article.title.simplified(), at);
        QVERIFY2(title >= 0, qPrintable(QStringLiteral("title missing: ") + a.article.title));
        at = title;
        for (const QString &p : a.article.paragraphs()) {
            const qsizetype found = text.indexOf(p.simplified(), at);
            QVERIFY2(found >= 0,
                     qPrintable(QStringLiteral("paragraph missing or out of order: ") + p));
            at = found + p.simplified().size();
        }
    }
}

void TestExport::articlePdf()
{
    if (!tests::hasPoppler())
        QSKIP("poppler-utils (pdftotext, pdfinfo, pdffonts) is not installed");
    const QList<ExportArticle> all = fixtures();
    const ExportArticle &a = all.first();
    ExportOptions options;
    options.locale = QLocale(QLocale::Indonesian, QLocale::Indonesia);
    const QString file = path(QStringLiteral("artikel.pdf"));
    const ExportResult result = Exporter(options).writeArticles({a}, file, false);
    QVERIFY2(result.ok, qPrintable(result.error));
    QVERIFY(result.pages >= 1);
    QCOMPARE(tests::pdfPages(file), result.pages);

    const QString text = tests::pdfText(file);
    // The words with fi, fl, ff come back as letters.
    for (const char *word : {"Inflasi", "inflasi", "fisik", "efisien"})
        QVERIFY2(text.contains(QLatin1String(word)), word);
    QVERIFY(!tests::hasLigatureCharacters(text));
    // Date in the article's zone, in Indonesian; writer, editor, URL, caption, citation.
    QVERIFY2(text.contains(QStringLiteral("Selasa, 10 Maret 2026 14.20 WIB")),
             qPrintable(text.left(600)));
    QVERIFY(text.contains(QStringLiteral("Rina Wulandari")));
    QVERIFY(text.contains(QStringLiteral("Dedi Kurniawan")));
    QVERIFY(
        text.contains(QStringLiteral("https://warta.contoh.id/berita/2026/03/10/inflasi-pasar")));
    QVERIFY(text.contains(QStringLiteral("berbincang dengan pedagang cabai")));
    const QString flowing = text.simplified();
    QVERIFY(flowing.contains(
        QStringLiteral("Warta Kota Contoh. “Wali Kota Contoh Pantau Inflasi di Pasar "
                       "Induk, Harga Cabai Mulai Turun”.")));
    // Quotes listed with their speakers; the people box with positions.
    QVERIFY(flowing.contains(QStringLiteral("— Siti Rahmawati")));
    QVERIFY(flowing.contains(QStringLiteral("— Agus Firmansyah")));
    QVERIFY(flowing.contains(QStringLiteral("Kepala Dinas Perdagangan")));

    checkParagraphsInOrder(file, {a},
                           {QStringLiteral("Kliping"),
                            QStringLiteral("Warta Kota Contoh · Selasa, 10 Maret 2026 14.20 WIB")});

    QStringList fonts;
    QVERIFY(tests::allFontsEmbedded(file, &fonts));
    QVERIFY2(fonts.join(u' ').contains(QStringLiteral("NotoSerif")), qPrintable(fonts.join(u' ')));
    QCOMPARE(tests::pdfInfo(file, QStringLiteral("Title")), a.article.title);
    QCOMPARE(tests::pdfInfo(file, QStringLiteral("Author")), QStringLiteral("Rina Wulandari"));
    QVERIFY(tests::pdfInfo(file, QStringLiteral("Page size")).contains(QStringLiteral("A4")));
}

void TestExport::letterPaper()
{
    if (!tests::hasPoppler())
        QSKIP("poppler-utils is not installed");
    ExportOptions options;
    options.paper = Paper::Letter;
    options.marginsMm = QMarginsF(25, 25, 25, 25);
    options.highlightQuotes = false;
    options.peopleBox = false;
    const QString file = path(QStringLiteral("letter.pdf"));
    const ExportResult result = Exporter(options).writeArticles(fixtures().mid(1, 1), file, false);
    QVERIFY2(result.ok, qPrintable(result.error));
    QVERIFY(
        tests::pdfInfo(file, QStringLiteral("Page size")).contains(QStringLiteral("612 x 792")));
    const QString text = tests::pdfText(file);
    QVERIFY(!text.contains(QStringLiteral("Institutions")));
    QVERIFY(text.contains(QStringLiteral("Cite as:")));
}

void TestExport::collectionPdfContents()
{
    if (!tests::hasPoppler())
        QSKIP("poppler-utils is not installed");
    const QList<ExportArticle> articles = fixtures();
    ExportOptions options;
    options.title = QStringLiteral("Kliping Kota Contoh 2025–2026");
    const PdfExporter pdf(options);
    const PrintJob job = pdf.articlesJob(articles);
    int pages = 0;
    const QByteArray bytes = pdf.pdf(job, {}, &pages);
    const QList<int> sectionPages = pdf.sectionPages();
    QCOMPARE(sectionPages.size(), articles.size());
    const QString file = path(QStringLiteral("koleksi.pdf"));
    QVERIFY(Exporter::writeFile(file, bytes, false).isEmpty());
    QCOMPARE(tests::pdfPages(file), pages);
    QCOMPARE(tests::pdfInfo(file, QStringLiteral("Title")), options.title);
    QCOMPARE(tests::pdfInfo(file, QStringLiteral("Author")), QStringLiteral("Kliping"));

    // The cover, then the contents (page 2) with each article's number.
    QVERIFY(tests::pdfText(file, 1, 1).contains(options.title));
    const QString toc = tests::pdfText(file, 2, 2).simplified();
    QVERIFY(toc.contains(QStringLiteral("Contents")));
    for (qsizetype i = 0; i < articles.size(); ++i) {
        QVERIFY(toc.contains(articles.at(i).article.title.simplified()));
        const QRegularExpression number(QStringLiteral("(^|\\s)%1(\\s|$)").arg(sectionPages.at(i)));
        QVERIFY2(number.match(toc).hasMatch(), qPrintable(toc));
    }
    // The page where pdftotext first finds each title (after the contents) is the contents'
    // number; and the pages go up.
    for (qsizetype i = 0; i < articles.size(); ++i) {
        const QString title = articles.at(i).article.title.simplified();
        int foundOn = 0;
        for (int p = 3; p <= pages && !foundOn; ++p) {
            if (tests::pdfText(file, p, p).simplified().contains(title))
                foundOn = p;
        }
        QCOMPARE(foundOn, sectionPages.at(i));
        if (i > 0)
            QVERIFY(sectionPages.at(i) > sectionPages.at(i - 1));
    }
    QStringList furniture{QStringLiteral("Kliping"), options.title, QStringLiteral("Contents")};
    for (const ExportArticle &a : articles)
        furniture << a.article.title;
    checkParagraphsInOrder(file, articles, furniture);
    QVERIFY(tests::allFontsEmbedded(file));
    // Bookmarks: one per article, to its page, as poppler reads the outline we append.
    QVERIFY(bytes.contains("/Outlines"));
    if (QStandardPaths::findExecutable(QStringLiteral("pdftohtml")).isEmpty())
        return;
    const QString xml =
        tests::runTool(QStringLiteral("pdftohtml"),
                       {QStringLiteral("-xml"), QStringLiteral("-i"), QStringLiteral("-stdout"),
                        QStringLiteral("-l"), QStringLiteral("1"), file});
    static const QRegularExpression item(QStringLiteral("<item page=\"(\\d+)\">([^<]*)</item>"));
    QList<int> outlinePages;
    for (auto it = item.globalMatch(xml); it.hasNext();)
        outlinePages << it.next().captured(1).toInt();
    QCOMPARE(outlinePages, sectionPages);
}

void TestExport::dossier()
{
    const archive::PeopleDirectory people(m_archive);
    const auto matches = people.find(QStringLiteral("Siti Rahmawati"));
    QVERIFY(!matches.isEmpty());
    const auto dossier = loadDossier(m_archive, matches.first().id);
    QVERIFY(dossier);
    QVERIFY(dossier->quotes.size() >= 5);
    // Oldest first: the flood (2025) before the market (2026).
    QVERIFY(dossier->quotes.first().published.date().year() == 2025);
    const auto filtered = loadDossier(m_archive, matches.first().id, {QStringLiteral("POMPA")});
    QCOMPARE(filtered->quotes.size(), 1);

    if (!tests::hasPoppler())
        QSKIP("poppler-utils is not installed");
    ExportOptions options;
    const QString file = path(QStringLiteral("dosier.pdf"));
    const ExportResult result = Exporter(options).writeDossier(*dossier, file, false);
    QVERIFY2(result.ok, qPrintable(result.error));
    const QString text = tests::pdfText(file).simplified();
    QVERIFY(!tests::hasLigatureCharacters(text));
    const qsizetype y2025 = text.indexOf(QStringLiteral(" 2025 "));
    const qsizetype y2026 = text.indexOf(QStringLiteral(" 2026 "), y2025);
    QVERIFY(y2025 > 0 && y2026 > y2025);
    QVERIFY(text.indexOf(QStringLiteral("Pompa sudah kami siagakan")) > y2025);
    QVERIFY(text.indexOf(QStringLiteral("Inflasi kita jaga bersama")) > y2026);
    QVERIFY(text.contains(QStringLiteral("Positions over time")));
    QVERIFY(text.contains(QStringLiteral("Archived ")));
    QCOMPARE(tests::pdfInfo(file, QStringLiteral("Title")),
             QStringLiteral("Dossier: Siti Rahmawati"));

    options.format = Format::Csv;
    const QString csv = QString::fromUtf8(Exporter(options).dossierBytes(*dossier));
    QCOMPARE(csv.count(QStringLiteral("\r\n")), dossier->quotes.size() + 1);
}

void TestExport::htmlIsSelfContained()
{
    ExportOptions options;
    options.format = Format::Html;
    QList<ExportArticle> articles = fixtures();
    // Hostile text stays text.
    articles[1].article.title += QStringLiteral(" <script>alert(1)</script>");
    articles[1].article.url = QStringLiteral("javascript:alert(1)");
    const QString html = QString::fromUtf8(Exporter(options).articlesBytes(articles));
    static const QRegularExpression remote(
        QStringLiteral(
            "(<img[^>]+src\\s*=\\s*[\"']?https?:|<link[^>]+href\\s*=\\s*[\"']?https?:|"
            "@import\\s+url\\(\\s*[\"']?https?:|<script[^>]+src|url\\(\\s*[\"']?https?:)"),
        QRegularExpression::CaseInsensitiveOption);
    QVERIFY2(!remote.match(html).hasMatch(), qPrintable(remote.match(html).captured(0)));
    QVERIFY(!html.contains(QStringLiteral("<script>")));
    QVERIFY(!html.contains(QStringLiteral("href=\"javascript:")));
    QVERIFY(html.contains(QStringLiteral("<style>")));
    QVERIFY(html.contains(QStringLiteral("<a href=\"#article-2\">")));
    QVERIFY(html.contains(QStringLiteral("id=\"article-2\"")));
    for (const ExportArticle &a : fixtures()) {
        for (const QString &p : a.article.paragraphs()) {
            const QString escaped = p.toHtmlEscaped();
            // Quote highlighting splits a paragraph into spans: compare its words without tags.
            QVERIFY(html.contains(escaped) ||
                    QString(html)
                        .remove(QRegularExpression(QStringLiteral("<[^>]+>")))
                        .contains(escaped));
        }
    }
    QVERIFY(html.contains(QStringLiteral("class=\"quote-direct\"")));
}

void TestExport::markdownAndJson()
{
    ExportOptions options;
    options.format = Format::Markdown;
    const QList<ExportArticle> articles = fixtures();
    const QString md = QString::fromUtf8(Exporter(options).articlesBytes(articles));
    QVERIFY(md.startsWith(QStringLiteral("# Wali Kota Contoh Pantau Inflasi")));
    QVERIFY(md.contains(QStringLiteral("Kapolres Contoh Kota: Tidak Ada Pungli")));
    QVERIFY(
        md.contains(QStringLiteral("<https://warta.contoh.id/berita/2026/03/10/inflasi-pasar>")));
    QVERIFY(md.contains(QStringLiteral("— Siti Rahmawati")));

    options.format = Format::Json;
    const QJsonObject root =
        QJsonDocument::fromJson(Exporter(options).articlesBytes(articles)).object();
    const QJsonArray array = root.value(QStringLiteral("articles")).toArray();
    QCOMPARE(array.size(), articles.size());
    QCOMPARE(array.at(0).toObject().value(QStringLiteral("body")).toString(),
             articles.at(0).article.body);
    QVERIFY(!array.at(0).toObject().value(QStringLiteral("quotes")).toArray().isEmpty());
    QVERIFY(!array.at(0).toObject().value(QStringLiteral("archived_at")).toString().isEmpty());
}

void TestExport::noHalfWrittenFile()
{
    ExportOptions options;
    const QString file = path(QStringLiteral("batal/batal.pdf"));
    QVERIFY(QDir(m_dir.path()).mkpath(QStringLiteral("batal")));
    // Cancelled half-way: no file, and no temporary file left beside it.
    int calls = 0;
    const ExportResult cancelled = Exporter(options).writeArticles(
        fixtures(), file, false, [&calls](int, int) { return ++calls < 3; });
    QVERIFY(!cancelled.ok);
    QVERIFY(cancelled.cancelled);
    QVERIFY(QDir(path(QStringLiteral("batal"))).entryList(QDir::Files | QDir::Hidden).isEmpty());

    // An existing file is kept unless overwrite is given.
    QFile existing(file);
    QVERIFY(existing.open(QIODevice::WriteOnly));
    existing.write("lama");
    existing.close();
    const ExportResult refused = Exporter(options).writeArticles(fixtures().mid(0, 1), file, false);
    QVERIFY(!refused.ok);
    QVERIFY(refused.error.contains(QStringLiteral("already exists")));
    QVERIFY(existing.open(QIODevice::ReadOnly));
    QCOMPARE(existing.readAll(), QByteArray("lama"));
    existing.close();
    const ExportResult replaced = Exporter(options).writeArticles(fixtures().mid(0, 1), file, true);
    QVERIFY2(replaced.ok, qPrintable(replaced.error));
    QVERIFY(existing.open(QIODevice::ReadOnly));
    QVERIFY(existing.read(5).startsWith("%PDF"));
    existing.close();

    // A folder that does not exist: an error, nothing written.
    const ExportResult nowhere = Exporter(options).writeArticles(
        fixtures().mid(0, 1), path(QStringLiteral("tidak/ada.pdf")), false);
    QVERIFY(!nowhere.ok);
    QVERIFY(!QFileInfo::exists(path(QStringLiteral("tidak"))));

    // The metadata update leaves a PDF it does not understand alone.
    QCOMPARE(addPdfMetadata("bukan pdf", {}), QByteArray("bukan pdf"));
}

void TestExport::corpusSelection()
{
    const QString corpus =
        tests::sharedPath(QStringLiteral("corpus/articles/multisource_2025-06_gikirima.jsonl"));
    if (corpus.isEmpty())
        QSKIP("../shared/corpus is not here; the corpus part of the export test is skipped");
    if (!tests::hasPoppler())
        QSKIP("poppler-utils is not installed");
    // Twenty real articles (taken at test time, never copied here).
    QFile in(corpus);
    QVERIFY(in.open(QIODevice::ReadOnly));
    const QString lines = path(QStringLiteral("corpus20.jsonl"));
    QFile out(lines);
    QVERIFY(out.open(QIODevice::WriteOnly));
    for (int i = 0; i < 20 && !in.atEnd(); ++i)
        out.write(in.readLine());
    out.close();
    archive::Archive archive;
    QVERIFY(archive.open(path(QStringLiteral("corpus.sqlite"))));
    archive::ArticleImporter importer(archive);
    QList<qint64> ids;
    for (const auto &item : importer.importPaths({lines}).items) {
        if (item.articleId)
            ids << item.articleId;
    }
    QVERIFY(ids.size() >= 15);
    const QList<ExportArticle> articles = loadArticles(archive, ids);
    ExportOptions options;
    const PdfExporter pdf(options);
    int pages = 0;
    const QByteArray bytes = pdf.pdf(pdf.articlesJob(articles), {}, &pages);
    const QString file = path(QStringLiteral("corpus20.pdf"));
    QVERIFY(Exporter::writeFile(file, bytes, false).isEmpty());
    QStringList furniture{QStringLiteral("Kliping"), QStringLiteral("Contents")};
    furniture << pdf.articlesJob(articles).title;
    for (const ExportArticle &a : articles)
        furniture << a.article.title;
    checkParagraphsInOrder(file, articles, furniture);
    const QList<int> sectionPages = pdf.sectionPages();
    for (qsizetype i = 0; i < articles.size(); ++i) {
        const QString title = articles.at(i).article.title.simplified();
        QVERIFY2(tests::pdfText(file, sectionPages.at(i), sectionPages.at(i))
                     .simplified()
                     .contains(title),
                 qPrintable(title));
    }
    QVERIFY(tests::allFontsEmbedded(file));
}

QTEST_MAIN(TestExport)
#include "tst_export.moc"
