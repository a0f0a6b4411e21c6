#include "entityqueries.h"

#include "sqlitestatement.h"
#include "storedvalues.h"


namespace kliping::archive {

QList<SourceCount> EntityQueries::sources() const
{
    QList<SourceCount> out;
    sqlite3 *db = m_archive.handle();
    if (!db)
        return out;
    // The index on articles(source_id) makes this one pass over the index, not over articles.
    SqliteStatement st(db, "SELECT s.id, s.name, count(a.id) AS n FROM sources s JOIN articles a "
                           "ON a.source_id = s.id GROUP BY s.id ORDER BY n DESC, s.name");
    while (st.step() == SQLITE_ROW)
        out << SourceCount{st.int64(0), st.text(1), st.int64(2)};
    return out;
}

QList<InstitutionNode> EntityQueries::institutions() const
{
    QList<InstitutionNode> out;
    sqlite3 *db = m_archive.handle();
    if (!db)
        return out;
    SqliteStatement st(db, "SELECT i.id, i.name, i.acronym, i.kind, i.parent_id, "
                           "(SELECT count(*) FROM article_institutions ai WHERE "
                           "ai.institution_id = i.id) FROM institutions i ORDER BY i.name");
    while (st.step() == SQLITE_ROW)
        out << InstitutionNode{st.int64(0), st.text(1),  st.text(2),
                               st.text(3),  st.int64(4), st.int64(5)};
    return out;
}

qint64 EntityQueries::institutionNamed(const QString &name) const
{
    sqlite3 *db = m_archive.handle();
    if (!db || name.isEmpty())
        return 0;
    SqliteStatement st(db, "SELECT id FROM institutions WHERE name = ?1 LIMIT 1");
    st.bind(1, name);
    return st.step() == SQLITE_ROW ? st.int64(0) : 0;
}

qint64 EntityQueries::currentPerson(qint64 personId) const
{
    sqlite3 *db = m_archive.handle();
    if (!db)
        return 0;
    SqliteStatement st(db, "SELECT id, merged_into FROM people WHERE id = ?1");
    // A chain of merges (A into B, B into C) is followed, with a bound against a cycle.
    for (int hops = 0; hops < 16; ++hops) {
        st.reset();
        st.bind(1, personId);
        if (st.step() != SQLITE_ROW)
            return 0;
        if (st.int64(1) == 0)
            return st.int64(0);
        personId = st.int64(1);
    }
    return personId;
}

QList<QuoteEntry> EntityQueries::quotes(const char *where, qint64 id) const
{
    QList<QuoteEntry> out;
    sqlite3 *db = m_archive.handle();
    if (!db)
        return out;
    const QByteArray sql =
        QByteArray("SELECT q.id, q.article_id, a.title, s.name, a.published_utc, q.text, q.kind, "
                   "q.start, q.end, q.speaker_id, p.name FROM quotes q JOIN articles a ON a.id = "
                   "q.article_id LEFT JOIN sources s ON s.id = a.source_id LEFT JOIN people p ON "
                   "p.id = q.speaker_id WHERE ") +
        where + " ORDER BY a.published_utc IS NULL, a.published_utc, q.article_id, q.start";
    SqliteStatement st(db, sql.constData());
    st.bind(1, id);
    while (st.step() == SQLITE_ROW) {
        QuoteEntry q;
        q.id = st.int64(0);
        q.articleId = st.int64(1);
        q.articleTitle = st.text(2);
        q.source = st.text(3);
        q.published = fromIso(st.text(4));
        q.text = st.text(5);
        q.kind = st.text(6) == QLatin1String("indirect") ? analysis::QuoteKind::Indirect
                                                         : analysis::QuoteKind::Direct;
        q.start = st.int64(7);
        q.end = st.int64(8);
        q.speakerId = st.int64(9);
        q.speaker = st.text(10);
        out << q;
    }
    return out;
}

QList<QuoteEntry> EntityQueries::quotesBy(qint64 personId) const
{
    return quotes("q.speaker_id = ?1", personId);
}

QList<QuoteEntry> EntityQueries::quotesByOfficialsOf(qint64 institutionId) const
{
    return quotes("q.speaker_id IN (SELECT person_id FROM positions WHERE institution_id = ?1)",
                  institutionId);
}

QList<ArticleSummary> EntityQueries::articles(const char *where, qint64 id) const
{
    QList<ArticleSummary> out;
    sqlite3 *db = m_archive.handle();
    if (!db)
        return out;
    const QByteArray sql = QByteArray("SELECT a.id, a.title, s.name, a.published_utc, "
                                      "a.imported_at FROM articles a LEFT JOIN sources s ON s.id "
                                      "= a.source_id WHERE a.id IN (") +
                           where + ") ORDER BY a.published_utc IS NULL, a.published_utc DESC";
    SqliteStatement st(db, sql.constData());
    st.bind(1, id);
    while (st.step() == SQLITE_ROW) {
        ArticleSummary row;
        row.id = st.int64(0);
        row.title = st.text(1);
        row.source = st.text(2);
        row.published = fromIso(st.text(3));
        row.importedAt = fromIso(st.text(4));
        out << row;
    }
    return out;
}

QList<ArticleSummary> EntityQueries::articlesOfPerson(qint64 personId) const
{
    return articles("SELECT article_id FROM article_people WHERE person_id = ?1", personId);
}

QList<ArticleSummary> EntityQueries::articlesOfInstitution(qint64 institutionId) const
{
    return articles("SELECT article_id FROM article_institutions WHERE institution_id = ?1",
                    institutionId);
}

ArticleEntities EntityQueries::entitiesOf(qint64 articleId) const
{
    ArticleEntities out;
    sqlite3 *db = m_archive.handle();
    if (!db)
        return out;
    SqliteStatement people(db, "SELECT p.name, p.id FROM article_people ap JOIN people p ON "
                               "p.id = ap.person_id WHERE ap.article_id = ?1");
    people.bind(1, articleId);
    while (people.step() == SQLITE_ROW)
        out.people.insert(people.text(0), people.int64(1));
    SqliteStatement institutions(db, "SELECT i.name, i.id FROM article_institutions ai JOIN "
                                     "institutions i ON i.id = ai.institution_id WHERE "
                                     "ai.article_id = ?1");
    institutions.bind(1, articleId);
    while (institutions.step() == SQLITE_ROW)
        out.institutions.insert(institutions.text(0), institutions.int64(1));
    return out;
}

qint64 EntityQueries::quoteAt(qint64 articleId, qsizetype start, qsizetype end) const
{
    sqlite3 *db = m_archive.handle();
    if (!db)
        return 0;
    SqliteStatement st(
        db, "SELECT id FROM quotes WHERE article_id = ?1 AND start = ?2 AND end = ?3 LIMIT 1");
    st.bind(1, articleId);
    st.bind(2, qint64(start));
    st.bind(3, qint64(end));
    return st.step() == SQLITE_ROW ? st.int64(0) : 0;
}

} // namespace kliping::archive
