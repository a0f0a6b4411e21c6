#include "simhash.h"

#include <QStringList>

#include <array>
#include <bit>

namespace kliping::text {

namespace {

// FNV-1a: stable across runs and machines (qHash is seeded per process).
quint64 fnv1a(const QString &s)
{
    quint64 h = 14695981039346656037ULL;
    for (const QChar c : s) {
        h ^= c.unicode();
        h *= 1099511628211ULL;
    }
    // Mix the bits further: FNV's low bits are weak for short keys.
    h ^= h >> 33;
    h *= 0xff51afd7ed558ccdULL;
    h ^= h >> 33;
    return h;
}

QStringList foldedWords(const QString &text)
{
    QStringList words;
    QString current;
    for (const QChar c : text) {
        if (c.isLetterOrNumber()) {
            current += c.toCaseFolded();
        } else if (!current.isEmpty()) {
            words << current;
            current.clear();
        }
    }
    if (!current.isEmpty())
        words << current;
    return words;
}

} // namespace

std::optional<quint64> SimHash::fingerprint(const QString &text)
{
    const QStringList words = foldedWords(text);
    if (words.size() < kMinWords)
        return std::nullopt;
    // Each word is hashed once; a shingle's hash combines its three words' in order.
    QList<quint64> hashes;
    hashes.reserve(words.size());
    for (const QString &w : words)
        hashes << fnv1a(w);
    std::array<int, 64> weights{};
    for (qsizetype i = 0; i + 2 < hashes.size(); ++i) {
        quint64 h = hashes.at(i) * 0x9E3779B97F4A7C15ULL;
        h = (h ^ hashes.at(i + 1)) * 0xC2B2AE3D27D4EB4FULL;
        h = (h ^ hashes.at(i + 2)) * 0x165667B19E3779F9ULL;
        h ^= h >> 29;
        for (int bit = 0; bit < 64; ++bit)
            weights[bit] += (h >> bit) & 1 ? 1 : -1;
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
