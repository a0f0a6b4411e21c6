// What the finders hand to each other: spans of tokens that name an institution, a place or a
// person, before the mentions are merged into the article's people and institutions.
#pragma once

#include <QString>
#include <QStringList>

namespace kliping::analysis {

struct InstitutionMention {
    int first = 0;
    int end = 0;          // exclusive token index
    QString name;         // canonical name
    QString acronym;
    QString kind;
    QString parent;
    QString type;         // institution type, when the name is built from one (Polres, Pemkot)
    QStringList aliases;  // other names of the same institution (long forms, as written)
    bool generic = false; // a bare type word ("Kejaksaan", "DPRD") standing for a named one
    bool place = false;   // a place ("Kota Tangerang"), not an institution
};

struct PersonMention {
    int first = 0;      // whole span: role, institution, rank, honorifics, name, degrees
    int end = 0;
    int nameFirst = -1; // the name alone, -1 for a role-only or pronoun mention
    int nameEnd = -1;
    QString name;         // name as written, without titles
    QStringList aliases;  // other forms given at this mention ("alias Pablo", "(FJ)")
    QStringList titles;   // ranks, honorifics, degrees
    QString roleTitle;    // e.g. "Kapolres Metro Tangerang Kota"
    QString roleKey;      // canonical role + institution, for the office-holder map
    QString roleBase;     // canonical role alone ("Kapolres", "Wali Kota")
    QString institution;  // canonical institution of the role
    bool anchored = false; // introduced by a role, rank or honorific (not just a capitalised word)
    bool pronoun = false;
    int person = -1;      // index into the article's people once resolved
};

} // namespace kliping::analysis
