// The rank of the full-text searches: "kliping_rank", FTS5's bm25 with one change that matters at
// archive scale. bm25 weighs each word by how many documents hold it (its IDF), and FTS5's own
// function counts them by reading the word's whole list for every query: "yang", in nearly every
// article, costs 15 ms at 100,000 articles before a single row is ranked. Here the count stops
// after kExactDocuments documents and is extrapolated from how far into the table they reach (ids
// grow with import time, so a word's documents spread over the ids). Below that the count is
// exact and the score is bm25's to the last digit. Weights per column, as for bm25:
//   ... WHERE t MATCH ? AND rank MATCH 'kliping_rank(5.0, 1.0)' ORDER BY rank
#pragma once

struct fts5_api;

namespace kliping::archive {

inline constexpr char kSearchRankName[] = "kliping_rank";
inline constexpr int kExactDocuments = 2000;

// Registers kliping_rank with FTS5 (registerSearchTokenizer does it on every connection).
bool registerSearchRank(fts5_api *api);

} // namespace kliping::archive
