#include "institutiondirectory.h"

#include "sqlitestatement.h"
#include "text/textfolding.h"
#include "storedvalues.h"


namespace kliping::archive {

namespace {

constexpr const char *kSummaryColumns =
    "SELECT i.id, i.name, i.acronym, i.kind, p.name, (SELECT count(*) FROM article_institutions "
    "ai WHERE ai.institution_id = i.id) AS n FROM institutions i LEFT JOIN institutions p ON "
    "p.id = i.parent_id";

InstitutionSummary readSummary(const SqliteStatement &st)
{
    return InstitutionSummary{st.int64(0), st.text(1), st.text(2), st.text(3), st.text(4),
                              int(st.int64(5))};
}

} // namespace

QList<InstitutionSummary> InstitutionDirectory::find(const QString &text, int limit) const
{
    QList<InstitutionSummary> out;
    sqlite3 *db = m_archive.handle();
    if (!db)
        return out;
    const QStringList words = text::fold(text).split(u' ', Qt::SkipEmptyParts);
    SqliteStatement st(db, (QByteArray(kSummaryColumns) + " ORDER BY n DESC, i.name").constData());
    SqliteStatement aliases(db, "SELECT alias_key FROM institution_aliases WHERE institution_id = ?1");
    while (st.step() == SQLITE_ROW && out.size() < limit) {
        if (!words.isEmpty()) {
            QString haystack = text::fold(st.text(1) + u' ' + st.text(2));
            aliases.reset();
            aliases.bind(1, st.int64(0));
            while (aliases.step() == SQLITE_ROW)
                haystack += u' ' + text::fold(aliases.text(0));
            if (!std::all_of(words.cbegin(), words.cend(),
                             [&](const QString &w) { return haystack.contains(w); }))
                continue;
        }
        out << readSummary(st);
    }
    return out;
}

std::optional<InstitutionProfile> InstitutionDirectory::profile(qint64 id) const
{
    sqlite3 *db = m_archive.handle();
    if (!db)
        return std::nullopt;
    InstitutionProfile p;
    {
        SqliteStatement st(db, (QByteArray(kSummaryColumns) + " WHERE i.id = ?1").constData());
        st.bind(1, id);
        if (st.step() != SQLITE_ROW)
            return std::nullopt;
        p.institution = readSummary(st);
    }
    SqliteStatement aliases(db, "SELECT alias FROM institution_aliases WHERE institution_id = ?1 "
                                "ORDER BY alias");
    aliases.bind(1, id);
    while (aliases.step() == SQLITE_ROW)
        p.aliases << aliases.text(0);
    SqliteStatement children(
        db, (QByteArray(kSummaryColumns) + " WHERE i.parent_id = ?1 ORDER BY i.name").constData());
    children.bind(1, id);
    while (children.step() == SQLITE_ROW)
        p.children << readSummary(children);
    SqliteStatement officials(
        db, "SELECT po.title, ?2, min(po.seen_at), max(po.seen_at), count(DISTINCT po.article_id), "
            "pe.id, pe.name FROM positions po JOIN people pe ON pe.id = po.person_id WHERE "
            "po.institution_id = ?1 GROUP BY pe.id, po.title_key ORDER BY min(po.seen_at) IS NULL, "
            "min(po.seen_at)");
    officials.bind(1, id);
    officials.bind(2, p.institution.name);
    while (officials.step() == SQLITE_ROW)
        p.officials << PositionSpan{officials.text(0), officials.text(1), fromIso(officials.text(2)),
                                    fromIso(officials.text(3)), int(officials.int64(4)),
                                    officials.int64(5), officials.text(6)};
    return p;
}

} // namespace kliping::archive
