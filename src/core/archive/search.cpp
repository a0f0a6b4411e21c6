#include "search.h"

#include "archive.h"
#include "sqlitestatement.h"
#include "storedvalues.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QVariant>

#include <algorithm>
#include <optional>

namespace kliping::archive {

namespace {

// Messages of the search, translated in the context "Search".
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(Search)
};

// Words around a hit in an article snippet.
constexpr int kSnippetTokens = 30;
// The rank of articles (searchrank.h): bm25 with the title weighted five times the body.
const QLatin1String kArticleRank("kliping_rank(5.0, 1.0)");
// Most matches ranked by bm25 for one search (see Search::articles).
constexpr int kRankCandidates = 2000;
// Characters of the opening shown for a hit without words (filters only).
constexpr int kOpeningLength = 240;

// Binds values from index on; returns the next free index.
int bindAll(SqliteStatement &st, int index, const QVariantList &values)
{
    for (const QVariant &v : values) {
        if (v.typeId() == QMetaType::LongLong || v.typeId() == QMetaType::Int)
            st.bind(index++, v.toLongLong());
        else
            st.bind(index++, v.toString());
    }
    return index;
}

QString opening(const QString &body)
{
    QString text = body.simplified(); // not const: returned by move
    if (text.size() <= kOpeningLength)
        return text;
    qsizetype cut = text.lastIndexOf(u' ', kOpeningLength);
    if (cut < kOpeningLength / 2)
        cut = kOpeningLength;
    return text.left(cut) + QChar(0x2026);
}

QString markerText(QChar c)
{
    return QString(c);
}

// A statement whose SQL is built here (never from user text: that is always bound).
struct Prepared {
    Prepared(sqlite3 *db, const QString &sql)
        : utf8(sql.toUtf8())
        , st(db, utf8.constData())
    {
    }
    QByteArray utf8;
    SqliteStatement st;
};

// The rowid from which the newest `cap` matches start, or 0 when there are fewer. Walking a
// doclist in rowid order stops after cap rows and reads no positions: cheap even for "yang".
qint64 rankBound(sqlite3 *db, const QString &table, const QString &join, const QString &where,
                 const QString &match, const QVariantList &values, int cap)
{
    Prepared p(db, QStringLiteral("SELECT %1.rowid FROM %1%2 WHERE %1 MATCH ?%3 ORDER BY %1.rowid "
                                  "DESC LIMIT 1 OFFSET ?")
                       .arg(table, join, where));
    p.st.bind(1, match);
    const int i = bindAll(p.st, 2, values);
    p.st.bind(i, cap - 1);
    return p.st.step() == SQLITE_ROW ? p.st.int64(0) : 0;
}

// The words of an official's quotes: the index's speaker column holds each quote's speaker's
// current name (the triggers keep it so through renames and merges), so "their name AND the
// words" is an intersection FTS5 makes from two doclists, instead of every quote with the words
// joined and filtered. The speaker ids are still checked in SQL: namesakes share a name.
QString narrowedToSpeakers(sqlite3 *db, const QString &match, const QList<qint64> &speakerIds)
{
    constexpr qsizetype kMaxNames = 20; // beyond, the plain filter does as well
    if (speakerIds.size() > kMaxNames)
        return match;
    QJsonArray ids;
    for (const qint64 id : speakerIds)
        ids.append(id);
    SqliteStatement st(db, "SELECT DISTINCT name FROM people WHERE id IN "
                           "(SELECT value FROM json_each(?1))");
    st.bind(1, QString::fromUtf8(QJsonDocument(ids).toJson(QJsonDocument::Compact)));
    QStringList names;
    while (st.step() == SQLITE_ROW) {
        QString exact = QChar(kExactMarker) + st.text(0);
        exact.replace(u'"', QLatin1String("\"\""));
        names << u'"' + exact + u'"';
    }
    if (names.isEmpty())
        return match;
    return u'(' + match + QLatin1String(") AND {speaker} : (") +
           names.join(QLatin1String(" OR ")) + u')';
}

// The query a search runs, or none with results.error set: no archive is open, or the text
// cannot be read as a query (then its warnings are in results too).
template <typename Hit>
std::optional<SearchQuery> parsedQuery(const Archive &archive, const QString &text,
                                       SearchResults<Hit> &results)
{
    if (!archive.handle()) {
        results.error = Tr::tr("No archive is open.");
        return std::nullopt;
    }
    SearchQuery query = QueryParser(&archive).parse(text);
    results.warnings = query.warnings();
    if (!query.isValid()) {
        results.error = query.errorString();
        return std::nullopt;
    }
    return query;
}

QString kindValue(QuoteKindFilter kind)
{
    return kind == QuoteKindFilter::Direct ? QStringLiteral("direct") : QStringLiteral("indirect");
}

QString emptyQueryMessage()
{
    return Tr::tr("Type a word to search for, or a filter such as oleh:name or sejak:2024.");
}

} // namespace

QString Search::withMarkers(const QString &marked, const QString &open, const QString &close)
{
    QString out = marked;
    out.replace(kHitStart, open).replace(kHitEnd, close);
    return out;
}

QString Search::toHtml(const QString &marked)
{
    return withMarkers(marked.toHtmlEscaped(), QStringLiteral("<b>"), QStringLiteral("</b>"));
}

SearchResults<ArticleHit> Search::articles(const QString &text, int limit, int offset) const
{
    SearchResults<ArticleHit> results;
    sqlite3 *db = m_archive.handle();
    const std::optional<SearchQuery> parsed = parsedQuery(m_archive, text, results);
    if (!parsed)
        return results;
    const SearchQuery &query = *parsed;
    if (query.isEmpty()) {
        results.error = emptyQueryMessage();
        return results;
    }
    const SqlFilter filter = query.sqlFilter(SearchTarget::Articles);
    const QString where =
        filter.clause.isEmpty() ? QString() : QLatin1String(" AND ") + filter.clause;
    limit = qBound(0, limit, 10000);
    offset = qMax(0, offset);
    const QString match = query.matchExpression(SearchTarget::Articles);

    // Phase 1: rank the matches (no text is read), keep one page. bm25 costs about a microsecond
    // a row: a word in every article ("yang") would take 100 ms at 100,000 articles, so when more
    // than kRankCandidates articles match, only the newest (by id: the latest imported) are ranked.
    QList<QPair<qint64, double>> page;
    qint64 bound = 0;
    if (query.hasTerms()) {
        const int cap = qMax(kRankCandidates, offset + limit);
        bound = rankBound(db, QStringLiteral("articles_fts"),
                          filter.clause.isEmpty()
                              ? QString()
                              : QStringLiteral(" JOIN articles a ON a.id = articles_fts.rowid"),
                          where, match, filter.values, cap);
        results.rankedNewestOnly = bound > 0;
    }
    {
        QString sql;
        if (query.hasTerms() && filter.clause.isEmpty()) {
            // FTS5 sorts by rank itself: no row of articles is read for the ranking.
            sql = QStringLiteral("SELECT rowid, rank FROM articles_fts WHERE articles_fts MATCH ? "
                                 "AND rank MATCH '%1' AND rowid >= ? ORDER BY rank LIMIT ? "
                                 "OFFSET ?")
                      .arg(kArticleRank);
        } else if (query.hasTerms()) {
            sql = QStringLiteral("SELECT a.id, articles_fts.rank FROM articles_fts JOIN articles a "
                                 "ON a.id = articles_fts.rowid WHERE articles_fts MATCH ? AND "
                                 "articles_fts.rank MATCH '%2' AND articles_fts.rowid >= ?%1 "
                                 "ORDER BY articles_fts.rank, a.published_utc DESC LIMIT ? OFFSET ?")
                      .arg(where, kArticleRank);
        } else {
            sql = QStringLiteral("SELECT a.id, 0 FROM articles a WHERE 1%1%2 "
                                 "ORDER BY a.published_utc DESC, a.id DESC LIMIT ? OFFSET ?")
                      .arg(query.hasExcludes() ? QStringLiteral(" AND a.id NOT IN (SELECT rowid "
                                                                "FROM articles_fts WHERE "
                                                                "articles_fts MATCH ?)")
                                               : QString(),
                           where);
        }
        Prepared p(db, sql);
        if (!p.st.isValid()) {
            results.error = QString::fromUtf8(sqlite3_errmsg(db));
            return results;
        }
        int i = 1;
        if (query.hasTerms()) {
            p.st.bind(i++, match);
            p.st.bind(i++, bound);
        } else if (query.hasExcludes()) {
            p.st.bind(i++, query.excludeExpression());
        }
        i = bindAll(p.st, i, filter.values);
        p.st.bind(i++, limit);
        p.st.bind(i++, offset);
        int rc;
        while ((rc = p.st.step()) == SQLITE_ROW)
            page.append({p.st.int64(0), sqlite3_column_double(p.st.get(), 1)});
        if (rc != SQLITE_DONE) {
            results.error =
                Tr::tr("The search failed: %1").arg(QString::fromUtf8(sqlite3_errmsg(db)));
            return results;
        }
    }

    // Phase 2: title, source, date and snippet of the page only.
    SqliteStatement marked(db, "SELECT highlight(articles_fts, 0, ?1, ?2), "
                               "snippet(articles_fts, 1, ?1, ?2, ?3, ?4) FROM articles_fts "
                               "WHERE articles_fts MATCH ?5 AND rowid = ?6");
    SqliteStatement plain(db, "SELECT a.title, coalesce(s.name, ''), a.published_utc, a.body "
                              "FROM articles a LEFT JOIN sources s ON s.id = a.source_id "
                              "WHERE a.id = ?1");
    for (const auto &[id, rank] : page) {
        ArticleHit hit;
        hit.id = id;
        hit.rank = rank;
        plain.reset();
        plain.bind(1, id);
        if (plain.step() != SQLITE_ROW)
            continue;
        hit.title = plain.text(0);
        hit.source = plain.text(1);
        hit.published = fromIso(plain.text(2));
        if (query.hasTerms()) {
            marked.reset();
            marked.bind(1, markerText(kHitStart));
            marked.bind(2, markerText(kHitEnd));
            marked.bind(3, QString(QChar(0x2026)));
            marked.bind(4, kSnippetTokens);
            marked.bind(5, match);
            marked.bind(6, id);
            if (marked.step() == SQLITE_ROW) {
                hit.highlightedTitle = marked.text(0);
                // One line: a passage may span paragraphs.
                hit.snippet = marked.text(1).simplified();
            }
        }
        if (hit.highlightedTitle.isEmpty())
            hit.highlightedTitle = hit.title;
        if (hit.snippet.isEmpty())
            hit.snippet = opening(plain.text(3));
        results.hits << hit;
    }
    // Equal ranks: newest first (FTS5 sorted by rank alone).
    std::stable_sort(results.hits.begin(), results.hits.end(),
                     [](const ArticleHit &a, const ArticleHit &b) {
                         return a.rank < b.rank || (a.rank == b.rank && a.published > b.published);
                     });
    return results;
}

qint64 Search::countArticles(const QString &text) const
{
    sqlite3 *db = m_archive.handle();
    if (!db)
        return -1;
    const SearchQuery query = QueryParser(&m_archive).parse(text);
    if (!query.isValid() || query.isEmpty())
        return -1;
    const SqlFilter filter = query.sqlFilter(SearchTarget::Articles);
    const QString where =
        filter.clause.isEmpty() ? QString() : QLatin1String(" AND ") + filter.clause;
    QString sql;
    if (query.hasTerms()) {
        sql = filter.clause.isEmpty()
                  ? QStringLiteral("SELECT count(*) FROM articles_fts WHERE articles_fts MATCH ?")
                  : QStringLiteral("SELECT count(*) FROM articles_fts JOIN articles a ON a.id = "
                                   "articles_fts.rowid WHERE articles_fts MATCH ?%1")
                        .arg(where);
    } else {
        sql = QStringLiteral("SELECT count(*) FROM articles a WHERE 1%1%2")
                  .arg(query.hasExcludes()
                           ? QStringLiteral(" AND a.id NOT IN (SELECT rowid FROM "
                                            "articles_fts WHERE articles_fts MATCH ?)")
                           : QString(),
                       where);
    }
    Prepared p(db, sql);
    int i = 1;
    if (query.hasTerms())
        p.st.bind(i++, query.matchExpression(SearchTarget::Articles));
    else if (query.hasExcludes())
        p.st.bind(i++, query.excludeExpression());
    bindAll(p.st, i, filter.values);
    return p.st.step() == SQLITE_ROW ? p.st.int64(0) : -1;
}

SearchResults<QuoteHit> Search::quotes(const QString &text, const QuoteSearchOptions &options) const
{
    SearchResults<QuoteHit> results;
    sqlite3 *db = m_archive.handle();
    const std::optional<SearchQuery> parsed = parsedQuery(m_archive, text, results);
    if (!parsed)
        return results;
    const SearchQuery &query = *parsed;
    const bool bySpeaker = !options.speakerIds.isEmpty() || !query.personText.isEmpty();
    if (query.isEmpty() && !bySpeaker && options.kind == QuoteKindFilter::Any && !options.since &&
        !options.until) {
        results.error = emptyQueryMessage();
        return results;
    }
    const SqlFilter filter = query.sqlFilter(SearchTarget::Quotes);
    QStringList conditions;
    QVariantList values = filter.values;
    if (!filter.clause.isEmpty())
        conditions << filter.clause;
    if (!options.speakerIds.isEmpty()) {
        QJsonArray ids;
        for (qint64 id : options.speakerIds)
            ids.append(id);
        conditions << QStringLiteral("q.speaker_id IN (SELECT value FROM json_each(?))");
        values << QString::fromUtf8(QJsonDocument(ids).toJson(QJsonDocument::Compact));
    }
    if (options.kind != QuoteKindFilter::Any) {
        conditions << QStringLiteral("q.kind = ?");
        values << kindValue(options.kind);
    }
    if (options.since) {
        conditions << QStringLiteral("a.published_utc >= ?");
        values << options.since->start.toUTC().toString(Qt::ISODate);
    }
    if (options.until) {
        conditions << QStringLiteral("a.published_utc < ?");
        values << options.until->end.toUTC().toString(Qt::ISODate);
    }
    const QString where = conditions.isEmpty()
                              ? QString()
                              : QLatin1String(" AND ") + conditions.join(QLatin1String(" AND "));
    const int limit = qBound(0, options.limit, 10000);
    const int offset = qMax(0, options.offset);
    QString match = query.matchExpression(SearchTarget::Quotes);
    if (query.hasTerms() && !options.speakerIds.isEmpty())
        match = narrowedToSpeakers(db, match, options.speakerIds);
    // The quotes of an official read as a timeline; a search over everyone as best first.
    const QString order = bySpeaker || !query.hasTerms()
                              ? QStringLiteral("a.published_utc DESC, q.article_id DESC, q.start")
                              : QStringLiteral("2, a.published_utc DESC, q.id");

    // As for articles: ranked among the newest kRankCandidates matches at most; a timeline needs
    // no rank at all.
    const bool ranked = query.hasTerms() && !bySpeaker;
    qint64 bound = 0;
    if (ranked) {
        bound =
            rankBound(db, QStringLiteral("quotes_fts"),
                      QStringLiteral(" JOIN quotes q ON q.id = quotes_fts.rowid JOIN articles a "
                                     "ON a.id = q.article_id"),
                      where, match, values, qMax(kRankCandidates, offset + limit));
        results.rankedNewestOnly = bound > 0;
    }
    QList<QPair<qint64, double>> page;
    {
        QString sql;
        if (query.hasTerms()) {
            sql = QStringLiteral("SELECT q.id, %3 FROM quotes_fts "
                                 "JOIN quotes q ON q.id = quotes_fts.rowid "
                                 "JOIN articles a ON a.id = q.article_id "
                                 "WHERE quotes_fts MATCH ? AND quotes_fts.rowid >= ?%1 "
                                 "ORDER BY %2 LIMIT ? OFFSET ?")
                      .arg(where, order,
                           ranked ? QStringLiteral("kliping_rank(quotes_fts, 1.0, 0.5)")
                                  : QStringLiteral("0"));
        } else {
            sql = QStringLiteral(
                      "SELECT q.id, 0 FROM quotes q JOIN articles a ON a.id = q.article_id "
                      "WHERE 1%1%2 ORDER BY %3 LIMIT ? OFFSET ?")
                      .arg(query.hasExcludes()
                               ? QStringLiteral(" AND q.id NOT IN (SELECT rowid FROM "
                                                "quotes_fts WHERE quotes_fts MATCH ?)")
                               : QString(),
                           where, order);
        }
        Prepared p(db, sql);
        if (!p.st.isValid()) {
            results.error = QString::fromUtf8(sqlite3_errmsg(db));
            return results;
        }
        int i = 1;
        if (query.hasTerms()) {
            p.st.bind(i++, match);
            p.st.bind(i++, bound);
        } else if (query.hasExcludes()) {
            p.st.bind(i++, query.excludeExpression());
        }
        i = bindAll(p.st, i, values);
        p.st.bind(i++, limit);
        p.st.bind(i++, offset);
        int rc;
        while ((rc = p.st.step()) == SQLITE_ROW)
            page.append({p.st.int64(0), sqlite3_column_double(p.st.get(), 1)});
        if (rc != SQLITE_DONE) {
            results.error =
                Tr::tr("The search failed: %1").arg(QString::fromUtf8(sqlite3_errmsg(db)));
            return results;
        }
    }

    SqliteStatement details(db,
                            "SELECT q.article_id, a.title, coalesce(s.name, ''), "
                            "a.published_utc, coalesce(q.speaker_id, 0), coalesce(p.name, ''), "
                            "q.kind, q.text, q.start, q.end, coalesce(q.speaker_mention, '') "
                            "FROM quotes q JOIN articles a ON a.id = q.article_id "
                            "LEFT JOIN sources s ON s.id = a.source_id "
                            "LEFT JOIN people p ON p.id = q.speaker_id WHERE q.id = ?1");
    SqliteStatement marked(db, "SELECT highlight(quotes_fts, 0, ?1, ?2) FROM quotes_fts "
                               "WHERE quotes_fts MATCH ?3 AND rowid = ?4");
    for (const auto &[id, rank] : page) {
        details.reset();
        details.bind(1, id);
        if (details.step() != SQLITE_ROW)
            continue;
        QuoteHit hit;
        hit.id = id;
        hit.rank = rank;
        hit.articleId = details.int64(0);
        hit.articleTitle = details.text(1);
        hit.source = details.text(2);
        hit.published = fromIso(details.text(3));
        hit.speakerId = details.int64(4);
        hit.speakerName = details.text(5);
        hit.kind = details.text(6);
        hit.text = details.text(7);
        hit.start = details.int64(8);
        hit.end = details.int64(9);
        hit.speakerMention = details.text(10);
        if (query.hasTerms()) {
            marked.reset();
            marked.bind(1, markerText(kHitStart));
            marked.bind(2, markerText(kHitEnd));
            marked.bind(3, match);
            marked.bind(4, id);
            if (marked.step() == SQLITE_ROW)
                hit.text = marked.text(0);
        }
        results.hits << hit;
    }
    return results;
}

SearchResults<SpeakerCount> Search::whoSaid(const QString &text, int limit) const
{
    SearchResults<SpeakerCount> results;
    sqlite3 *db = m_archive.handle();
    const std::optional<SearchQuery> parsed = parsedQuery(m_archive, text, results);
    if (!parsed)
        return results;
    const SearchQuery &query = *parsed;
    if (!query.hasTerms()) {
        results.error =
            Tr::tr("Type the words that were said, e.g. who-said \"tidak ada toleransi\".");
        return results;
    }
    const SqlFilter filter = query.sqlFilter(SearchTarget::Quotes);
    const QString sql =
        // Grouped first, named after: a speaker's name is looked up once, not once per quote.
        QStringLiteral(
            "SELECT g.speaker, coalesce(p.name, ''), g.quotes, g.latest FROM ("
            "SELECT coalesce(q.speaker_id, 0) AS speaker, count(*) AS quotes, "
            "max(a.published_utc) AS latest FROM quotes_fts JOIN quotes q ON q.id = "
            "quotes_fts.rowid JOIN articles a ON a.id = q.article_id WHERE quotes_fts MATCH ?%1 "
            "GROUP BY q.speaker_id) g LEFT JOIN people p ON p.id = g.speaker "
            "ORDER BY g.quotes DESC, g.latest DESC LIMIT ?")
            .arg(filter.clause.isEmpty() ? QString() : QLatin1String(" AND ") + filter.clause);
    Prepared p(db, sql);
    if (!p.st.isValid()) {
        results.error = QString::fromUtf8(sqlite3_errmsg(db));
        return results;
    }
    // Only what was said counts, not the speaker's name.
    p.st.bind(1, query.matchExpression(SearchTarget::Quotes, QStringLiteral("text")));
    const int i = bindAll(p.st, 2, filter.values);
    p.st.bind(i, qBound(1, limit, 10000));
    int rc;
    while ((rc = p.st.step()) == SQLITE_ROW)
        results.hits << SpeakerCount{p.st.int64(0), p.st.text(1), int(p.st.int64(2)),
                                     fromIso(p.st.text(3))};
    if (rc != SQLITE_DONE)
        results.error = Tr::tr("The search failed: %1").arg(QString::fromUtf8(sqlite3_errmsg(db)));
    return results;
}

} // namespace kliping::archive
