// Reduces an Indonesian word to its root for search, so that "pelayanan", "melayani" and
// "dilayani" all meet at "layan". The chain (see docs/search.md): the clitics -nya/-ku/-mu/-lah/
// -kah/-pun are stripped when what remains is a dictionary word; hunspell with Debian's
// hunspell-id gives the root (the shortest of its stems); a word the dictionary does not know
// goes to Snowball's "indonesian" stemmer (libstemmer), which has no dictionary and so cannot
// restore the letters meN-/peN- delete (menegaskan -> egas): that is why hunspell comes first.
//
// Hunspell is slow (about 16 us a word) and not thread-safe: one instance is shared behind a
// mutex, and answers go to a bounded cache shared by every stemmer. A libstemmer object is not
// thread-safe either: each IndonesianStemmer owns one, so use an object from one thread at a time.
#pragma once

#include <QString>

#include <memory>

namespace kliping::text {

struct WordStem {
    enum class Source {
        None,       // not stemmed: too short, a number, outside Latin-1
        Dictionary, // hunspell-id knows the word (or it without its clitic); root may equal it
        Snowball,   // unknown to the dictionary: Snowball's guess
    };
    QString root;
    Source source = Source::None;
};

class IndonesianStemmer {
public:
    IndonesianStemmer();
    ~IndonesianStemmer();
    IndonesianStemmer(const IndonesianStemmer &) = delete;
    IndonesianStemmer &operator=(const IndonesianStemmer &) = delete;

    // foldedWord must already be folded (text::fold: lower case, no diacritics).
    WordStem stem(const QString &foldedWord);

    // Whether hunspell-id was found; without it every word goes to Snowball.
    static bool hasDictionary();
    // Changes when the stems could change (another dictionary, another algorithm version): an
    // index built with other stems must be rebuilt.
    static QString fingerprint();

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace kliping::text
