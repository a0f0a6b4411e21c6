// SimHash fingerprints of article texts, for finding near-duplicates: the same press release
// published by several outlets, or republished with small edits. Texts whose fingerprints differ
// in at most kNearBits bits are taken as the same story.
#pragma once

#include <QString>

#include <optional>

namespace kliping::text {

class SimHash {
public:
    static constexpr int kNearBits = 3;
    // Too short a text gives fingerprints that collide by chance: none is computed below this.
    static constexpr int kMinWords = 40;

    // 64-bit fingerprint over 3-word shingles of the folded words; nothing for short texts.
    static std::optional<quint64> fingerprint(const QString &text);
    static int distance(quint64 a, quint64 b);
    // The four 16-bit bands: two fingerprints within kNearBits bits share at least one band
    // (pigeonhole), so an index on the bands finds every candidate.
    static quint16 band(quint64 fingerprint, int index)
    {
        return quint16((fingerprint >> (16 * index)) & 0xFFFF);
    }
};

} // namespace kliping::text
