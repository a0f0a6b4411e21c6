// Repairs words glued together when a page lost a space ("menegaskantidak" -> "menegaskan" +
// "tidak"): a lower-case word the dictionary does not know is split only where exactly one
// split gives two dictionary words. Words the caller protects (lexicon entries such as
// Kapolres, Walikota, Polrestro; names) are never split. Only offsets are returned: the text
// stays as it is.
#pragma once

#include <QStringView>

#include <functional>

namespace kliping::text {

class SpellDictionary;

class GluedWordSplitter {
public:
    explicit GluedWordSplitter(const SpellDictionary &dictionary);

    // The offset inside word where the second word starts, or -1 when the word is left alone.
    qsizetype splitPoint(QStringView word,
                         const std::function<bool(QStringView)> &isProtected = {}) const;

    // For a capitalised word glued to a following verb ("Mulyadidiketahui" -> "Mulyadi" +
    // "diketahui"): the offset of the longest dictionary tail of six letters or more that starts
    // with a verb prefix (di-, me-, ber-, ter-), when the head is not itself a word; else -1.
    qsizetype nameTailSplitPoint(QStringView word,
                                 const std::function<bool(QStringView)> &isProtected = {}) const;

    const SpellDictionary &dictionary() const { return m_dictionary; }

private:
    // The one split of an unknown word into two dictionary words; -1 when none or several.
    qsizetype dictionarySplitPoint(QStringView word) const;

    const SpellDictionary &m_dictionary;
};

} // namespace kliping::text
