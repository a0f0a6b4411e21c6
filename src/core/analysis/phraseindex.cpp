#include "phraseindex.h"

#include "text/textfolding.h"

namespace kliping::analysis {

int PhraseIndex::child(int node, char16_t c) const
{
    const Node &parent = m_nodes[size_t(node)];
    if (parent.table >= 0 && c < 128)
        return m_tables[size_t(parent.table)][c];
    for (int n = parent.firstChild; n >= 0; n = m_nodes[size_t(n)].nextSibling) {
        const char16_t nc = m_nodes[size_t(n)].c;
        if (nc == c)
            return n;
        if (nc > c)
            break;
    }
    return -1;
}

int PhraseIndex::walk(int node, const QString &key) const
{
    for (const QChar ch : key) {
        node = child(node, ch.unicode());
        if (node < 0)
            return -1;
    }
    return node;
}

void PhraseIndex::add(const QString &phrase, int entry)
{
    const QStringList words = phrase.split(u' ', Qt::SkipEmptyParts);
    QString key;
    for (const QString &w : words)
        key += text::compactKey(w);
    if (key.isEmpty() || m_byKey.contains(key))
        return;
    m_byKey.insert(key, entry);
    int node = 0;
    for (const QChar ch : key) {
        const char16_t c = ch.unicode();
        int next = child(node, c);
        if (next < 0) {
            next = int(m_nodes.size());
            Node added;
            added.c = c;
            // Keep the chain ordered by character.
            int before = -1;
            int after = m_nodes[size_t(node)].firstChild;
            while (after >= 0 && m_nodes[size_t(after)].c < c) {
                before = after;
                after = m_nodes[size_t(after)].nextSibling;
            }
            added.nextSibling = after;
            m_nodes.push_back(added);
            if (before < 0)
                m_nodes[size_t(node)].firstChild = next;
            else
                m_nodes[size_t(before)].nextSibling = next;
            Node &parent = m_nodes[size_t(node)];
            if (++parent.children == kTableFrom) {
                parent.table = int(m_tables.size());
                std::array<int, 128> table;
                table.fill(-1);
                for (int n = parent.firstChild; n >= 0; n = m_nodes[size_t(n)].nextSibling) {
                    if (m_nodes[size_t(n)].c < 128)
                        table[m_nodes[size_t(n)].c] = n;
                }
                m_tables.push_back(table);
            } else if (parent.table >= 0 && c < 128) {
                m_tables[size_t(parent.table)][c] = next;
            }
        }
        node = next;
    }
    m_nodes[size_t(node)].entry = entry;
    m_maxWords = qMax(m_maxWords, int(words.size()) + 2);
}

PhraseMatch PhraseIndex::longest(const QList<QString> &tokenKeys, qsizetype i, qsizetype end) const
{
    PhraseMatch best;
    if (end < 0 || end > tokenKeys.size())
        end = tokenKeys.size();
    if (i >= end || tokenKeys.at(i).isEmpty())
        return best;
    int node = 0;
    for (qsizetype j = i; j < end && j - i < 2 * qsizetype(m_maxWords); ++j) {
        const QString &k = tokenKeys.at(j);
        if (k.isEmpty())
            break; // punctuation other than a comma ends a phrase
        if (k == QLatin1String(",")) {
            if (j == i)
                break;
            continue; // "Badan Meteorologi, Klimatologi, dan Geofisika"
        }
        node = walk(node, k);
        if (node < 0)
            break; // no key goes on with this word
        if (const int entry = m_nodes[size_t(node)].entry; entry >= 0)
            best = {entry, int(j - i + 1)};
    }
    return best;
}

} // namespace kliping::analysis
