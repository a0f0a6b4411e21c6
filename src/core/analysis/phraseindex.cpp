#include "phraseindex.h"

#include "text/textfolding.h"

namespace kliping::analysis {

void PhraseIndex::add(const QString &phrase, int entry)
{
    const QStringList words = phrase.split(u' ', Qt::SkipEmptyParts);
    QString key;
    for (const QString &w : words)
        key += text::compactKey(w);
    if (key.isEmpty() || m_byKey.contains(key))
        return;
    m_byKey.insert(key, entry);
    for (qsizetype i = 1; i <= key.size(); ++i)
        m_prefixes.insert(key.left(i));
    m_maxWords = qMax(m_maxWords, int(words.size()) + 2);
}

PhraseMatch PhraseIndex::longest(const QList<QString> &tokenKeys, qsizetype i, qsizetype end) const
{
    PhraseMatch best;
    if (end < 0 || end > tokenKeys.size())
        end = tokenKeys.size();
    if (i >= end || tokenKeys.at(i).isEmpty())
        return best;
    QString key;
    for (qsizetype j = i; j < end && j - i < 2 * qsizetype(m_maxWords); ++j) {
        const QString &k = tokenKeys.at(j);
        if (k.isEmpty())
            break; // punctuation other than a comma ends a phrase
        if (k == QLatin1String(",")) {
            if (j == i)
                break;
            continue; // "Badan Meteorologi, Klimatologi, dan Geofisika"
        }
        key += k;
        if (!m_prefixes.contains(key))
            break;
        const auto it = m_byKey.constFind(key);
        if (it != m_byKey.constEnd())
            best = {*it, int(j - i + 1)};
    }
    return best;
}

} // namespace kliping::analysis
