// An article body cut into paragraphs, sentences and tokens for the finders. Every token is a
// pair of offsets into the unchanged body; a glued word ("menegaskantidak") becomes two tokens
// that point into the one written word.
#pragma once

#include <QList>
#include <QSet>
#include <QString>
#include <QStringView>

#include <array>

namespace kliping::text {
class SentenceSplitter;
class GluedWordSplitter;
class SpellDictionary;
} // namespace kliping::text

namespace kliping::analysis {

class Lexicon;

struct Token {
    enum class Kind { Word, Number, Punct };
    qsizetype start = 0;
    qsizetype end = 0;
    Kind kind = Kind::Word;
    bool upper = false;       // a word starting with an upper-case letter
    bool allUpper = false;    // a word in capitals only (KPK, AKBP, FJ)
    bool doubleQuote = false; // a double quotation mark of any shape
    bool singleQuote = false; // a single quotation mark (not an apostrophe inside a word)
    bool glued = false;       // one half of a repaired glued word
    int paragraph = 0;
    int sentence = 0;
};

struct TextPart {
    qsizetype start = 0;
    qsizetype end = 0;
    int firstToken = 0;
    int endToken = 0; // exclusive
    int paragraph = 0;
};

class ArticleText {
public:
    ArticleText(const QString &body, const Lexicon &lexicon, const text::SentenceSplitter &splitter,
                const text::GluedWordSplitter *glued);

    const QString &body() const { return m_body; }
    const QList<Token> &tokens() const { return m_tokens; }
    // Compact folded key of each token: letters and digits of a word, "," for a comma, empty for
    // other punctuation (see PhraseIndex).
    const QList<QString> &keys() const { return m_keys; }
    const QList<TextPart> &paragraphs() const { return m_paragraphs; }
    const QList<TextPart> &sentences() const { return m_sentences; }

    int size() const { return int(m_tokens.size()); }
    QStringView text(int token) const;
    const QString &key(int token) const { return m_keys.at(token); }
    bool isWord(int token) const
    {
        return token >= 0 && token < size() && m_tokens.at(token).kind != Token::Kind::Punct;
    }
    bool isPunct(int token, QChar c) const;
    // The body between the start of token first and the end of token last-1, as written.
    QString slice(int first, int end) const;
    // A capitalised word the article uses on its own for someone who speaks: right after a cue
    // ("kata Vinda", "menurut Wisnu", "lanjut Budi") or as the subject of a lead-in verb
    // ("Yose mengatakan"). Such a word is a name wherever it appears, so a capitalised run
    // "Humas Unesa Vinda Maya" or "PT Pertamina Patra Niaga Irto Ginting" ends before it.
    bool isReferenceWord(const QString &key) const { return m_references.contains(key); }

    // Answers about a token that a finder works out many times over and that depend on the
    // token and the lexicon alone, kept with the text they are about: -1 until set.
    enum class Memo { NameToken, FirstNameToken, Count };
    qint8 &memo(Memo kind, int token) const;

private:
    void findReferenceWords(const Lexicon &lexicon, const text::SpellDictionary *dictionary);

    const QString &m_body;
    QList<Token> m_tokens;
    QList<QString> m_keys;
    QList<TextPart> m_paragraphs;
    QList<TextPart> m_sentences;
    QSet<QString> m_references;
    mutable std::array<QList<qint8>, size_t(Memo::Count)> m_memo;
};

} // namespace kliping::analysis
