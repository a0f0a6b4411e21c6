// Decides which person of the archive a person found in one article is: the same name (or a
// misspelling, an old spelling, an alias) is the same person, unless what is known of them
// conflicts — a police officer and a regent who share a name are two people. Follows merges made
// by the user. Works on the archive's own connection, inside its write transaction.
#pragma once

#include "analysis/analysis.h"
#include "sqlitestatement.h"

#include <QSet>
#include <QString>
#include <QStringList>

namespace kliping::archive {

class PersonResolver {
public:
    explicit PersonResolver(StatementCache &statements)
        : m_statements(statements)
    {
    }

    // The person's id (created when new; -1 on a database error). institutionKinds: the kinds
    // (police, government, ...) of the institutions the article gives the person positions in.
    qint64 resolve(const analysis::Person &person, const QSet<QString> &institutionKinds);

    // Indexes the words of a name (as written and in new spelling) under the person
    // (person_words: prefixes and the way from a word to its people), and the spelling keys of
    // a word new to the archive (name_word_keys), so that misspellings find the person.
    bool indexName(qint64 personId, const QString &name);
    // Stores the spelling keys of one word of person_words.
    bool indexWord(const QString &word);
    // The people (before merges) one of whose name words has one of the spelling keys of ?1, a
    // JSON array (jsonText): key by key in its order, each key's people by id.
    static const char *const kPeopleBySpellingKeys;
    // Follows merged_into to the person a merged one became.
    qint64 current(qint64 personId) const;

    // Keys under which a folded name word is found: itself in new spelling and, for long words,
    // with each letter deleted (two words one edit apart always share one).
    static QStringList spellingKeys(const QString &word);

private:
    // People with this name or alias, in the order found.
    QList<qint64> exactCandidates(const analysis::Person &person) const;
    // People one spelling slip away (same name), then those whose name holds this one or is
    // held in it (part), leaving out the exact ones.
    QList<qint64> spellingCandidates(const analysis::Person &person,
                                     const QList<qint64> &exact) const;
    bool conflicts(qint64 personId, const QSet<QString> &institutionKinds) const;
    enum class NameFit { None, Same, Part };
    NameFit nameFit(qint64 personId, const QStringList &words) const;
    bool upgradeName(qint64 personId, const QString &name);

    StatementCache &m_statements;
};

} // namespace kliping::archive
