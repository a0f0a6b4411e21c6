#include "analyzer.h"

namespace kliping::analysis {

Analyzer::Analyzer() = default;

Analysis Analyzer::analyze(const ingest::Article &article) const
{
    Q_UNUSED(article);
    return {}; // filled by the analysis issue
}

} // namespace kliping::analysis
