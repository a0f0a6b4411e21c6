// Search on a real archive: a subset of ../shared/corpus/articles imported at test time (parsed,
// analysed, indexed), queries whose hits are checked by other means (a whole-word regular
// expression over every article, SQL over the analysis), the oleh: filter on the official who
// appears in the most articles, and kliping-cli search / quotes / who-said end to end.
#include "archive/archive.h"
#include "archive/articleimporter.h"
#include "archive/peopledirectory.h"
#include "archive/search.h"
#include "archive/searchrank.h"
#include "clirun.h"
#include "shareddata.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include <sqlite3.h>

using namespace kliping;

namespace {

// Articles taken from each corpus file: about 1,500 in all, enough for rare and frequent words
// and for officials quoted across many articles, and imported in a few seconds.
constexpr int kPerFile = 300;

tests::CliRun cli(const QStringList &args)
{
    return tests::runCli(args, 60000);
}

QSet<qint64> ids(const QList<archive::ArticleHit> &hits)
{
    QSet<qint64> out;
    for (const auto &h : hits)
        out.insert(h.id);
    return out;
}

} // namespace

class TestSearchCorpus : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_path;
    archive::Archive m_archive;
    QHash<qint64, QString> m_texts; // id -> title + body, to check hits by other means

    QStringList withArchive(QStringList args) const
    {
        return QStringList{QStringLiteral("--archive"), m_path} + args;
    }

    QSet<qint64> grep(const QString &word) const
    {
        // The word whole, in any case, not glued to letters by an apostrophe (Jum'at is one word).
        const QRegularExpression re(
            QStringLiteral("(?<![\\p{L}\\p{N}'\u2019])%1(?![\\p{L}\\p{N}]|['\u2019]\\p{L})")
                .arg(QRegularExpression::escape(word)),
            QRegularExpression::CaseInsensitiveOption |
                QRegularExpression::UseUnicodePropertiesOption);
        QSet<qint64> out;
        for (auto it = m_texts.cbegin(); it != m_texts.cend(); ++it) {
            if (re.match(*it).hasMatch())
                out.insert(it.key());
        }
        return out;
    }

private slots:
    void initTestCase()
    {
        const QString corpus = tests::sharedPath(QStringLiteral("corpus/articles"));
        if (corpus.isEmpty())
            QSKIP("../shared/corpus/articles is not here: the real-archive search tests need it");
        QVERIFY(m_dir.isValid());
        // The subset goes to a temporary file, never into the repository.
        const QString subset = m_dir.filePath(QStringLiteral("subset.jsonl"));
        QFile out(subset);
        QVERIFY(out.open(QIODevice::WriteOnly));
        for (const QString &name :
             QDir(corpus).entryList({QStringLiteral("*.jsonl")}, QDir::Files, QDir::Name)) {
            QFile in(QDir(corpus).filePath(name));
            QVERIFY(in.open(QIODevice::ReadOnly));
            for (int n = 0; n < kPerFile && !in.atEnd();) {
                const QByteArray line = in.readLine();
                if (line.trimmed().isEmpty())
                    continue;
                out.write(line.endsWith('\n') ? line : line + '\n');
                ++n;
            }
        }
        out.close();
        m_path = m_dir.filePath(QStringLiteral("corpus.sqlite"));
        QVERIFY2(m_archive.open(m_path), qPrintable(m_archive.errorString()));
        archive::ArticleImporter importer(m_archive);
        importer.setFetchLinkedPages(false);
        const archive::ImportReport report = importer.importPaths({subset});
        QVERIFY(report.count(archive::ImportItemResult::Status::Imported) > 1000);
        sqlite3_stmt *st = nullptr;
        sqlite3_prepare_v2(m_archive.handle(), "SELECT id, title || char(10) || body FROM articles",
                           -1, &st, nullptr);
        while (sqlite3_step(st) == SQLITE_ROW)
            m_texts.insert(
                sqlite3_column_int64(st, 0),
                QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(st, 1))));
        sqlite3_finalize(st);
    }

    // The import indexes the articles and quotes with tokens its workers worked out ahead; FTS5's
    // integrity check tokenizes every row again and compares: the index is the tokenizer's own.
    void indexesMatchAFreshTokenization()
    {
        for (const char *table : {"articles_fts", "quotes_fts"}) {
            const QByteArray sql = QByteArray("INSERT INTO ") + table + "(" + table +
                                   ") VALUES ('integrity-check')";
            char *message = nullptr;
            const int rc = sqlite3_exec(m_archive.handle(), sql.constData(), nullptr, nullptr,
                                        &message);
            const QString why = QString::fromUtf8(message ? message : "");
            sqlite3_free(message);
            QVERIFY2(rc == SQLITE_OK, qPrintable(QLatin1String(table) + QLatin1String(": ") + why));
        }
        // And every article and quote is in them.
        const auto count = [this](const char *sql) {
            sqlite3_stmt *st = nullptr;
            sqlite3_prepare_v2(m_archive.handle(), sql, -1, &st, nullptr);
            const qint64 n = sqlite3_step(st) == SQLITE_ROW ? sqlite3_column_int64(st, 0) : -1;
            sqlite3_finalize(st);
            return n;
        };
        QCOMPARE(count("SELECT count(*) FROM quotes_fts"), count("SELECT count(*) FROM quotes"));
        QVERIFY(count("SELECT count(*) FROM quotes") > 1000);
        QCOMPARE(count("SELECT count(*) FROM articles_fts WHERE articles_fts MATCH 'yang'"),
                 count("SELECT count(*) FROM articles WHERE title || ' ' || body LIKE '%yang%' "
                       "AND (' ' || lower(title || ' ' || body) || ' ') GLOB '*[^a-z]yang[^a-z]*'"));
    }

    // kliping_rank is bm25 to the last digit while a word is in fewer than kExactDocuments
    // documents, and orders a single frequent word's matches exactly as bm25 does.
    void rankIsBm25()
    {
        const auto scores = [this](const char *sql, const QByteArray &match) {
            sqlite3_stmt *st = nullptr;
            sqlite3_prepare_v2(m_archive.handle(), sql, -1, &st, nullptr);
            sqlite3_bind_text(st, 1, match.constData(), int(match.size()), SQLITE_TRANSIENT);
            QList<QPair<qint64, QPair<double, double>>> rows;
            while (sqlite3_step(st) == SQLITE_ROW)
                rows.append({sqlite3_column_int64(st, 0),
                             {sqlite3_column_double(st, 1), sqlite3_column_double(st, 2)}});
            sqlite3_finalize(st);
            return rows;
        };
        const auto articles = scores("SELECT rowid, bm25(articles_fts, 5.0, 1.0), "
                                     "kliping_rank(articles_fts, 5.0, 1.0) FROM articles_fts "
                                     "WHERE articles_fts MATCH ?1",
                                     "pemerintah AND (warga OR masyarakat)");
        QVERIFY(articles.size() > 50);
        for (const auto &[id, pair] : articles)
            QVERIFY2(qAbs(pair.first - pair.second) < 1e-9,
                     qPrintable(QStringLiteral("%1: %2 vs %3").arg(id).arg(pair.first).arg(pair.second)));
        // The most frequent word of the quotes, past the exact count: the same order.
        const auto quotes = scores("SELECT rowid, bm25(quotes_fts, 1.0, 0.5), "
                                   "kliping_rank(quotes_fts, 1.0, 0.5) FROM quotes_fts WHERE "
                                   "quotes_fts MATCH ?1",
                                   "yang");
        QVERIFY2(quotes.size() > archive::kExactDocuments, qPrintable(QString::number(quotes.size())));
        auto byBm25 = quotes, byOurs = quotes;
        std::stable_sort(byBm25.begin(), byBm25.end(),
                         [](const auto &a, const auto &b) { return a.second.first < b.second.first; });
        std::stable_sort(byOurs.begin(), byOurs.end(), [](const auto &a, const auto &b) {
            return a.second.second < b.second.second;
        });
        for (qsizetype i = 0; i < byBm25.size(); ++i)
            QCOMPARE(byOurs.at(i).first, byBm25.at(i).first);
    }

    // Rare words (in 2 to 6 articles): an exact search finds exactly the articles that have the
    // word whole; the stemmed search finds those and maybe more.
    void rareWordsFoundExactly()
    {
        QHash<QString, int> documentFrequency;
        static const QRegularExpression word(QStringLiteral("\\b[a-z]{9,}\\b"));
        for (const QString &text : std::as_const(m_texts)) {
            QSet<QString> seen;
            auto it = word.globalMatch(text);
            while (it.hasNext())
                seen.insert(it.next().captured(0));
            for (const QString &w : seen)
                ++documentFrequency[w];
        }
        QStringList rare;
        for (auto it = documentFrequency.cbegin(); it != documentFrequency.cend(); ++it) {
            if (it.value() >= 2 && it.value() <= 6)
                rare << it.key();
        }
        std::sort(rare.begin(), rare.end());
        QVERIFY(rare.size() > 50);
        const archive::Search search(m_archive);
        int checked = 0;
        for (qsizetype i = 0; i < rare.size() && checked < 40;
             i += rare.size() / 40 + 1, ++checked) {
            const QString w = rare.at(i);
            const QSet<qint64> expected = grep(w);
            const auto exact = search.articles(u'"' + w + u'"', 100);
            QVERIFY2(exact.ok(), qPrintable(exact.error));
            QCOMPARE(ids(exact.hits), expected);
            // Stems may match many more (kenyataannya: every "menyatakan"): look at all of them.
            const auto stemmed = search.articles(w, 5000);
            QVERIFY2(ids(stemmed.hits).contains(expected), qPrintable(w));
            for (const auto &h : exact.hits)
                QVERIFY2(h.snippet.contains(archive::kHitStart) ||
                             h.highlightedTitle.contains(archive::kHitStart),
                         qPrintable(w + QStringLiteral(": ") + h.snippet));
        }
    }

    void stemsAddHitsOfTheSameRoot()
    {
        const archive::Search search(m_archive);
        const qint64 exact = search.countArticles(QStringLiteral("\"pelayanan\""));
        const qint64 stemmed = search.countArticles(QStringLiteral("pelayanan"));
        QVERIFY(exact > 0);
        QVERIFY2(stemmed > exact, qPrintable(QStringLiteral("%1 vs %2").arg(stemmed).arg(exact)));
        QCOMPARE(exact, qint64(grep(QStringLiteral("pelayanan")).size()));
        // Every stemmed hit has a word of the root "layan".
        const QRegularExpression layan(QStringLiteral("layan"),
                                       QRegularExpression::CaseInsensitiveOption);
        for (const auto &h : search.articles(QStringLiteral("pelayanan"), 200).hits)
            QVERIFY(m_texts.value(h.id).contains(layan));
        // The very frequent words run and rank.
        const auto yang = search.articles(QStringLiteral("yang"), 20);
        QCOMPARE(yang.hits.size(), 20);
        QVERIFY(yang.hits.first().rank <= yang.hits.last().rank);
    }

    // The oleh: filter on the official named in the most articles.
    void byOfficial()
    {
        sqlite3 *db = m_archive.handle();
        sqlite3_stmt *st = nullptr;
        sqlite3_prepare_v2(
            db,
            "SELECT p.name FROM article_people ap JOIN people p ON p.id = ap.person_id "
            "WHERE p.name LIKE '% %' GROUP BY ap.person_id ORDER BY count(*) DESC LIMIT 1",
            -1, &st, nullptr);
        QCOMPARE(sqlite3_step(st), SQLITE_ROW);
        const QString name =
            QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(st, 0)));
        sqlite3_finalize(st);
        const QList<qint64> people = archive::PeopleDirectory(m_archive).ids(name);
        QVERIFY(!people.isEmpty());
        QSet<qint64> expected;
        for (qint64 person : people) {
            sqlite3_prepare_v2(db, "SELECT article_id FROM article_people WHERE person_id = ?1", -1,
                               &st, nullptr);
            sqlite3_bind_int64(st, 1, person);
            while (sqlite3_step(st) == SQLITE_ROW)
                expected.insert(sqlite3_column_int64(st, 0));
            sqlite3_finalize(st);
        }
        QVERIFY2(expected.size() >= 5, qPrintable(name));
        const archive::Search search(m_archive);
        const QString filter = QStringLiteral("oleh:\"%1\"").arg(name);
        const auto all = search.articles(filter, 1000);
        QVERIFY2(all.ok(), qPrintable(all.error));
        QCOMPARE(ids(all.hits), expected);
        const auto withWord = search.articles(filter + QStringLiteral(" pemerintah"), 1000);
        QVERIFY(ids(withWord.hits).size() <= expected.size());
        QVERIFY(expected.contains(ids(withWord.hits)));

        // Their quotes, newest first, all theirs.
        archive::QuoteSearchOptions options;
        options.speakerIds = people;
        options.limit = 1000;
        const auto quotes = search.quotes(QString(), options);
        QVERIFY(quotes.ok());
        for (qsizetype i = 0; i < quotes.hits.size(); ++i) {
            QVERIFY(people.contains(quotes.hits.at(i).speakerId));
            if (i > 0)
                QVERIFY(quotes.hits.at(i - 1).published >= quotes.hits.at(i).published);
        }
        m_official = name;
    }

    void cliEndToEnd()
    {
        tests::CliRun r = cli(withArchive({QStringLiteral("search"), QStringLiteral("pelayanan publik"),
                                 QStringLiteral("--limit"), QStringLiteral("5"),
                                 QStringLiteral("--json")}));
        QCOMPARE(r.exitCode, 0);
        QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
        const QJsonArray hits = o.value(QStringLiteral("hits")).toArray();
        QCOMPARE(hits.size(), 5);
        QVERIFY(o.value(QStringLiteral("total")).toInt() >= 5);
        QVERIFY(hits.first()
                    .toObject()
                    .value(QStringLiteral("snippet"))
                    .toString()
                    .contains(u'\u00ab'));

        r = cli(withArchive({QStringLiteral("search"), QStringLiteral("pelayanan")}));
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains(QStringLiteral("articles shown")));

        if (!m_official.isEmpty()) {
            r = cli(withArchive({QStringLiteral("quotes"), QStringLiteral("--by"), m_official,
                                 QStringLiteral("--json")}));
            QCOMPARE(r.exitCode, 0);
            o = QJsonDocument::fromJson(r.out.toUtf8()).object();
            for (const QJsonValue &h : o.value(QStringLiteral("hits")).toArray())
                QVERIFY(!h.toObject().value(QStringLiteral("speaker")).toString().isEmpty());
        }
        r = cli(withArchive({QStringLiteral("quotes"), QStringLiteral("--kind"),
                             QStringLiteral("direct"), QStringLiteral("--since"),
                             QStringLiteral("2025"), QStringLiteral("pemerintah"),
                             QStringLiteral("--json")}));
        QCOMPARE(r.exitCode, 0);
        for (const QJsonValue &h : QJsonDocument::fromJson(r.out.toUtf8())
                                       .object()
                                       .value(QStringLiteral("hits"))
                                       .toArray()) {
            QCOMPARE(h.toObject().value(QStringLiteral("kind")).toString(),
                     QStringLiteral("direct"));
            QVERIFY(h.toObject().value(QStringLiteral("published")).toString() >=
                    QStringLiteral("2024-12-31T17"));
        }
        r = cli(withArchive(
            {QStringLiteral("who-said"), QStringLiteral("korupsi"), QStringLiteral("--json")}));
        QCOMPARE(r.exitCode, 0);
        const QJsonArray speakers = QJsonDocument::fromJson(r.out.toUtf8())
                                        .object()
                                        .value(QStringLiteral("speakers"))
                                        .toArray();
        QVERIFY(!speakers.isEmpty());
        QVERIFY(speakers.first().toObject().value(QStringLiteral("quotes")).toInt() >=
                speakers.last().toObject().value(QStringLiteral("quotes")).toInt());

        // Malformed input: results or a message, never an SQL error.
        for (const QString &q :
             {QStringLiteral("NEAR(\"korupsi"), QStringLiteral("title:^korupsi*"),
              QStringLiteral("-korupsi"), QStringLiteral("\x01")}) {
            r = cli(withArchive({QStringLiteral("search"), q}));
            QVERIFY2(r.exitCode == 0 || r.exitCode == 2, qPrintable(r.err));
            QVERIFY2(!r.err.contains(QStringLiteral("fts5")) &&
                         !r.err.contains(QStringLiteral("SQL")),
                     qPrintable(r.err));
        }
        r = cli(withArchive({QStringLiteral("search")}));
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains(QStringLiteral("Type a word")));
        r = cli(withArchive(
            {QStringLiteral("quotes"), QStringLiteral("--by"), QStringLiteral("Xyzzyq Qwxz")}));
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.err.contains(QStringLiteral("Nobody called")));
        r = cli(withArchive(
            {QStringLiteral("quotes"), QStringLiteral("--since"), QStringLiteral("kemarin")}));
        QCOMPARE(r.exitCode, 2);
        for (const char *command : {"search", "quotes", "who-said"}) {
            r = cli({QString::fromLatin1(command), QStringLiteral("--help")});
            QCOMPARE(r.exitCode, 0);
            QVERIFY(r.out.contains(QStringLiteral("--json")));
        }
    }

private:
    QString m_official;
};

QTEST_GUILESS_MAIN(TestSearchCorpus)
#include "tst_searchcorpus.moc"
