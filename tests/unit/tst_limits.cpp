// The limits that keep a runaway input from taking the program down: each parser refuses what is
// too big or too deep with a message that says so (docs/reliability.md, "Limits", lists them).
// Every input here is generated; each test asserts the message the user reads.
#include "analysis/analyzer.h"
#include "archive/searchquery.h"
#include "ingest/documentparser.h"
#include "ingest/documentreader.h"
#include "ingest/feedreader.h"
#include "ingest/htmlpageparser.h"
#include "ingest/jsonlinesreader.h"
#include "ingest/pagetextparser.h"

#include <QTest>

using namespace kliping;
using namespace kliping::ingest;

namespace {

ParseResult parseAs(const QByteArray &bytes, const char *mediaType)
{
    RawDocument doc;
    doc.origin = QStringLiteral("input");
    doc.bytes = bytes;
    doc.mediaType = QString::fromLatin1(mediaType);
    return DocumentParser::parse(doc);
}

QString paragraph(int i)
{
    return QStringLiteral("Paragraf nomor %1 dari teks yang sangat panjang ini.").arg(i);
}

} // namespace

class TestLimits : public QObject {
    Q_OBJECT

private slots:
    void pageTextParagraphs()
    {
        QStringList lines{QStringLiteral("Judul Berita yang Panjang Sekali")};
        for (int i = 1; i < PageTextParser::kMaxParagraphs; ++i)
            lines << paragraph(i);
        // At the limit the text is read ...
        QString error = QStringLiteral("x");
        const Article atLimit = PageTextParser().parse(lines.join(u'\n'), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY(!atLimit.body.isEmpty());
        // ... one paragraph more and it is refused, with the reason.
        lines << paragraph(-1);
        const ParseResult r = parseAs(lines.join(u'\n').toUtf8(), "text/plain");
        QCOMPARE(r.error, QStringLiteral("The text has more than 5000 paragraphs; Kliping reads one "
                                         "article at a time, not a whole book or archive. Split it "
                                         "into its articles."));
        QVERIFY(r.article.body.isEmpty());
    }

    void pageTextLineLength()
    {
        const QString longLine = QString(PageTextParser::kMaxLineLength + 1, u'a');
        const ParseResult r = parseAs(
            QStringLiteral("Judul\n\nParagraf pertama.\n%1\n").arg(longLine).toUtf8(), "text/plain");
        QCOMPARE(r.error, QStringLiteral("Line 4 of the text is 100001 characters long (the limit "
                                         "is 100000); it is not the text of an article. Check that "
                                         "the file is a news page."));
        // A line at the limit is read.
        QString error;
        PageTextParser().parse(QString(PageTextParser::kMaxLineLength, u'a'), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
    }

    void pastedTextUsesTheSameLimits()
    {
        const ParseResult r = DocumentParser::parseText(
            QString(PageTextParser::kMaxLineLength + 5, u'b'), QStringLiteral("clipboard"));
        QVERIFY2(r.error.startsWith(QLatin1String("Line 1 of the text is 100005 characters long")),
                 qPrintable(r.error));
    }

    void htmlParagraphTooLong()
    {
        const QByteArray page = "<html><body><article><h1>Judul</h1><p>" +
                                QByteArray(PageTextParser::kMaxLineLength + 1, 'k') +
                                "</p></article></body></html>";
        const ParseResult r = parseAs(page, "text/html");
        QVERIFY2(r.error.contains(QLatin1String("characters long (the limit is 100000)")),
                 qPrintable(r.error));
    }

    void htmlTooLarge()
    {
        const QByteArray page(DocumentReader::kMaxFileBytes + 1, ' ');
        const HtmlPageParser::Result r = HtmlPageParser().parse(page);
        QCOMPARE(r.error, QStringLiteral("The page is larger than 20 MB; Kliping does not read pages "
                                         "this large."));
    }

    void jsonLineTooLong()
    {
        QByteArray text = "{\"title\":\"Satu\",\"body\":\"Isi berita pertama.\"}\n{\"body\":\"";
        text += QByteArray(JsonLinesReader::kMaxLineLength, 'x');
        text += "\"}\n";
        RawDocument doc;
        doc.origin = QStringLiteral("big.jsonl");
        doc.bytes = text;
        doc.mediaType = QStringLiteral("application/jsonl");
        const QList<ParseResult> results = DocumentParser::parseAll(doc);
        QCOMPARE(results.size(), 2);
        QVERIFY2(results.at(0).ok(), qPrintable(results.at(0).error)); // the other line is read
        QCOMPARE(results.at(1).origin, QStringLiteral("big.jsonl:2"));
        QCOMPARE(results.at(1).error, QStringLiteral("Line 2 is too long (4194315 characters; the "
                                                     "limit is 4194304)."));
    }

    void jsonNestedTooDeep()
    {
        const QString deep = QString(5000, u'[') + QString(5000, u']');
        const QList<ParseResult> results = JsonLinesReader::read(deep, QStringLiteral("deep.jsonl"));
        QCOMPARE(results.size(), 1);
        QVERIFY2(results.at(0).error.startsWith(QLatin1String("Line 1 is not valid JSON: too deeply "
                                                              "nested document")),
                 qPrintable(results.at(0).error));
    }

    void jsonBodyOverTheTextLimits()
    {
        QStringList lines;
        for (int i = 0; i <= PageTextParser::kMaxParagraphs; ++i)
            lines << paragraph(i);
        const QString record = QStringLiteral("{\"title\":\"T\",\"body\":\"%1\"}")
                                   .arg(lines.join(QStringLiteral("\\n")));
        const QList<ParseResult> results = JsonLinesReader::read(record, QStringLiteral("a.jsonl"));
        QCOMPARE(results.size(), 1);
        QVERIFY2(results.at(0).error.startsWith(QLatin1String("The text has more than 5000")),
                 qPrintable(results.at(0).error));
    }

    void feedTooManyItems()
    {
        QByteArray xml = "<rss version=\"2.0\"><channel><title>T</title>";
        for (int i = 0; i < FeedReader::kMaxItems + 5; ++i)
            xml += "<item><title>Berita " + QByteArray::number(i) + "</title></item>";
        xml += "</channel></rss>";
        const Feed feed = FeedReader::read(xml);
        QCOMPARE(feed.items.size(), FeedReader::kMaxItems);
        QCOMPARE(feed.error, QStringLiteral("The feed has more than 10000 items; only the first "
                                            "10000 were read."));
    }

    void feedEntityExpansion()
    {
        // "Billion laughs": entities that expand to gigabytes are stopped by the XML reader.
        QByteArray xml = "<?xml version=\"1.0\"?><!DOCTYPE rss [<!ENTITY a0 \"hahahahahahaha\">";
        for (int i = 1; i < 12; ++i)
            xml += "<!ENTITY a" + QByteArray::number(i) + " \"" +
                   QByteArray("&a" + QByteArray::number(i - 1) + ";").repeated(10) + "\">";
        xml += "]><rss version=\"2.0\"><channel><item><title>&a11;</title></item></channel></rss>";
        const Feed feed = FeedReader::read(xml);
        QVERIFY(feed.items.isEmpty());
        QVERIFY2(feed.error.startsWith(QLatin1String("The feed's XML is broken at line 1")),
                 qPrintable(feed.error));
        QVERIFY2(feed.error.endsWith(QLatin1String("expansion limit. 0 item(s) before that point "
                                                   "were read.")),
                 qPrintable(feed.error));
    }

    void feedBrokenAfterAnItem()
    {
        const Feed feed = FeedReader::read("<rss version=\"2.0\"><channel><item><title>Satu</title>"
                                           "</item><item><title>Dua</ti");
        QCOMPARE(feed.items.size(), 1);
        QCOMPARE(feed.error, QStringLiteral("The feed's XML is broken at line 1, column 80: Premature "
                                            "end of document. 1 item(s) before that point were "
                                            "read."));
        QCOMPARE(FeedReader::read("garbage <<").error,
                 QStringLiteral("This is not a news feed: Start tag expected."));
    }

    void queryTooLong()
    {
        const archive::SearchQuery q =
            archive::QueryParser().parse(QString(archive::QueryParser::kMaxLength + 1, u'a'));
        QVERIFY(q.isValid());
        QCOMPARE(q.warnings(), QStringList{QStringLiteral(
                                   "The query is too long; only its first 1000 characters were "
                                   "used.")});
    }

    void queryCutInsideASurrogatePair()
    {
        // The cut at kMaxLength falls between the two halves of an emoji.
        const QString text = QString(archive::QueryParser::kMaxLength - 1, u'a') +
                             QStringLiteral("\U0001F600 b");
        const archive::SearchQuery q = archive::QueryParser().parse(text);
        QVERIFY(q.isValid());
        const QString match = q.matchExpression();
        QVERIFY(QStringView(match).toUtf8() == match.toUtf8());
        for (qsizetype i = 0; i < match.size(); ++i) {
            if (match.at(i).isHighSurrogate())
                QVERIFY(i + 1 < match.size() && match.at(i + 1).isLowSurrogate());
            else
                QVERIFY(!match.at(i).isLowSurrogate());
        }
    }

    void analysisBodyTooLong()
    {
        Article article;
        article.body = QString(analysis::Analyzer::kMaxBodyLength + 1, u'a');
        const analysis::Analysis a = analysis::Analyzer().analyze(article);
        QCOMPARE(a.error, QStringLiteral("The article is too long to analyse (1000001 characters; "
                                         "the limit is 1000000): it is kept without people, "
                                         "institutions and quotes."));
        QVERIFY(a.quotes.isEmpty());
        QVERIFY(a.mentions.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestLimits)
#include "tst_limits.moc"
