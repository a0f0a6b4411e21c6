#include "analyzer.h"

#include "articletext.h"
#include "institutionfinder.h"
#include "lexicon.h"
#include "namematcher.h"
#include "personfinder.h"
#include "quotefinder.h"
#include "text/gluedwordsplitter.h"
#include "text/sentencesplitter.h"
#include "text/spelldictionary.h"
#include "text/textfolding.h"

#include <QCoreApplication>
#include <QSet>

namespace kliping::analysis {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(Analyzer)
};

std::shared_ptr<const text::SentenceSplitter> makeSplitter(const Lexicon &lexicon)
{
    QStringList abbreviations = text::SentenceSplitter::defaultAbbreviations();
    abbreviations << lexicon.abbreviations();
    abbreviations.removeDuplicates();
    return std::make_shared<const text::SentenceSplitter>(abbreviations);
}

// What every Analyzer on the built-in lexicon shares, built on first use (thread-safe).
struct SharedTools {
    std::shared_ptr<const text::SentenceSplitter> splitter;
    std::shared_ptr<const text::SpellDictionary> dictionary;
    std::shared_ptr<const text::GluedWordSplitter> glued;
};

const SharedTools &sharedTools()
{
    static const SharedTools tools = [] {
        SharedTools t;
        t.splitter = makeSplitter(*Lexicon::builtIn());
        t.dictionary = std::make_shared<const text::SpellDictionary>();
        t.glued = std::make_shared<const text::GluedWordSplitter>(*t.dictionary);
        return t;
    }();
    return tools;
}

} // namespace

Analyzer::Analyzer(const QString &userLexicon)
    : m_lexicon(userLexicon.isEmpty() ? Lexicon::builtIn()
                                      : std::make_shared<const Lexicon>(userLexicon))
{
    const SharedTools &shared = sharedTools();
    m_splitter = userLexicon.isEmpty() ? shared.splitter : makeSplitter(*m_lexicon);
    m_dictionary = shared.dictionary;
    m_glued = shared.glued;
    m_institutions = std::make_unique<InstitutionFinder>(*m_lexicon, m_dictionary.get());
    m_people = std::make_unique<PersonFinder>(*m_lexicon, *m_institutions, m_dictionary.get());
    m_quotes = std::make_unique<QuoteFinder>(*m_lexicon);
}

Analyzer::~Analyzer() = default;

Analysis Analyzer::analyze(const ingest::Article &article) const
{
    Analysis result;
    if (article.body.size() > kMaxBodyLength) {
        result.error = Tr::tr("The article is too long to analyse (%1 characters; the limit is "
                              "%2): it is kept without people, institutions and quotes.")
                           .arg(article.body.size())
                           .arg(kMaxBodyLength);
        return result;
    }
    const ArticleText text(article.body, *m_lexicon, *m_splitter, m_glued.get());

    QList<InstitutionMention> institutionMentions = m_institutions->find(text);
    QList<int> institutionOf;
    result.institutions = m_institutions->merge(institutionMentions, &institutionOf);
    // The publisher's own name is site furniture, not an institution of the article.
    if (!article.source.isEmpty()) {
        const QString source = text::compactKey(article.source);
        for (Institution &inst : result.institutions) {
            QStringList names = inst.aliases;
            names << inst.name << inst.acronym;
            for (const QString &n : std::as_const(names)) {
                const QString k = text::compactKey(n);
                if (!k.isEmpty() && (k == source || source.startsWith(k) || k.startsWith(source)))
                    inst.kind = QStringLiteral("publisher");
            }
        }
    }

    // The writer, the editor and the outlet ("SUKAMAJU, Tribun Sukamaju - ..." opens the text)
    // are named in the article without being people of it.
    QList<Person> people;
    const QList<PersonMention> personMentions = m_people->find(
        text, institutionMentions, {article.byline, article.editor, article.source}, &people);

    result.quotes = m_quotes->find(text, personMentions, people, institutionMentions, institutionOf,
                                   result.institutions);

    // The people of the article: named with a role, rank or title, by a full name, or quoted.
    QSet<int> keep;
    for (const PersonMention &pm : personMentions) {
        if (pm.person < 0)
            continue;
        // A single letter ("Brigadir K") hides a name; it is not a person of the archive.
        const QStringList words = NameMatcher::words(people.at(pm.person).name);
        if (words.size() == 1 && words.front().size() < 2)
            continue;
        if (pm.anchored || words.size() >= 2)
            keep.insert(pm.person);
    }
    for (const Quote &q : std::as_const(result.quotes)) {
        for (int p = 0; p < people.size(); ++p) {
            if (people.at(p).name == q.speaker && people.at(p).name.size() >= 2)
                keep.insert(p);
        }
    }
    for (int p = 0; p < people.size(); ++p) {
        if (keep.contains(p))
            result.people << people.at(p);
    }

    for (const PersonMention &pm : personMentions) {
        // A mention of someone not kept as a person of the article ("anggota") is no mention;
        // an unresolved title ("kata Kapolres X") still marks where a person is meant.
        if (pm.person >= 0 ? !keep.contains(pm.person) : !pm.anchored)
            continue;
        Mention m;
        m.type = MentionType::Person;
        m.start = text.tokens().at(pm.first).start;
        m.end = text.tokens().at(pm.end - 1).end;
        m.text = article.body.mid(m.start, m.end - m.start);
        if (pm.person >= 0 && keep.contains(pm.person))
            m.entity = people.at(pm.person).name;
        result.mentions << m;
    }
    for (int i = 0; i < institutionMentions.size(); ++i) {
        const InstitutionMention &im = institutionMentions.at(i);
        if (!im.place && institutionOf.value(i, -1) < 0)
            continue;
        Mention m;
        m.type = im.place ? MentionType::Place : MentionType::Institution;
        m.start = text.tokens().at(im.first).start;
        m.end = text.tokens().at(im.end - 1).end;
        m.text = article.body.mid(m.start, m.end - m.start);
        m.entity = im.place ? im.name : result.institutions.at(institutionOf.at(i)).name;
        result.mentions << m;
    }
    QSet<QString> publisher;
    for (qsizetype i = result.institutions.size() - 1; i >= 0; --i) {
        if (result.institutions.at(i).kind == QLatin1String("publisher")) {
            publisher.insert(result.institutions.at(i).name);
            result.institutions.removeAt(i);
        }
    }
    result.mentions.removeIf([&](const Mention &m) {
        return m.type == MentionType::Institution && publisher.contains(m.entity);
    });
    // A name never ends in punctuation: "Dinas Perhubungan," before an apposition.
    const auto trimmed = [](QString name) {
        while (!name.isEmpty() && (name.back() == u',' || name.back() == u';' || name.back() == u':'))
            name.chop(1);
        return name.trimmed();
    };
    for (Institution &inst : result.institutions) {
        inst.name = trimmed(inst.name);
        for (QString &alias : inst.aliases)
            alias = trimmed(alias);
    }
    for (Mention &m : result.mentions)
        m.entity = trimmed(m.entity);
    for (Person &p : result.people)
        for (Role &r : p.roles)
            r.institution = trimmed(r.institution);
    std::sort(result.mentions.begin(), result.mentions.end(),
              [](const Mention &a, const Mention &b) { return a.start < b.start; });
    return result;
}

} // namespace kliping::analysis
