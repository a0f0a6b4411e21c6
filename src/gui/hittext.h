// Marked text (hits between archive::kHitStart and kHitEnd) cut to start a little before its
// first hit, so that in a one-line cell the hit is in sight however deep in a long quote or
// snippet it is (the tooltip keeps the whole text).
#pragma once

#include "archive/search.h"

namespace kliping::gui::hittext {

inline QString fromFirstHit(const QString &marked, qsizetype lead = 40)
{
    const qsizetype hit = marked.indexOf(archive::kHitStart);
    if (hit <= lead + 20)
        return marked;
    // From the start of a word.
    qsizetype start = marked.lastIndexOf(u' ', hit - lead);
    start = start < 0 ? hit - lead : start + 1;
    return QStringLiteral("…") + marked.mid(start);
}

} // namespace kliping::gui::hittext
