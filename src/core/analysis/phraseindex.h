// Finds the longest lexicon phrase that starts at a token, comparing compact keys (folded
// letters and digits only), so "KemenPAN-RB", "Kemenpan RB" and "KEMENPAN RB" all meet.
#pragma once

#include <QHash>
#include <QList>
#include <QSet>
#include <QString>

namespace kliping::analysis {

struct PhraseMatch {
    int entry = -1; // index of the entry in the owner's table, -1 when nothing matched
    int length = 0; // tokens covered
    bool isValid() const { return entry >= 0; }
};

class PhraseIndex {
public:
    // Adds a phrase (words separated by spaces) for the given entry; the first entry added for a
    // key wins.
    void add(const QString &phrase, int entry);
    // Longest phrase starting at tokenKeys[i]. tokenKeys holds compact keys of words, "," for a
    // comma (which may stand inside a phrase) and an empty string for other punctuation.
    PhraseMatch longest(const QList<QString> &tokenKeys, qsizetype i, qsizetype end = -1) const;
    // The entry whose key is exactly this compact key, or -1.
    int exact(const QString &compactKey) const { return m_byKey.value(compactKey, -1); }
    bool isEmpty() const { return m_byKey.isEmpty(); }

private:
    QHash<QString, int> m_byKey;
    QSet<QString> m_prefixes; // every character prefix of every key
    int m_maxWords = 1;
};

} // namespace kliping::analysis
