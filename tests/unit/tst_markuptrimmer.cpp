// MarkupTrimmer: style and script bodies, comments, attributes nobody reads and repeated white
// space go, JSON-LD and everything the tree builder depends on stays, and what an HTML5 tokenizer
// would not take for a tag (in a comment, a title, a textarea, a quoted attribute value, a
// double-escaped script) is not taken for one here either. On the real pages of
// ../shared/corpus/html the tree gumbo builds is the same but for what was left out, and the
// article HtmlPageParser reads from every page is what it reads from the untrimmed page.
#include "ingest/htmldocument.h"
#include "ingest/markuptrimmer.h"
#include "shareddata.h"

#include <QDir>
#include <QFile>
#include <QTest>

using namespace kliping;
using namespace kliping::ingest;
using namespace kliping::tests;

namespace {

const QStringList kKept = {QStringLiteral("class"), QStringLiteral("id"), QStringLiteral("href"),
                           QStringLiteral("content")};

QByteArray trimmed(const QByteArray &html, const QStringList &kept = {})
{
    return MarkupTrimmer(kept).trim(html, HtmlDocument::kMaxDepth).html;
}

// Element names with the attributes asked for, and the text outside styles and scripts with its
// white space simplified, in document order; text split by a comment is one text.
QStringList outline(const HtmlDocument &doc, const QStringList &attributes)
{
    QStringList out;
    QString text;
    const auto flush = [&] {
        text = text.simplified();
        if (!text.isEmpty())
            out << text;
        text.clear();
    };
    for (int i = 0; i < doc.size(); ++i) {
        const HtmlNode &n = doc.node(i);
        if (!n.isText) {
            flush();
            QString element = u'<' + n.tag;
            for (const QString &name : attributes) {
                const QString value = doc.attribute(i, name);
                if (!value.isNull())
                    element += QStringLiteral(" %1=%2").arg(name, value);
            }
            out << element;
            continue;
        }
        const int parent = n.parent;
        const QString tag = parent >= 0 ? doc.node(parent).tag : QString();
        if (tag == QLatin1String("style") || tag == QLatin1String("script"))
            continue;
        text += n.text;
    }
    flush();
    return out;
}

QByteArray nested(const char *tag, int levels)
{
    QByteArray html;
    for (int i = 0; i < levels; ++i)
        html += QByteArray("<") + tag + ">";
    return html + "x";
}

} // namespace

class TestMarkupTrimmer : public QObject {
    Q_OBJECT

private slots:
    void stylesAndScripts_data()
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
        QTest::newRow("tag in a title")
            << QByteArray("<title>a <script> b</title><p>c</p><script>d</script>")
            << QByteArray("<title>a <script> b</title><p>c</p><script></script>");
        QTest::newRow("tag in a textarea")
            << QByteArray("<textarea><style>kept</style></textarea>")
            << QByteArray("<textarea><style>kept</style></textarea>");
        QTest::newRow("quoted >") << QByteArray("<script data-x=\"a>b\">code()</script>")
                                  << QByteArray("<script data-x=\"a>b\"></script>");
        QTest::newRow("not a style")
            << QByteArray("<stylesheet>x</stylesheet>") << QByteArray("<stylesheet>x</stylesheet>");
        QTest::newRow("unterminated")
            << QByteArray("<p>a</p><script>code(") << QByteArray("<p>a</p><script>");
        QTest::newRow("plaintext") << QByteArray("<plaintext><style>x</style>  <!-- y -->")
                                   << QByteArray("<plaintext><style>x</style>  <!-- y -->");
        QTest::newRow("lone <") << QByteArray("a < b <") << QByteArray("a < b <");
        QTest::newRow("tag at the very end")
            << QByteArray("<p>a</p><style") << QByteArray("<p>a</p>");
        QTest::newRow("style in SVG is markup")
            << QByteArray("<svg><style>a{}</style></svg><style>b{}</style>")
            << QByteArray("<svg><style>a{}</style></svg><style></style>");
        QTest::newRow("out of SVG by a <p>") << QByteArray("<svg><p>x</p><style>b{}</style>")
                                             << QByteArray("<svg><p>x</p><style></style>");
    }

    void stylesAndScripts()
    {
        QFETCH(QByteArray, html);
        QFETCH(QByteArray, expected);
        QCOMPARE(trimmed(html), expected);
    }

    void commentsAndSpace_data()
    {
        QTest::addColumn<QByteArray>("html");
        QTest::addColumn<QByteArray>("expected");
        QTest::newRow("comment") << QByteArray("<p>a<!-- <p>b</p> -->c</p>")
                                 << QByteArray("<p>ac</p>");
        QTest::newRow("tag in a comment") << QByteArray("<!-- <style> --><p>a</p><style>x</style>")
                                          << QByteArray("<p>a</p><style></style>");
        QTest::newRow("comments that end at once")
            << QByteArray("<!-->a<!--->b<!-- c --!>d") << QByteArray("abd");
        QTest::newRow("unclosed comment") << QByteArray("a<!-- b <p>c") << QByteArray("a");
        QTest::newRow("bogus comments")
            << QByteArray("<?xml version=\"1.0\"?><p>a</ x>b</>c<!x>d") << QByteArray("<p>abcd");
        QTest::newRow("doctype stays")
            << QByteArray("<!DOCTYPE html>\n\n<p>a") << QByteArray("<!DOCTYPE html>\n<p>a");
        QTest::newRow("white space") << QByteArray("<div>\n    <p>a  b\t c</p>   <p>d</p>\n</div>")
                                     << QByteArray("<div>\n<p>a b c</p> <p>d</p>\n</div>");
        QTest::newRow("pre keeps its white space")
            << QByteArray("<pre>a   b\n\n  c</pre>  d <PRE><b>e   f</b></PRE>")
            << QByteArray("<pre>a   b\n\n  c</pre> d <PRE><b>e   f</b></PRE>");
        QTest::newRow("textarea keeps its white space")
            << QByteArray("<textarea>a   b</textarea>") << QByteArray("<textarea>a   b</textarea>");
    }

    void commentsAndSpace()
    {
        QFETCH(QByteArray, html);
        QFETCH(QByteArray, expected);
        QCOMPARE(trimmed(html), expected);
    }

    void attributes_data()
    {
        QTest::addColumn<QByteArray>("html");
        QTest::addColumn<QByteArray>("expected");
        QTest::newRow("kept and dropped")
            << QByteArray("<a onclick=\"go()\" HREF='/x' data-id=7 class=k>t</a>")
            << QByteArray("<a HREF='/x' class=k>t</a>");
        QTest::newRow("quoted > and quotes in values")
            << QByteArray("<div title=\"a>b\" class='c\"d' name=\"<p>\">x</div>")
            << QByteArray("<div class='c\"d'>x</div>");
        QTest::newRow("unquoted value with a quote in it")
            << QByteArray("<div name=a\"b class=c>x</div>") << QByteArray("<div class=c>x</div>");
        QTest::newRow("space around =") << QByteArray("<div class = \"c\" title = t>x</div>")
                                        << QByteArray("<div class = \"c\">x</div>");
        QTest::newRow("no value") << QByteArray("<div hidden class>x</div>")
                                  << QByteArray("<div class>x</div>");
        QTest::newRow("self-closing")
            << QByteArray("<svg><path d=\"M0 0\" class=p/><path class=q /></svg>")
            << QByteArray("<svg><path class=p/><path class=q /></svg>");
        QTest::newRow("tree-building attributes stay")
            << QByteArray("<table><input type=hidden name=x></table>")
            << QByteArray("<table><input type=hidden></table>");
        QTest::newRow("end tags lose theirs")
            << QByteArray("<div>x</div class=\"a>b\" >y") << QByteArray("<div>x</div>y");
        QTest::newRow("a long advert in an attribute")
            << (QByteArray("<iframe name=\"") + QByteArray(100000, 'x') + "\"></iframe><p>a</p>")
            << QByteArray("<iframe></iframe><p>a</p>");
        QTest::newRow("a kept attribute too long to keep its value")
            << (QByteArray("<a href='") + QByteArray(100000, 'x') + "' class=k>t</a>")
            << QByteArray("<a href=\"\" class=k>t</a>");
        const QByteArray longest(MarkupTrimmer::kMaxValueBytes - 2, 'x');
        QTest::newRow("a kept attribute as long as can be")
            << QByteArray("<a href='" + longest + "'>t</a>")
            << QByteArray("<a href='" + longest + "'>t</a>");
        QTest::newRow("tag cut off by the end")
            << QByteArray("<p>a</p><div class=\"b") << QByteArray("<p>a</p>");
    }

    void attributes()
    {
        QFETCH(QByteArray, html);
        QFETCH(QByteArray, expected);
        QCOMPARE(trimmed(html, kKept), expected);
    }

    void everyAttributeStaysByDefault()
    {
        const QByteArray html("<a onclick=\"go()\" href='/x' data-id=7>t</a>");
        QCOMPARE(trimmed(html), html);
    }

    void depth()
    {
        const MarkupTrimmer trimmer;
        QCOMPARE(trimmer.trim(nested("div", 40), 100).depth, 40);
        QCOMPARE(trimmer.trim(nested("p", 40), 100).depth, 0);
        QCOMPARE(trimmer.trim(nested("li", 40), 100).depth, 0);
        QCOMPARE(trimmer.trim(QByteArray("<div><br/><img><span/></div><div>x</div>"), 100).depth,
                 1);
        QCOMPARE(trimmer.trim(QByteArray("<DIV><Div></DIV></div><div><div><div>"), 100).depth, 3);
        // Tags in comments, raw text and attribute values are not tags.
        QCOMPARE(trimmer
                     .trim(QByteArray("<!-- <div><div> --><title><div></title>"
                                      "<textarea><div></textarea><a title=\"<div>\">x</a>"),
                           100)
                     .depth,
                 1);
        const TrimmedMarkup deep = trimmer.trim(nested("div", 1000), 500);
        QVERIFY(deep.tooDeep);
        QCOMPARE(deep.depth, 501);
        QVERIFY(!trimmer.trim(nested("div", 500), 500).tooDeep);
    }

    void realPagesKeepTheirTree()
    {
        const QString dir = sharedPath(QStringLiteral("corpus/html"));
        if (dir.isEmpty())
            QSKIP("../shared/corpus/html is not here; the real pages are read at test time only.");
        int pages = 0;
        qint64 before = 0, after = 0;
        const MarkupTrimmer trimmer(kKept);
        for (const QString &name : QDir(dir).entryList({QStringLiteral("*.html")}, QDir::Files)) {
            QFile f(QDir(dir).filePath(name));
            QVERIFY(f.open(QIODevice::ReadOnly));
            const QByteArray page = f.readAll();
            const TrimmedMarkup trim = trimmer.trim(page, HtmlDocument::kMaxDepth);
            QVERIFY(!trim.tooDeep);
            QVERIFY2(trim.depth > 5 && trim.depth < 100, qPrintable(name));
            QCOMPARE(outline(HtmlDocument(trim.html), kKept), outline(HtmlDocument(page), kKept));
            before += page.size();
            after += trim.html.size();
            ++pages;
        }
        QVERIFY(pages >= 10);
        // The corpus pages lose more than half their bytes.
        QVERIFY2(after < before / 2, qPrintable(QStringLiteral("%1 -> %2").arg(before).arg(after)));
    }
};

QTEST_GUILESS_MAIN(TestMarkupTrimmer)
#include "tst_markuptrimmer.moc"
