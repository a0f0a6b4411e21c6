#include "lexicon.h"

#include "text/textfolding.h"
#include "text/tsvfile.h"

#include <QCoreApplication>
#include <mutex>

namespace kliping::analysis {

namespace {

const QStringList kinds = {
    QStringLiteral("ranks"),       QStringLiteral("rank-suffixes"),
    QStringLiteral("honorifics"),  QStringLiteral("positions"),
    QStringLiteral("role-prefixes"), QStringLiteral("institution-types"),
    QStringLiteral("institutions"), QStringLiteral("generic-institutions"),
    QStringLiteral("places"),      QStringLiteral("speech-verbs"),
    QStringLiteral("not-names"),   QStringLiteral("given-names"),
};

QString key(const QString &s)
{
    return text::compactKey(s);
}

QStringList splitAliases(const QString &field)
{
    QStringList out;
    for (const QString &a : field.split(u'|', Qt::SkipEmptyParts)) {
        const QString t = a.trimmed();
        if (!t.isEmpty())
            out << t;
    }
    return out;
}

} // namespace

Lexicon::Lexicon(const QString &userFile)
{
    for (const QString &kind : kinds)
        loadFile(QStringLiteral(":/lexicon/%1.tsv").arg(kind), kind);
    if (!userFile.isEmpty()) {
        QString error;
        const QList<text::TsvRecord> records = text::readTsvFile(userFile, &error);
        if (!error.isEmpty())
            m_errors << error;
        for (const text::TsvRecord &r : records) {
            const QString kind = r.field(0).toLower();
            if (!kinds.contains(kind)) {
                m_errors << QCoreApplication::translate("Lexicon", "%1, line %2: unknown kind \"%3\"")
                                .arg(userFile).arg(r.line).arg(r.field(0));
                continue;
            }
            addRecord(kind, r.fields.mid(1), QStringLiteral("%1:%2").arg(userFile).arg(r.line));
        }
    }
}

std::shared_ptr<const Lexicon> Lexicon::builtIn()
{
    static std::shared_ptr<const Lexicon> instance;
    static std::once_flag once;
    std::call_once(once, [] { instance = std::make_shared<const Lexicon>(); });
    return instance;
}

void Lexicon::loadFile(const QString &path, const QString &kind)
{
    QString error;
    const QList<text::TsvRecord> records = text::readTsvFile(path, &error);
    if (!error.isEmpty()) {
        m_errors << error;
        return;
    }
    for (const text::TsvRecord &r : records)
        addRecord(kind, r.fields, QStringLiteral("%1:%2").arg(path).arg(r.line));
}

void Lexicon::remember(const QString &phrase)
{
    for (const QString &w : phrase.split(u' ', Qt::SkipEmptyParts))
        m_allWords.insert(key(w));
    m_allWords.insert(key(phrase));
}

void Lexicon::addRecord(const QString &kind, const QStringList &f, const QString &where)
{
    auto field = [&](int i) { return i < f.size() ? f.at(i).trimmed() : QString(); };
    const QString first = field(0);
    if (first.isEmpty()) {
        m_errors << QCoreApplication::translate("Lexicon", "%1: empty entry").arg(where);
        return;
    }
    if (kind == QLatin1String("ranks")) {
        m_ranks.append({field(1).isEmpty() ? first : field(1), field(2)});
        m_rankIndex.add(first, int(m_ranks.size() - 1));
        if (!first.contains(u' '))
            m_abbreviations << first + u'.';
        remember(first);
    } else if (kind == QLatin1String("rank-suffixes")) {
        m_rankSuffixes.insert(key(first));
    } else if (kind == QLatin1String("honorifics")) {
        const QString k = field(2).toLower();
        const HonorificKind hk = k == QLatin1String("degree")    ? HonorificKind::Degree
                                 : k == QLatin1String("address") ? HonorificKind::Address
                                                                 : HonorificKind::Prefix;
        m_honorifics.append({first, field(1), hk});
        m_honorificIndex.add(first, int(m_honorifics.size() - 1));
        m_abbreviations << first + u'.';
        remember(first);
    } else if (kind == QLatin1String("positions")) {
        QString heads = field(2);
        if (heads == QLatin1String("-"))
            heads.clear();
        QString title = first;
        // "Walikota" and "Wali Kota" share one canonical title: the long form when it is the
        // same words without spaces.
        if (key(field(1)) == key(first))
            title = field(1);
        m_positions.append({title, field(1), heads});
        m_positionIndex.add(first, int(m_positions.size() - 1));
        remember(first);
    } else if (kind == QLatin1String("role-prefixes")) {
        if (field(3).toLower() == QLatin1String("word")) {
            m_prefixWords.insert(key(first));
            m_abbreviations << first + u'.';
        } else {
            m_rolePrefixes.append({first, field(1), field(2), key(first), key(field(2))});
        }
    } else if (kind == QLatin1String("institution-types")) {
        m_types.append({first, field(1), field(2), field(3)});
        const int i = int(m_types.size() - 1);
        m_typeIndex.add(first, i);
        remember(first);
        for (const QString &a : splitAliases(field(4))) {
            m_typeIndex.add(a, i);
            remember(a);
        }
    } else if (kind == QLatin1String("institutions")) {
        KnownInstitution inst{first, field(1), field(2), field(3), splitAliases(field(4))};
        m_institutions.append(inst);
        const int i = int(m_institutions.size() - 1);
        m_institutionIndex.add(first, i);
        if (!inst.acronym.isEmpty()) {
            m_institutionIndex.add(inst.acronym, i);
            remember(inst.acronym);
        }
        for (const QString &a : inst.aliases) {
            m_institutionIndex.add(a, i);
            remember(a);
        }
    } else if (kind == QLatin1String("generic-institutions")) {
        m_generic.insert(key(first), splitAliases(field(1)));
    } else if (kind == QLatin1String("places")) {
        const QString k = field(1);
        if (k == QLatin1String("word")) {
            m_placeWords.insert(key(first));
        } else if (k == QLatin1String("head")) {
            m_placeHeads.insert(key(first));
        } else if (k == QLatin1String("site")) {
            m_siteWords.insert(key(first));
        } else {
            m_places.append({first, k, field(2).isEmpty() ? first : field(2)});
            m_placeIndex.add(first, int(m_places.size() - 1));
            remember(first);
        }
    } else if (kind == QLatin1String("speech-verbs")) {
        const QString u = field(1).toLower();
        const SpeechUse use = u == QLatin1String("cue")       ? SpeechUse::Cue
                              : u == QLatin1String("leadin")  ? SpeechUse::LeadIn
                              : u == QLatin1String("passive") ? SpeechUse::Passive
                              : u == QLatin1String("menurut") ? SpeechUse::Menurut
                                                              : SpeechUse::None;
        if (use == SpeechUse::None) {
            m_errors << QCoreApplication::translate("Lexicon", "%1: unknown use \"%2\"").arg(where, field(1));
            return;
        }
        if (!m_speech.contains(key(first)))
            m_speech.insert(key(first), use);
    } else if (kind == QLatin1String("not-names")) {
        m_notNames.insert(key(first));
    } else if (kind == QLatin1String("given-names")) {
        m_givenNames.insert(key(first));
    }
}

bool Lexicon::composeRole(const QString &compactKey, PositionInfo *info) const
{
    for (const RolePrefixInfo &p : m_rolePrefixes) {
        const QString &pk = p.prefixKey;
        if (!compactKey.startsWith(pk) || compactKey.size() < pk.size() + 3)
            continue;
        const QString unit = p.unitKey + compactKey.mid(pk.size());
        int t = m_typeIndex.exact(unit);
        QString heads;
        if (t >= 0) {
            heads = m_types.at(t).type;
        } else {
            const int k = m_institutionIndex.exact(unit);
            if (k < 0)
                continue;
            heads = m_institutions.at(k).acronym.isEmpty() ? m_institutions.at(k).name
                                                           : m_institutions.at(k).acronym;
        }
        if (info) {
            info->title.clear(); // the caller uses the word as written
            info->longForm = p.meaning + u' ' + heads;
            info->heads = heads;
        }
        return true;
    }
    return false;
}

QStringList Lexicon::abbreviations() const
{
    return m_abbreviations;
}

} // namespace kliping::analysis
