// Finds the longest lexicon phrase that starts at a token, comparing compact keys (folded
// letters and digits only), so "KemenPAN-RB", "Kemenpan RB" and "KEMENPAN RB" all meet.
//
// The keys are kept in a trie of their characters: a walk from a token stops at the first
// character no key continues with, which for most words of a text is their first or second.
// (Hashing each token, and each run of tokens, to look it up in a set of every key prefix was a
// third of the analysis' time.)
#pragma once

#include <QHash>
#include <QList>
#include <QString>

#include <array>
#include <vector>

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
    struct Node {
        int entry = -1;      // the entry whose key ends here
        int firstChild = -1; // children in a chain, ordered by character
        int nextSibling = -1;
        int children = 0;
        int table = -1; // with many children: their ASCII ones in m_tables[table]
        char16_t c = 0;
    };
    static constexpr int kTableFrom = 6; // children from which a node gets a table
    // The child of node for character c, or -1.
    int child(int node, char16_t c) const;
    // The node reached from node by the characters of key, or -1.
    int walk(int node, const QString &key) const;

    QHash<QString, int> m_byKey;
    std::vector<Node> m_nodes{Node{}}; // m_nodes[0] is the root
    std::vector<std::array<int, 128>> m_tables;
    int m_maxWords = 1;
};

} // namespace kliping::analysis
