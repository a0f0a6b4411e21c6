// Full-text search of the archive (docs/search.md): articles, quotes, the quotes of one official,
// and who said something. Queries are in the query language of SearchQuery; hits come ranked by
// bm25 (title weighted five times the body) then newest first, and only the page asked for gets
// its snippet built (a snippet re-reads and re-tokenizes the article: ranking first keeps frequent
// words fast). In snippets and highlighted texts a hit is between kHitStart and kHitEnd
// (U+E000 and U+E001, private-use characters that never occur in stored text); toHtml() turns
// them into <b>...</b>.
//
// One Search works on one Archive's connection: use it from the thread that uses the Archive.
#pragma once

#include "searchquery.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace kliping::archive {

class Archive;

inline constexpr QChar kHitStart = QChar(0xE000);
inline constexpr QChar kHitEnd = QChar(0xE001);

struct ArticleHit {
    qint64 id = 0;
    QString title;            // as stored
    QString highlightedTitle; // with hit markers
    QString source;
    QDateTime published; // UTC; invalid when unknown
    QString snippet;     // a passage of the body with hit markers (the opening without words)
    double rank = 0;     // bm25: lower is better; 0 without words
};

enum class QuoteKindFilter { Any, Direct, Indirect };

struct QuoteHit {
    qint64 id = 0;
    qint64 articleId = 0;
    QString articleTitle;
    QString source;
    QDateTime published;
    qint64 speakerId = 0; // 0 when the quote has no known speaker
    QString speakerName;
    QString speakerMention; // as the article names the speaker ("Kapolres"), may be empty
    QString kind; // "direct" or "indirect"
    // The quote's span in the article's body (UTF-16 offsets), to open the article at it.
    qsizetype start = 0;
    qsizetype end = 0;
    QString text; // with hit markers
    double rank = 0;
};

struct SpeakerCount {
    qint64 speakerId = 0; // 0: quotes nobody was found to have said
    QString name;
    int quotes = 0;
    QDateTime latest; // the newest of those quotes' articles
};

template <typename Hit> struct SearchResults {
    QList<Hit> hits;
    QString error;        // for the user; empty when the search ran
    QStringList warnings; // parts of the query that were ignored
    // More matched than are ranked (2,000): the best of the newest matches are shown.
    bool rankedNewestOnly = false;
    bool ok() const { return error.isEmpty(); }
};

struct QuoteSearchOptions {
    QList<qint64> speakerIds; // only these speakers (picked with PeopleDirectory); empty: anyone
    QuoteKindFilter kind = QuoteKindFilter::Any;
    std::optional<DateRange> since; // from since->start
    std::optional<DateRange> until; // before until->end
    int limit = 50;
    int offset = 0;
};

class Search {
public:
    explicit Search(const Archive &archive)
        : m_archive(archive)
    {
    }

    // Articles matching the query, best first (bm25, then newest); newest first when the query
    // has only filters or excludes.
    SearchResults<ArticleHit> articles(const QString &query, int limit = 20, int offset = 0) const;
    // How many articles match (for "N results"); -1 when the query cannot run.
    qint64 countArticles(const QString &query) const;

    // Quotes matching the query (its words in the quote or the speaker's name). With speakers
    // (options or oleh:), the quotes of those officials newest first; otherwise best first.
    SearchResults<QuoteHit> quotes(const QString &query,
                                   const QuoteSearchOptions &options = {}) const;

    // Who said it: quotes whose text matches the query, counted by speaker, most quotes first.
    SearchResults<SpeakerCount> whoSaid(const QString &query, int limit = 20) const;

    // A snippet or highlighted text as HTML: escaped, hits in <b>.
    static QString toHtml(const QString &marked);
    // The markers replaced by the given strings ("«", "»" for a terminal).
    static QString withMarkers(const QString &marked, const QString &open, const QString &close);

private:
    const Archive &m_archive;
};

} // namespace kliping::archive
