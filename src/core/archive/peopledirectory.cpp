#include "peopledirectory.h"

#include "analysis/namematcher.h"
#include "personresolver.h"
#include "sqlitestatement.h"
#include "storedvalues.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

#include <algorithm>

namespace kliping::archive {

namespace {

// How well the typed words fit a name: all typed words found as whole words (or as the start of
// the last one, while typing), allowing spelling variants and one-letter slips in long words.
double fit(const QStringList &typed, const QStringList &name)
{
    if (typed.isEmpty() || name.isEmpty())
        return 0;
    if (typed == name)
        return 1.0;
    int exact = 0, variant = 0;
    for (qsizetype i = 0; i < typed.size(); ++i) {
        const QString &t = typed.at(i);
        const bool last = i + 1 == typed.size();
        bool found = false;
        for (const QString &w : name) {
            if (w == t) {
                ++exact;
                found = true;
                break;
            }
            if ((last && t.size() >= 2 && w.startsWith(t)) ||
                analysis::NameMatcher::sameWord(t, w)) {
                ++variant;
                found = true;
                break;
            }
        }
        if (!found)
            return 0;
    }
    // Whole-name variants ("Sacrudin" for "Sachrudin") rank just below exact names.
    const double coverage = double(typed.size()) / name.size();
    return 0.5 + 0.3 * coverage + 0.15 * exact / typed.size() - 0.05 * variant / typed.size();
}

} // namespace

QList<PersonMatch> PeopleDirectory::find(const QString &text, int limit) const
{
    const QStringList typed = analysis::NameMatcher::words(text);
    QList<PersonMatch> matches;
    sqlite3 *db = m_archive.handle();
    if (typed.isEmpty() || !db)
        return matches;
    // Candidates come from the spelling keys (name_word_keys: each name word and its one-letter
    // deletions, leading to people through person_words): every typed word must find the person,
    // the last one also as the prefix of a name word (person_words) while the user is still typing.
    // Only the candidates' names are then compared word by word.
    QSet<qint64> candidates;
    SqliteStatement exact(db, PersonResolver::kPeopleBySpellingKeys);
    SqliteStatement prefix(db, "SELECT person_id FROM person_words WHERE word >= ?1 AND word < ?2");
    for (qsizetype i = 0; i < typed.size(); ++i) {
        QSet<qint64> found;
        exact.reset();
        exact.bind(1, jsonText(PersonResolver::spellingKeys(typed.at(i))));
        while (exact.step() == SQLITE_ROW)
            found.insert(exact.int64(0));
        if (i + 1 == typed.size() && typed.at(i).size() >= 2) {
            prefix.reset();
            prefix.bind(1, typed.at(i));
            prefix.bind(2, typed.at(i) + QChar(0xFFFF));
            while (prefix.step() == SQLITE_ROW)
                found.insert(prefix.int64(0));
        }
        candidates = i == 0 ? found : candidates.intersect(found);
        if (candidates.isEmpty())
            return matches;
    }
    // A merged person's names lead to whom they became.
    SqliteStatement names(db, "SELECT coalesce(t.id, p.id), coalesce(t.name, p.name), p.name, "
                              "coalesce(t.quote_count, p.quote_count) FROM people p LEFT JOIN "
                              "people t ON t.id = p.merged_into WHERE p.id = ?1 UNION ALL SELECT "
                              "coalesce(t.id, p.id), coalesce(t.name, p.name), a.alias, "
                              "coalesce(t.quote_count, p.quote_count) FROM person_aliases a JOIN "
                              "people p ON p.id = a.person_id LEFT JOIN people t ON t.id = "
                              "p.merged_into WHERE a.person_id = ?1");
    QHash<qint64, PersonMatch> best;
    for (const qint64 candidate : std::as_const(candidates)) {
        names.reset();
        names.bind(1, candidate);
        while (names.step() == SQLITE_ROW) {
            const double score = fit(typed, analysis::NameMatcher::words(names.text(2)));
            if (score <= 0)
                continue;
            const qint64 id = names.int64(0);
            auto it = best.find(id);
            if (it == best.end() || it->score < score)
                best.insert(
                    id, PersonMatch{id, names.text(1), names.text(2), score, int(names.int64(3))});
        }
    }
    matches = best.values();
    std::sort(matches.begin(), matches.end(), [](const PersonMatch &a, const PersonMatch &b) {
        if (a.score != b.score)
            return a.score > b.score;
        if (a.quotes != b.quotes)
            return a.quotes > b.quotes;
        return a.name < b.name;
    });
    if (matches.size() > limit)
        matches.resize(limit);
    return matches;
}

QList<qint64> PeopleDirectory::ids(const QString &text) const
{
    QList<qint64> out;
    const QList<PersonMatch> matches = find(text, 1000);
    if (matches.isEmpty())
        return out;
    // Exact (or whole-name variant) matches exclude looser ones: "Budi" alone means every Budi,
    // but "Budi Santoso" means him, not also Budi Hartono.
    const double top = matches.first().score;
    for (const PersonMatch &m : matches) {
        if (m.score >= 0.8 || top < 0.8)
            out << m.id;
    }
    return out;
}

std::optional<PersonProfile> PeopleDirectory::profile(qint64 personId) const
{
    sqlite3 *db = m_archive.handle();
    if (!db)
        return std::nullopt;
    PersonProfile p;
    {
        SqliteStatement st(db, "SELECT id, name FROM people WHERE id = ?1");
        st.bind(1, personId);
        if (st.step() != SQLITE_ROW)
            return std::nullopt;
        p.id = st.int64(0);
        p.name = st.text(1);
    }
    SqliteStatement aliases(db,
                            "SELECT alias FROM person_aliases WHERE person_id = ?1 ORDER BY alias");
    aliases.bind(1, personId);
    while (aliases.step() == SQLITE_ROW)
        p.aliases << aliases.text(0);
    SqliteStatement titles(db, "SELECT titles FROM article_people WHERE person_id = ?1");
    titles.bind(1, personId);
    while (titles.step() == SQLITE_ROW) {
        for (const QJsonValue &v : QJsonDocument::fromJson(titles.text(0).toUtf8()).array())
            if (!p.titles.contains(v.toString()))
                p.titles << v.toString();
    }
    SqliteStatement positions(
        db, "SELECT po.title, i.name, min(po.seen_at), max(po.seen_at), count(DISTINCT "
            "po.article_id) FROM positions po LEFT JOIN institutions i ON i.id = po.institution_id "
            "WHERE po.person_id = ?1 GROUP BY po.title_key, po.institution_id "
            "ORDER BY min(po.seen_at) IS NULL, min(po.seen_at)");
    positions.bind(1, personId);
    while (positions.step() == SQLITE_ROW)
        p.positions << PositionSpan{positions.text(0),
                                    positions.text(1),
                                    fromIso(positions.text(2)),
                                    fromIso(positions.text(3)),
                                    int(positions.int64(4)),
                                    p.id,
                                    p.name};
    SqliteStatement counts(db, "SELECT (SELECT count(*) FROM article_people WHERE person_id = ?1), "
                               "(SELECT count(*) FROM quotes WHERE speaker_id = ?1)");
    counts.bind(1, personId);
    if (counts.step() == SQLITE_ROW) {
        p.articles = int(counts.int64(0));
        p.quotes = int(counts.int64(1));
    }
    return p;
}

QList<PositionSpan> PeopleDirectory::holders(const QString &title) const
{
    QList<PositionSpan> spans;
    sqlite3 *db = m_archive.handle();
    if (!db)
        return spans;
    SqliteStatement st(db, "SELECT po.title, i.name, min(po.seen_at), max(po.seen_at), "
                           "count(DISTINCT po.article_id), p.id, p.name FROM positions po "
                           "JOIN people p ON p.id = po.person_id LEFT JOIN institutions i ON "
                           "i.id = po.institution_id WHERE po.title_key = lower(trim(?1)) "
                           "GROUP BY p.id ORDER BY min(po.seen_at) IS NULL, min(po.seen_at)");
    st.bind(1, title.simplified());
    while (st.step() == SQLITE_ROW)
        spans << PositionSpan{st.text(0),          st.text(1),       fromIso(st.text(2)),
                              fromIso(st.text(3)), int(st.int64(4)), st.int64(5),
                              st.text(6)};
    return spans;
}

QList<PersonMatch> PeopleDirectory::all(int limit) const
{
    QList<PersonMatch> people;
    sqlite3 *db = m_archive.handle();
    if (!db)
        return people;
    SqliteStatement st(db, "SELECT p.id, p.name, (SELECT count(*) FROM quotes q WHERE "
                           "q.speaker_id = p.id) AS n FROM people p WHERE p.merged_into IS NULL "
                           "ORDER BY n DESC, p.name LIMIT ?1");
    st.bind(1, limit);
    while (st.step() == SQLITE_ROW)
        people << PersonMatch{st.int64(0), st.text(1), st.text(1), 1.0, int(st.int64(2))};
    return people;
}

} // namespace kliping::archive
