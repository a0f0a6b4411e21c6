#include "simhash.h"

#include <QList>
#include <QString>

#include <array>
#include <bit>

namespace kliping::text {

namespace {

// FNV-1a over the UTF-16 units of a word: stable across runs and machines (qHash is seeded per
// process).
constexpr quint64 kFnvOffset = 14695981039346656037ULL;

quint64 fnvStep(quint64 h, char16_t unit)
{
    return (h ^ unit) * 1099511628211ULL;
}

// Mixes the bits further: FNV's low bits are weak for short keys.
quint64 fnvFinish(quint64 h)
{
    h ^= h >> 33;
    h *= 0xff51afd7ed558ccdULL;
    h ^= h >> 33;
    return h;
}

// The hash of every word of the text (runs of letters and digits, case-folded), in order,
// without building the words.
QList<quint64> wordHashes(const QString &text)
{
    QList<quint64> hashes;
    hashes.reserve(text.size() / 6);
    quint64 h = kFnvOffset;
    bool inWord = false;
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        char16_t folded = 0;
        if (u < 0x80) {
            if ((u >= u'a' && u <= u'z') || (u >= u'0' && u <= u'9'))
                folded = u;
            else if (u >= u'A' && u <= u'Z')
                folded = char16_t(u + (u'a' - u'A'));
        } else if (c.isLetterOrNumber()) {
            folded = c.toCaseFolded().unicode();
        }
        if (folded) {
            h = fnvStep(h, folded);
            inWord = true;
        } else if (inWord) {
            hashes << fnvFinish(h);
            h = kFnvOffset;
            inWord = false;
        }
    }
    if (inWord)
        hashes << fnvFinish(h);
    return hashes;
}

} // namespace

std::optional<quint64> SimHash::fingerprint(const QString &text)
{
    // Each word is hashed once; a shingle's hash combines its three words' in order.
    const QList<quint64> hashes = wordHashes(text);
    if (hashes.size() < kMinWords)
        return std::nullopt;
    std::array<int, 64> weights{};
    for (qsizetype i = 0; i + 2 < hashes.size(); ++i) {
        quint64 h = hashes.at(i) * 0x9E3779B97F4A7C15ULL;
        h = (h ^ hashes.at(i + 1)) * 0xC2B2AE3D27D4EB4FULL;
        h = (h ^ hashes.at(i + 2)) * 0x165667B19E3779F9ULL;
        h ^= h >> 29;
        for (int bit = 0; bit < 64; ++bit)
            weights[bit] += int((h >> bit) & 1) * 2 - 1;
    }
    quint64 result = 0;
    for (int bit = 0; bit < 64; ++bit) {
        if (weights[bit] > 0)
            result |= quint64(1) << bit;
    }
    return result;
}

int SimHash::distance(quint64 a, quint64 b)
{
    return std::popcount(a ^ b);
}

} // namespace kliping::text
