// Analyses an article in Indonesian: people with ranks and positions, institutions with aliases
// and acronyms, and direct and indirect quotes attributed to their speakers. Thread-safe: the
// lexicon is loaded once and shared read-only.
#pragma once

#include "analysis.h"
#include "ingest/article.h"

namespace kliping::analysis {

class Analyzer {
public:
    Analyzer();
    Analysis analyze(const ingest::Article &article) const;
};

} // namespace kliping::analysis
