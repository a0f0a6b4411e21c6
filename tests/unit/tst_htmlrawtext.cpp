// withoutStylesAndScripts(): the bodies of styles and scripts go, JSON-LD stays, and what an HTML5
// tokenizer would not take for a tag (in a comment, a title, a textarea, a double-escaped script)
// is not taken for one here either. On the real pages of ../shared/corpus/html the tree gumbo
// builds is the same but for the emptied elements.
#include "ingest/htmldocument.h"
#include "ingest/htmlrawtext.h"
#include "shareddata.h"

#include <QDir>
#include <QFile>
#include <QTest>

using namespace kliping;
using namespace kliping::ingest;
using namespace kliping::tests;

namespace {

// Element names and the text outside styles and scripts, in document order.
QStringList outline(const HtmlDocument &doc)
{
    QStringList out;
    for (int i = 0; i < doc.size(); ++i) {
        const HtmlNode &n = doc.node(i);
        if (!n.isText) {
            out << u'<' + n.tag;
            continue;
        }
        const int parent = n.parent;
        const QString tag = parent >= 0 ? doc.node(parent).tag : QString();
        if (tag == QLatin1String("style") || tag == QLatin1String("script"))
            continue;
        out << n.text;
    }
    return out;
}

} // namespace

class TestHtmlRawText : public QObject {
    Q_OBJECT

private slots:
    void cases_data()
    {
        QTest::addColumn<QByteArray>("html");
        QTest::addColumn<QByteArray>("expected");
        QTest::newRow("style") << QByteArray("<style>p{color:red}</style><p>x</p>")
                               << QByteArray("<style></style><p>x</p>");
        QTest::newRow("upper case, attributes")
            << QByteArray("<STYLE type=\"text/css\">a{}</STYLE ><p>x</p>")
            << QByteArray("<STYLE type=\"text/css\"></STYLE ><p>x</p>");
        QTest::newRow("script, JSON-LD kept")
            << QByteArray("<script type=\"application/ld+json\">{\"a\":\"</p>\"}</script>"
                          "<script>var x = \"<p>\";</script><p>y</p>")
            << QByteArray("<script type=\"application/ld+json\">{\"a\":\"</p>\"}</script>"
                          "<script></script><p>y</p>");
        QTest::newRow("double-escaped script")
            << QByteArray("<script><!-- document.write(\"<script>x()</script>\"); --></script>"
                          "<p>after</p>")
            << QByteArray("<script></script><p>after</p>");
        QTest::newRow("escaped but not double")
            << QByteArray("<script><!-- a() --></script><p>b</p>")
            << QByteArray("<script></script><p>b</p>");
        QTest::newRow("tag in a comment") << QByteArray("<!-- <style> --><p>a</p><style>x</style>")
                                          << QByteArray("<!-- <style> --><p>a</p><style></style>");
        QTest::newRow("tag in a title")
            << QByteArray("<title>a <script> b</title><p>c</p><script>d</script>")
            << QByteArray("<title>a <script> b</title><p>c</p><script></script>");
        QTest::newRow("tag in a textarea")
            << QByteArray("<textarea><style>kept</style></textarea>")
            << QByteArray("<textarea><style>kept</style></textarea>");
        QTest::newRow("quoted >") << QByteArray("<script data-x=\"a>b\">code()</script>")
                                  << QByteArray("<script data-x=\"a>b\"></script>");
        QTest::newRow("not a style") << QByteArray("<stylesheet>x</stylesheet>")
                                     << QByteArray("<stylesheet>x</stylesheet>");
        QTest::newRow("unterminated") << QByteArray("<p>a</p><script>code(")
                                      << QByteArray("<p>a</p><script>");
        QTest::newRow("plaintext") << QByteArray("<plaintext><style>x</style>")
                                   << QByteArray("<plaintext><style>x</style>");
        QTest::newRow("lone <") << QByteArray("a < b <") << QByteArray("a < b <");
        QTest::newRow("tag at the very end") << QByteArray("<p>a</p><style")
                                             << QByteArray("<p>a</p><style");
    }

    void cases()
    {
        QFETCH(QByteArray, html);
        QFETCH(QByteArray, expected);
        QCOMPARE(withoutStylesAndScripts(html), expected);
    }

    void realPagesKeepTheirTree()
    {
        const QString dir = sharedPath(QStringLiteral("corpus/html"));
        if (dir.isEmpty())
            QSKIP("../shared/corpus/html is not here; the real pages are read at test time only.");
        int pages = 0;
        qint64 before = 0, after = 0;
        for (const QString &name : QDir(dir).entryList({QStringLiteral("*.html")}, QDir::Files)) {
            QFile f(QDir(dir).filePath(name));
            QVERIFY(f.open(QIODevice::ReadOnly));
            const QByteArray page = f.readAll();
            const QByteArray stripped = withoutStylesAndScripts(page);
            QCOMPARE(outline(HtmlDocument(stripped)), outline(HtmlDocument(page)));
            before += page.size();
            after += stripped.size();
            ++pages;
        }
        QVERIFY(pages >= 10);
        QVERIFY2(after < before * 9 / 10, qPrintable(QStringLiteral("%1 -> %2").arg(before).arg(after)));
    }
};

QTEST_GUILESS_MAIN(TestHtmlRawText)
#include "tst_htmlrawtext.moc"
