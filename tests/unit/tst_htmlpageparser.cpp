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
#include <QTest>

using namespace kliping;
using namespace kliping::ingest;
using namespace kliping::tests;

namespace {

QByteArray readBytes(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// Folded words: runs of letters and digits. Newlines and punctuation are not significant, so
// "I-REBOT.Lima" (paragraphs glued in the gold text) is the words i, rebot, lima.
QStringList words(const QString &text)
{
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
QList<bool> matched(const QStringList &a, const QStringList &b)
{
    const qsizetype n = a.size(), m = b.size();
    QList<int> table((n + 1) * (m + 1), 0);
    auto at = [&table, m](qsizetype i, qsizetype j) -> int & { return table[i * (m + 1) + j]; };
    for (qsizetype i = n - 1; i >= 0; --i) {
        for (qsizetype j = m - 1; j >= 0; --j)
            at(i, j) = a.at(i) == b.at(j) ? at(i + 1, j + 1) + 1
                                           : std::max(at(i + 1, j), at(i, j + 1));
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
    double recall = 0;         // of the gold words, those in the body
    double precision = 0;      // of the body words, those in the gold
    double recallKept = 0;     // recall not counting gold words the parser set aside on purpose
};

// The gold texts keep some lines Kliping removes on purpose ("Baca juga: ..." headlines,
// "Editor : ...", photo captions): recallKept does not count those words against the body when
// the parser reports them as removed or as captions.
Scores score(const QString &gold, const QString &body, const QString &setAside)
{
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

QJsonArray manifest()
{
    const QString path = sharedPath(QStringLiteral("corpus/html/manifest.json"));
    return QJsonDocument::fromJson(readBytes(path)).array();
}

// "Headline - Kompas.com Bola" in the manifest (a page's <title>) is the headline "Headline".
bool sameTitle(const QString &expected, const QString &actual)
{
    if (expected == actual)
        return true;
    for (const QString &sep : {QStringLiteral(" - "), QStringLiteral(" | ")}) {
        if (expected.startsWith(actual + sep))
            return true;
    }
    return false;
}

HtmlPageParser::Result parseFixture(const QString &name)
{
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
};

void TestHtmlPageParser::corpusArticles_data()
{
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

void TestHtmlPageParser::corpusArticles()
{
    if (sharedPath(QStringLiteral("corpus/html/manifest.json")).isEmpty())
        QSKIP("../shared/corpus/html is not here; the real pages are read at test time only.");
    QFETCH(QString, file);
    QFETCH(QString, gold);
    QFETCH(QString, title);
    const HtmlPageParser::Result r = HtmlPageParser().parse(readBytes(file));
    QVERIFY2(r.ok(), qPrintable(r.error));
    const Scores s = score(QString::fromUtf8(readBytes(gold)), r.article.body,
                           (r.removed + r.article.captions +
                            QStringList{r.article.byline, r.article.editor})
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

void TestHtmlPageParser::corpusNonArticles_data()
{
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

void TestHtmlPageParser::corpusNonArticles()
{
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

QTEST_GUILESS_MAIN(TestHtmlPageParser)
#include "tst_htmlpageparser.moc"
