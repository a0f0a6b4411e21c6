// Analyses an article in Indonesian: people with ranks and positions, institutions with aliases
// and acronyms, and direct and indirect quotes attributed to their speakers. Thread-safe: the
// lexicon, the sentence splitter and hunspell are loaded once per process and shared read-only
// (hunspell is guarded by a mutex), so constructing an Analyzer is cheap; analyze() keeps its
// working state on the stack.
#pragma once

#include "analysis.h"
#include "ingest/article.h"

#include <memory>

namespace kliping::text {
class SentenceSplitter;
class SpellDictionary;
class GluedWordSplitter;
} // namespace kliping::text

namespace kliping::analysis {

class Lexicon;
class InstitutionFinder;
class PersonFinder;
class QuoteFinder;

class Analyzer {
public:
    // Raise when the rules or the lexicon change what is found: stored analyses older than this
    // are refreshed by `kliping-cli reanalyze`.
    static constexpr int kVersion = 7;
    // A longer body is not analysed (Analysis::error says so): the analysis grows faster than
    // the text, and no news article comes near it (the longest of ../shared: 38,570 characters).
    static constexpr qsizetype kMaxBodyLength = 1000000;

    // Uses the built-in lexicon, extended by userLexicon (see Lexicon) when it is given.
    explicit Analyzer(const QString &userLexicon = {});
    ~Analyzer();
    Analyzer(const Analyzer &) = delete;
    Analyzer &operator=(const Analyzer &) = delete;

    Analysis analyze(const ingest::Article &article) const;
    const Lexicon &lexicon() const { return *m_lexicon; }
    const text::SentenceSplitter &sentenceSplitter() const { return *m_splitter; }

private:
    std::shared_ptr<const Lexicon> m_lexicon;
    // Shared by every Analyzer of the process that uses the built-in lexicon.
    std::shared_ptr<const text::SentenceSplitter> m_splitter;
    std::shared_ptr<const text::SpellDictionary> m_dictionary;
    std::shared_ptr<const text::GluedWordSplitter> m_glued;
    std::unique_ptr<InstitutionFinder> m_institutions;
    std::unique_ptr<PersonFinder> m_people;
    std::unique_ptr<QuoteFinder> m_quotes;
};

} // namespace kliping::analysis
