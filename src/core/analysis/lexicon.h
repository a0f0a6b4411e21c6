// The language knowledge of the analysis, read from resources/lexicon/*.tsv (documented in
// docs/lexicon.md): ranks, honorifics and degrees, positions and how role acronyms compose,
// institution types and known institutions, places, speech verbs and words that are never
// names. Loaded once and then shared read-only between threads. A user file adds entries
// without a rebuild: the same columns as the built-in file, after a first column naming it
// (ranks, honorifics, positions, role-prefixes, institution-types, institutions, places,
// speech-verbs, not-names, given-names, generic-institutions, rank-suffixes).
#pragma once

#include "phraseindex.h"

#include <QHash>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

#include <memory>

namespace kliping::analysis {

struct RankInfo {
    QString canonical; // short form, e.g. "Kombes"
    QString service;   // police, army, navy, airforce, military
};

enum class HonorificKind { Prefix, Address, Degree };

struct HonorificInfo {
    QString form;
    QString meaning;
    HonorificKind kind = HonorificKind::Prefix;
};

struct PositionInfo {
    QString title;    // canonical title, e.g. "Wali Kota" for "Walikota"
    QString longForm; // "Kepala Kepolisian Resor"
    QString heads;    // institution type or acronym the position heads, or empty
};

struct RolePrefixInfo {
    QString prefix;     // "Ka", "Dan", "Plt", "Wakil"
    QString meaning;    // "Kepala"
    QString unitPrefix; // letters to put back before the unit ("Ko" for Dan+dim = Kodim)
    QString prefixKey;  // the two folded, computed once: composeRole runs for every word
    QString unitKey;
};

struct InstitutionTypeInfo {
    QString type;     // canonical type, e.g. "Polres Metro"
    QString longForm; // "Kepolisian Resor Metropolitan"
    QString kind;     // police, government, ministry, ...
    QString parent;   // type one level up, or empty
};

struct KnownInstitution {
    QString name;
    QString acronym;
    QString kind;
    QString parent;
    QStringList aliases;
};

struct PlaceInfo {
    QString name;
    QString kind;      // province, city, regency, region
    QString canonical; // full name for a short form (Jatim -> Jawa Timur)
};

enum class SpeechUse { None, Cue, LeadIn, Passive, Menurut };

class Lexicon {
public:
    // Loads the built-in files, then userFile when given. Problems are collected in errors().
    explicit Lexicon(const QString &userFile = {});

    // The built-in lexicon, loaded on first use (thread-safe).
    static std::shared_ptr<const Lexicon> builtIn();

    // Phrase matchers over compact token keys (see PhraseIndex).
    PhraseMatch matchRank(const QList<QString> &keys, qsizetype i) const { return m_rankIndex.longest(keys, i); }
    PhraseMatch matchHonorific(const QList<QString> &keys, qsizetype i) const { return m_honorificIndex.longest(keys, i); }
    PhraseMatch matchPosition(const QList<QString> &keys, qsizetype i) const { return m_positionIndex.longest(keys, i); }
    PhraseMatch matchInstitutionType(const QList<QString> &keys, qsizetype i) const { return m_typeIndex.longest(keys, i); }
    PhraseMatch matchInstitution(const QList<QString> &keys, qsizetype i) const { return m_institutionIndex.longest(keys, i); }
    PhraseMatch matchPlace(const QList<QString> &keys, qsizetype i) const { return m_placeIndex.longest(keys, i); }

    const RankInfo &rank(int i) const { return m_ranks.at(i); }
    const HonorificInfo &honorific(int i) const { return m_honorifics.at(i); }
    const PositionInfo &position(int i) const { return m_positions.at(i); }
    const InstitutionTypeInfo &institutionType(int i) const { return m_types.at(i); }
    const KnownInstitution &institution(int i) const { return m_institutions.at(i); }
    const PlaceInfo &place(int i) const { return m_places.at(i); }

    // A role made of a prefix and a unit ("Kapolres", "Dandim", "Kasatreskrim"), when the unit
    // is a known institution type or acronym; fills *info.
    bool composeRole(const QString &compactKey, PositionInfo *info) const;
    // A standalone prefix before a role (Plt, Pj, Wakil, Mantan).
    bool isRolePrefixWord(const QString &compactKey) const { return m_prefixWords.contains(compactKey); }

    bool isRankSuffix(const QString &compactKey) const { return m_rankSuffixes.contains(compactKey); }
    bool isPlaceWord(const QString &compactKey) const { return m_placeWords.contains(compactKey); }
    bool isPlaceHead(const QString &compactKey) const { return m_placeHeads.contains(compactKey); }
    // Starts the name of a street, building or site ("Jalan", "Gedung", "Taman").
    bool isSiteWord(const QString &compactKey) const { return m_siteWords.contains(compactKey); }
    bool isNotName(const QString &compactKey) const { return m_notNames.contains(compactKey); }
    // A common given name ("Agung", "Muhammad", "Wisnu"): a name starts here.
    bool isGivenName(const QString &compactKey) const { return m_givenNames.contains(compactKey); }
    SpeechUse speechUse(const QString &compactKey) const { return m_speech.value(compactKey, SpeechUse::None); }
    // The types a bare generic word ("Kejaksaan", "DPRD") may stand for.
    QStringList genericTypes(const QString &compactKey) const { return m_generic.value(compactKey); }
    int typeIndex(const QString &type) const { return m_typeIndex.exact(type); }
    int institutionIndex(const QString &nameOrAlias) const { return m_institutionIndex.exact(nameOrAlias); }

    // True for a word of any lexicon table; such words are never split as glued words.
    bool isLexiconWord(const QString &compactKey) const { return m_allWords.contains(compactKey); }
    // Abbreviations with their final period, for the sentence splitter.
    QStringList abbreviations() const;

    QStringList errors() const { return m_errors; }

private:
    void loadFile(const QString &path, const QString &kind);
    void addRecord(const QString &kind, const QStringList &fields, const QString &where);
    void remember(const QString &phrase);

    QList<RankInfo> m_ranks;
    QList<HonorificInfo> m_honorifics;
    QList<PositionInfo> m_positions;
    QList<RolePrefixInfo> m_rolePrefixes;
    QList<InstitutionTypeInfo> m_types;
    QList<KnownInstitution> m_institutions;
    QList<PlaceInfo> m_places;
    PhraseIndex m_rankIndex, m_honorificIndex, m_positionIndex, m_typeIndex, m_institutionIndex,
        m_placeIndex;
    QSet<QString> m_prefixWords, m_rankSuffixes, m_placeWords, m_placeHeads, m_notNames, m_givenNames, m_siteWords,
        m_allWords;
    QHash<QString, SpeechUse> m_speech;
    QHash<QString, QStringList> m_generic;
    QStringList m_abbreviations;
    QStringList m_errors;
};

} // namespace kliping::analysis
