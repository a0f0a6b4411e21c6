// Finds the institutions (and places) an article names: known institutions by name, acronym
// or alias ("KPK", "Kemenpan RB"), and names built from an institution type and a place or a
// name ("Polres Metro Tangerang Kota", "Polrestro Tangerang Kota", "Kejaksaan Negeri (Kejari)
// Jember", "Kementerian Dalam Negeri"). Gives each a canonical name, aliases, kind and parent.
#pragma once

#include "analysis.h"
#include "mentions.h"

#include <QList>

namespace kliping::text {
class SpellDictionary;
}

namespace kliping::analysis {

class ArticleText;
class Lexicon;

class InstitutionFinder {
public:
    InstitutionFinder(const Lexicon &lexicon, const text::SpellDictionary *dictionary);

    // Institution and place mentions in token order (no overlaps).
    QList<InstitutionMention> find(const ArticleText &text) const;
    // The mention starting at token i, if any (not stored in the list): used by the person
    // finder to read the institution inside a role ("Kapolres Metro Tangerang Kota").
    bool matchAt(const ArticleText &text, int i, InstitutionMention *out) const;
    // Place name at token i: "Tangerang Kota", "Jawa Barat", "Kota Bandung"; returns tokens used.
    int matchPlace(const ArticleText &text, int i, bool anyCapitalised, QString *canonical = nullptr) const;
    // A name built from a type and the rest ("Polres" + "Metro Tangerang Kota").
    InstitutionMention fromType(int typeIndex, const QString &rest, const QString &restCanonical) const;

    // Merges mentions into the article's institutions (generic ones resolved to the single
    // named institution of their type, or dropped); sets the index of each mention's entity.
    QList<Institution> merge(QList<InstitutionMention> &mentions, QList<int> *entityOfMention) const;

private:
    bool isNameWord(const ArticleText &text, int i) const;
    const Lexicon &m_lexicon;
    const text::SpellDictionary *m_dictionary;
};

} // namespace kliping::analysis
