// The query language: what a user types becomes a safe FTS5 expression and SQL filters, and any
// input, however malformed, gives results or a clear message, never an SQL error.
#include "archive/archive.h"
#include "archive/search.h"
#include "archive/searchquery.h"
#include "archive/searchtokenizer.h"

#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace kliping;
using archive::QueryParser;
using archive::SearchQuery;
using archive::SearchTarget;

namespace {

QString exact(const QString &phrase)
{
    return u'"' + QString(QChar(archive::kExactMarker)) + phrase + u'"';
}

ingest::Article makeArticle(const QString &title, const QString &body, const QString &source,
                            const QString &date)
{
    ingest::Article a;
    a.title = title;
    a.body = body;
    a.source = source;
    a.published = QDateTime::fromString(date, Qt::ISODate);
    a.published.setTimeZone(QTimeZone::utc());
    a.originalBytes = (title + u'\n' + body).toUtf8();
    a.mediaType = QStringLiteral("text/plain; charset=UTF-8");
    return a;
}

} // namespace

class TestSearchQuery : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    archive::Archive m_archive;

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY2(m_archive.open(m_dir.filePath(QStringLiteral("q.sqlite"))),
                 qPrintable(m_archive.errorString()));
        QVERIFY(m_archive.importArticles(
            {makeArticle(QStringLiteral("Pungli di jembatan timbang"),
                         QStringLiteral("Polisi menindak pungli di jembatan timbang."),
                         QStringLiteral("contoh.id"), QStringLiteral("2024-03-01T03:00:00Z")),
             makeArticle(QStringLiteral("Pelayanan KTP"),
                         QStringLiteral("Warga dilayani petugas. NEAR AND OR title body."),
                         QStringLiteral("berita.test"), QStringLiteral("2025-06-19T02:00:00Z"))}));
    }

    void words()
    {
        const SearchQuery q = QueryParser().parse(QStringLiteral("pungli  polisi"));
        QVERIFY(q.isValid());
        QCOMPARE(q.matchExpression(), QStringLiteral("\"pungli\" AND \"polisi\""));
        QVERIFY(q.warnings().isEmpty());
    }

    void phrasesOrExcludesPrefix()
    {
        QCOMPARE(
            QueryParser().parse(QStringLiteral("\"jembatan timbang\" pungli")).matchExpression(),
            exact(QStringLiteral("jembatan timbang")) + QStringLiteral(" AND \"pungli\""));
        // Typographic quotes are quotes too.
        QCOMPARE(QueryParser().parse(QStringLiteral("“jembatan timbang”")).matchExpression(),
                 exact(QStringLiteral("jembatan timbang")));
        QCOMPARE(QueryParser().parse(QStringLiteral("pungli OR suap polisi")).matchExpression(),
                 QStringLiteral("(\"pungli\" OR \"suap\") AND \"polisi\""));
        QCOMPARE(QueryParser().parse(QStringLiteral("pungli ATAU suap")).matchExpression(),
                 QStringLiteral("(\"pungli\" OR \"suap\")"));
        QCOMPARE(
            QueryParser().parse(QStringLiteral("pungli -suap -\"uang rokok\"")).matchExpression(),
            QStringLiteral("(\"pungli\") NOT (\"suap\" OR ") + exact(QStringLiteral("uang rokok")) +
                u')');
        QCOMPARE(QueryParser().parse(QStringLiteral("pelay*")).matchExpression(),
                 QStringLiteral("\"pelay\" *"));
        // Too short to be a useful prefix: the word itself.
        QCOMPARE(QueryParser().parse(QStringLiteral("pe*")).matchExpression(),
                 QStringLiteral("\"pe\""));
        QCOMPARE(QueryParser().parse(QStringLiteral("judul:pungli")).matchExpression(),
                 QStringLiteral("{title} : \"pungli\""));
        QCOMPARE(QueryParser()
                     .parse(QStringLiteral("judul:pungli"))
                     .matchExpression(SearchTarget::Quotes),
                 QStringLiteral("\"pungli\""));
        QCOMPARE(QueryParser()
                     .parse(QStringLiteral("pungli"))
                     .matchExpression(SearchTarget::Quotes, QStringLiteral("text")),
                 QStringLiteral("{text} : (\"pungli\")"));
    }

    void fts5OperatorsAreWords()
    {
        QCOMPARE(QueryParser().parse(QStringLiteral("NEAR(pungli polisi, 5)")).matchExpression(),
                 QStringLiteral("\"NEAR\" AND \"pungli\" AND \"polisi\" AND \"5\""));
        QCOMPARE(QueryParser().parse(QStringLiteral("body:pungli ^polisi +suap")).matchExpression(),
                 QStringLiteral("\"body\" AND \"pungli\" AND \"polisi\" AND \"suap\""));
        // A typed AND is what the query does anyway.
        QCOMPARE(QueryParser().parse(QStringLiteral("pungli AND polisi")).matchExpression(),
                 QStringLiteral("\"pungli\" AND \"polisi\""));
        // A quote inside a phrase cannot close the FTS5 string.
        QVERIFY(!QueryParser().parse(QStringLiteral("a\"\"b")).matchExpression().contains(u'\\'));
    }

    void dangling()
    {
        QCOMPARE(QueryParser().parse(QStringLiteral("OR pungli OR")).matchExpression(),
                 QStringLiteral("\"pungli\""));
        QVERIFY(QueryParser().parse(QStringLiteral("-")).isEmpty());
        QVERIFY(QueryParser().parse(QStringLiteral("- * ^ : \"\" ( )")).isEmpty());
        QVERIFY(QueryParser().parse(QString()).isEmpty());
        const SearchQuery onlyExcludes = QueryParser().parse(QStringLiteral("-pungli"));
        QVERIFY(!onlyExcludes.hasTerms());
        QCOMPARE(onlyExcludes.excludeExpression(), QStringLiteral("\"pungli\""));
        // An unbalanced quote runs to the end.
        QCOMPARE(QueryParser().parse(QStringLiteral("pungli \"jembatan timbang")).matchExpression(),
                 QStringLiteral("\"pungli\" AND ") + exact(QStringLiteral("jembatan timbang")));
    }

    void controlCharactersAndLongInput()
    {
        const SearchQuery q = QueryParser().parse(QStringLiteral("pun\x01gli\tpolisi\u0000") +
                                                  QChar(0xE000) + QChar(0xE001));
        QVERIFY(q.isValid());
        QVERIFY(!q.matchExpression().contains(QChar(0xE000)));
        QCOMPARE(q.matchExpression(), QStringLiteral("\"pun\" AND \"gli\" AND \"polisi\""));
        const SearchQuery big = QueryParser().parse(QString(10000, u'a') + QStringLiteral(" b"));
        QVERIFY(big.isValid());
        QCOMPARE(big.warnings().size(), 1);
        QStringList many;
        for (int i = 0; i < 100; ++i)
            many << QStringLiteral("w%1").arg(i);
        const SearchQuery manyWords = QueryParser().parse(many.join(u' '));
        QCOMPARE(manyWords.matchExpression().count(QStringLiteral(" AND ")),
                 QueryParser::kMaxTerms - 1);
        QVERIFY(!manyWords.warnings().isEmpty());
    }

    void filters()
    {
        const SearchQuery q = QueryParser().parse(QStringLiteral(
            "pungli oleh:\"Zain Dwi\" lembaga:Polri sumber:detik sejak:2024 sampai:19/6/2025"));
        QVERIFY2(q.isValid(), qPrintable(q.errorString()));
        QCOMPARE(q.matchExpression(), QStringLiteral("\"pungli\""));
        QCOMPARE(q.personText, QStringLiteral("Zain Dwi"));
        QCOMPARE(q.institutionText, QStringLiteral("Polri"));
        QCOMPARE(q.sources, QStringList{QStringLiteral("detik")});
        QCOMPARE(q.since->start, QDateTime(QDate(2023, 12, 31), QTime(17, 0), QTimeZone::utc()));
        QCOMPARE(q.until->end, QDateTime(QDate(2025, 6, 19), QTime(17, 0), QTimeZone::utc()));
        const archive::SqlFilter f = q.sqlFilter(SearchTarget::Articles);
        QCOMPARE(f.clause.count(u'?'), f.values.size());
        QVERIFY(!f.clause.contains(QStringLiteral("detik"))); // values are bound, never inlined
        // English keys.
        const SearchQuery en =
            QueryParser().parse(QStringLiteral("by:Zain institution:Polri source:x "
                                               "since:2024-01 until:\"19 Juni 2025\""));
        QVERIFY2(en.isValid(), qPrintable(en.errorString()));
        QCOMPARE(en.personText, QStringLiteral("Zain"));
        QCOMPARE(en.until->end, QDateTime(QDate(2025, 6, 19), QTime(17, 0), QTimeZone::utc()));
        // An unknown key is just words.
        QCOMPARE(QueryParser().parse(QStringLiteral("kolom:pungli")).matchExpression(),
                 QStringLiteral("\"kolom\" AND \"pungli\""));
    }

    void dates_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QDate>("first");
        QTest::addColumn<QDate>("afterLast");
        QTest::newRow("iso") << "2025-06-19" << QDate(2025, 6, 19) << QDate(2025, 6, 20);
        QTest::newRow("d/m/y") << "19/6/2025" << QDate(2025, 6, 19) << QDate(2025, 6, 20);
        QTest::newRow("words") << "19 Juni 2025" << QDate(2025, 6, 19) << QDate(2025, 6, 20);
        QTest::newRow("month") << "Juni 2025" << QDate(2025, 6, 1) << QDate(2025, 7, 1);
        QTest::newRow("iso month") << "2025-06" << QDate(2025, 6, 1) << QDate(2025, 7, 1);
        QTest::newRow("year") << "2023" << QDate(2023, 1, 1) << QDate(2024, 1, 1);
    }

    void dates()
    {
        QFETCH(QString, typed);
        QFETCH(QDate, first);
        QFETCH(QDate, afterLast);
        const auto range = QueryParser::dateRange(typed);
        QVERIFY(range.has_value());
        const QTimeZone wib(7 * 3600);
        QCOMPARE(range->start, QDateTime(first, QTime(0, 0), wib));
        QCOMPARE(range->end, QDateTime(afterLast, QTime(0, 0), wib));
    }

    void badFilters()
    {
        const SearchQuery notADate = QueryParser().parse(QStringLiteral("sejak:kemarin"));
        QVERIFY(!notADate.isValid());
        QVERIFY(notADate.errorString().contains(QStringLiteral("kemarin")));
        QVERIFY(!QueryParser().parse(QStringLiteral("sejak:2025 sampai:2024")).isValid());
        const SearchQuery empty = QueryParser().parse(QStringLiteral("pungli oleh:"));
        QVERIFY(empty.isValid());
        QCOMPARE(empty.warnings().size(), 1);
        const SearchQuery negated = QueryParser().parse(QStringLiteral("pungli -sumber:detik"));
        QVERIFY(negated.isValid());
        QVERIFY(negated.sources.isEmpty());
        QCOMPARE(negated.warnings().size(), 1);
        // Resolved against the archive: nobody and nothing by these names.
        const SearchQuery nobody = QueryParser(&m_archive).parse(QStringLiteral("oleh:Xyzzyx"));
        QVERIFY(!nobody.isValid());
        QVERIFY(nobody.errorString().contains(QStringLiteral("Xyzzyx")));
        QVERIFY(!QueryParser(&m_archive).parse(QStringLiteral("lembaga:Xyzzyx")).isValid());
    }

    // Every malformed input through the real search: results or a message, never an SQL error.
    void anyInputRuns_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<bool>("hasResults");
        QTest::newRow("empty") << QString() << false;
        QTest::newRow("spaces") << "   " << false;
        QTest::newRow("lone minus") << "-" << false;
        QTest::newRow("unbalanced quote") << "\"jembatan timbang" << true;
        QTest::newRow("lone quote") << "\"" << false;
        QTest::newRow("NEAR") << "NEAR(pungli polisi)" << false;
        QTest::newRow("NEAR as a word") << "near" << true;
        QTest::newRow("AND OR NOT") << "AND OR NOT" << false;
        QTest::newRow("star") << "*" << false;
        QTest::newRow("caret") << "^pungli" << true;
        QTest::newRow("column") << "title:pungli" << true;
        QTest::newRow("body column") << "body:petugas" << true;
        QTest::newRow("only excludes") << "-pungli" << true;
        QTest::newRow("double minus") << "--pungli" << true;
        QTest::newRow("control") << QStringLiteral("\x01\x02pungli\x7f") << true;
        QTest::newRow("sql") << "'; DROP TABLE articles; --" << false;
        QTest::newRow("paste") << QString(10000, u'x') << false;
        QTest::newRow("paste of words") << QStringLiteral("pungli ").repeated(1500) << true;
        QTest::newRow("filter only") << "sumber:berita" << true;
        QTest::newRow("bad date") << "sejak:besok" << false;
        QTest::newRow("emoji") << QStringLiteral("😀 pungli") << true;
        QTest::newRow("prefix") << "pelay*" << true;
        QTest::newRow("stemmed") << "pelayanan" << true;
    }

    void anyInputRuns()
    {
        QFETCH(QString, typed);
        QFETCH(bool, hasResults);
        const archive::Search search(m_archive);
        const auto r = search.articles(typed);
        QVERIFY2(!r.error.contains(QStringLiteral("SQL")) &&
                     !r.error.contains(QStringLiteral("fts5")) &&
                     !r.error.contains(QStringLiteral("syntax")),
                 qPrintable(r.error));
        QCOMPARE(!r.hits.isEmpty(), hasResults);
        if (!r.ok())
            QVERIFY(!r.error.isEmpty());
        const auto q = search.quotes(typed);
        QVERIFY2(!q.error.contains(QStringLiteral("fts5")) &&
                     !q.error.contains(QStringLiteral("syntax")),
                 qPrintable(q.error));
        const auto w = search.whoSaid(typed);
        QVERIFY2(!w.error.contains(QStringLiteral("fts5")) &&
                     !w.error.contains(QStringLiteral("syntax")),
                 qPrintable(w.error));
        QVERIFY(search.countArticles(typed) >= -1);
        QCOMPARE(archive::SearchResults<archive::ArticleHit>{}.ok(), true);
    }
};

QTEST_GUILESS_MAIN(TestSearchQuery)
#include "tst_searchquery.moc"
