#include "institutionfinder.h"

#include "articletext.h"
#include "lexicon.h"
#include "text/spelldictionary.h"
#include "text/textfolding.h"

#include <QHash>
#include <QSet>

namespace kliping::analysis {

namespace {

// Types whose name continues with a name ("Kementerian Dalam Negeri", "Partai Buruh") rather
// than with a place ("Polres Barru").
bool takesName(const InstitutionTypeInfo &t)
{
    static const QSet<QString> named = {
        QStringLiteral("Dinas"),       QStringLiteral("Badan"),      QStringLiteral("Suku Dinas"),
        QStringLiteral("Kementerian"), QStringLiteral("Kemenko"),    QStringLiteral("Komisi"),
        QStringLiteral("Forum"),       QStringLiteral("Fraksi"),     QStringLiteral("Universitas"),
        QStringLiteral("Institut"),    QStringLiteral("Fakultas"),   QStringLiteral("Partai"),
        QStringLiteral("PT"),          QStringLiteral("Yayasan"),    QStringLiteral("Direktorat Jenderal"),
        QStringLiteral("Kanwil"),      QStringLiteral("Lapas"),      QStringLiteral("Rutan"),
        QStringLiteral("RSUD"),        QStringLiteral("Propam"),     QStringLiteral("Satpol PP"),
        QStringLiteral("Dinkes"),      QStringLiteral("Disdik"),     QStringLiteral("Dishub"),
        QStringLiteral("Dinsos"),      QStringLiteral("Disdukcapil"), QStringLiteral("DLH"),
    };
    return named.contains(t.type);
}

// Types that make sense alone ("Forkopimda", "Propam", "Bawaslu", "KPU").
bool standsAlone(const InstitutionTypeInfo &t)
{
    static const QSet<QString> alone = {QStringLiteral("Forkopimda"), QStringLiteral("Propam"),
                                        QStringLiteral("Bawaslu"), QStringLiteral("KPU"),
                                        QStringLiteral("Satpol PP")};
    return alone.contains(t.type);
}

} // namespace

InstitutionFinder::InstitutionFinder(const Lexicon &lexicon, const text::SpellDictionary *dictionary)
    : m_lexicon(lexicon)
    , m_dictionary(dictionary)
{
}

bool InstitutionFinder::isNameWord(const ArticleText &text, int i) const
{
    if (!text.isWord(i) || !text.tokens().at(i).upper)
        return false;
    const QList<QString> &keys = text.keys();
    if (m_lexicon.matchRank(keys, i).isValid() || m_lexicon.matchPosition(keys, i).isValid())
        return false;
    const PhraseMatch h = m_lexicon.matchHonorific(keys, i);
    if (h.isValid())
        return false;
    if (m_lexicon.speechUse(keys.at(i)) != SpeechUse::None)
        return false;
    return true;
}

int InstitutionFinder::matchPlace(const ArticleText &text, int i, bool anyCapitalised,
                                  QString *canonical) const
{
    const QList<QString> &keys = text.keys();
    int j = i;
    QStringList canon;
    // Kota / Kabupaten / Provinsi before the name.
    while (text.isWord(j) && text.tokens().at(j).upper && m_lexicon.isPlaceHead(keys.at(j)) &&
           text.isWord(j + 1) && text.tokens().at(j + 1).upper) {
        canon << text.text(j).toString();
        ++j;
    }
    const PhraseMatch p = m_lexicon.matchPlace(keys, j);
    if (p.isValid()) {
        canon << m_lexicon.place(p.entry).canonical;
        j += p.length;
    } else if (anyCapitalised && isNameWord(text, j) && !m_lexicon.isNotName(keys.at(j)) &&
               !m_lexicon.isGivenName(keys.at(j)) && !text.isReferenceWord(keys.at(j)) &&
               !m_lexicon.matchInstitutionType(keys, j).isValid() &&
               !m_lexicon.matchInstitution(keys, j).isValid()) {
        canon << text.text(j).toString();
        ++j;
    } else if (j == i && text.isWord(j) && keys.at(j) == QLatin1String("ri")) {
        canon << text.text(j).toString();
        ++j;
    } else {
        return 0;
    }
    // Words that continue a place: Tangerang Kota, Jakarta Barat, Metro Jaya.
    while (text.isWord(j) && text.tokens().at(j).upper && m_lexicon.isPlaceWord(keys.at(j))) {
        canon << text.text(j).toString();
        ++j;
    }
    if (canonical)
        *canonical = canon.join(u' ');
    return j - i;
}

InstitutionMention InstitutionFinder::fromType(int typeIndex, const QString &rest,
                                               const QString &restCanonical) const
{
    const InstitutionTypeInfo *t = &m_lexicon.institutionType(typeIndex);
    InstitutionMention m;
    if (t->kind == QLatin1String("place") && !t->parent.isEmpty()) {
        // Mapolres X: the headquarters of Polres X; the institution is the unit.
        const int u = m_lexicon.typeIndex(text::compactKey(t->parent));
        if (u >= 0)
            t = &m_lexicon.institutionType(u);
    }
    m.type = t->type;
    m.kind = t->kind;
    m.parent = t->parent;
    if (rest.isEmpty()) {
        m.name = t->type;
        return m;
    }
    m.name = t->type + u' ' + rest;
    if (!t->longForm.isEmpty() && t->longForm != t->type)
        m.aliases << t->longForm + u' ' + rest;
    if (!restCanonical.isEmpty() && restCanonical != rest) {
        m.aliases << t->type + u' ' + restCanonical;
        if (!t->longForm.isEmpty())
            m.aliases << t->longForm + u' ' + restCanonical;
    }
    return m;
}

bool InstitutionFinder::matchAt(const ArticleText &text, int i, InstitutionMention *out) const
{
    if (!text.isWord(i))
        return false;
    const QList<QString> &keys = text.keys();
    const Token &tok = text.tokens().at(i);
    if (!tok.upper)
        return false;
    const PhraseMatch known = m_lexicon.matchInstitution(keys, i);
    const PhraseMatch type = m_lexicon.matchInstitutionType(keys, i);
    InstitutionMention best;
    bool found = false;
    if (type.isValid()) {
        const InstitutionTypeInfo &t = m_lexicon.institutionType(type.entry);
        int j = i + type.length;
        QStringList aliasesFromParens;
        // "Kejaksaan Negeri (Kejari) Jember": the acronym in brackets is another name of the type.
        if (text.isPunct(j, u'(') && text.isPunct(j + 2, u')') && text.isWord(j + 1) &&
            text.tokens().at(j + 1).allUpper) {
            aliasesFromParens << text.text(j + 1).toString();
            j += 3;
        }
        QString rest, restCanonical;
        int used = 0;
        if (takesName(t)) {
            int k = j;
            while (k < text.size() && k - j < 14) {
                // "Rutan Cabang Kejaksaan Tinggi ...": another institution begins.
                if (k > j && (m_lexicon.matchInstitutionType(keys, k).isValid() ||
                              m_lexicon.matchInstitution(keys, k).isValid()))
                    break;
                // "... Patra Niaga Irto Ginting" when the article says "kata Irto": the person
                // begins here.
                if (k > j && text.isWord(k) && text.isReferenceWord(keys.at(k)))
                    break;
                // "... Reformasi Birokrasi Rini Widyantini mengatakan": a given name followed
                // by another name word and then the end of the capitalised run.
                if (k > j && text.isWord(k) && m_lexicon.isGivenName(keys.at(k)) && isNameWord(text, k + 1)) {
                    int e = k + 1;
                    while (e < k + 4 && isNameWord(text, e))
                        ++e;
                    if (!isNameWord(text, e) && !(text.isWord(e) && text.tokens().at(e).upper))
                        break;
                }
                // "Dinas Kesehatan Provinsi Banten Ati Pramudji": a place closes the name of
                // the office; the capitalised words after it name its head.
                if (k > j && isNameWord(text, k)) {
                    const int place = matchPlace(text, k, false);
                    if (place > 0) {
                        const int after = k + place;
                        if (isNameWord(text, after) && !m_lexicon.isLexiconWord(keys.at(after)) &&
                            !m_lexicon.isPlaceWord(keys.at(after))) {
                            k = after;
                            break;
                        }
                    }
                }
                if (isNameWord(text, k) && !m_lexicon.isNotName(text.key(k))) {
                    ++k;
                    continue;
                }
                // "Dalam" in "Kementerian Dalam Negeri", "dan" between names of a field.
                if (text.isWord(k) && k > j && text.isWord(k + 1) && text.tokens().at(k + 1).upper &&
                    (text.key(k) == QLatin1String("dan") || text.key(k) == QLatin1String("dalam") ||
                     (text.tokens().at(k).upper && m_lexicon.isNotName(text.key(k))))) {
                    ++k;
                    continue;
                }
                if (text.isPunct(k, u',') && k > j && text.isWord(k + 1) &&
                    text.tokens().at(k + 1).upper && t.type == QLatin1String("Dinas")) {
                    ++k;
                    continue;
                }
                break;
            }
            used = k - j;
            // "Partai Politik", "Dinas Terkait": one common word does not name an institution.
            if (used == 1 && !text.tokens().at(j).allUpper && m_dictionary &&
                m_dictionary->contains(text.text(j).toString().toLower()))
                used = 0;
            if (used > 0) {
                rest = text.slice(j, k);
                restCanonical = rest;
            }
        } else {
            // "Pemkot Kota Bandung": the place word repeats what the type says.
            if (t.type.startsWith(QLatin1String("Pem")) && text.isWord(j) &&
                m_lexicon.isPlaceHead(keys.at(j)) && text.isWord(j + 1) && text.tokens().at(j + 1).upper)
                ++j;
            used = matchPlace(text, j, true, &restCanonical);
            if (used > 0)
                rest = text.slice(j, j + used);
        }
        if (used > 0 || standsAlone(t)) {
            best = fromType(type.entry, rest, restCanonical);
            best.first = i;
            best.end = j + used;
            for (const QString &a : aliasesFromParens)
                best.aliases << a + (rest.isEmpty() ? QString() : u' ' + rest);
            const QString written = text.slice(i, best.end);
            if (text::compactKey(written) != text::compactKey(best.name))
                best.aliases << written;
            found = true;
        } else if (!m_lexicon.genericTypes(keys.at(i)).isEmpty() && type.length == 1) {
            best = fromType(type.entry, {}, {});
            best.first = i;
            best.end = i + 1;
            best.generic = true;
            found = true;
        }
    }
    if (known.isValid() && (!found || known.length >= best.end - best.first || best.generic)) {
        const KnownInstitution &k = m_lexicon.institution(known.entry);
        best = InstitutionMention();
        best.first = i;
        best.end = i + known.length;
        best.name = k.name;
        best.acronym = k.acronym;
        best.kind = k.kind;
        best.parent = k.parent;
        best.aliases = k.aliases;
        // "KPU RI", "Bawaslu RI": the country after a national body is part of its name.
        if (text.isWord(best.end) && text.key(best.end) == QLatin1String("ri"))
            best.end += 1;
        const QString written = text.slice(best.first, best.end);
        best.aliases << written;
        found = true;
    }
    if (!found) {
        // A bare generic word ("Kejaksaan") that is not itself a type.
        if (!m_lexicon.genericTypes(keys.at(i)).isEmpty()) {
            best = InstitutionMention();
            best.first = i;
            best.end = i + 1;
            best.name = text.text(i).toString();
            best.type = m_lexicon.genericTypes(keys.at(i)).join(u'|');
            best.generic = true;
            found = true;
        }
    }
    if (found && out)
        *out = best;
    return found;
}

QList<InstitutionMention> InstitutionFinder::find(const ArticleText &text) const
{
    QList<InstitutionMention> out;
    const QList<QString> &keys = text.keys();
    int i = 0;
    while (i < text.size()) {
        InstitutionMention m;
        if (matchAt(text, i, &m)) {
            out.append(m);
            i = m.end;
            continue;
        }
        // Streets, buildings and sites: "Jalan Tomang Pulo II", "Taman Ismail Marzuki".
        if (text.isWord(i) && text.tokens().at(i).upper && m_lexicon.isSiteWord(keys.at(i))) {
            int j = i + 1;
            if (text.isPunct(j, u'.'))
                ++j; // "Jl. Sudirman"
            const int nameFirst = j;
            while (j < text.size() && j - nameFirst < 6 && text.isWord(j) &&
                   (text.tokens().at(j).upper || text.tokens().at(j).kind == Token::Kind::Number) &&
                   text.tokens().at(j).sentence == text.tokens().at(i).sentence &&
                   !m_lexicon.matchRank(keys, j).isValid() && !m_lexicon.matchPosition(keys, j).isValid())
                ++j;
            if (j > nameFirst && text.tokens().at(nameFirst).upper) {
                InstitutionMention p;
                p.first = i;
                p.end = j;
                p.name = text.slice(i, j);
                p.place = true;
                out.append(p);
                i = j;
                continue;
            }
        }
        // Places: "Kota Tangerang", "Jawa Barat".
        if (text.isWord(i) && text.tokens().at(i).upper) {
            QString canon;
            const bool head = m_lexicon.isPlaceHead(keys.at(i));
            const int used = head ? matchPlace(text, i, true, &canon)
                                  : (m_lexicon.matchPlace(keys, i).isValid() ? matchPlace(text, i, false, &canon) : 0);
            if (used > 0) {
                InstitutionMention p;
                p.first = i;
                p.end = i + used;
                p.name = canon;
                p.place = true;
                out.append(p);
                i += used;
                continue;
            }
        }
        ++i;
    }
    return out;
}

QList<Institution> InstitutionFinder::merge(QList<InstitutionMention> &mentions,
                                            QList<int> *entityOfMention) const
{
    QList<Institution> result;
    QHash<QString, int> byKey;
    QList<int> entity(mentions.size(), -1);
    auto keyOf = [](const QString &s) { return text::compactKey(s); };
    // Named institutions first.
    for (int m = 0; m < mentions.size(); ++m) {
        const InstitutionMention &im = mentions.at(m);
        if (im.generic || im.place)
            continue;
        int idx = byKey.value(keyOf(im.name), -1);
        if (idx < 0) {
            for (const QString &a : im.aliases) {
                idx = byKey.value(keyOf(a), -1);
                if (idx >= 0)
                    break;
            }
        }
        if (idx < 0) {
            Institution inst;
            inst.name = im.name;
            inst.acronym = im.acronym;
            inst.kind = im.kind;
            inst.parent = im.parent;
            result.append(inst);
            idx = int(result.size() - 1);
            byKey.insert(keyOf(im.name), idx);
        }
        Institution &inst = result[idx];
        for (const QString &a : im.aliases) {
            if (keyOf(a) != keyOf(inst.name) && !inst.aliases.contains(a))
                inst.aliases << a;
            byKey.insert(keyOf(a), idx);
        }
        if (!im.acronym.isEmpty())
            byKey.insert(keyOf(im.acronym), idx);
        entity[m] = idx;
    }
    // Bare generic words: the one named institution of a matching type.
    for (int m = 0; m < mentions.size(); ++m) {
        InstitutionMention &im = mentions[m];
        if (!im.generic)
            continue;
        const QStringList types = im.type.split(u'|');
        int match = -1;
        int count = 0;
        for (int r = 0; r < result.size(); ++r) {
            const Institution &inst = result.at(r);
            for (const QString &t : types) {
                if (inst.name.startsWith(t + u' ') || inst.name == t ||
                    (t == QLatin1String("Kejaksaan Agung") && inst.name == t)) {
                    ++count;
                    match = r;
                    break;
                }
            }
        }
        if (count == 1) {
            entity[m] = match;
            const QString written = im.name;
            Institution &inst = result[match];
            if (!inst.aliases.contains(written) && keyOf(written) != keyOf(inst.name))
                inst.aliases << written;
        }
    }
    if (entityOfMention)
        *entityOfMention = entity;
    return result;
}

} // namespace kliping::analysis
