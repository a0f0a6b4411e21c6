#include "quotefinder.h"

#include "articletext.h"
#include "lexicon.h"

#include <QHash>
#include <QSet>

namespace kliping::analysis {

namespace {

struct Span {
    int open = -1;
    int close = -1;  // -1: runs to the end of the paragraph (continued in the next one)
    qsizetype start = 0;
    qsizetype stop = 0;
    int paragraph = 0;
    int lastParagraph = 0;
    bool single = false;
};

struct Statement {
    bool direct = true;
    qsizetype start = 0;
    qsizetype end = 0;
    int firstToken = 0; // token where the statement (with its marks) begins
    int endToken = 0;
    int paragraph = 0;
    int lastParagraph = 0;
    int mention = -1;     // person mention that names the speaker
    int institution = -1; // or institution mention
    bool needsLast = false;  // -nya, pronoun: the last speaker
    bool contextual = false; // no cue at all: quote-only paragraph or interrupted quote
    int cueSpeakerEnd = -1;  // token after the trailing speaker span
    QString mentionText;
    QString rule;
    double confidence = 0.0;
    int person = -1;
    QString speakerName;
};

bool isPronoun(const QString &key)
{
    return key == QLatin1String("dia") || key == QLatin1String("ia") || key == QLatin1String("beliau");
}

bool isSentenceEnd(const ArticleText &text, int t)
{
    return text.isPunct(t, u'.') || text.isPunct(t, u'!') || text.isPunct(t, u'?') ||
           text.isPunct(t, u':') || text.isPunct(t, u';');
}

const QSet<QString> &titleWords()
{
    static const QSet<QString> s = {
        QStringLiteral("berjudul"), QStringLiteral("bertajuk"), QStringLiteral("bertema"),
        QStringLiteral("tema"),     QStringLiteral("lagu"),     QStringLiteral("film"),
        QStringLiteral("buku"),     QStringLiteral("program"),  QStringLiteral("tagline"),
        QStringLiteral("slogan"),   QStringLiteral("julukan"),  QStringLiteral("disebut"),
        QStringLiteral("sebagai"),  QStringLiteral("istilah"),  QStringLiteral("gerakan"),
        QStringLiteral("kampanye"), QStringLiteral("tagar"),    QStringLiteral("label"),
        QStringLiteral("judul"),    QStringLiteral("nama"),     QStringLiteral("bernama"),
        QStringLiteral("dijuluki"), QStringLiteral("semboyan"), QStringLiteral("motto"),
        QStringLiteral("moto"),     QStringLiteral("acara"),    QStringLiteral("kegiatan")};
    return s;
}

QString cleanQuoteText(QString s)
{
    s.replace(QStringLiteral("\n\n"), QStringLiteral(" "));
    s.replace(u'\n', u' ');
    s = s.trimmed();
    while (!s.isEmpty() && (s.back() == u',' || s.back() == u' '))
        s.chop(1);
    return s;
}

} // namespace

QuoteFinder::QuoteFinder(const Lexicon &lexicon)
    : m_lexicon(lexicon)
{
}

QList<Quote> QuoteFinder::find(const ArticleText &text, const QList<PersonMention> &people,
                               const QList<Person> &persons,
                               const QList<InstitutionMention> &institutions,
                               const QList<int> &institutionEntity,
                               const QList<Institution> &institutionList) const
{
    const int n = text.size();
    const QList<QString> &keys = text.keys();
    const QList<Token> &tokens = text.tokens();
    QHash<int, int> personAt, personEndingAt, instAt, instEndingAt;
    for (int m = 0; m < people.size(); ++m) {
        personAt.insert(people.at(m).first, m);
        const int nameEnd = people.at(m).nameEnd >= 0 ? people.at(m).nameEnd : people.at(m).end;
        personEndingAt.insert(people.at(m).end, m);
        personEndingAt.insert(nameEnd, m);
    }
    for (int m = 0; m < institutions.size(); ++m) {
        if (institutions.at(m).place)
            continue;
        instAt.insert(institutions.at(m).first, m);
        instEndingAt.insert(institutions.at(m).end, m);
    }

    // 1. Quote spans: marks paired by alternation within a paragraph.
    QList<Span> spans;
    const QList<TextPart> &paras = text.paragraphs();
    for (int p = 0; p < paras.size(); ++p) {
        QList<int> marks;
        for (int t = paras.at(p).firstToken; t < paras.at(p).endToken; ++t) {
            if (tokens.at(t).doubleQuote)
                marks << t;
        }
        // A mark followed by a cue ("” ujar X") closes a quote: when alternation would open a
        // quote there, an earlier mark was lost; drop the stray mark instead of pairing across.
        for (int k = 0; k < marks.size(); k += 2) {
            int next = marks.at(k) + 1;
            if (text.isPunct(next, u','))
                ++next;
            if (text.isWord(next) && !tokens.at(next).upper) {
                const QString &key = keys.at(next);
                const bool cue = m_lexicon.speechUse(key) == SpeechUse::Cue ||
                                 (key.endsWith(QLatin1String("nya")) &&
                                  m_lexicon.speechUse(key.chopped(3)) == SpeechUse::Cue);
                if (cue) {
                    marks.removeAt(k);
                    k -= 2;
                }
            }
        }
        bool openEnded = false;
        if (marks.size() % 2 == 1) {
            const bool nextStartsWithMark = p + 1 < paras.size() &&
                                            paras.at(p + 1).firstToken < paras.at(p + 1).endToken &&
                                            tokens.at(paras.at(p + 1).firstToken).doubleQuote;
            if (nextStartsWithMark)
                openEnded = true;
            else
                marks.removeLast();
        }
        for (int k = 0; k + 1 < marks.size() || (openEnded && k < marks.size()); k += 2) {
            Span s;
            s.open = marks.at(k);
            s.close = k + 1 < marks.size() ? marks.at(k + 1) : -1;
            s.start = tokens.at(s.open).end;
            s.stop = s.close >= 0 ? tokens.at(s.close).start : paras.at(p).end;
            s.paragraph = s.lastParagraph = p;
            spans << s;
        }
    }
    // Quotes over several paragraphs: an open-ended span continues with the next paragraph's
    // first quote.
    for (int k = 0; k + 1 < spans.size(); ++k) {
        if (spans.at(k).close >= 0)
            continue;
        Span &a = spans[k];
        const Span &b = spans.at(k + 1);
        if (b.paragraph == a.lastParagraph + 1 && b.open == paras.at(b.paragraph).firstToken) {
            a.close = b.close;
            a.stop = b.stop;
            a.lastParagraph = b.lastParagraph;
            spans.removeAt(k + 1);
            --k;
        }
    }
    for (Span &s : spans) {
        if (s.close < 0)
            s.close = -1;
    }
    QList<bool> inside(n, false);
    for (const Span &s : std::as_const(spans)) {
        for (int t = s.open; t < n && (s.close < 0 ? tokens.at(t).paragraph <= s.lastParagraph : t <= s.close); ++t)
            inside[t] = true;
    }
    // Single quotation marks outside double quotes: quotes only with a cue.
    for (int p = 0; p < paras.size(); ++p) {
        QList<int> marks;
        for (int t = paras.at(p).firstToken; t < paras.at(p).endToken; ++t) {
            if (tokens.at(t).singleQuote && !inside.at(t))
                marks << t;
        }
        for (int k = 0; k + 1 < marks.size(); k += 2) {
            Span s;
            s.open = marks.at(k);
            s.close = marks.at(k + 1);
            s.start = tokens.at(s.open).end;
            s.stop = tokens.at(s.close).start;
            s.paragraph = s.lastParagraph = p;
            s.single = true;
            spans << s;
        }
    }
    std::sort(spans.begin(), spans.end(), [](const Span &a, const Span &b) { return a.start < b.start; });

    auto wordCount = [&](qsizetype from, qsizetype to) {
        int c = 0;
        for (int t = 0; t < n; ++t) {
            if (tokens.at(t).start >= from && tokens.at(t).end <= to && text.isWord(t))
                ++c;
        }
        return c;
    };
    auto tokenAfter = [&](qsizetype offset) {
        int t = 0;
        while (t < n && tokens.at(t).start < offset)
            ++t;
        return t;
    };

    // Reads who is named right after a cue at token t into st.
    auto readSpeakerAt = [&](int t, Statement &st) {
        if (text.isWord(t) && isPronoun(keys.at(t))) {
            st.needsLast = true;
            st.mentionText = text.text(t).toString();
            st.cueSpeakerEnd = t + 1;
            return true;
        }
        if (personAt.contains(t)) {
            const PersonMention &pm = people.at(personAt.value(t));
            st.mention = personAt.value(t);
            st.mentionText = text.slice(pm.first, pm.nameEnd >= 0 ? pm.nameEnd : pm.end);
            st.cueSpeakerEnd = pm.end;
            return true;
        }
        if (instAt.contains(t)) {
            const InstitutionMention &im = institutions.at(instAt.value(t));
            st.institution = instAt.value(t);
            st.mentionText = text.slice(im.first, im.end);
            st.cueSpeakerEnd = im.end;
            return true;
        }
        return false;
    };
    // The subject that ends right before token t (a lead-in verb), skipping adverbs.
    auto readSubjectBefore = [&](int t, Statement &st) {
        int e = t;
        static const QSet<QString> adverbs = {
            QStringLiteral("juga"),   QStringLiteral("pun"),    QStringLiteral("kembali"),
            QStringLiteral("lalu"),   QStringLiteral("kemudian"), QStringLiteral("sempat"),
            QStringLiteral("telah"),  QStringLiteral("sudah"),  QStringLiteral("turut"),
            QStringLiteral("bahkan"), QStringLiteral("pernah"), QStringLiteral("justru"),
            QStringLiteral("hanya"),  QStringLiteral("mengaku"), QStringLiteral("secara"),
            QStringLiteral("tegas"),  QStringLiteral("saat"),   QStringLiteral("itu"),
            QStringLiteral("tetap"),  QStringLiteral("masih"),  QStringLiteral("pun")};
        while (e - 1 >= 0 && text.isWord(e - 1) && !tokens.at(e - 1).upper && adverbs.contains(keys.at(e - 1)))
            --e;
        if (text.isPunct(e - 1, u','))
            --e; // "Jhon Ely Tumanggor, mengatakan" after an apposition
        if (e - 1 >= 0 && text.isWord(e - 1) && isPronoun(keys.at(e - 1))) {
            st.needsLast = true;
            st.mentionText = text.text(e - 1).toString();
            return true;
        }
        if (personEndingAt.contains(e)) {
            const PersonMention &pm = people.at(personEndingAt.value(e));
            st.mention = personEndingAt.value(e);
            st.mentionText = text.slice(pm.first, pm.nameEnd >= 0 ? pm.nameEnd : pm.end);
            return true;
        }
        // "Endra Zulpan, saat ditemui di Jakarta, Senin, mengatakan": a clause between commas.
        if (text.isPunct(e, u',')) {
            for (int c = e - 1; c >= 0 && c > e - 20 && tokens.at(c).sentence == tokens.at(e).sentence; --c) {
                if (text.isPunct(c, u',') && personEndingAt.contains(c)) {
                    const PersonMention &pm = people.at(personEndingAt.value(c));
                    if (pm.nameFirst < 0)
                        break;
                    st.mention = personEndingAt.value(c);
                    st.mentionText = text.slice(pm.first, pm.nameEnd);
                    return true;
                }
                if (isSentenceEnd(text, c) || tokens.at(c).doubleQuote)
                    break;
            }
        }
        if (instEndingAt.contains(e)) {
            const InstitutionMention &im = institutions.at(instEndingAt.value(e));
            // Only an institution that opens the clause speaks ("KPK menyatakan ...").
            const int b = im.first;
            if (b == 0 || isSentenceEnd(text, b - 1) || text.isPunct(b - 1, u',') ||
                tokens.at(b).sentence != tokens.at(b - 1).sentence) {
                st.institution = instEndingAt.value(e);
                st.mentionText = text.slice(im.first, im.end);
                return true;
            }
        }
        return false;
    };

    QList<Statement> statements;
    // 2. Direct quotes: cue after, lead-in before, or a quote that opens a sentence.
    for (const Span &s : std::as_const(spans)) {
        Statement st;
        st.direct = true;
        st.start = s.start;
        st.end = s.stop;
        st.firstToken = s.open;
        st.endToken = s.close >= 0 ? s.close + 1 : paras.at(s.lastParagraph).endToken;
        st.paragraph = s.paragraph;
        st.lastParagraph = s.lastParagraph;
        // Trim spaces and a final comma from the offsets.
        while (st.start < st.end && text.body().at(st.start).isSpace())
            ++st.start;
        while (st.end > st.start && (text.body().at(st.end - 1).isSpace() || text.body().at(st.end - 1) == u','))
            --st.end;
        if (st.end <= st.start)
            continue;
        bool cue = false;
        bool bareCue = false; // "…," kata X — not a lead-in verb after a quoted title
        if (s.close >= 0) {
            int j = s.close + 1;
            if (text.isPunct(j, u','))
                ++j;
            if (text.isWord(j) && !tokens.at(j).upper) {
                const QString &k = keys.at(j);
                const SpeechUse use = m_lexicon.speechUse(k);
                const SpeechUse nya = k.endsWith(QLatin1String("nya")) ? m_lexicon.speechUse(k.chopped(3))
                                                                       : SpeechUse::None;
                if (use == SpeechUse::Cue || use == SpeechUse::LeadIn) {
                    cue = true;
                    bareCue = use == SpeechUse::Cue;
                    if (readSpeakerAt(j + 1, st)) {
                        st.rule = st.needsLast ? QStringLiteral("pronoun") : QStringLiteral("trailing-cue");
                        st.confidence = st.needsLast ? 0.75 : 0.95;
                        if (st.mention >= 0 && people.at(st.mention).nameFirst < 0) {
                            st.rule = QStringLiteral("role");
                            st.confidence = 0.85;
                        }
                    } else {
                        st.rule = QStringLiteral("trailing-cue");
                        st.mentionText = text.text(j + 1 < n ? j + 1 : j).toString();
                    }
                } else if (nya == SpeechUse::Cue || nya == SpeechUse::LeadIn || nya == SpeechUse::Menurut) {
                    cue = true;
                    st.needsLast = true;
                    st.mentionText = text.text(j).toString();
                    st.rule = QStringLiteral("nya");
                    st.confidence = 0.75;
                }
            }
        }
        // Lead-in: "X mengatakan, “…”", "Menurut X, “…”", "Kata X: “…”".
        bool leadIn = false;
        if (!cue && s.open > 0 && (text.isPunct(s.open - 1, u',') || text.isPunct(s.open - 1, u':'))) {
            int limit = s.open - 2;
            int t = limit;
            for (; t >= 0 && tokens.at(t).paragraph == s.paragraph && !isSentenceEnd(text, t) &&
                   !tokens.at(t).doubleQuote;
                 --t) {
                if (!text.isWord(t))
                    continue;
                const SpeechUse use = m_lexicon.speechUse(keys.at(t));
                if (use == SpeechUse::LeadIn) {
                    leadIn = readSubjectBefore(t, st);
                    break;
                }
                if (use == SpeechUse::Menurut || (use == SpeechUse::Cue && tokens.at(t).upper)) {
                    leadIn = readSpeakerAt(t + 1, st);
                    break;
                }
                if (keys.at(t) == QLatin1String("menurutnya")) {
                    st.needsLast = true;
                    st.mentionText = text.text(t).toString();
                    leadIn = true;
                    break;
                }
            }
            if (leadIn) {
                st.rule = QStringLiteral("lead-in");
                st.confidence = st.needsLast ? 0.7 : 0.85;
            }
        }
        const bool opensSentence = s.open == paras.at(s.paragraph).firstToken || s.open == 0 ||
                                   isSentenceEnd(text, s.open - 1) || tokens.at(s.open - 1).doubleQuote ||
                                   text.isPunct(s.open - 1, u',');
        const int words = wordCount(st.start, st.end);
        bool titled = false;
        for (int t = s.open - 1; t >= 0 && t >= s.open - 2; --t) {
            if (text.isWord(t) && titleWords().contains(keys.at(t)))
                titled = true;
        }
        // "Riset berjudul ”…” menyebutkan": a quoted title is the subject of the verb after it.
        if (titled && (!cue || (!bareCue && words < 10)))
            continue;
        if (s.single && !cue)
            continue;
        if (!cue && !leadIn && (words < 4 || !opensSentence))
            continue; // a title, a slogan or a term in quotation marks
        if (words < 2 && !leadIn)
            continue;
        st.contextual = !cue && !leadIn;
        if (st.contextual) {
            st.rule = QStringLiteral("context");
            st.confidence = 0.6;
        }
        statements << st;
    }

    // 3. Indirect statements: "X mengatakan [,] [bahwa] …", "Menurut X, …".
    const QList<TextPart> &sentences = text.sentences();
    for (const TextPart &sen : sentences) {
        for (int t = sen.firstToken; t < sen.endToken; ++t) {
            if (inside.at(t) || !text.isWord(t))
                continue;
            const QString &k = keys.at(t);
            const SpeechUse use = m_lexicon.speechUse(k);
            Statement st;
            st.direct = false;
            int contentFirst = -1;
            if (use == SpeechUse::LeadIn && !tokens.at(t).upper) {
                if (!readSubjectBefore(t, st))
                    continue;
                contentFirst = t + 1;
                st.rule = QStringLiteral("indirect");
            } else if ((use == SpeechUse::Menurut || k == QLatin1String("menurutnya")) &&
                       (t == sen.firstToken || text.isPunct(t - 1, u','))) {
                if (k == QLatin1String("menurutnya")) {
                    st.needsLast = true;
                    st.mentionText = text.text(t).toString();
                    contentFirst = t + 1;
                } else {
                    if (!readSpeakerAt(t + 1, st))
                        continue;
                    contentFirst = st.cueSpeakerEnd >= 0 ? st.cueSpeakerEnd : t + 2;
                }
                st.rule = QStringLiteral("menurut");
            } else {
                continue;
            }
            while (contentFirst < sen.endToken &&
                   (text.isPunct(contentFirst, u',') || text.isPunct(contentFirst, u':') ||
                    keys.at(contentFirst) == QLatin1String("bahwa") ||
                    keys.at(contentFirst) == QLatin1String("bahwasanya")))
                ++contentFirst;
            int contentEnd = sen.endToken;
            while (contentEnd > contentFirst && !text.isWord(contentEnd - 1) &&
                   !text.isPunct(contentEnd - 1, u')'))
                --contentEnd;
            bool hasQuote = false;
            for (int q = contentFirst; q < contentEnd; ++q)
                hasQuote = hasQuote || tokens.at(q).doubleQuote || inside.at(q);
            if (hasQuote || contentEnd - contentFirst < 3)
                break; // a lead-in to a direct quote, or nothing said
            st.start = tokens.at(contentFirst).start;
            st.end = tokens.at(contentEnd - 1).end;
            st.firstToken = t;
            st.endToken = contentEnd;
            st.paragraph = st.lastParagraph = tokens.at(t).paragraph;
            st.confidence = st.needsLast ? 0.6 : 0.75;
            statements << st;
            break; // one statement a sentence
        }
    }
    std::sort(statements.begin(), statements.end(),
              [](const Statement &a, const Statement &b) { return a.start < b.start; });

    // Back-references: "Hal itu disampaikan X", "Demikian dikatakan X".
    struct BackRef {
        int token;
        int paragraph;
        Statement who;
    };
    QList<BackRef> backRefs;
    for (int t = 1; t + 1 < n; ++t) {
        if (inside.at(t) || m_lexicon.speechUse(keys.at(t)) != SpeechUse::Passive)
            continue;
        const QString &prev = keys.at(t - 1);
        const bool backRef = prev == QLatin1String("itu") || prev == QLatin1String("ini") ||
                             prev == QLatin1String("tersebut") || prev == QLatin1String("demikian");
        if (!backRef)
            continue;
        int s = t + 1;
        if (text.isWord(s) && keys.at(s) == QLatin1String("oleh"))
            ++s;
        BackRef br{t, tokens.at(t).paragraph, Statement()};
        if (readSpeakerAt(s, br.who))
            backRefs << br;
    }

    // 4. Resolve in reading order, keeping the last speaker.
    int lastPerson = -1;
    int lastParagraph = -100;
    auto resolveMention = [&](Statement &st) {
        if (st.mention >= 0) {
            const int p = people.at(st.mention).person;
            if (p >= 0) {
                st.person = p;
                return;
            }
        }
        if (st.institution >= 0) {
            const int e = institutionEntity.value(st.institution, -1);
            st.speakerName = e >= 0 ? institutionList.at(e).name : institutions.at(st.institution).name;
        }
    };
    // Nearest person named before a token outside quotes, within two paragraphs.
    auto nearestPersonBefore = [&](int token, int paragraph) {
        for (int m = int(people.size()) - 1; m >= 0; --m) {
            const PersonMention &pm = people.at(m);
            if (pm.first >= token || pm.person < 0 || inside.value(pm.first))
                continue;
            if (tokens.at(pm.first).paragraph < paragraph - 2)
                return -1;
            return pm.person;
        }
        return -1;
    };
    // The person who is the subject of the text right before a -nya quote: the last person
    // mention in this or the previous paragraph that opens a clause and is followed by its
    // verb ("Hanna Keraf juga blusukan ...", "Rini Widyantini mengatakan, ..."), or that is
    // named by a cue ("kata Nyoman"). The words of an indirect statement are not its subject.
    auto subjectBefore = [&](int token, int paragraph) {
        static const QSet<QString> adverbs = {
            QStringLiteral("juga"),   QStringLiteral("pun"),     QStringLiteral("kembali"),
            QStringLiteral("telah"),  QStringLiteral("sudah"),   QStringLiteral("bahkan"),
            QStringLiteral("sempat"), QStringLiteral("masih"),   QStringLiteral("tetap"),
            QStringLiteral("lalu"),   QStringLiteral("kemudian"), QStringLiteral("hanya"),
            QStringLiteral("justru"), QStringLiteral("pernah"),  QStringLiteral("tidak"),
            QStringLiteral("belum"),  QStringLiteral("akan"),    QStringLiteral("mengaku"),
            QStringLiteral("terus"),  QStringLiteral("selalu"),  QStringLiteral("langsung")};
        static const QSet<QString> notVerbs = {
            QStringLiteral("di"),     QStringLiteral("ke"),      QStringLiteral("dari"),
            QStringLiteral("dan"),    QStringLiteral("yang"),    QStringLiteral("untuk"),
            QStringLiteral("dengan"), QStringLiteral("pada"),    QStringLiteral("dalam"),
            QStringLiteral("kepada"), QStringLiteral("bersama"), QStringLiteral("sebagai"),
            QStringLiteral("selaku"), QStringLiteral("atau"),    QStringLiteral("serta"),
            QStringLiteral("tersebut"), QStringLiteral("itu"),   QStringLiteral("ini"),
            QStringLiteral("oleh"),   QStringLiteral("bagi"),    QStringLiteral("terhadap")};
        static const QSet<QString> openers = {
            QStringLiteral("sementara"), QStringLiteral("itu"), QStringLiteral("namun"),
            QStringLiteral("adapun"),    QStringLiteral("sedangkan"), QStringLiteral("kemudian"),
            QStringLiteral("lalu"),      QStringLiteral("bahkan"), QStringLiteral("selain")};
        auto insideIndirect = [&](int t) {
            for (const Statement &o : std::as_const(statements)) {
                if (!o.direct && tokens.at(t).start >= o.start && tokens.at(t).end <= o.end)
                    return true;
            }
            return false;
        };
        for (int m = int(people.size()) - 1; m >= 0; --m) {
            const PersonMention &pm = people.at(m);
            if (pm.first >= token || pm.person < 0 || inside.value(pm.first))
                continue;
            if (tokens.at(pm.first).paragraph < paragraph - 1)
                break;
            if (insideIndirect(pm.first))
                continue;
            const int b = pm.first - 1;
            bool cue = false;
            if (text.isWord(b)) {
                const SpeechUse u = m_lexicon.speechUse(keys.at(b));
                cue = u == SpeechUse::Cue || u == SpeechUse::Menurut || u == SpeechUse::Passive;
            }
            if (cue)
                return pm.person;
            const bool opens = b < 0 || !text.isWord(b) || tokens.at(b).sentence != tokens.at(pm.first).sentence ||
                               openers.contains(keys.at(b));
            if (!opens || text.isPunct(b, u'('))
                continue;
            int a = pm.end;
            while (text.isWord(a) && !tokens.at(a).upper && adverbs.contains(keys.at(a)))
                ++a;
            if (text.isPunct(a, u','))
                return pm.person; // apposition or a clause before the verb
            // "HM pun dilaporkan", "Iriansyah dipanggil": the subject of a passive verb is
            // not the one who speaks.
            const bool passive = text.isWord(a) && (keys.at(a).startsWith(QLatin1String("di")) ||
                                                    keys.at(a).startsWith(QLatin1String("ter")));
            if (text.isWord(a) && !tokens.at(a).upper && !notVerbs.contains(keys.at(a)) && !passive)
                return pm.person;
        }
        return -1;
    };
    Statement *previous = nullptr;
    for (Statement &st : statements) {
        resolveMention(st);
        if (st.person < 0 && st.speakerName.isEmpty()) {
            if (st.needsLast && subjectBefore(st.firstToken, st.paragraph) >= 0) {
                st.person = subjectBefore(st.firstToken, st.paragraph);
            } else if (st.needsLast) {
                if (lastPerson >= 0 && lastParagraph >= st.paragraph - 3)
                    st.person = lastPerson;
                else
                    st.person = nearestPersonBefore(st.firstToken, st.paragraph);
            } else if (st.contextual) {
                // Interrupted quote: "…," kata X, "…" continues X's words.
                if (previous && previous->direct && previous->cueSpeakerEnd >= 0 &&
                    (previous->cueSpeakerEnd == st.firstToken ||
                     (text.isPunct(previous->cueSpeakerEnd, u',') && previous->cueSpeakerEnd + 1 == st.firstToken))) {
                    st.person = previous->person;
                    st.speakerName = previous->speakerName;
                    st.mentionText = previous->mentionText;
                    st.rule = QStringLiteral("interrupted");
                    st.confidence = 0.85;
                } else if (lastPerson >= 0 && lastParagraph >= st.paragraph - 2) {
                    st.person = lastPerson;
                } else {
                    st.person = nearestPersonBefore(st.firstToken, st.paragraph);
                }
            }
        }
        if (st.person < 0 && st.speakerName.isEmpty()) {
            for (const BackRef &br : std::as_const(backRefs)) {
                if (br.token > st.firstToken && br.paragraph <= st.lastParagraph + 1) {
                    Statement who = br.who;
                    resolveMention(who);
                    st.person = who.person;
                    st.speakerName = who.speakerName;
                    st.mentionText = who.mentionText;
                    st.rule = QStringLiteral("back-reference");
                    st.confidence = 0.7;
                    break;
                }
            }
        }
        if (st.person >= 0) {
            lastPerson = st.person;
            lastParagraph = st.lastParagraph;
        }
        previous = &st;
    }

    QList<Quote> out;
    for (const Statement &st : std::as_const(statements)) {
        Quote q;
        q.kind = st.direct ? QuoteKind::Direct : QuoteKind::Indirect;
        q.start = st.start;
        q.end = st.end;
        q.text = cleanQuoteText(text.body().mid(st.start, st.end - st.start));
        if (st.person >= 0 && st.person < persons.size())
            q.speaker = persons.at(st.person).name;
        else
            q.speaker = st.speakerName;
        q.speakerMention = st.mentionText;
        q.rule = st.rule;
        q.confidence = q.speaker.isEmpty() ? 0.0 : st.confidence;
        if (!st.direct && !q.speaker.isEmpty())
            q.confidence = qMax(0.0, q.confidence - 0.05);
        out << q;
    }
    Q_UNUSED(tokenAfter);
    return out;
}

} // namespace kliping::analysis
