// Finds direct quotes (every kind of quotation mark, paired by alternation so that Kompas'
// ” … ” works; quotes over several paragraphs; interrupted quotes) and indirect statements
// ("X menyatakan [bahwa] …", "Menurut X, …"), and attributes each to a speaker with a sieve of
// rules run in order: trailing cue ("…," kata X), -nya and pronouns (the last speaker), lead-in
// ("X mengatakan, “…”"), quote-only paragraphs (the previous speaker), back-references ("Hal
// itu disampaikan X"). Role-only speakers resolve through the office-holder map built by the
// PersonFinder. Quoted titles and terms ("Zona Integritas") are not quotes. An unresolved
// speaker stays empty.
#pragma once

#include "analysis.h"
#include "mentions.h"

#include <QList>

namespace kliping::analysis {

class ArticleText;
class Lexicon;

class QuoteFinder {
public:
    explicit QuoteFinder(const Lexicon &lexicon);

    QList<Quote> find(const ArticleText &text, const QList<PersonMention> &people,
                      const QList<Person> &persons, const QList<InstitutionMention> &institutions,
                      const QList<int> &institutionEntity,
                      const QList<Institution> &institutionList) const;

private:
    const Lexicon &m_lexicon;
};

} // namespace kliping::analysis
