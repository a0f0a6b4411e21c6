// Search speed at archive scale: builds an archive of about 100,000 articles and reports p50/p95
// latency of article search (with snippets), quote search by official and the official picker's
// autocomplete, each next to a plain FTS5 unicode61 index on the same rows in the same run, and
// the size of the indexes against the size of the text.
//
// How the archive is built: the articles of ../shared/corpus/articles/*.jsonl are imported once
// through ArticleImporter (parse, analyse, store, index), then copied with SQL until the archive
// holds --articles rows: each copy gets new ids, a title with a number in it, a date moved back by
// whole weeks and its own content hash; its quotes, people and institution links are copied
// alongside (same speakers). Copies are inserted with INSERT ... SELECT and indexed by one
// statement per copy, as an import indexes a batch, so the tokenizer runs on every copy, but the
// analyser does not run again (that is what bench_import measures).
//   bench_search [--articles N] [--keep PATH]   (reads KLIPING_SHARED_DIR or the path compiled in)
#include "archive/archive.h"
#include "archive/articleimporter.h"
#include "archive/peopledirectory.h"
#include "archive/search.h"
#include "text/textfolding.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTextStream>

#include <sqlite3.h>

#include <algorithm>
#include <functional>

using namespace kliping;

namespace {

QTextStream out(stdout);

bool exec(sqlite3 *db, const QString &sql)
{
    char *message = nullptr;
    if (sqlite3_exec(db, sql.toUtf8().constData(), nullptr, nullptr, &message) != SQLITE_OK) {
        out << "SQL failed: " << message << "\n" << sql.left(200) << "\n";
        out.flush();
        sqlite3_free(message);
        return false;
    }
    return true;
}

qint64 scalar(sqlite3 *db, const char *sql)
{
    sqlite3_stmt *st = nullptr;
    sqlite3_prepare_v2(db, sql, -1, &st, nullptr);
    const qint64 v = sqlite3_step(st) == SQLITE_ROW ? sqlite3_column_int64(st, 0) : -1;
    sqlite3_finalize(st);
    return v;
}

struct Stats {
    double p50 = 0;
    double p95 = 0;
    double max = 0;
};

Stats stats(QList<double> ms)
{
    if (ms.isEmpty())
        return {};
    std::sort(ms.begin(), ms.end());
    const auto at = [&](double q) { return ms.at(qMin(ms.size() - 1, qsizetype(q * ms.size()))); };
    return {at(0.50), at(0.95), ms.last()};
}

// Runs each query once to warm the caches, then times it; returns the latencies in ms.
QList<double> timeAll(const QStringList &queries, const std::function<int(const QString &)> &run,
                      qint64 *rows = nullptr)
{
    for (const QString &q : queries)
        run(q);
    QList<double> ms;
    qint64 total = 0;
    for (const QString &q : queries) {
        QElapsedTimer t;
        t.start();
        total += run(q);
        ms << t.nsecsElapsed() / 1e6;
    }
    if (rows)
        *rows = total;
    return ms;
}

void report(const QString &what, const QList<double> &ours, const QList<double> &plain)
{
    const Stats a = stats(ours);
    const Stats b = stats(plain);
    out << QStringLiteral("  %1  kliping p50 %2 ms  p95 %3 ms  max %4 ms   |  unicode61 p50 %5 ms  "
                          "p95 %6 ms  max %7 ms\n")
               .arg(what.leftJustified(34))
               .arg(a.p50, 0, 'f', 2)
               .arg(a.p95, 0, 'f', 2)
               .arg(a.max, 0, 'f', 1)
               .arg(b.p50, 0, 'f', 2)
               .arg(b.p95, 0, 'f', 2)
               .arg(b.max, 0, 'f', 1);
    out.flush();
}

// Plain FTS5 queries: a term list of bare words ANDed, quoted.
QString plainMatch(const QString &query)
{
    QStringList terms;
    static const QRegularExpression word(QStringLiteral("[\\p{L}\\p{N}]+"));
    auto it = word.globalMatch(query);
    while (it.hasNext())
        terms << u'"' + it.next().captured(0) + u'"';
    return terms.join(u' ');
}

int plainArticles(sqlite3 *db, const QString &query)
{
    static sqlite3_stmt *st = nullptr;
    if (!st)
        sqlite3_prepare_v2(db,
                           "SELECT rowid, title, snippet(plain_fts, 1, '[', ']', '...', 30) FROM "
                           "plain_fts WHERE plain_fts MATCH ?1 ORDER BY rank LIMIT 20",
                           -1, &st, nullptr);
    sqlite3_reset(st);
    const QByteArray m = plainMatch(query).toUtf8();
    sqlite3_bind_text(st, 1, m.constData(), int(m.size()), SQLITE_TRANSIENT);
    int n = 0;
    while (sqlite3_step(st) == SQLITE_ROW)
        ++n;
    return n;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    int target = 100000;
    QString keep;
    for (int i = 1; i < args.size(); ++i) {
        if (args.at(i) == QLatin1String("--articles") && i + 1 < args.size())
            target = args.at(++i).toInt();
        else if (args.at(i) == QLatin1String("--keep") && i + 1 < args.size())
            keep = args.at(++i);
    }
    const QByteArray env = qgetenv("KLIPING_SHARED_DIR");
    const QDir corpus(
        QDir(env.isEmpty() ? QStringLiteral(KLIPING_SHARED_DIR) : QString::fromLocal8Bit(env))
            .filePath(QStringLiteral("corpus/articles")));
    const QStringList files =
        corpus.entryList({QStringLiteral("*.jsonl")}, QDir::Files, QDir::Name);
    if (files.isEmpty()) {
        out << "No corpus at " << corpus.path() << "\n";
        return 1;
    }
    QTemporaryDir tmp;
    const QString path = keep.isEmpty() ? tmp.filePath(QStringLiteral("bench.sqlite")) : keep;
    const bool reuse = !keep.isEmpty() && QFileInfo::exists(keep);

    archive::Archive archive;
    if (!archive.open(path)) {
        out << archive.errorString() << "\n";
        return 1;
    }
    sqlite3 *db = archive.handle();
    if (!reuse) {
        QElapsedTimer t;
        t.start();
        archive::ArticleImporter importer(archive);
        importer.setFetchLinkedPages(false);
        QStringList paths;
        for (const QString &f : files)
            paths << corpus.filePath(f);
        importer.importPaths(paths);
        const qint64 base = scalar(db, "SELECT count(*) FROM articles");
        const qint64 maxId = scalar(db, "SELECT max(id) FROM articles");
        out << "Imported " << base << " corpus articles (analysed and indexed) in "
            << t.elapsed() / 1000.0 << " s\n";
        out.flush();
        t.restart();
        // Copies until the target: ids moved by k * maxId, a numbered title, dates k weeks back.
        const int copies = int((target - base + base - 1) / base);
        for (int k = 1; k <= copies; ++k) {
            const qint64 shift = k * maxId;
            const QString limit =
                k == copies ? QStringLiteral(" LIMIT %1").arg(target - base * k) : QString();
            exec(db, QStringLiteral("BEGIN"));
            exec(db,
                 QStringLiteral(
                     "INSERT INTO articles(id, source_id, title, byline, editor, published_utc, "
                     "published_zone, url, captions, body, partial, content_hash, origin, "
                     "imported_at) "
                     "SELECT id + %1, source_id, title || ' (%2)', byline, editor, "
                     "strftime('%Y-%m-%dT%H:%M:%SZ', published_utc, '-%3 days'), published_zone, "
                     "url || '#%2', captions, body, partial, content_hash || '-%2', origin, "
                     "imported_at "
                     "FROM articles WHERE id <= %4 ORDER BY id%5")
                     .arg(shift)
                     .arg(k)
                     .arg(7 * k)
                     .arg(maxId)
                     .arg(limit));
            const qint64 quotesBefore = scalar(db, "SELECT coalesce(max(id), 0) FROM quotes");
            exec(db, QStringLiteral(
                         "INSERT INTO quotes(article_id, start, end, text, kind, speaker_id, "
                         "speaker_mention, confidence, rule) SELECT article_id + %1, start, "
                         "end, text, kind, speaker_id, speaker_mention, confidence, rule FROM "
                         "quotes WHERE article_id <= %2 AND article_id + %1 IN (SELECT id FROM "
                         "articles)")
                         .arg(shift)
                         .arg(maxId));
            exec(db, QStringLiteral(
                         "INSERT INTO article_people SELECT article_id + %1, person_id, titles "
                         "FROM article_people WHERE article_id <= %2 AND article_id + %1 IN "
                         "(SELECT id FROM articles)")
                         .arg(shift)
                         .arg(maxId));
            exec(db, QStringLiteral(
                         "INSERT INTO article_institutions SELECT article_id + %1, "
                         "institution_id FROM article_institutions WHERE article_id <= %2 AND "
                         "article_id + %1 IN (SELECT id FROM articles)")
                         .arg(shift)
                         .arg(maxId));
            // The search indexes, as an import writes them: one statement per batch.
            exec(db, QStringLiteral("INSERT INTO articles_fts(rowid, title, body) SELECT id, "
                                    "title, body FROM articles WHERE id > %1 AND id <= %2")
                         .arg(shift)
                         .arg(shift + maxId));
            exec(db, QStringLiteral("INSERT INTO quotes_fts(rowid, text, speaker) SELECT q.id, "
                                    "q.text, trim(coalesce(p.name, '') || ' ' || "
                                    "coalesce(q.speaker_mention, '')) FROM quotes q LEFT JOIN "
                                    "people p ON p.id = q.speaker_id WHERE q.id > %1")
                         .arg(quotesBefore));
            exec(db, QStringLiteral("COMMIT"));
        }
        const double ourBuild = t.elapsed() / 1000.0;
        t.restart();
        exec(db, QStringLiteral(
                     "CREATE VIRTUAL TABLE plain_fts USING fts5(title, body, content='articles', "
                     "content_rowid='id', tokenize='unicode61 remove_diacritics 2');"
                     "INSERT INTO plain_fts(plain_fts, rank) VALUES ('rank', 'bm25(5.0, 1.0)');"
                     "INSERT INTO plain_fts(plain_fts) VALUES ('rebuild');"
                     "CREATE VIRTUAL TABLE plain_quotes_fts USING fts5(text, speaker, "
                     "tokenize='unicode61 remove_diacritics 2');"
                     "INSERT INTO plain_quotes_fts(rowid, text, speaker) SELECT q.id, q.text, "
                     "coalesce(p.name, '') FROM quotes q LEFT JOIN people p ON p.id = q.speaker_id;"
                     "CREATE VIRTUAL TABLE plain_people_fts USING fts5(name, "
                     "tokenize='unicode61 remove_diacritics 2');"
                     "INSERT INTO plain_people_fts(rowid, name) SELECT id, name FROM people;"));
        const double plainBuild = t.elapsed() / 1000.0;
        out << "Copied to " << scalar(db, "SELECT count(*) FROM articles")
            << " articles: " << ourBuild
            << " s with the kliping index (tokenizer, copies of quotes and links); "
            << "plain unicode61 index of the same articles built in " << plainBuild << " s\n";
        exec(db, QStringLiteral("INSERT INTO articles_fts(articles_fts) VALUES ('optimize');"
                                "INSERT INTO plain_fts(plain_fts) VALUES ('optimize');"
                                "INSERT INTO quotes_fts(quotes_fts) VALUES ('optimize');"
                                "ANALYZE;"));
    }

    const qint64 articles = scalar(db, "SELECT count(*) FROM articles");
    const qint64 quotes = scalar(db, "SELECT count(*) FROM quotes");
    const qint64 people = scalar(db, "SELECT count(*) FROM people");
    const qint64 textBytes = scalar(
        db, "SELECT sum(length(CAST(title AS BLOB)) + length(CAST(body AS BLOB))) FROM articles");
    const qint64 ourIndex =
        scalar(db, "SELECT sum(pgsize) FROM dbstat WHERE name LIKE 'articles_fts%'");
    const qint64 plainIndex =
        scalar(db, "SELECT sum(pgsize) FROM dbstat WHERE name LIKE 'plain_fts%'");
    const qint64 quoteIndex =
        scalar(db, "SELECT sum(pgsize) FROM dbstat WHERE name LIKE 'quotes_fts%'");
    const qint64 quoteText = scalar(db, "SELECT sum(length(CAST(text AS BLOB))) FROM quotes");
    out << "\nArchive: " << articles << " articles, " << quotes << " quotes, " << people
        << " people\n"
        << QStringLiteral(
               "Article text %1 MB; kliping index %2 MB (%3 % of the text); plain unicode61 "
               "index %4 MB (%5 %)\n")
               .arg(textBytes / 1e6, 0, 'f', 1)
               .arg(ourIndex / 1e6, 0, 'f', 1)
               .arg(100.0 * ourIndex / textBytes, 0, 'f', 0)
               .arg(plainIndex / 1e6, 0, 'f', 1)
               .arg(100.0 * plainIndex / textBytes, 0, 'f', 0)
        << QStringLiteral("Quote text %1 MB; quote index with its copy of the text %2 MB\n\n")
               .arg(quoteText / 1e6, 0, 'f', 1)
               .arg(quoteIndex / 1e6, 0, 'f', 1);
    out.flush();

    // Queries from the corpus vocabulary: random words of the bodies (any frequency), the most
    // frequent words, two-word queries and phrases.
    QStringList vocabulary;
    {
        sqlite3_stmt *st = nullptr;
        sqlite3_prepare_v2(db, "SELECT body FROM articles ORDER BY random() LIMIT 300", -1, &st,
                           nullptr);
        static const QRegularExpression word(QStringLiteral("\\b[a-z]{4,}\\b"));
        while (sqlite3_step(st) == SQLITE_ROW) {
            const QString body =
                QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(st, 0)));
            auto it = word.globalMatch(body);
            QStringList words;
            while (it.hasNext())
                words << it.next().captured(0);
            if (!words.isEmpty())
                vocabulary << words.at(QRandomGenerator::global()->bounded(int(words.size())));
        }
        sqlite3_finalize(st);
    }
    QStringList single = vocabulary.mid(0, 100);
    const QStringList frequent = {QStringLiteral("yang"),       QStringLiteral("pemerintah"),
                                  QStringLiteral("dan"),        QStringLiteral("polisi"),
                                  QStringLiteral("presiden"),   QStringLiteral("indonesia"),
                                  QStringLiteral("masyarakat"), QStringLiteral("mengatakan")};
    QStringList pairs;
    for (int i = 0; i + 1 < vocabulary.size() && pairs.size() < 60; i += 2)
        pairs << vocabulary.at(i) + u' ' + vocabulary.at(i + 1);
    const QStringList phrases = {
        QStringLiteral("\"pelayanan publik\""), QStringLiteral("\"presiden joko widodo\""),
        QStringLiteral("\"tindak pidana korupsi\""), QStringLiteral("\"kata dia\""),
        QStringLiteral("\"pemerintah daerah\"")};
    QStringList mixed = single + pairs + phrases + frequent;

    const archive::Search search(archive);
    out << "Article search, 20 hits with snippets (" << mixed.size()
        << " queries: " << single.size() << " random corpus words, " << pairs.size()
        << " word pairs, " << phrases.size() << " phrases, " << frequent.size()
        << " frequent words)\n";
    const auto ours = [&](const QString &q) { return int(search.articles(q, 20).hits.size()); };
    const auto plain = [&](const QString &q) { return plainArticles(db, q); };
    report(QStringLiteral("all queries"), timeAll(mixed, ours), timeAll(mixed, plain));
    report(QStringLiteral("random single words"), timeAll(single, ours), timeAll(single, plain));
    report(QStringLiteral("word pairs"), timeAll(pairs, ours), timeAll(pairs, plain));
    report(QStringLiteral("frequent words (yang, pemerintah...)"), timeAll(frequent, ours),
           timeAll(frequent, plain));
    for (const QString &w : {QStringLiteral("yang"), QStringLiteral("pemerintah")})
        report(QStringLiteral("  \"%1\" alone").arg(w), timeAll({w, w, w, w, w}, ours),
               timeAll({w, w, w, w, w}, plain));
    out << "  (counts: \"yang\" " << search.countArticles(QStringLiteral("yang"))
        << " articles, \"pelayanan\" " << search.countArticles(QStringLiteral("pelayanan"))
        << " with stems vs "
        << scalar(db, "SELECT count(*) FROM plain_fts WHERE plain_fts MATCH 'pelayanan'")
        << " plain)\n";

    // Quote search by official: the officials with the most quotes, newest 50, with and without
    // words.
    QList<qint64> officials;
    QStringList officialNames;
    {
        sqlite3_stmt *st = nullptr;
        sqlite3_prepare_v2(
            db,
            "SELECT q.speaker_id, p.name FROM quotes q JOIN people p ON p.id = q.speaker_id "
            "GROUP BY q.speaker_id ORDER BY count(*) DESC LIMIT 40",
            -1, &st, nullptr);
        while (sqlite3_step(st) == SQLITE_ROW) {
            officials << sqlite3_column_int64(st, 0);
            officialNames << QString::fromUtf8(
                reinterpret_cast<const char *>(sqlite3_column_text(st, 1)));
        }
        sqlite3_finalize(st);
    }
    out << "\nQuotes of an official, newest 50 (" << officials.size()
        << " officials with the most quotes; the top has "
        << scalar(db,
                  "SELECT count(*) FROM quotes GROUP BY speaker_id ORDER BY count(*) DESC LIMIT 1")
        << " quotes)\n";
    QStringList ids;
    for (qint64 id : officials)
        ids << QString::number(id);
    const auto byOfficial = [&](const QString &id, const QString &words) {
        archive::QuoteSearchOptions o;
        o.speakerIds = {id.toLongLong()};
        return int(search.quotes(words, o).hits.size());
    };
    sqlite3_stmt *plainQuotes = nullptr;
    sqlite3_prepare_v2(
        db,
        "SELECT f.rowid, f.text FROM plain_quotes_fts f JOIN quotes q ON q.id = f.rowid "
        "JOIN articles a ON a.id = q.article_id WHERE plain_quotes_fts MATCH ?1 "
        "ORDER BY a.published_utc DESC LIMIT 50",
        -1, &plainQuotes, nullptr);
    const auto plainByName = [&](const QString &match) {
        sqlite3_reset(plainQuotes);
        const QByteArray m = match.toUtf8();
        sqlite3_bind_text(plainQuotes, 1, m.constData(), int(m.size()), SQLITE_TRANSIENT);
        int n = 0;
        while (sqlite3_step(plainQuotes) == SQLITE_ROW)
            ++n;
        return n;
    };
    QStringList nameMatches;
    for (const QString &n : officialNames)
        nameMatches << QStringLiteral("speaker : (%1)").arg(plainMatch(n));
    report(QStringLiteral("by official"),
           timeAll(ids, [&](const QString &id) { return byOfficial(id, {}); }),
           timeAll(nameMatches, plainByName));
    QStringList withWords;
    for (const QString &m : nameMatches)
        withWords << m + QStringLiteral(" AND \"pemerintah\"");
    report(QStringLiteral("by official + \"pemerintah\""),
           timeAll(ids,
                   [&](const QString &id) { return byOfficial(id, QStringLiteral("pemerintah")); }),
           timeAll(withWords, plainByName));
    report(QStringLiteral("who said \"pemerintah\""),
           timeAll({QStringLiteral("pemerintah"), QStringLiteral("korupsi"),
                    QStringLiteral("masyarakat")},
                   [&](const QString &q) { return int(search.whoSaid(q).hits.size()); }),
           timeAll({QStringLiteral("text : pemerintah"), QStringLiteral("text : korupsi"),
                    QStringLiteral("text : masyarakat")},
                   plainByName));
    sqlite3_finalize(plainQuotes);

    // Autocomplete of the official picker: PeopleDirectory::find on what a user has typed so far.
    QStringList typed;
    for (const QString &n : officialNames) {
        const QString first = n.section(u' ', 0, 0);
        for (int len : {2, 3, 5})
            if (first.size() >= len)
                typed << first.left(len);
        typed << n;
    }
    const archive::PeopleDirectory directory(archive);
    sqlite3_stmt *plainPeople = nullptr;
    sqlite3_prepare_v2(
        db, "SELECT rowid, name FROM plain_people_fts WHERE plain_people_fts MATCH ?1 LIMIT 10", -1,
        &plainPeople, nullptr);
    out << "\nAutocomplete (" << typed.size() << " inputs: 2, 3, 5 letters and whole names; "
        << people << " people)\n";
    report(QStringLiteral("PeopleDirectory::find"),
           timeAll(typed, [&](const QString &t) { return int(directory.find(t, 10).size()); }),
           timeAll(typed, [&](const QString &t) {
               sqlite3_reset(plainPeople);
               const QByteArray m = (plainMatch(t) + QStringLiteral(" *")).toUtf8();
               sqlite3_bind_text(plainPeople, 1, m.constData(), int(m.size()), SQLITE_TRANSIENT);
               int n = 0;
               while (sqlite3_step(plainPeople) == SQLITE_ROW)
                   ++n;
               return n;
           }));
    sqlite3_finalize(plainPeople);
    out << "\nTargets at 100,000 articles: search p95 < 20 ms, quotes by official < 10 ms, "
           "autocomplete < 5 ms.\n";
    return 0;
}
