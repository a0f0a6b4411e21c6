#include "personfinder.h"

#include "articletext.h"
#include "institutionfinder.h"
#include "lexicon.h"
#include "namematcher.h"
#include "text/spelldictionary.h"
#include "text/textfolding.h"

#include <QSet>

namespace kliping::analysis {

namespace {

bool isSentenceEndToken(const ArticleText &text, int t)
{
    return text.isPunct(t, u'.') || text.isPunct(t, u'!') || text.isPunct(t, u'?') ||
           text.isPunct(t, u';') || text.isPunct(t, u':');
}

const QSet<QString> &adverbsBeforeVerb()
{
    static const QSet<QString> s = {
        QStringLiteral("juga"),    QStringLiteral("pun"),      QStringLiteral("kembali"),
        QStringLiteral("lalu"),    QStringLiteral("kemudian"), QStringLiteral("pun"),
        QStringLiteral("sempat"),  QStringLiteral("telah"),    QStringLiteral("sudah"),
        QStringLiteral("saat"),    QStringLiteral("turut"),    QStringLiteral("bahkan"),
        QStringLiteral("mengaku"), QStringLiteral("pernah"),   QStringLiteral("justru"),
        QStringLiteral("hanya"),   QStringLiteral("secara"),   QStringLiteral("tegas")};
    return s;
}

QString roleKeyOf(const QString &roleBase, const QString &institution)
{
    return text::compactKey(roleBase) + u'|' + text::compactKey(institution);
}

} // namespace

PersonFinder::PersonFinder(const Lexicon &lexicon, const InstitutionFinder &institutions,
                           const text::SpellDictionary *dictionary)
    : m_lexicon(lexicon)
    , m_institutions(institutions)
    , m_dictionary(dictionary)
{
}

bool PersonFinder::isCommonWord(const ArticleText &text, int i) const
{
    if (!m_dictionary || !m_dictionary->isValid())
        return false;
    const QString lower = text.text(i).toString().toLower();
    return m_dictionary->contains(lower);
}

bool PersonFinder::isNameToken(const ArticleText &text, int i, bool first) const
{
    if (!text.isWord(i))
        return false;
    // Asked again and again of the same tokens while names and roles are read: once each.
    qint8 &known =
        text.memo(first ? ArticleText::Memo::FirstNameToken : ArticleText::Memo::NameToken, i);
    if (known < 0)
        known = nameToken(text, i, first) ? 1 : 0;
    return known == 1;
}

bool PersonFinder::nameToken(const ArticleText &text, int i, bool first) const
{
    const Token &t = text.tokens().at(i);
    if (!t.upper || t.kind != Token::Kind::Word)
        return false;
    const QList<QString> &keys = text.keys();
    const QString &k = keys.at(i);
    if (m_lexicon.isNotName(k) || m_lexicon.speechUse(k) != SpeechUse::None)
        return false;
    if (m_lexicon.matchRank(keys, i).isValid() || m_lexicon.matchPosition(keys, i).isValid())
        return false;
    PositionInfo composed;
    if (m_lexicon.composeRole(k, &composed) || m_lexicon.isRolePrefixWord(k))
        return false;
    if (m_lexicon.matchInstitutionType(keys, i).isValid() ||
        m_lexicon.matchInstitution(keys, i).isValid())
        return false;
    if (!m_lexicon.genericTypes(k).isEmpty())
        return false;
    if (first) {
        const PhraseMatch h = m_lexicon.matchHonorific(keys, i);
        if (h.isValid())
            return false;
        if (m_lexicon.matchPlace(keys, i).isValid() || m_lexicon.isPlaceHead(k))
            return false;
    }
    // Long all-capital words are acronyms, not names (initials such as FJ or HM are names).
    if (t.allUpper && text.text(i).size() > 3)
        return false;
    // "Covid-19", "G20": names have no digits.
    for (QChar c : text.text(i)) {
        if (c.isDigit())
            return false;
    }
    return true;
}

bool PersonFinder::seenApart(const ArticleText &text, int i) const
{
    // The word also stands elsewhere without the next word of this run: "Kampus Unesa" beside
    // "Humas Unesa Vinda Maya", "menjadi simalakama" beside "Simalakama Yose".
    const QString &k = text.key(i);
    const QString next = text.isWord(i + 1) ? text.key(i + 1) : QString();
    for (int t = 0; t < text.size(); ++t) {
        if (t != i && text.key(t) == k && (!text.isWord(t + 1) || text.key(t + 1) != next))
            return true;
    }
    return false;
}

bool PersonFinder::beginsName(const ArticleText &text, int i) const
{
    if (!text.isWord(i))
        return false;
    const QString &k = text.key(i);
    // Balinese "I Ketut", "Ni Luh": the particle begins the name.
    if ((k == QLatin1String("i") || k == QLatin1String("ni")) && text.tokens().at(i).upper &&
        text.isWord(i + 1) && m_lexicon.isGivenName(text.key(i + 1)))
        return true;
    return m_lexicon.isGivenName(k) || text.isReferenceWord(k);
}

int PersonFinder::readName(const ArticleText &text, int i) const
{
    int j = i;
    while (j < text.size() && j - i < 6 && isNameToken(text, j, j == i)) {
        ++j;
        // "M. Fauzi": the period of an initial belongs to the name.
        if (text.text(j - 1).size() == 1 && text.isPunct(j, u'.') &&
            isNameToken(text, j + 1, false))
            ++j;
    }
    return j - i;
}

int PersonFinder::nameStart(const ArticleText &text, int first, int end) const
{
    // "PMI Jusuf Kalla", "Keamanan Mahfud MD", "Labuhan Jambu Sanawiyah": the capitalised run
    // begins with the end of an organisation's or a place's name.
    const QList<QString> &keys = text.keys();
    auto notNameStart = [&](int k, bool strong) {
        const Token &t = text.tokens().at(k);
        // "PMI Jusuf Kalla": an acronym; "OC Kaligis", "HM Prasetyo": two initials.
        if (t.allUpper && (text.text(k).size() >= 3 ||
                           (text.text(k).size() == 2 && m_lexicon.isLexiconWord(keys.at(k)))))
            return true;
        if (m_lexicon.matchPlace(keys, k).isValid() || m_lexicon.isPlaceWord(keys.at(k)) ||
            m_lexicon.isPlaceHead(keys.at(k)) || m_lexicon.isNotName(keys.at(k)))
            return true;
        return !strong && isCommonWord(text, k);
    };
    int s = first;
    while (end - s >= 2 && !beginsName(text, s) && notNameStart(s, end - first < 3))
        ++s;
    if (s > first && end - s == 1 && isCommonWord(text, s) && !beginsName(text, s))
        return end; // nothing of a name is left
    // "Unesa Vinda Maya Setianingrum", "Boyolali Andy Setyo Wibowo": the name starts at a
    // given name or at a word the article uses alone for the speaker, when none of the words
    // before it could begin a name and each is known to be something else.
    for (int c = s + 1; c < end; ++c) {
        if (!beginsName(text, c))
            continue;
        bool cut = true;
        for (int k = s; k < c && cut; ++k) {
            if (beginsName(text, k)) {
                cut = false;
                break;
            }
            const Token &t = text.tokens().at(k);
            bool digit = false;
            for (QChar ch : text.text(k))
                digit = digit || ch.isDigit();
            cut = digit || (t.allUpper && text.text(k).size() >= 2) || notNameStart(k, true) ||
                  m_lexicon.isLexiconWord(keys.at(k)) || seenApart(text, k);
        }
        if (cut)
            return c;
        break;
    }
    return s;
}

int PersonFinder::readRole(const ArticleText &text, int i, PersonMention *m) const
{
    const QList<QString> &keys = text.keys();
    int j = i;
    for (;;) {
        if (text.isWord(j) && m_lexicon.isRolePrefixWord(keys.at(j))) {
            ++j;
        } else if (text.isWord(j) && text.isWord(j + 1) &&
                   m_lexicon.isRolePrefixWord(keys.at(j) + keys.at(j + 1))) {
            j += 2; // "Pelaksana Harian"
        } else {
            break;
        }
        if (text.isPunct(j, u'.'))
            ++j;
    }
    QString roleBase;
    QString heads;
    // "Wakil", "Plt": part of the role ("Wakil Wali Kota" is not the "Wali Kota").
    QString prefix;
    for (int k = i; k < j; ++k) {
        if (text.isWord(k))
            prefix += text.text(k).toString() + u' ';
    }
    const PhraseMatch pos = m_lexicon.matchPosition(keys, j);
    PositionInfo composed;
    if (pos.isValid()) {
        const PositionInfo &p = m_lexicon.position(pos.entry);
        roleBase = p.title;
        heads = p.heads;
        j += pos.length;
    } else if (text.isWord(j) && text.tokens().at(j).upper &&
               m_lexicon.composeRole(keys.at(j), &composed)) {
        roleBase = text.text(j).toString();
        heads = composed.heads;
        ++j;
    } else {
        return 0;
    }
    const int roleWordsEnd = j;
    // Qualifiers of a generic head: "Kepala Pusat Penerangan Hukum", "Ketua Majelis Hakim".
    while (text.isWord(j) && text.tokens().at(j).upper &&
           (isCommonWord(text, j) || m_lexicon.isNotName(keys.at(j))) &&
           !m_lexicon.matchInstitutionType(keys, j).isValid() &&
           !m_lexicon.matchInstitution(keys, j).isValid() &&
           !m_lexicon.matchPlace(keys, j).isValid() && !m_lexicon.matchRank(keys, j).isValid() &&
           !m_lexicon.matchHonorific(keys, j).isValid() &&
           !(m_lexicon.isPlaceWord(keys.at(j)) && m_lexicon.matchPlace(keys, j + 1).isValid()) &&
           j - roleWordsEnd < 4) {
        // A common word directly followed by a lower-case word is a sentence, not a title.
        if (!((text.isWord(j + 1) && text.tokens().at(j + 1).upper) || text.isPunct(j + 1, u'(')))
            break;
        ++j;
    }
    // "Menteri Dalam Negeri (Mendagri)", "Kasi Pidsus (Kasi Pidsus)".
    auto skipParenAcronym = [&]() {
        if (text.isPunct(j, u'(') && text.isWord(j + 1) && text.tokens().at(j + 1).upper &&
            (text.isPunct(j + 2, u')') || (text.isWord(j + 2) && text.isPunct(j + 3, u')')))) {
            j += text.isPunct(j + 2, u')') ? 3 : 4;
        }
    };
    skipParenAcronym();
    QString institution;
    InstitutionMention im;
    if (m_institutions.matchAt(text, j, &im) && !im.place) {
        institution = im.generic ? QString() : im.name;
        if (im.generic)
            institution = text.text(j).toString();
        j = im.end;
        skipParenAcronym();
    } else if (!heads.isEmpty()) {
        // The unit the role heads, named by the place that follows: Kapolres Barru -> Polres
        // Barru; Kapolres Metro Tangerang Kota -> Polres Metro Tangerang Kota.
        QList<QString> unitKeys{text::compactKey(heads)};
        for (int k = j; k < qMin(text.size(), j + 6); ++k)
            unitKeys << keys.at(k);
        const PhraseMatch type = m_lexicon.matchInstitutionType(unitKeys, 0);
        int k = j;
        int typeIndex = -1;
        if (type.isValid()) {
            typeIndex = type.entry;
            k = j + type.length - 1;
        }
        QString canon;
        const bool regional = typeIndex >= 0 || heads.startsWith(QLatin1String("Pem"));
        const int used = m_institutions.matchPlace(text, k, regional, &canon);
        if (used > 0) {
            const QString rest = text.slice(k, k + used);
            if (typeIndex >= 0) {
                institution = m_institutions.fromType(typeIndex, rest, canon).name;
            } else {
                const int known = m_lexicon.institutionIndex(text::compactKey(heads));
                institution = known >= 0 ? m_lexicon.institution(known).name + u' ' + rest
                                         : heads + u' ' + rest;
            }
            j = k + used;
        } else if (typeIndex < 0) {
            const int known = m_lexicon.institutionIndex(text::compactKey(heads));
            if (known >= 0)
                institution = m_lexicon.institution(known).name;
        }
    } else {
        QString canon;
        const int used = m_institutions.matchPlace(text, j, false, &canon);
        if (used > 0) {
            institution = text.slice(j, j + used);
            j += used;
        }
    }
    m->roleBase = prefix + roleBase;
    m->roleTitle = text.slice(i, j);
    m->institution = institution;
    m->roleKey = roleKeyOf(roleBase, institution);
    return j - i;
}

bool PersonFinder::parseAt(const ArticleText &text, int i, PersonMention *out) const
{
    if (!text.isWord(i))
        return false;
    const QList<QString> &keys = text.keys();
    PersonMention m;
    m.first = i;
    int j = i;
    // "Pak Kapolsek", "Bapak Gubernur": a form of address before a role or a name.
    bool address = false;
    {
        const PhraseMatch h = m_lexicon.matchHonorific(keys, j);
        if (h.isValid() && m_lexicon.honorific(h.entry).kind == HonorificKind::Address &&
            text.tokens().at(j).upper) {
            address = true;
            j += h.length;
            if (text.isPunct(j, u'.'))
                ++j;
        }
    }
    const int roleLen = readRole(text, j, &m);
    const bool hasRole = roleLen > 0;
    j += roleLen;
    if (hasRole) {
        m.anchored = true;
        // "Gubernur Papua, Lukas Enembe": a comma between role and a full name; "Wali Kota
        // Jakarta Pusat, Arifin." with one name that closes the phrase.
        // "Wakil Wali Kota Tangerang, H Sachrudin": an honorific after the comma opens a name.
        if (text.isPunct(j, u',')) {
            const PhraseMatch h = m_lexicon.matchHonorific(keys, j + 1);
            if (h.isValid() && m_lexicon.honorific(h.entry).kind != HonorificKind::Address &&
                text.tokens().at(j + 1).upper) {
                int k = j + 1 + h.length;
                if (text.isPunct(k, u'.'))
                    ++k;
                if (readName(text, k) >= 1)
                    ++j;
            }
        }
        if (text.isPunct(j, u',') && !m_lexicon.matchRank(keys, j + 1).isValid()) {
            const int len = readName(text, j + 1);
            const int after = j + 1 + len;
            const bool closes = after >= text.size() || isSentenceEndToken(text, after) ||
                                text.isPunct(after, u',') ||
                                (text.isWord(after) && !text.tokens().at(after).upper);
            if (len >= 2 ||
                (len == 1 && closes && (!isCommonWord(text, j + 1) || beginsName(text, j + 1))))
                ++j;
        }
    }
    bool titled = false;
    const PhraseMatch rank = m_lexicon.matchRank(keys, j);
    if (rank.isValid() && text.tokens().at(j).upper) {
        m.titles << m_lexicon.rank(rank.entry).canonical;
        j += rank.length;
        titled = true;
        for (;;) {
            if (text.isPunct(j, u'.')) {
                ++j;
            } else if (text.isWord(j) && m_lexicon.isRankSuffix(keys.at(j)) &&
                       text.tokens().at(j).upper && text.isWord(j + 1) &&
                       text.tokens().at(j + 1).upper) {
                ++j;
            } else if (text.isPunct(j, u'(') && text.isWord(j + 1) &&
                       m_lexicon.isRankSuffix(keys.at(j + 1)) && text.isPunct(j + 2, u')')) {
                j += 3;
            } else {
                break;
            }
        }
    }
    for (;;) {
        const PhraseMatch h = m_lexicon.matchHonorific(keys, j);
        if (!h.isValid() || !text.isWord(j))
            break;
        const HonorificInfo &info = m_lexicon.honorific(h.entry);
        if (info.kind == HonorificKind::Degree)
            break;
        // "dr." is lower case; other prefixes are capitalised.
        if (!text.tokens().at(j).upper && info.form.front().isUpper())
            break;
        // The next word must begin a name.
        int after = j + h.length;
        if (text.isPunct(after, u'.'))
            ++after;
        if (!isNameToken(text, after, false))
            break;
        if (info.kind == HonorificKind::Prefix)
            m.titles << info.form;
        titled = titled || info.kind == HonorificKind::Prefix || address;
        j = after;
        address = address || info.kind == HonorificKind::Address;
    }
    int nameLen = readName(text, j);
    if (nameLen == 1 && !titled && isCommonWord(text, j))
        nameLen = 0; // "Kepala Seksi Pidana Khusus": a word of the title, not a name
    // "Ketua DPP", "Anggota LSM", "Kelas I A PHI": capitals only, with an acronym among them,
    // name an organisation. Initials of a suspect follow a form of address ("Saudara MFZ").
    if (nameLen > 0 && !address) {
        bool capitals = true, acronym = false;
        for (int k = j; k < j + nameLen; ++k) {
            if (text.isPunct(k, u'.'))
                continue;
            capitals = capitals && text.tokens().at(k).allUpper;
            acronym = acronym || text.text(k).size() >= 3;
        }
        // "Presiden SBY": one such word right after a role is how the holder is known.
        if (capitals && acronym && !(hasRole && nameLen == 1)) {
            if (!hasRole)
                return false;
            j += nameLen;
            nameLen = 0;
        }
    }
    if (nameLen > 1 && !titled) { // right after a rank or an honorific the name begins
        const int s = nameStart(text, j, j + nameLen);
        if (s >= j + nameLen) {
            j += nameLen; // the words belong to the title
            nameLen = 0;
        } else {
            nameLen -= s - j;
            j = s;
        }
    }
    if (nameLen > 0) {
        m.nameFirst = j;
        m.nameEnd = j + nameLen;
        m.name = text.slice(j, j + nameLen);
        j += nameLen;
        // Degrees after a comma: "Zain Dwi Nugroho, S.I.K., M.Si."
        while (text.isPunct(j, u',') && text.isWord(j + 1)) {
            const PhraseMatch d = m_lexicon.matchHonorific(keys, j + 1);
            if (!d.isValid() || m_lexicon.honorific(d.entry).kind != HonorificKind::Degree)
                break;
            m.titles << m_lexicon.honorific(d.entry).form;
            j = j + 1 + d.length;
            if (text.isPunct(j, u'.'))
                ++j;
        }
        // "M Fauzi alias Pablo"
        if (text.isWord(j) && text.key(j) == QLatin1String("alias")) {
            const int a = readName(text, j + 1);
            if (a > 0) {
                m.aliases << text.slice(j + 1, j + 1 + a);
                j += 1 + a;
            }
        }
        // "Saudara FJ (Ferlan Juliansyah)" or "Ferlan Juliansyah (FJ)".
        if (text.isPunct(j, u'(')) {
            const int a = readName(text, j + 1);
            if (a > 0 && text.isPunct(j + 1 + a, u')')) {
                const QString inner = text.slice(j + 1, j + 1 + a);
                const bool nameIsInitials = nameLen == 1 && text.tokens().at(m.nameFirst).allUpper;
                const bool innerIsInitials = a == 1 && text.tokens().at(j + 1).allUpper;
                if (nameIsInitials && !innerIsInitials) {
                    m.aliases << m.name;
                    m.name = inner;
                    m.nameFirst = j + 1;
                    m.nameEnd = j + 1 + a;
                    j += a + 2;
                } else if (innerIsInitials && !nameIsInitials) {
                    m.aliases << inner;
                    j += a + 2;
                }
            }
        }
        m.anchored = m.anchored || titled;
    } else if (!hasRole) {
        return false;
    }
    m.end = j;
    if (out)
        *out = m;
    return true;
}

QList<PersonMention> PersonFinder::find(const ArticleText &text,
                                        const QList<InstitutionMention> &institutions,
                                        const QStringList &excluded, QList<Person> *people) const
{
    const int n = text.size();
    const QList<QString> &keys = text.keys();
    QList<int> instAt(n, -1);
    for (int m = 0; m < institutions.size(); ++m) {
        for (int k = institutions.at(m).first; k < institutions.at(m).end && k < n; ++k)
            instAt[k] = m;
    }
    QList<QStringList> excludedWords;
    for (const QString &e : excluded) {
        if (!e.trimmed().isEmpty())
            excludedWords << NameMatcher::words(e);
    }
    auto isExcluded = [&](const QString &name) {
        const QStringList w = NameMatcher::words(name);
        for (const QStringList &e : excludedWords) {
            if (NameMatcher::sameName(w, e))
                return true;
        }
        return false;
    };
    auto isCue = [&](int k) {
        if (!text.isWord(k))
            return false;
        const SpeechUse u = m_lexicon.speechUse(keys.at(k));
        return u == SpeechUse::Cue || u == SpeechUse::Menurut || u == SpeechUse::Passive;
    };
    auto isLeadIn = [&](int k) {
        while (text.isWord(k) && adverbsBeforeVerb().contains(keys.at(k)))
            ++k;
        return text.isWord(k) && m_lexicon.speechUse(keys.at(k)) == SpeechUse::LeadIn;
    };

    // Headlines inside the body ("Wamenkes Resmikan Kelurahan Siaga") capitalise every word:
    // no names are read there.
    QList<bool> headline(text.sentences().size(), false);
    for (int s = 0; s < text.sentences().size(); ++s) {
        const TextPart &sen = text.sentences().at(s);
        int words = 0, capitals = 0;
        for (int k = sen.firstToken; k < sen.endToken; ++k) {
            if (text.tokens().at(k).kind == Token::Kind::Word && text.text(k).size() > 2) {
                ++words;
                capitals += text.tokens().at(k).upper ? 1 : 0;
            }
        }
        bool speech = false;
        for (int k = sen.firstToken; k < sen.endToken && !speech; ++k)
            speech = text.tokens().at(k).doubleQuote ||
                     m_lexicon.speechUse(keys.at(k)) != SpeechUse::None;
        headline[s] = !speech && words >= 4 && capitals * 5 >= words * 4;
    }
    auto inHeadline = [&](int k) { return headline.value(text.tokens().at(k).sentence); };

    // "(Arief Setyadi)" alone in the last paragraphs: the writer's signature.
    QList<bool> signature(text.paragraphs().size(), false);
    for (int p = qMax(0, int(text.paragraphs().size()) - 2); p < text.paragraphs().size(); ++p) {
        const TextPart &para = text.paragraphs().at(p);
        signature[p] = para.endToken - para.firstToken >= 3 &&
                       text.isPunct(para.firstToken, u'(') && text.isPunct(para.endToken - 1, u')');
    }
    auto skipped = [&](int k) {
        return inHeadline(k) || signature.value(text.tokens().at(k).paragraph);
    };

    QList<PersonMention> mentions;
    int i = 0;
    while (i < n) {
        PersonMention m;
        if (skipped(i)) {
            ++i;
            continue;
        }
        if (text.isWord(i) && parseAt(text, i, &m) && m.anchored) {
            if (m.nameFirst >= 0 && isExcluded(m.name)) {
                i = m.end;
                continue;
            }
            // "H Sachrudin, Wakil Walikota Tangerang": a role after the name.
            if (m.nameFirst >= 0 && m.roleBase.isEmpty() && text.isPunct(m.end, u',') &&
                text.isWord(m.end + 1) && text.tokens().at(m.end + 1).upper) {
                PersonMention role;
                const int r = readRole(text, m.end + 1, &role);
                if (r > 0) {
                    m.roleBase = role.roleBase;
                    m.roleTitle = role.roleTitle;
                    m.roleKey = role.roleKey;
                    m.institution = role.institution;
                    m.end = m.end + 1 + r;
                }
            }
            // "NAME , ROLE": nothing more to bind here. "ROLE NAME , ROLE2" is rare; skip.
            mentions.append(m);
            i = qMax(m.end, i + 1);
            continue;
        }
        if (instAt.at(i) < 0 && isNameToken(text, i, true)) {
            const int len = readName(text, i);
            int k = i + len;
            PersonMention pm;
            pm.first = i;
            pm.nameFirst = len > 1 ? nameStart(text, i, k) : i;
            if (pm.nameFirst >= k)
                pm.nameFirst = i;
            pm.nameEnd = k;
            pm.name = text.slice(pm.nameFirst, k);
            bool accept = false;
            // Apposition: "Jhon Ely Tumanggor, Kuasa hukum ..." / "H Sachrudin, Wakil Walikota".
            if (text.isPunct(k, u',')) {
                PersonMention role;
                const int r = readRole(text, k + 1, &role);
                if (r > 0 && text.tokens().at(k + 1).upper) {
                    pm.roleBase = role.roleBase;
                    pm.roleTitle = role.roleTitle;
                    pm.roleKey = role.roleKey;
                    pm.institution = role.institution;
                    pm.anchored = true;
                    accept = true;
                    k = k + 1 + r;
                }
            }
            if (!accept && (isLeadIn(i + len) || isCue(i - 1) ||
                            (text.isPunct(i + len, u',') && isLeadIn(i + len + 1))))
                accept = len > 1 || !isCommonWord(text, i) || m_lexicon.isGivenName(keys.at(i));
            if (!accept && text.isWord(i + len) && text.key(i + len) == QLatin1String("alias"))
                accept = true;
            bool capitals = true;
            for (int t = i; t < i + len; ++t)
                capitals = capitals && (text.tokens().at(t).allUpper || text.isPunct(t, u'.'));
            if (!accept && len >= 2 && !capitals) {
                // A run of capitalised words that are not Indonesian words and not places.
                int common = 0;
                bool place = false;
                for (int t = i; t < i + len; ++t) {
                    common += isCommonWord(text, t) ? 1 : 0;
                    place = place || m_lexicon.matchPlace(keys, t).isValid();
                }
                accept = !place && common * 2 < len;
            }
            if (accept && !isExcluded(pm.name)) {
                // Take the alias or bracketed initials with it.
                PersonMention full;
                if (parseAt(text, i, &full) && full.nameFirst >= 0) {
                    pm.aliases = full.aliases;
                    if (full.name != pm.name && full.nameFirst != i) {
                        pm.name = full.name;
                        pm.nameFirst = full.nameFirst;
                        pm.nameEnd = full.nameEnd;
                    }
                    k = qMax(k, full.end);
                }
                pm.end = k;
                mentions.append(pm);
                i = k;
                continue;
            }
        }
        ++i;
    }

    // Enumerations: "hakim Amir Fauzi dan Dermawan Ginting", "Pantas Nainggolan, Wa Ode
    // Herlina, Pandapotan Sinaga, dan Yuke Yurike": the full names listed beside a person are
    // people too.
    {
        QList<bool> taken(n, false);
        for (const PersonMention &pm : std::as_const(mentions)) {
            for (int k = pm.first; k < pm.end && k < n; ++k)
                taken[k] = true;
        }
        auto freeRun = [&](int b, int e) {
            if (e - b < 2 || b < 0 || e > n)
                return false;
            for (int k = b; k < e; ++k) {
                if (taken.at(k) || instAt.at(k) >= 0 || skipped(k))
                    return false;
            }
            for (int k = b; k < e; ++k) {
                if (m_lexicon.matchPlace(keys, k).isValid())
                    return false;
            }
            return isNameToken(text, b, true) && !isExcluded(text.slice(b, e));
        };
        auto isJoin = [&](int k) {
            return text.isPunct(k, u',') ||
                   (text.isWord(k) && !text.tokens().at(k).upper &&
                    (keys.at(k) == QLatin1String("dan") || keys.at(k) == QLatin1String("serta")));
        };
        auto add = [&](int b, int e) {
            PersonMention pm;
            pm.first = pm.nameFirst = b;
            pm.end = pm.nameEnd = e;
            pm.name = text.slice(b, e);
            mentions.append(pm);
            for (int k = b; k < e; ++k)
                taken[k] = true;
        };
        const int count = int(mentions.size());
        for (int m = 0; m < count; ++m) {
            if (mentions.at(m).nameFirst < 0)
                continue;
            // Rightwards.
            int k = mentions.at(m).end;
            for (int guard = 0; guard < 8; ++guard) {
                int s0 = k;
                if (!isJoin(s0))
                    break;
                ++s0;
                if (isJoin(s0))
                    ++s0; // ", dan"
                const int len = readName(text, s0);
                if (!freeRun(s0, s0 + len))
                    break;
                add(s0, s0 + len);
                k = s0 + len;
            }
            // Leftwards.
            k = mentions.at(m).first;
            for (int guard = 0; guard < 8; ++guard) {
                int e = k - 1;
                if (!isJoin(e))
                    break;
                if (isJoin(e - 1))
                    --e;
                int b = e;
                while (b - 1 >= 0 && e - b < 4 && isNameToken(text, b - 1, false))
                    --b;
                while (b < e && !isNameToken(text, b, true))
                    ++b;
                if (!freeRun(b, e) || readName(text, b) != e - b)
                    break;
                add(b, e);
                k = b;
            }
        }
        std::stable_sort(
            mentions.begin(), mentions.end(),
            [](const PersonMention &a, const PersonMention &b) { return a.first < b.first; });
    }

    // People: longer names first, so that short forms join the full name.
    QList<int> order;
    for (int m = 0; m < mentions.size(); ++m) {
        if (mentions.at(m).nameFirst >= 0)
            order << m;
    }
    std::stable_sort(order.begin(), order.end(), [&](int a, int b) {
        return NameMatcher::words(mentions.at(a).name).size() >
               NameMatcher::words(mentions.at(b).name).size();
    });
    QList<QStringList> personWords;
    QList<int> lastSeen;
    QList<Person> result;
    auto addAlias = [](Person &p, const QString &a) {
        if (!a.isEmpty() && a != p.name && !p.aliases.contains(a))
            p.aliases << a;
    };
    for (int m : order) {
        PersonMention &pm = mentions[m];
        const QStringList w = NameMatcher::words(pm.name);
        if (w.isEmpty())
            continue;
        int best = -1;
        for (int p = 0; p < result.size(); ++p) {
            if (NameMatcher::isPartOf(w, personWords.at(p))) {
                if (best < 0 || lastSeen.at(p) > lastSeen.at(best))
                    best = p;
            }
        }
        if (best < 0) {
            for (const QString &a : pm.aliases) {
                const QStringList aw = NameMatcher::words(a);
                for (int p = 0; p < result.size() && best < 0; ++p) {
                    if (NameMatcher::sameName(aw, personWords.at(p)))
                        best = p;
                }
            }
        }
        if (best < 0) {
            Person p;
            p.name = pm.name;
            result << p;
            personWords << w;
            lastSeen << pm.first;
            best = int(result.size() - 1);
        }
        Person &p = result[best];
        lastSeen[best] = qMax(lastSeen.at(best), pm.first);
        pm.person = best;
        addAlias(p, pm.name);
        for (const QString &a : pm.aliases)
            addAlias(p, a);
        if (pm.first < pm.nameFirst)
            addAlias(p, text.slice(pm.first, pm.nameEnd));
        for (const QString &t : pm.titles) {
            if (!p.titles.contains(t))
                p.titles << t;
        }
        if (!pm.roleTitle.isEmpty()) {
            bool have = false;
            for (const Role &r : p.roles)
                have = have || text::compactKey(r.title) == text::compactKey(pm.roleTitle);
            if (!have)
                p.roles << Role{pm.roleTitle, pm.institution};
        }
    }

    // Office holders: role + institution -> person, to resolve role-only mentions.
    QHash<QString, int> byRoleKey;
    QHash<QString, QSet<int>> byRoleBase;
    // The title as written ("Kapolres Contoh Kota") also names its holder when the place in it
    // is one the lexicon does not know, so that no institution was recognised in it.
    QHash<QString, QSet<int>> byRoleTitle;
    for (const PersonMention &pm : std::as_const(mentions)) {
        if (pm.person < 0 || pm.roleBase.isEmpty())
            continue;
        byRoleKey.insert(pm.roleKey, pm.person);
        byRoleBase[text::compactKey(pm.roleBase)].insert(pm.person);
        if (!pm.roleTitle.isEmpty())
            byRoleTitle[text::compactKey(pm.roleTitle)].insert(pm.person);
    }
    for (PersonMention &pm : mentions) {
        if (pm.nameFirst >= 0 || pm.roleBase.isEmpty())
            continue;
        int who = byRoleKey.value(pm.roleKey, -1);
        if (who < 0 && !pm.roleTitle.isEmpty()) {
            const QSet<int> holders = byRoleTitle.value(text::compactKey(pm.roleTitle));
            if (holders.size() == 1)
                who = *holders.begin();
        }
        if (who < 0) {
            const QSet<int> holders = byRoleBase.value(text::compactKey(pm.roleBase));
            if (holders.size() == 1 && pm.institution.isEmpty())
                who = *holders.begin();
        }
        pm.person = who;
    }

    // Later short or misspelt forms of known names ("Farhan", "Sacrudin").
    QList<bool> covered(n, false);
    for (const PersonMention &pm : std::as_const(mentions)) {
        for (int k = pm.first; k < pm.end && k < n; ++k)
            covered[k] = true;
    }
    QList<PersonMention> references;
    for (int k = 0; k < n; ++k) {
        if (covered.at(k) || instAt.at(k) >= 0 || skipped(k) || !isNameToken(text, k, false))
            continue;
        if (m_lexicon.isNotName(keys.at(k)))
            continue;
        const int len = qMax(1, readName(text, k));
        const QStringList w = NameMatcher::words(text.slice(k, k + len));
        int best = -1;
        for (int p = 0; p < result.size(); ++p) {
            if (NameMatcher::isPartOf(w, personWords.at(p))) {
                if (best < 0 || lastSeen.at(p) > lastSeen.at(best))
                    best = p;
            }
        }
        if (best >= 0) {
            PersonMention r;
            r.first = k;
            r.end = k + len;
            r.nameFirst = k;
            r.nameEnd = k + len;
            r.name = text.slice(k, k + len);
            r.person = best;
            addAlias(result[best], r.name);
            references << r;
            k += len - 1;
        }
    }
    mentions << references;
    std::stable_sort(
        mentions.begin(), mentions.end(),
        [](const PersonMention &a, const PersonMention &b) { return a.first < b.first; });
    if (people)
        *people = result;
    return mentions;
}

} // namespace kliping::analysis
