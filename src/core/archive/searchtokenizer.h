// The FTS5 tokenizer "kliping" of the archive's full-text indexes (docs/search.md). Words come
// from text::WordSegmenter (hyphenated and dotted words are split into their parts, apostrophes
// dropped: "Jum'at" = "Jumat"), folded in case and diacritics ("Café" = "cafe"), and stemmed by
// text::IndonesianStemmer. Stems are COLOCATED tokens beside the surface form, in their own
// namespace so that an exact phrase still matches only the words as written:
//   "_root"  hunspell root, indexed when it differs from the word;
//   "~root"  Snowball root of a word the dictionary does not know, written in lower case in the
//            document (a capitalised unknown word is a name: "Megawati" must not become "gawat").
// A query string is stemmed: "pelayanan" looks for pelayanan | _layan | layan, and so finds
// "melayani" and "dilayani". A query string that starts with kExactMarker, and a prefix query,
// use the surface forms only.
//
// Register it on every connection before any statement touches an index (Archive::open does).
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

struct sqlite3;

namespace kliping::archive {

inline constexpr char kSearchTokenizerName[] = "kliping";
// Starts an FTS5 query string that must match exactly as written (no stems). A control character,
// so nothing a user types can produce it (QueryParser removes control characters).
inline constexpr char16_t kExactMarker = u'\u0001';

// Registers the tokenizer and the SQL function kliping_search_fingerprint() on db.
bool registerSearchTokenizer(sqlite3 *db, QString *error = nullptr);

// What the index was built with (tokenizer version and dictionary): when it changes, the indexes
// are rebuilt, because FTS5 removes a row by tokenizing it again and must get the same tokens.
QString searchIndexFingerprint();

// Rebuilds the full-text indexes when they were built with another fingerprint (another
// dictionary, a newer tokenizer). Cheap when they are current. Needs schema version 5 or later.
bool refreshStaleSearchIndex(sqlite3 *db, QString *error = nullptr);

// The tokens the tokenizer emits, for tests and tools.
struct SearchToken {
    QByteArray text;
    int start = 0; // byte offsets into the UTF-8 text
    int end = 0;
    bool colocated = false;
};
enum class TokenizeMode { Document, Query, QueryPrefix, Aux };
QList<SearchToken> searchTokens(const QString &text, TokenizeMode mode);

} // namespace kliping::archive
