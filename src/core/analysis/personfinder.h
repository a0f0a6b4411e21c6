// Finds the people an article names and binds them to their positions. Span grammar:
//   [Plt|Wakil] ROLE [INSTITUTION|PLACE] [RANK [Pol|TNI|corps]] [HONORIFIC]* NAME [, DEGREE]*
//   NAME , ROLE [INSTITUTION]            (apposition: "H Sachrudin, Wakil Walikota Tangerang")
//   ROLE [INSTITUTION]                   (role only: resolved through the office-holder map)
// plus bare names next to a speech verb ("kata Farhan", "Farhan mengatakan") and later short
// or misspelt forms of a name already seen (Farhan, Sacrudin).
#pragma once

#include "analysis.h"
#include "mentions.h"

#include <QHash>
#include <QList>
#include <QStringList>

namespace kliping::text {
class SpellDictionary;
}

namespace kliping::analysis {

class ArticleText;
class Lexicon;
class InstitutionFinder;

class PersonFinder {
public:
    PersonFinder(const Lexicon &lexicon, const InstitutionFinder &institutions,
                 const text::SpellDictionary *dictionary);

    // Person mentions in token order, resolved to people (PersonMention::person). Names in
    // excluded (the writer, the editor, the outlet) are not people of the article.
    QList<PersonMention> find(const ArticleText &text,
                              const QList<InstitutionMention> &institutions,
                              const QStringList &excluded, QList<Person> *people) const;
    // Reads a person span starting at token i ("Kapolres Metro Tangerang Kota", "Kombes Zain").
    bool parseAt(const ArticleText &text, int i, PersonMention *out) const;

private:
    bool isNameToken(const ArticleText &text, int i, bool first) const;
    bool nameToken(const ArticleText &text, int i, bool first) const; // isNameToken, worked out
    bool isCommonWord(const ArticleText &text, int i) const;
    int readName(const ArticleText &text, int i) const;
    int nameStart(const ArticleText &text, int first, int end) const;
    int readRole(const ArticleText &text, int i, PersonMention *m) const;
    bool seenApart(const ArticleText &text, int i) const;
    bool beginsName(const ArticleText &text, int i) const;

    const Lexicon &m_lexicon;
    const InstitutionFinder &m_institutions;
    const text::SpellDictionary *m_dictionary;
};

} // namespace kliping::analysis
