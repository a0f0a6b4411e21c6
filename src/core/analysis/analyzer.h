// Analyses an article in Indonesian: people with ranks and positions, institutions with aliases
// and acronyms, and direct and indirect quotes attributed to their speakers. Thread-safe: the
// lexicon is loaded once and shared read-only.
#pragma once

#include "analysis.h"
#include "ingest/article.h"

namespace kliping::analysis {

class Analyzer {
public:
    // Raise when the rules or the lexicon change what is found: stored analyses older than this
    // are refreshed by `kliping-cli reanalyze`.
    static constexpr int kVersion = 1;

    Analyzer();
    Analysis analyze(const ingest::Article &article) const;
};

} // namespace kliping::analysis
