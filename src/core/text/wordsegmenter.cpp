#include "wordsegmenter.h"

namespace kliping::text {

namespace {

bool isWordChar(QChar c)
{
    return c.isLetterOrNumber() || c.category() == QChar::Mark_NonSpacing;
}

bool isJoiner(QChar c)
{
    return c == u'-' || c == u'\'' || c == u'\u2019' || c == u'\u2010' || c == u'\u2011';
}

} // namespace

QList<WordToken> WordSegmenter::segment(QStringView text, qsizetype base)
{
    QList<WordToken> tokens;
    tokens.reserve(text.size() / 5);
    const qsizetype n = text.size();
    qsizetype i = 0;
    while (i < n) {
        const QChar c = text.at(i);
        if (c.isSpace() || c == u'\u200b' || c == u'\u200e' || c == u'\u200f' || c == u'\ufeff') {
            ++i;
            continue;
        }
        if (!isWordChar(c)) {
            tokens.append({base + i, base + i + 1, WordToken::Kind::Punct});
            ++i;
            continue;
        }
        const bool number = c.isDigit();
        const qsizetype start = i;
        qsizetype segmentStart = i; // start of the current dot-separated piece
        ++i;
        while (i < n) {
            const QChar d = text.at(i);
            if (isWordChar(d)) {
                ++i;
                continue;
            }
            const bool nextIsWord = i + 1 < n && isWordChar(text.at(i + 1));
            if (!nextIsWord)
                break;
            if (isJoiner(d) && isWordChar(text.at(i - 1))) {
                ++i;
                continue;
            }
            // 1.000 / 10.15 / Rp1,5
            if ((d == u'.' || d == u',') && text.at(i - 1).isDigit() && text.at(i + 1).isDigit()) {
                ++i;
                continue;
            }
            // S.H / M.Si / Ph.D: short capitalised pieces joined by periods.
            if (d == u'.' && !number && i - segmentStart <= 2 && text.at(segmentStart).isUpper() &&
                text.at(i + 1).isLetter()) {
                qsizetype j = i + 1;
                while (j < n && text.at(j).isLetter())
                    ++j;
                if (j - (i + 1) <= 4) {
                    ++i;
                    segmentStart = i;
                    continue;
                }
            }
            break;
        }
        tokens.append({base + start, base + i, number ? WordToken::Kind::Number : WordToken::Kind::Word});
    }
    return tokens;
}

} // namespace kliping::text
