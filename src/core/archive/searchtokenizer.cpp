#include "searchtokenizer.h"

#include "searchrank.h"
#include "sqlitestatement.h"
#include "text/indonesianstemmer.h"
#include "text/textfolding.h"
#include "text/wordsegmenter.h"

#include <QHash>

#include <sqlite3.h>

#include <functional>
#include <new>

namespace kliping::archive {

namespace {

// Bump when the tokens change (segmentation, folding, namespaces): indexes are then rebuilt.
constexpr int kTokenizerVersion = 1;

constexpr char kDictionaryPrefix = '_';
constexpr char kSnowballPrefix = '~';

using Emit = std::function<int(int flags, const QByteArray &token, int start, int end)>;

bool isWordChar(QChar c)
{
    return c.isLetterOrNumber() || c.category() == QChar::Mark_NonSpacing;
}

bool isApostrophe(QChar c)
{
    return c == u'\'' || c == u'\u2019' || c == u'\u2018' || c == u'`';
}

// Maps UTF-16 positions of the decoded text to byte offsets of the UTF-8 FTS5 gave us. Positions
// are asked in increasing order, so one pass over the text serves a whole document.
class ByteCursor {
public:
    ByteCursor(const QString &text, int byteLength)
        : m_text(text)
        , m_limit(byteLength)
    {
    }

    int at(qsizetype target)
    {
        while (m_pos16 < target && m_pos16 < m_text.size()) {
            const char16_t c = m_text.at(m_pos16).unicode();
            if (c < 0x80) {
                m_pos8 += 1;
            } else if (c < 0x800) {
                m_pos8 += 2;
            } else if (QChar::isHighSurrogate(c) && m_pos16 + 1 < m_text.size() &&
                       QChar::isLowSurrogate(m_text.at(m_pos16 + 1).unicode())) {
                m_pos8 += 4;
                ++m_pos16;
            } else {
                m_pos8 += 3;
            }
            ++m_pos16;
        }
        // Invalid UTF-8 decodes to U+FFFD, three bytes for maybe one: never point past the text.
        return qMin(m_pos8, m_limit);
    }

private:
    const QString &m_text;
    int m_limit;
    qsizetype m_pos16 = 0;
    int m_pos8 = 0;
};

QByteArray prefixed(char prefix, const QString &root)
{
    QByteArray out;
    out.reserve(root.size() + 1);
    out.append(prefix);
    out.append(root.toUtf8());
    return out;
}

class Tokenizer {
public:
    int tokenize(const char *utf8, int length, TokenizeMode mode, const Emit &sink)
    {
        if (length <= 0)
            return SQLITE_OK;
        bool exact = mode == TokenizeMode::QueryPrefix || mode == TokenizeMode::Aux;
        if (mode == TokenizeMode::Query && utf8[0] == char(kExactMarker))
            exact = true;
        const QString text = QString::fromUtf8(utf8, length);
        ByteCursor cursor(text, length);
        const QList<text::WordToken> words = text::WordSegmenter::segment(text);
        QString built; // a part with apostrophes left out
        for (const text::WordToken &w : words) {
            if (w.kind == text::WordToken::Kind::Punct)
                continue;
            // A word is split into its parts at hyphens, periods and commas ("KemenPAN-RB",
            // "kata-kata", "S.H", "1.000"); apostrophes are dropped inside a part ("Jum'at").
            QString compact;
            int parts = 0;
            int firstStart = 0;
            int firstEnd = 0;
            qsizetype i = w.start;
            while (i < w.end) {
                while (i < w.end && !isWordChar(text.at(i)))
                    ++i;
                if (i >= w.end)
                    break;
                const qsizetype start = i;
                qsizetype end = i;
                bool apostrophe = false;
                while (i < w.end && (isWordChar(text.at(i)) || isApostrophe(text.at(i)))) {
                    if (isApostrophe(text.at(i)))
                        apostrophe = true;
                    else
                        end = i + 1;
                    ++i;
                }
                // Most parts are a run of the text as it is: looked at in place, not copied.
                QString part = QString::fromRawData(text.constData() + start, end - start);
                if (apostrophe) {
                    built.clear();
                    for (qsizetype k = start; k < end; ++k) {
                        if (!isApostrophe(text.at(k)))
                            built.append(text.at(k));
                    }
                    part = built;
                }
                const int byteStart = cursor.at(start);
                const int byteEnd = cursor.at(end);
                if (parts++ == 0) {
                    firstStart = byteStart;
                    firstEnd = byteEnd;
                }
                if (mode == TokenizeMode::Document) {
                    const DocumentWord &word = documentWord(part);
                    if (int rc = sink(0, word.token, byteStart, byteEnd); rc != SQLITE_OK)
                        return rc;
                    if (!word.colocated.isEmpty() &&
                        !(word.colocatedOnlyInLowerCase && part.at(0).isUpper())) {
                        if (int rc = sink(FTS5_TOKEN_COLOCATED, word.colocated, byteStart, byteEnd);
                            rc != SQLITE_OK)
                            return rc;
                    }
                    compact += word.folded;
                } else if (const int rc = emitWord(text::fold(part), part.at(0).isUpper(),
                                                   byteStart, byteEnd, mode, exact, sink);
                           rc != SQLITE_OK) {
                    return rc;
                }
            }
            // "KemenPANRB" and "1000" find "KemenPAN-RB" and "1.000": the joined parts are
            // indexed beside the first part.
            if (parts > 1 && mode == TokenizeMode::Document) {
                if (const int rc =
                        sink(FTS5_TOKEN_COLOCATED, compact.toUtf8(), firstStart, firstEnd);
                    rc != SQLITE_OK)
                    return rc;
            }
        }
        return SQLITE_OK;
    }

private:
    // What a word of a document is indexed as: its folded form, and the root beside it (not for
    // a capitalised word when the root is Snowball's guess: names are not stemmed by rule).
    // Worked out once per distinct word: the same words come back all through a text.
    struct DocumentWord {
        QString folded;
        QByteArray token;
        QByteArray colocated;
        bool colocatedOnlyInLowerCase = false;
    };
    // Two generations of words: when the newer is full it becomes the older, and a word found
    // in the older comes back to the newer; the words a text keeps using stay.
    static constexpr qsizetype kWordsPerGeneration = 25000; // a few MB

    const DocumentWord &documentWord(const QString &part)
    {
        if (const auto it = m_words.constFind(part); it != m_words.cend())
            return *it;
        if (m_words.size() >= kWordsPerGeneration) {
            m_olderWords = std::move(m_words);
            m_words = {};
        }
        if (const auto it = m_olderWords.constFind(part); it != m_olderWords.cend())
            return *m_words.insert(it.key(), *it);
        DocumentWord word;
        // part may look into the text it came from: the key is a copy of its own (and the folded
        // form the same string when folding changes nothing).
        const QString key(part.unicode(), part.size());
        QString folded = text::fold(part);
        word.folded = folded == key ? key : std::move(folded);
        word.token = word.folded.toUtf8();
        const text::WordStem stem = m_stemmer.stem(word.folded);
        switch (stem.source) {
        case text::WordStem::Source::None:
            break;
        case text::WordStem::Source::Dictionary:
            // The root alone is the surface form of the root word: no second token needed.
            if (stem.root != word.folded)
                word.colocated = prefixed(kDictionaryPrefix, stem.root);
            break;
        case text::WordStem::Source::Snowball:
            word.colocated = prefixed(kSnowballPrefix, stem.root);
            word.colocatedOnlyInLowerCase = true;
            break;
        }
        return *m_words.insert(key, std::move(word));
    }

    int emitWord(const QString &folded, bool capitalised, int start, int end, TokenizeMode mode,
                 bool exact, const Emit &sink)
    {
        const text::WordStem stem = exact ? text::WordStem{} : m_stemmer.stem(folded);
        if (mode == TokenizeMode::Query && stem.source == text::WordStem::Source::Dictionary &&
            stem.root != folded) {
            // Every document with the word has its root beside it ("pelayanan" is indexed with
            // "_layan"): the root finds it, and the word itself would only be a third list for
            // FTS5 to merge. The root word as written ("layan") is the other alternative.
            if (const int rc = sink(0, prefixed(kDictionaryPrefix, stem.root), start, end);
                rc != SQLITE_OK)
                return rc;
            return sink(FTS5_TOKEN_COLOCATED, stem.root.toUtf8(), start, end);
        }
        if (const int rc = sink(0, folded.toUtf8(), start, end); rc != SQLITE_OK)
            return rc;
        if (exact)
            return SQLITE_OK;
        switch (stem.source) {
        case text::WordStem::Source::None:
            return SQLITE_OK;
        case text::WordStem::Source::Dictionary:
            if (mode == TokenizeMode::Document) {
                // The root alone is the surface form of the root word: no second token needed.
                if (stem.root == folded)
                    return SQLITE_OK;
                return sink(FTS5_TOKEN_COLOCATED, prefixed(kDictionaryPrefix, stem.root), start,
                            end);
            }
            // Query for a root word ("tegas"): itself, and its root in other words.
            return sink(FTS5_TOKEN_COLOCATED, prefixed(kDictionaryPrefix, stem.root), start, end);
        case text::WordStem::Source::Snowball:
            if (mode == TokenizeMode::Document && capitalised)
                return SQLITE_OK;
            return sink(FTS5_TOKEN_COLOCATED, prefixed(kSnowballPrefix, stem.root), start, end);
        }
        return SQLITE_OK;
    }

    text::IndonesianStemmer m_stemmer; // one per tokenizer: libstemmer is not thread-safe
    QHash<QString, DocumentWord> m_words;
    QHash<QString, DocumentWord> m_olderWords;
};

thread_local const PretokenizedTexts *t_pretokenized = nullptr;

// ---- the fts5_tokenizer callbacks ----

int xCreate(void *, const char **, int, Fts5Tokenizer **out)
{
    try {
        *out = reinterpret_cast<Fts5Tokenizer *>(new Tokenizer);
        return SQLITE_OK;
    } catch (const std::bad_alloc &) {
        return SQLITE_NOMEM;
    }
}

void xDelete(Fts5Tokenizer *tokenizer)
{
    delete reinterpret_cast<Tokenizer *>(tokenizer);
}

int xTokenize(Fts5Tokenizer *tokenizer, void *ctx, int flags, const char *text, int length,
              int (*xToken)(void *, int, const char *, int, int, int))
{
    TokenizeMode mode = TokenizeMode::Document;
    if (flags & FTS5_TOKENIZE_QUERY)
        mode = (flags & FTS5_TOKENIZE_PREFIX) ? TokenizeMode::QueryPrefix : TokenizeMode::Query;
    else if (flags & FTS5_TOKENIZE_AUX)
        mode = TokenizeMode::Aux;
    if (mode == TokenizeMode::Document && t_pretokenized) {
        bool found = false;
        const int rc = t_pretokenized->replay(text, length, ctx, xToken, &found);
        if (found)
            return rc;
    }
    try {
        return reinterpret_cast<Tokenizer *>(tokenizer)->tokenize(
            text, length, mode, [&](int tflags, const QByteArray &token, int start, int end) {
                return xToken(ctx, tflags, token.constData(), int(token.size()), start, end);
            });
    } catch (const std::bad_alloc &) {
        return SQLITE_NOMEM;
    }
}

void fingerprintFunction(sqlite3_context *ctx, int, sqlite3_value **)
{
    const QByteArray value = searchIndexFingerprint().toUtf8();
    sqlite3_result_text(ctx, value.constData(), int(value.size()), SQLITE_TRANSIENT);
}

} // namespace

QString searchIndexFingerprint()
{
    return QStringLiteral("tokenizer-%1;%2")
        .arg(kTokenizerVersion)
        .arg(text::IndonesianStemmer::fingerprint());
}

bool registerSearchTokenizer(sqlite3 *db, QString *error)
{
    const auto failed = [&](const QString &why) {
        if (error)
            *error = why;
        return false;
    };
    fts5_api *api = nullptr;
    {
        SqliteStatement st(db, "SELECT fts5(?1)");
        if (!st.isValid())
            return failed(QString::fromUtf8(sqlite3_errmsg(db)));
        sqlite3_bind_pointer(st.get(), 1, &api, "fts5_api_ptr", nullptr);
        st.step();
    }
    if (!api || api->iVersion < 2)
        return failed(QStringLiteral("SQLite has no FTS5 (fts5_api version 2 or later)"));
    static fts5_tokenizer tokenizer = {xCreate, xDelete, xTokenize};
    if (api->xCreateTokenizer(api, kSearchTokenizerName, nullptr, &tokenizer, nullptr) !=
            SQLITE_OK ||
        !registerSearchRank(api))
        return failed(QString::fromUtf8(sqlite3_errmsg(db)));
    if (sqlite3_create_function_v2(db, "kliping_search_fingerprint", 0, SQLITE_UTF8, nullptr,
                                   fingerprintFunction, nullptr, nullptr, nullptr) != SQLITE_OK)
        return failed(QString::fromUtf8(sqlite3_errmsg(db)));
    return true;
}

bool refreshStaleSearchIndex(sqlite3 *db, QString *error)
{
    {
        SqliteStatement st(db, "SELECT value FROM search_index_info WHERE key = 'fingerprint'");
        if (!st.isValid())
            return true; // an archive older than the index: nothing to refresh
        if (st.step() == SQLITE_ROW && st.text(0) == searchIndexFingerprint())
            return true;
    }
    char *message = nullptr;
    const int rc = sqlite3_exec(db,
                                "BEGIN IMMEDIATE;"
                                "INSERT INTO articles_fts(articles_fts) VALUES ('rebuild');"
                                "INSERT INTO quotes_fts(quotes_fts) VALUES ('rebuild');"
                                "INSERT OR REPLACE INTO search_index_info(key, value) "
                                "VALUES ('fingerprint', kliping_search_fingerprint());"
                                "COMMIT;",
                                nullptr, nullptr, &message);
    if (rc != SQLITE_OK) {
        if (error)
            *error = QString::fromUtf8(message ? message : sqlite3_errmsg(db));
        sqlite3_free(message);
        sqlite3_exec(db, "ROLLBACK", nullptr, nullptr, nullptr);
        return false;
    }
    return true;
}

void PretokenizedTexts::add(const QString &text)
{
    QByteArray utf8 = text.toUtf8();
    if (utf8.isEmpty() || m_entries.contains(utf8))
        return;
    Entry entry;
    thread_local Tokenizer tokenizer; // a stemmer is costly to set up and not to be shared
    tokenizer.tokenize(
        utf8.constData(), int(utf8.size()), TokenizeMode::Document,
        [&entry](int flags, const QByteArray &token, int start, int end) {
            entry.tokens.append({flags, start, end, int(entry.chars.size()), int(token.size())});
            entry.chars.append(token);
            return SQLITE_OK;
        });
    m_entries.insert(std::move(utf8), std::move(entry));
}

void PretokenizedTexts::add(const PretokenizedTexts &other)
{
    for (auto it = other.m_entries.cbegin(); it != other.m_entries.cend(); ++it)
        m_entries.insert(it.key(), it.value());
}

int PretokenizedTexts::replay(const char *utf8, int length, void *ctx,
                              int (*xToken)(void *, int, const char *, int, int, int),
                              bool *found) const
{
    const auto it = m_entries.constFind(QByteArray::fromRawData(utf8, length));
    *found = it != m_entries.cend();
    if (!*found)
        return SQLITE_OK;
    const char *chars = it->chars.constData();
    for (const Token &t : it->tokens) {
        if (const int rc = xToken(ctx, t.flags, chars + t.offset, t.length, t.start, t.end);
            rc != SQLITE_OK)
            return rc;
    }
    return SQLITE_OK;
}

PretokenizedScope::PretokenizedScope(const PretokenizedTexts &texts)
    : m_previous(t_pretokenized)
{
    t_pretokenized = &texts;
}

PretokenizedScope::~PretokenizedScope()
{
    t_pretokenized = m_previous;
}

QList<SearchToken> searchTokens(const QString &text, TokenizeMode mode)
{
    QList<SearchToken> tokens;
    Tokenizer tokenizer;
    const QByteArray utf8 = text.toUtf8();
    tokenizer.tokenize(utf8.constData(), int(utf8.size()), mode,
                       [&](int flags, const QByteArray &token, int start, int end) {
                           tokens.append({token, start, end, (flags & FTS5_TOKEN_COLOCATED) != 0});
                           return SQLITE_OK;
                       });
    return tokens;
}

} // namespace kliping::archive
