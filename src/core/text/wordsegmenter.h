// Splits text into word, number and punctuation tokens, each a pair of offsets into the text.
// Hyphenated words (KemenPAN-RB, hotel-hotel), apostrophes between letters (Asy'ari), short
// dotted abbreviations (S.H, M.Si) and numbers with separators (1.000, 10.15) stay one token.
// The text itself is never changed.
#pragma once

#include <QList>
#include <QStringView>

namespace kliping::text {

struct WordToken {
    enum class Kind { Word, Number, Punct };
    qsizetype start = 0; // offset of the first UTF-16 unit
    qsizetype end = 0;   // exclusive
    Kind kind = Kind::Word;
};

class WordSegmenter {
public:
    // Tokens of text; offsets are shifted by base (the position of text in a larger string).
    static QList<WordToken> segment(QStringView text, qsizetype base = 0);
};

} // namespace kliping::text
