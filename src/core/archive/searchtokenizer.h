// The FTS5 tokenizer "kliping" of the archive's full-text indexes (docs/search.md). Words come
// from text::WordSegmenter (hyphenated and dotted words are split into their parts, apostrophes
// dropped: "Jum'at" = "Jumat"), folded in case and diacritics ("Café" = "cafe"), and stemmed by
// text::IndonesianStemmer. Stems are COLOCATED tokens beside the surface form, in their own
// namespace so that an exact phrase still matches only the words as written:
//   "_root"  hunspell root, indexed when it differs from the word;
//   "~root"  Snowball root of a word the dictionary does not know, written in lower case in the
//            document (a capitalised unknown word is a name: "Megawati" must not become "gawat").
// A query string is stemmed: "pelayanan" looks for _layan | layan, and so finds "pelayanan",
// "melayani" and "dilayani" (each indexed with _layan) and the root word "layan"; "tegas" looks
// for tegas | _tegas. A query string that starts with kExactMarker, and a prefix query, use the
// surface forms only.
//
// Register it on every connection before any statement touches an index (Archive::open does).
#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>

struct sqlite3;

namespace kliping::archive {

inline constexpr char kSearchTokenizerName[] = "kliping";
// Starts an FTS5 query string that must match exactly as written (no stems). A control character,
// so nothing a user types can produce it (QueryParser removes control characters).
inline constexpr char16_t kExactMarker = u'\u0001';

// Registers the tokenizer, the rank function kliping_rank (searchrank.h) and the SQL function
// kliping_search_fingerprint() on db.
bool registerSearchTokenizer(sqlite3 *db, QString *error = nullptr);

// What the index was built with (tokenizer version and dictionary): when it changes, the indexes
// are rebuilt, because FTS5 removes a row by tokenizing it again and must get the same tokens.
QString searchIndexFingerprint();

// Rebuilds the full-text indexes when they were built with another fingerprint (another
// dictionary, a newer tokenizer). Cheap when they are current. Needs schema version 5 or later.
bool refreshStaleSearchIndex(sqlite3 *db, QString *error = nullptr);

// Document tokens of texts worked out ahead of their write, on any thread: ArticleImporter has
// its workers tokenize each article and its quotes while the writer thread stores the batch
// before, and the writer's tokenizer then replays them instead of segmenting and stemming again.
// The tokens are the tokenizer's own, so the index is the same either way.
class PretokenizedTexts {
public:
    // Tokenizes text now, as the index would (TokenizeMode::Document).
    void add(const QString &text);
    // Takes over the texts of other.
    void add(const PretokenizedTexts &other);
    qsizetype size() const { return m_entries.size(); }

    // Hands the tokens of exactly this UTF-8 text to an FTS5 xToken callback; *found tells
    // whether the text was here. Returns the callback's result code.
    int replay(const char *utf8, int length, void *ctx,
               int (*xToken)(void *, int, const char *, int, int, int), bool *found) const;

private:
    struct Token {
        int flags;
        int start;
        int end;
        int offset; // into Entry::chars
        int length;
    };
    struct Entry {
        QByteArray chars;
        QList<Token> tokens;
    };
    QHash<QByteArray, Entry> m_entries; // keyed by the text's UTF-8
};

// While one lives, the search tokenizer on this thread replays the texts it was given.
class PretokenizedScope {
public:
    explicit PretokenizedScope(const PretokenizedTexts &texts);
    ~PretokenizedScope();
    PretokenizedScope(const PretokenizedScope &) = delete;
    PretokenizedScope &operator=(const PretokenizedScope &) = delete;

private:
    const PretokenizedTexts *m_previous;
};

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
