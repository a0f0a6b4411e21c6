#include "peopledirectory.h"

#include "analysis/namematcher.h"
#include "sqlitestatement.h"

#include <QHash>

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
    // Names and aliases are few next to articles (thousands): scanning them is fast and lets
    // misspellings match, which an index on prefixes could not.
    SqliteStatement st(db, "SELECT p.id, p.name, p.name FROM people p UNION ALL "
                           "SELECT a.person_id, p.name, a.alias FROM person_aliases a "
                           "JOIN people p ON p.id = a.person_id");
    QHash<qint64, PersonMatch> best;
    while (st.step() == SQLITE_ROW) {
        const double score = fit(typed, analysis::NameMatcher::words(st.text(2)));
        if (score <= 0)
            continue;
        const qint64 id = st.int64(0);
        auto it = best.find(id);
        if (it == best.end() || it->score < score)
            best.insert(id, PersonMatch{id, st.text(1), st.text(2), score, 0});
    }
    matches = best.values();
    SqliteStatement count(db, "SELECT count(*) FROM quotes WHERE speaker_id = ?1");
    for (PersonMatch &m : matches) {
        count.reset();
        count.bind(1, m.id);
        if (count.step() == SQLITE_ROW)
            m.quotes = int(count.int64(0));
    }
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

} // namespace kliping::archive
