#include "gluedwordsplitter.h"

#include "spelldictionary.h"

#include <QHash>

namespace kliping::text {

namespace {

constexpr qsizetype minimumLength = 7; // shorter unknown words are names or slang, not glue
constexpr qsizetype minimumPart = 2;

} // namespace

GluedWordSplitter::GluedWordSplitter(const SpellDictionary &dictionary)
    : m_dictionary(dictionary)
{
}

qsizetype GluedWordSplitter::splitPoint(QStringView word,
                                        const std::function<bool(QStringView)> &isProtected) const
{
    if (word.size() < minimumLength || !m_dictionary.isValid())
        return -1;
    for (QChar c : word) {
        if (!c.isLetter() || !c.isLower())
            return -1;
    }
    if (isProtected && isProtected(word))
        return -1;
    if (m_dictionary.contains(word))
        return -1;
    // Trying every split asks the dictionary about twice as many halves as the word has letters
    // (and fills its caches with them): each thread works out an unknown word's split once.
    struct Splits {
        quint64 dictionary = 0;
        QHash<QString, qsizetype> at;
    };
    thread_local Splits splits;
    if (splits.dictionary != m_dictionary.serial()) {
        splits.dictionary = m_dictionary.serial();
        splits.at.clear();
    }
    QString key = word.toString();
    if (const auto known = splits.at.constFind(key); known != splits.at.cend())
        return *known;
    if (splits.at.size() >= 20000)
        splits.at.clear();
    const qsizetype found = dictionarySplitPoint(word);
    splits.at.insert(std::move(key), found);
    return found;
}

qsizetype GluedWordSplitter::dictionarySplitPoint(QStringView word) const
{
    qsizetype found = -1;
    for (qsizetype i = minimumPart; i <= word.size() - minimumPart; ++i) {
        const QStringView left = word.left(i);
        const QStringView right = word.mid(i);
        if (m_dictionary.contains(left) && m_dictionary.contains(right)) {
            if (found >= 0)
                return -1; // more than one way to read it: leave it alone
            found = i;
        }
    }
    return found;
}

qsizetype
GluedWordSplitter::nameTailSplitPoint(QStringView word,
                                      const std::function<bool(QStringView)> &isProtected) const
{
    if (word.size() < 9 || !m_dictionary.isValid() || !word.front().isUpper())
        return -1;
    for (qsizetype i = 1; i < word.size(); ++i) {
        if (!word.at(i).isLetter() || !word.at(i).isLower())
            return -1;
    }
    if (isProtected && isProtected(word))
        return -1;
    if (m_dictionary.contains(word) || m_dictionary.contains(word.toString().toLower()))
        return -1;
    static const char16_t *prefixes[] = {u"di", u"me", u"ber", u"ter", u"mem", u"men"};
    for (qsizetype i = 3; i + 6 <= word.size(); ++i) {
        const QStringView tail = word.mid(i);
        bool verbal = false;
        for (const char16_t *p : prefixes)
            verbal = verbal || tail.startsWith(QStringView(p));
        if (verbal && m_dictionary.contains(tail))
            return i; // the longest tail comes first
    }
    return -1;
}

} // namespace kliping::text
