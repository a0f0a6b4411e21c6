#include "articletext.h"

#include "lexicon.h"
#include "text/gluedwordsplitter.h"
#include "text/sentencesplitter.h"
#include "text/spelldictionary.h"
#include "text/textfolding.h"
#include "text/wordsegmenter.h"

namespace kliping::analysis {

namespace {

bool isDoubleQuote(QChar c)
{
    switch (c.unicode()) {
    case u'"':
    case 0x201C:
    case 0x201D:
    case 0x201E:
    case 0x201F:
    case 0x00AB:
    case 0x00BB:
    case 0x2033:
    case 0xFF02:
        return true;
    default:
        return false;
    }
}

bool isSingleQuote(QChar c)
{
    switch (c.unicode()) {
    case u'\'':
    case 0x2018:
    case 0x2019:
    case 0x201A:
    case 0x2039:
    case 0x203A:
        return true;
    default:
        return false;
    }
}

} // namespace

ArticleText::ArticleText(const QString &body, const Lexicon &lexicon,
                         const text::SentenceSplitter &splitter,
                         const text::GluedWordSplitter *glued)
    : m_body(body)
{
    // Paragraphs: text between runs of line breaks.
    qsizetype pos = 0;
    const qsizetype n = body.size();
    while (pos < n) {
        while (pos < n && (body.at(pos) == u'\n' || body.at(pos) == u'\r'))
            ++pos;
        if (pos >= n)
            break;
        qsizetype end = body.indexOf(u'\n', pos);
        if (end < 0)
            end = n;
        TextPart p;
        p.start = pos;
        p.end = end;
        p.paragraph = int(m_paragraphs.size());
        m_paragraphs.append(p);
        pos = end;
    }

    for (TextPart &para : m_paragraphs) {
        const QStringView paraText = QStringView(body).mid(para.start, para.end - para.start);
        para.firstToken = int(m_tokens.size());
        const QList<text::TextSpan> sentences = splitter.split(paraText, para.start);
        const QList<text::WordToken> words = text::WordSegmenter::segment(paraText, para.start);
        int sentenceIndex = int(m_sentences.size());
        qsizetype si = 0;
        for (const text::TextSpan &s : sentences)
            m_sentences.append({s.start, s.end, 0, 0, para.paragraph});
        for (const text::WordToken &w : words) {
            while (si + 1 < sentences.size() && w.start >= sentences.at(si + 1).start)
                ++si;
            Token t;
            t.start = w.start;
            t.end = w.end;
            t.kind = w.kind == text::WordToken::Kind::Punct    ? Token::Kind::Punct
                     : w.kind == text::WordToken::Kind::Number ? Token::Kind::Number
                                                               : Token::Kind::Word;
            t.paragraph = para.paragraph;
            t.sentence = sentenceIndex + int(si);
            const QStringView word = QStringView(body).mid(w.start, w.end - w.start);
            if (t.kind == Token::Kind::Punct) {
                t.doubleQuote = isDoubleQuote(word.front());
                t.singleQuote = isSingleQuote(word.front());
                m_tokens.append(t);
                m_keys.append(word.front() == u',' ? QStringLiteral(",") : QString());
                continue;
            }
            bool hasLower = false;
            for (QChar c : word)
                hasLower = hasLower || c.isLower();
            t.upper = word.front().isUpper();
            t.allUpper = t.upper && !hasLower;
            QString k = text::compactKey(word);
            if (glued && t.kind == Token::Kind::Word && !t.allUpper) {
                const auto isProtected = [&lexicon](QStringView part) {
                    return lexicon.isLexiconWord(text::compactKey(part));
                };
                const qsizetype cut = t.upper ? glued->nameTailSplitPoint(word, isProtected)
                                              : glued->splitPoint(word, isProtected);
                if (cut > 0) {
                    Token a = t, b = t;
                    a.end = t.start + cut;
                    b.start = a.end;
                    b.upper = b.allUpper = false;
                    a.glued = b.glued = true;
                    m_tokens.append(a);
                    m_keys.append(text::compactKey(word.left(cut)));
                    m_tokens.append(b);
                    m_keys.append(text::compactKey(word.mid(cut)));
                    continue;
                }
            }
            m_tokens.append(t);
            m_keys.append(k);
        }
        para.endToken = int(m_tokens.size());
    }
    // Token ranges of sentences.
    for (TextPart &s : m_sentences) {
        s.firstToken = -1;
        s.endToken = -1;
    }
    for (int i = 0; i < int(m_tokens.size()); ++i) {
        TextPart &s = m_sentences[m_tokens.at(i).sentence];
        if (s.firstToken < 0)
            s.firstToken = i;
        s.endToken = i + 1;
    }
    for (TextPart &s : m_sentences) {
        if (s.firstToken < 0)
            s.firstToken = s.endToken = 0;
    }
    findReferenceWords(lexicon, glued ? &glued->dictionary() : nullptr);
}

void ArticleText::findReferenceWords(const Lexicon &lexicon,
                                     const text::SpellDictionary *dictionary)
{
    static const QSet<QString> adverbs = {QStringLiteral("pun"),      QStringLiteral("juga"),
                                          QStringLiteral("kembali"),  QStringLiteral("lalu"),
                                          QStringLiteral("kemudian"), QStringLiteral("sempat")};
    const int n = size();
    auto candidate = [&](int t) {
        if (!isWord(t) || !m_tokens.at(t).upper || m_tokens.at(t).allUpper ||
            m_tokens.at(t).kind != Token::Kind::Word)
            return false;
        const QString &k = m_keys.at(t);
        return k.size() >= 3 && !lexicon.isLexiconWord(k) &&
               lexicon.speechUse(k) == SpeechUse::None;
    };
    auto lowerWord = [&](int t) { return isWord(t) && !m_tokens.at(t).upper; };
    for (int t = 1; t < n; ++t) {
        if (!candidate(t))
            continue;
        // One word alone: not inside a longer capitalised run.
        const bool prevCap = isWord(t - 1) && m_tokens.at(t - 1).upper;
        const bool nextCap = isWord(t + 1) && m_tokens.at(t + 1).upper;
        bool ref = false;
        // "kata Vinda", "lanjut Budi,", "Menurut Wisnu,"
        if (isWord(t - 1) && !nextCap) {
            const SpeechUse u = lexicon.speechUse(m_keys.at(t - 1));
            ref = (u == SpeechUse::Cue && lowerWord(t - 1)) || u == SpeechUse::Menurut;
        }
        // "Yose mengatakan", "Dadang pun menambahkan"; a capitalised common word there opens
        // the sentence ("Polisi mengatakan").
        const bool common = dictionary && dictionary->isValid() &&
                            dictionary->contains(text(t).toString().toLower());
        if (!ref && !prevCap && !common) {
            int v = t + 1;
            while (lowerWord(v) && adverbs.contains(m_keys.at(v)))
                ++v;
            ref = lowerWord(v) && lexicon.speechUse(m_keys.at(v)) == SpeechUse::LeadIn;
        }
        if (ref)
            m_references.insert(m_keys.at(t));
    }
}

qint8 &ArticleText::memo(Memo kind, int token) const
{
    QList<qint8> &values = m_memo[size_t(kind)];
    if (values.isEmpty())
        values = QList<qint8>(size(), qint8(-1));
    return values[token];
}

QStringView ArticleText::text(int token) const
{
    const Token &t = m_tokens.at(token);
    return QStringView(m_body).mid(t.start, t.end - t.start);
}

bool ArticleText::isPunct(int token, QChar c) const
{
    return token >= 0 && token < size() && m_tokens.at(token).kind == Token::Kind::Punct &&
           m_body.at(m_tokens.at(token).start) == c;
}

QString ArticleText::slice(int first, int end) const
{
    if (first >= end || first < 0 || end > size())
        return {};
    const qsizetype s = m_tokens.at(first).start;
    const qsizetype e = m_tokens.at(end - 1).end;
    return m_body.mid(s, e - s);
}

} // namespace kliping::analysis
