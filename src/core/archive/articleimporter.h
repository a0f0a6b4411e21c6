// Carries documents through the whole flow into the archive: read, decode, parse, analyse, store.
// Used alike by kliping-cli, the GUI's import worker and the tests, so that every path imports the
// same way. A bad file is reported with its reason and the batch goes on.
#pragma once

#include "analysis/analyzer.h"
#include "archive.h"
#include "ingest/documentparser.h"

#include <QFuture>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>
#include <QThreadPool>

#include <deque>
#include <functional>
#include <memory>

namespace kliping::archive {

struct ImportItemResult {
    enum class Status { Imported, Duplicate, Failed };
    QString origin; // file path or other origin as given
    Status status = Status::Failed;
    qint64 articleId = 0;
    QString title;
    QString message; // the reason for a failure, for the user; for an imported article, what
                     // could not be done with it (too long to analyse), or empty
};

struct ImportReport {
    // Past this many, articles imported or found again (without a note) are counted and not
    // listed: an import of millions would hold a line for each. Failures and notes are always
    // listed. ArticleImporter::setItemSink sees every item as it is settled.
    static constexpr int kListedItems = 1000;

    // The outcome of each document or record, in the order given (see kListedItems).
    QList<ImportItemResult> items;
    int unlisted = 0; // imported or duplicate articles counted, not in items
    bool cancelled = false;

    // All of them, listed or not.
    int count(ImportItemResult::Status status) const;
    // Counts the item, and lists it when it should be.
    void add(const ImportItemResult &item);

private:
    int m_counts[3] = {0, 0, 0};
};

class ArticleImporter {
public:
    // Articles per transaction: a crash loses at most the batches in flight, never half an
    // article. Fewer, bigger transactions write each hot index page once for more articles and
    // give the search index fewer, bigger segments to merge (bench_import: 100 -> 400 articles,
    // about +10 %).
    static constexpr int kBatchSize = 400;
    // A batch also ends when its texts and original bytes reach this much, so that a folder of
    // large saved pages is not held in memory hundreds at a time.
    static constexpr qsizetype kBatchBytes = qsizetype{16} * 1024 * 1024;
    // Lines of a JSON Lines file parsed together (on every core) before they become batches; a
    // cancel takes effect between slices.
    static constexpr int kLinesPerSlice = 400;

    // Called after each document; returning false cancels the rest (what is done stays done).
    using Progress = std::function<bool(int done, int total, const QString &current)>;

    // userLexicon: the user's lexicon file that extends the built-in one (see Lexicon), or empty.
    explicit ArticleImporter(Archive &archive, const QString &userLexicon = {})
        : m_archive(archive)
        , m_analyzer(userLexicon)
    {
    }
    ~ArticleImporter();

    // Feed items that carry only a summary are completed from the page they link to, unless
    // this is off (offline work, tests). A host that cannot be reached is not asked again.
    void setFetchLinkedPages(bool fetch) { m_fetchLinkedPages = fetch; }
    // Called with each document's or record's outcome as soon as it is settled (stored, found
    // again or failed), in the order given: for showing every line of an import of any size.
    void setItemSink(std::function<void(const ImportItemResult &)> sink)
    {
        m_itemSink = std::move(sink);
    }

    // Files and folders (walked recursively). JSON Lines files may be of any size: they are
    // read a slice at a time, and a cancel takes effect between slices.
    ImportReport importPaths(const QStringList &paths, const Progress &progress = {});
    // Text pasted by the user.
    ImportReport importText(const QString &text, const QString &origin);
    // Articles already parsed (feed items, for instance), with the same batching and report.
    ImportReport importParsed(const QList<ingest::ParseResult> &parsed);

    // Analyses again the articles whose stored analysis is older than the analyser (all of them
    // with force). Returns the number refreshed; progress as for imports.
    int reanalyse(bool force, const Progress &progress = {}, QString *error = nullptr);

private:
    struct Batch {
        // The outcomes to report, in the order given: the articles' once they are stored, and
        // failures met on the way (which wait for the articles before them).
        QList<ImportItemResult> items;
        QList<qsizetype> articleItem; // for each article, its item in items
        QList<ingest::Article> articles;
        qsizetype bytes = 0; // of the articles' texts and original bytes
    };
    // A batch whose analysis (Archive::prepare) runs on the thread pool while the previous one is
    // written.
    struct InFlight {
        Batch batch;
        QFuture<PreparedArticle> prepared;
    };
    void add(ImportReport &report, Batch &batch, ingest::ParseResult parsed);
    // Hands the batch to the analysis and stores the batch analysed before it: parsing, analysis
    // and writing overlap. finish() stores what is still in flight.
    void flush(ImportReport &report, Batch &batch);
    void finish(ImportReport &report);
    // Stores an analysed batch in one transaction and fills in the report's items.
    void store(ImportReport &report, InFlight &done);
    void completeFromLinkedPage(ingest::Article &article);
    // A JSON Lines file of any size, read a slice at a time; goOn is asked between slices
    // (false: cancelled).
    bool importJsonLines(ImportReport &report, Batch &batch, const QString &path,
                         const std::function<bool()> &goOn);

    Archive &m_archive;
    bool m_fetchLinkedPages = true;
    QSet<QString> m_unreachableHosts;
    std::function<void(const ImportItemResult &)> m_itemSink;
    static constexpr std::size_t kBatchesInFlight = 1;
    std::deque<std::unique_ptr<InFlight>> m_inFlight; // oldest first
    analysis::Analyzer m_analyzer;
    QThreadPool m_workers; // its own, so that lowering their priority touches no other work
};

} // namespace kliping::archive
