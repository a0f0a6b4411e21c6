// The archive: one SQLite file holding sources, articles with their original bytes, and (later
// migrations) the analysis. One Archive object is one connection; use it from one thread at a
// time. Writers and readers each open their own (WAL mode lets readers go on during an import).
#pragma once

#include "analysis/analysis.h"
#include "ingest/article.h"
#include "searchtokenizer.h"
#include "sqlitestatement.h"

#include <QDateTime>
#include <QList>
#include <QSet>
#include <QString>

#include <optional>

namespace kliping::archive {

struct ArticleSummary {
    qint64 id = 0;
    QString title;
    QString source;
    QDateTime published; // UTC; invalid when unknown
    QDateTime importedAt;
};

struct StoredArticle {
    qint64 id = 0;
    ingest::Article article;
    QString contentHash;
    QDateTime importedAt;
};

enum class ImportStatus { Imported, Duplicate };

struct ImportOutcome {
    ImportStatus status = ImportStatus::Imported;
    qint64 articleId = 0; // the new article, or the one already in the archive
};

// What can be worked out about an article before its write transaction, on any thread:
// ArticleImporter prepares a batch on every core while the writer stores the batch before it,
// so that the writer only stores. See Archive::prepare.
struct PreparedArticle {
    std::optional<analysis::Analysis> analysis;
    bool prepared = false; // the fields below are filled in
    QString contentHash;
    std::optional<quint64> fingerprint; // none: too short to compare
    PretokenizedTexts searchTokens;     // title, body and quote texts
};

enum class SortColumn { Published, Title, Source, ImportedAt };

// Narrows the article list to one publication or to the items of one feed (0: no narrowing).
struct ArticleScope {
    qint64 sourceId = 0;
    qint64 feedId = 0;
};

struct FeedSubscription {
    qint64 id = 0;
    QString location; // link or file path
    QString title;
    QDateTime addedAt;
    QDateTime updatedAt; // invalid until the first update
    QString lastError;
    qint64 items = 0; // items taken from it so far
};

struct ArchiveStats {
    qint64 articles = 0;
    qint64 sources = 0;
    qint64 originalBytes = 0;
    QDateTime earliest;
    QDateTime latest;
    int schemaVersion = 0;
};

class Archive {
public:
    // A position is taken as held this long before and after the archive saw it.
    static constexpr int kPositionToleranceDays = 31;

    Archive();
    ~Archive();
    Archive(const Archive &) = delete;
    Archive &operator=(const Archive &) = delete;

    // Where the archive lives when the user names none: kliping.sqlite in AppDataLocation.
    static QString defaultPath();
    // The schema version this program writes; an archive with a newer one is refused.
    static int latestSchemaVersion();

    // Opens (and on first use creates) the archive, migrating an older one after a backup copy.
    // Returns false with errorString() set when the file is not an archive, is newer than this
    // program, or cannot be opened; in that case the file is left untouched.
    enum class OpenMode { ReadWrite, ReadOnly };
    // ReadWrite falls back to read-only when the file or its folder cannot be written; see
    // isReadOnly(). Writes to a read-only archive fail with a message saying so.
    bool open(const QString &path, OpenMode mode = OpenMode::ReadWrite);
    bool isReadOnly() const { return m_readOnly; }
    void close();
    bool isOpen() const { return m_db != nullptr; }
    QString path() const { return m_path; }
    QString errorString() const { return m_error; }
    int schemaVersion() const;

    // Imports a batch in one transaction: either all of it is stored or none. An article whose
    // content (or URL) is already in the archive is not stored again and reported Duplicate.
    // analyses, when given, holds the analysis of each article (same order); it is stored in the
    // same transaction, so an article is never in the archive without its analysis.
    std::optional<QList<ImportOutcome>>
    importArticles(const QList<ingest::Article> &articles,
                   const QList<analysis::Analysis> &analyses = {}, int analyzerVersion = 0);
    // The same with the work done ahead (prepare), one PreparedArticle per article.
    std::optional<QList<ImportOutcome>> importArticles(const QList<ingest::Article> &articles,
                                                       const QList<PreparedArticle> &prepared,
                                                       int analyzerVersion);
    // Works out what importArticles needs of an article apart from the archive: thread-safe.
    static PreparedArticle prepare(const ingest::Article &article,
                                   std::optional<analysis::Analysis> analysis);
    // Replaces an article's analysis (re-analysis after the lexicon improved), in one transaction.
    bool replaceAnalysis(qint64 articleId, const analysis::Analysis &analysis, int analyzerVersion);
    // The stored analysis of an article, with UTF-16 offsets into its body.
    analysis::Analysis analysisOf(qint64 articleId) const;
    // Articles whose analysis is missing or older than version, oldest id first.
    QList<qint64> articlesToAnalyse(int version) const;

    qint64 articleCount(const QString &filter = {}, const ArticleScope &scope = {}) const;
    // One page of the article list, sorted, optionally filtered by words in title or source and
    // narrowed to a source or feed.
    QList<ArticleSummary> listArticles(int offset, int limit,
                                       SortColumn sort = SortColumn::Published,
                                       Qt::SortOrder order = Qt::DescendingOrder,
                                       const QString &filter = {},
                                       const ArticleScope &scope = {}) const;
    // The ids of the listed articles, sorted and filtered as listArticles, in one query: a list
    // view then fetches its pages by id (articleSummaries) instead of an OFFSET that makes SQLite
    // sort the whole list again for every page.
    QList<qint64> articleIds(SortColumn sort = SortColumn::Published,
                             Qt::SortOrder order = Qt::DescendingOrder, const QString &filter = {},
                             const ArticleScope &scope = {}) const;
    // The list rows of these articles, in the order given (ids no longer there are left out).
    QList<ArticleSummary> articleSummaries(const QList<qint64> &ids) const;
    std::optional<StoredArticle> article(qint64 id) const;
    // Articles that tell the same story ("also published as"): near-duplicate texts found by
    // their SimHash fingerprints, closest first.
    QList<ArticleSummary> nearDuplicates(qint64 id) const;
    ArchiveStats stats() const;

    // Feed subscriptions. addFeed returns the feed's id (the existing one when already there).
    std::optional<qint64> addFeed(const QString &location, const QString &title = {});
    bool removeFeed(qint64 feedId);
    QList<FeedSubscription> feeds() const;
    // The keys (guid, id or link) of the items already taken from a feed.
    QSet<QString> feedItemKeys(qint64 feedId) const;
    // Records items as taken (articleId 0 when the item did not become an article) and the
    // outcome of the update, in one transaction.
    bool recordFeedUpdate(qint64 feedId, const QString &title,
                          const QList<QPair<QString, qint64>> &items, const QString &error);

    // SHA-256 over the title and body with whitespace and case folded: the identity of an
    // article for duplicate detection.
    static QString contentHash(const ingest::Article &article);

    sqlite3 *handle() const { return m_db; }

private:
    bool migrate(int from);
    bool backupBeforeMigration(int fromVersion);
    bool exec(const char *sql);
    bool fail(const QString &message);
    qint64 sourceId(const QString &name);
    // The one person who held a title around a date (by the positions seen in other articles),
    // or 0 when the history does not say.
    qint64 holderAt(const QString &title, const QString &when, qint64 articleId) const;
    // Quotes whose speaker the article names only by a title are given that title's holder:
    // the quotes written in the open transaction, and older ones whose title gained a position.
    bool resolveRoleOnlySpeakers();
    // Adds the articles and quotes written in the open transaction to the search indexes, one
    // statement per index (FTS5 writes its pending terms at every statement, so a row at a
    // time would make a segment per row). Every write transaction calls it before resolving
    // role-only speakers (whose updates go through the quotes' index triggers) and committing.
    bool indexNewText();
    void forgetNewRows();
    bool linkNearDuplicates(qint64 articleId, std::optional<quint64> fingerprint);
    bool backfillFingerprints();
    bool backfillPersonKeys();
    bool backfillNameWordKeys();
    // replacing: the article may have an analysis already (re-analysis), which goes first.
    bool writeAnalysis(qint64 articleId, const analysis::Analysis &analysis, int analyzerVersion,
                       const QString &seenAt, bool replacing);
    qint64 institutionId(const analysis::Institution &institution);

    sqlite3 *m_db = nullptr;
    mutable StatementCache m_statements;
    // Rows of the open write transaction, for indexNewText() and resolveRoleOnlySpeakers().
    QList<qint64> m_newArticles;
    QList<qint64> m_newQuotes;
    QList<qint64> m_analysedArticles;
    QSet<QString> m_newTitleKeys;
    bool m_readOnly = false;
    QString m_path;
    mutable QString m_error;
};

} // namespace kliping::archive
