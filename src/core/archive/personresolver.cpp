#include "personresolver.h"

#include "analysis/namematcher.h"
#include "sqlitestatement.h"
#include "storedvalues.h"

namespace kliping::archive {

namespace {

// The longest word of a name carries the most information: look candidates up by it.
QString longestWord(const QStringList &words)
{
    QString longest;
    for (const QString &w : words) {
        if (w.size() > longest.size())
            longest = w;
    }
    return longest;
}

} // namespace

const char *const PersonResolver::kPeopleBySpellingKeys =
    "SELECT w.person_id FROM json_each(?1) j JOIN name_word_keys k ON k.key = j.value "
    "JOIN person_words w ON w.word = k.word ORDER BY j.key, w.person_id";

QStringList PersonResolver::spellingKeys(const QString &word)
{
    const QString modern = analysis::NameMatcher::oldSpelling(word);
    QStringList keys{modern};
    if (word != modern)
        keys << word;
    // NameMatcher accepts one edit only in words of six letters or more.
    if (word.size() >= 6) {
        for (const QString &w : {word, modern}) {
            for (qsizetype i = 0; i < w.size(); ++i)
                keys << QString(w).remove(i, 1);
        }
    }
    keys.removeDuplicates();
    return keys;
}

bool PersonResolver::indexName(qint64 personId, const QString &name)
{
    SqliteStatement known(m_statements, "SELECT 1 FROM person_words WHERE word = ?1 LIMIT 1");
    SqliteStatement whole(m_statements,
                          "INSERT OR IGNORE INTO person_words(word, person_id) VALUES (?1, ?2)");
    for (const QString &word : analysis::NameMatcher::words(name)) {
        const QString modern = analysis::NameMatcher::oldSpelling(word);
        for (const QString &form : word == modern ? QStringList{word} : QStringList{word, modern}) {
            // A word new to the archive brings its spelling keys; a known one has them.
            known.reset();
            known.bind(1, form);
            const bool newWord = known.step() != SQLITE_ROW;
            whole.reset();
            whole.bind(1, form);
            whole.bind(2, personId);
            if (whole.step() != SQLITE_DONE || (newWord && !indexWord(form)))
                return false;
        }
    }
    return true;
}

bool PersonResolver::indexWord(const QString &word)
{
    SqliteStatement insert(m_statements,
                           "INSERT OR IGNORE INTO name_word_keys(key, word) VALUES (?1, ?2)");
    for (const QString &key : spellingKeys(word)) {
        insert.reset();
        insert.bind(1, key);
        insert.bind(2, word);
        if (insert.step() != SQLITE_DONE)
            return false;
    }
    return true;
}

qint64 PersonResolver::current(qint64 personId) const
{
    SqliteStatement st(m_statements, "SELECT merged_into FROM people WHERE id = ?1");
    for (int hops = 0; hops < 16; ++hops) { // merges cannot loop, but never trust a file blindly
        st.reset();
        st.bind(1, personId);
        if (st.step() != SQLITE_ROW || st.isNull(0))
            break;
        personId = st.int64(0);
    }
    return personId;
}

QList<qint64> PersonResolver::exactCandidates(const analysis::Person &person) const
{
    QList<qint64> ids;
    // Exact name or alias first.
    SqliteStatement exact(m_statements,
                          "SELECT id FROM people WHERE name_key = ?1 UNION "
                          "SELECT person_id FROM person_aliases WHERE alias_key = ?1");
    for (const QString &name : QStringList{person.name} + person.aliases) {
        exact.reset();
        exact.bind(1, nameKey(name));
        while (exact.step() == SQLITE_ROW) {
            const qint64 id = current(exact.int64(0));
            if (!ids.contains(id))
                ids << id;
        }
    }
    return ids;
}

QList<qint64> PersonResolver::spellingCandidates(const analysis::Person &person,
                                                 const QList<qint64> &exact) const
{
    // People one spelling slip away, verified word by word.
    const QStringList words = analysis::NameMatcher::words(person.name);
    const QString longest = longestWord(words);
    if (longest.isEmpty())
        return {};
    SqliteStatement byKey(m_statements, kPeopleBySpellingKeys);
    QList<qint64> fuzzy, partial;
    // A person sharing the word is found under most of its keys: weigh each one once.
    QSet<qint64> weighed(exact.cbegin(), exact.cend());
    byKey.bind(1, jsonText(spellingKeys(longest)));
    while (byKey.step() == SQLITE_ROW) {
        const qint64 found = byKey.int64(0);
        if (weighed.contains(found))
            continue;
        weighed.insert(found);
        const qint64 id = current(found);
        if (id != found && weighed.contains(id))
            continue;
        weighed.insert(id);
        switch (nameFit(id, words)) {
        case NameFit::Same:
            fuzzy << id;
            break;
        case NameFit::Part:
            partial << id;
            break;
        case NameFit::None:
            break;
        }
    }
    return fuzzy + partial;
}

// Same: one of the person's names is this name (allowing spelling slips). Part: the shorter of
// the two is a run of two or more words of the longer ("Sri Mulyani" in "Sri Mulyani Indrawati");
// one-word names never match by part, "Budi" is too many people.
PersonResolver::NameFit PersonResolver::nameFit(qint64 personId, const QStringList &words) const
{
    SqliteStatement names(m_statements, "SELECT name FROM people WHERE id = ?1 UNION ALL "
                                        "SELECT alias FROM person_aliases WHERE person_id = ?1");
    names.bind(1, personId);
    NameFit fit = NameFit::None;
    while (names.step() == SQLITE_ROW) {
        const QStringList other = analysis::NameMatcher::words(names.text(0));
        if (analysis::NameMatcher::sameName(words, other))
            return NameFit::Same;
        const QStringList &shorter = words.size() < other.size() ? words : other;
        const QStringList &longer = words.size() < other.size() ? other : words;
        if (shorter.size() >= 2 && analysis::NameMatcher::isPartOf(shorter, longer))
            fit = NameFit::Part;
    }
    return fit;
}

// Two people are kept apart when both are known in positions and no kind of institution is
// common to them: a Kapolres and a Bupati named alike are not one person. Officials move
// (Kapolres to Kapolda, Sekda to Bupati), so one shared kind is enough to be the same.
bool PersonResolver::conflicts(qint64 personId, const QSet<QString> &institutionKinds) const
{
    if (institutionKinds.isEmpty())
        return false;
    SqliteStatement st(m_statements,
                       "SELECT DISTINCT i.kind FROM positions po JOIN institutions i ON "
                       "i.id = po.institution_id WHERE po.person_id = ?1 AND i.kind IS NOT NULL");
    st.bind(1, personId);
    bool known = false;
    while (st.step() == SQLITE_ROW) {
        known = true;
        if (institutionKinds.contains(st.text(0)))
            return false;
    }
    return known;
}

// The canonical name is the fullest form seen: "Sri Mulyani Indrawati" over "Sri Mulyani". A
// name the user gave (a rename) is never replaced.
bool PersonResolver::upgradeName(qint64 personId, const QString &name)
{
    const QStringList words = analysis::NameMatcher::words(name);
    SqliteStatement st(m_statements, "SELECT name FROM people WHERE id = ?1");
    st.bind(1, personId);
    if (st.step() != SQLITE_ROW)
        return true;
    const QString current = st.text(0);
    const QStringList currentWords = analysis::NameMatcher::words(current);
    if (words.size() <= currentWords.size() ||
        !analysis::NameMatcher::isPartOf(currentWords, words))
        return true;
    SqliteStatement renamed(m_statements,
                            "SELECT 1 FROM corrections WHERE kind = 'rename' AND undone_at IS NULL "
                            "AND json_extract(payload, '$.person') = ?1");
    renamed.bind(1, personId);
    if (renamed.step() == SQLITE_ROW)
        return true; // the user's name stays
    const QString key = nameKey(name);
    SqliteStatement taken(m_statements, "SELECT 1 FROM people WHERE name_key = ?1 AND id != ?2");
    taken.bind(1, key);
    taken.bind(2, personId);
    if (taken.step() == SQLITE_ROW)
        return true; // another person has that name: leave both as they are
    SqliteStatement update(m_statements,
                           "UPDATE people SET name = ?2, name_key = ?3 WHERE id = ?1");
    update.bind(1, personId);
    update.bind(2, name.simplified());
    update.bind(3, key);
    SqliteStatement alias(m_statements,
                          "INSERT OR IGNORE INTO person_aliases(person_id, alias, alias_key) "
                          "VALUES (?1, ?2, ?3)");
    alias.bind(1, personId);
    alias.bind(2, current);
    alias.bind(3, nameKey(current));
    return update.step() == SQLITE_DONE && alias.step() == SQLITE_DONE;
}

qint64 PersonResolver::resolve(const analysis::Person &person,
                               const QSet<QString> &institutionKinds)
{
    const QString key = nameKey(person.name);
    if (key.isEmpty())
        return 0;
    qint64 id = 0;
    bool created = false;
    // The same name first; people one spelling slip away only when no one of that name fits
    // (most people of an article are known by their name already).
    const QList<qint64> exact = exactCandidates(person);
    for (const qint64 candidate : exact) {
        if (!conflicts(candidate, institutionKinds)) {
            id = candidate;
            break;
        }
    }
    if (!id) {
        for (const qint64 candidate : spellingCandidates(person, exact)) {
            if (!conflicts(candidate, institutionKinds)) {
                id = candidate;
                break;
            }
        }
    }
    if (!id) {
        // A namesake in conflict keeps the plain name key; the newcomer gets a numbered one.
        QString uniqueKey = key;
        SqliteStatement taken(m_statements, "SELECT 1 FROM people WHERE name_key = ?1");
        for (int n = 2;; ++n) {
            taken.reset();
            taken.bind(1, uniqueKey);
            if (taken.step() != SQLITE_ROW)
                break;
            uniqueKey = QStringLiteral("%1 #%2").arg(key).arg(n);
        }
        SqliteStatement insert(m_statements, "INSERT INTO people(name, name_key) VALUES (?1, ?2)");
        insert.bind(1, person.name.simplified());
        insert.bind(2, uniqueKey);
        if (insert.step() != SQLITE_DONE)
            return -1;
        id = sqlite3_last_insert_rowid(m_statements.database());
        created = true;
    }
    if (!upgradeName(id, person.name))
        return -1;
    SqliteStatement alias(m_statements,
                          "INSERT OR IGNORE INTO person_aliases(person_id, alias, alias_key) "
                          "VALUES (?1, ?2, ?3)");
    QStringList names = person.aliases;
    names << person.name;
    for (const QString &a : std::as_const(names)) {
        // A name already the person's, or one of a person merged into them (it leads here
        // through the merge, and must not stay behind if the user undoes the merge).
        SqliteStatement known(m_statements,
                              "SELECT 1 FROM people WHERE id = ?1 AND name_key = ?2 UNION ALL "
                              "SELECT 1 FROM people p LEFT JOIN person_aliases a ON "
                              "a.person_id = p.id WHERE p.merged_into = ?1 AND "
                              "(p.name_key = ?2 OR a.alias_key = ?2)");
        known.bind(1, id);
        known.bind(2, nameKey(a));
        if (known.step() == SQLITE_ROW) {
            // The person's own name: its spelling keys are needed once, when they are new.
            if (created && !indexName(id, a))
                return -1;
            continue;
        }
        alias.reset();
        alias.bind(1, id);
        alias.bind(2, a.simplified());
        alias.bind(3, nameKey(a));
        if (alias.step() != SQLITE_DONE)
            return -1;
        // Only a name new to the person needs its spelling keys.
        if (sqlite3_changes(m_statements.database()) > 0 && !indexName(id, a))
            return -1;
    }
    return id;
}

} // namespace kliping::archive
