#include "gluedwordsplitter.h"

#include "spelldictionary.h"

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

} // namespace kliping::text
