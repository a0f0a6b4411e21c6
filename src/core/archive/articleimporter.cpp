#include "articleimporter.h"

#include "ingest/documentparser.h"
#include "ingest/documentreader.h"
#include "ingest/jsonlinesreader.h"

#include "ingest/urlfetcher.h"

#include <QCoreApplication>
#include <QUrl>
#include <QtConcurrent/QtConcurrentMap>
#include <QtConcurrent/QtConcurrentRun>

#include <limits>

#ifdef Q_OS_LINUX
#include <sys/resource.h>
#include <sys/syscall.h>
#include <unistd.h>
#endif

namespace kliping::archive {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(ArticleImporter)
};

// An article needs a title to be listed; a page without one is named by its first words.
void ensureTitle(ingest::Article &article)
{
    if (!article.title.trimmed().isEmpty())
        return;
    QString first = article.body.section(QStringLiteral("\n\n"), 0, 0).simplified();
    const qsizetype sentenceEnd = first.indexOf(QLatin1String(". "));
    if (sentenceEnd > 0)
        first.truncate(sentenceEnd);
    constexpr int kMaxLength = 90;
    if (first.size() > kMaxLength) {
        first.truncate(kMaxLength);
        const qsizetype space = first.lastIndexOf(u' ');
        if (space > kMaxLength / 2)
            first.truncate(space);
        first += QChar(0x2026); // …
    }
    article.title = first;
}

// The writer is the one thread every article passes through: the workers preparing batches
// ahead give way to it (and to the user interface) when the cores are all busy. Linux gives each
// thread its own nice value; elsewhere the scheduler decides. Nice 10 rather than 5: a nice-5
// worker sharing a core with the writer still took a quarter of it (bench_import +3 % in
// alternating runs; 10 and 19 measured the same).
void yieldToTheWriter()
{
#ifdef Q_OS_LINUX
    thread_local const bool lowered = [] {
        return setpriority(PRIO_PROCESS, pid_t(syscall(SYS_gettid)), 10) == 0;
    }();
    Q_UNUSED(lowered);
#endif
}

} // namespace

int ImportReport::count(ImportItemResult::Status status) const
{
    return m_counts[int(status)];
}

void ImportReport::add(const ImportItemResult &item)
{
    ++m_counts[int(item.status)];
    if (item.status == ImportItemResult::Status::Failed || !item.message.isEmpty() ||
        items.size() < kListedItems)
        items << item;
    else
        ++unlisted;
}

ArticleImporter::~ArticleImporter()
{
    for (const auto &batch : m_inFlight)
        batch->prepared.waitForFinished(); // never leave a worker reading freed articles
}

void ArticleImporter::flush(ImportReport &report, Batch &batch)
{
    if (batch.items.isEmpty())
        return;
    auto next = std::make_unique<InFlight>();
    next->batch = std::move(batch);
    batch = Batch();
    // The Analyzer is thread-safe and analysis is the costly step: it runs on every core while
    // this thread writes the batch before, with all else that needs no archive (hashes, search
    // tokens).
    next->prepared =
        QtConcurrent::mapped(&m_workers, next->batch.articles, [this](const ingest::Article &a) {
            yieldToTheWriter();
            return Archive::prepare(a, m_analyzer.analyze(a));
        });
    m_inFlight.push_back(std::move(next));
    // One batch is in the workers' hands while this thread writes the one before (a second
    // batch ahead measured no faster with batches of 400, and held their memory).
    if (m_inFlight.size() > kBatchesInFlight) {
        store(report, *m_inFlight.front());
        m_inFlight.pop_front();
    }
}

void ArticleImporter::finish(ImportReport &report)
{
    while (!m_inFlight.empty()) {
        store(report, *m_inFlight.front());
        m_inFlight.pop_front();
    }
}

void ArticleImporter::store(ImportReport &report, InFlight &done)
{
    const QList<PreparedArticle> prepared = done.prepared.results();
    Batch &batch = done.batch;
    const auto outcomes =
        batch.articles.isEmpty()
            ? std::optional<QList<ImportOutcome>>(QList<ImportOutcome>())
            : m_archive.importArticles(batch.articles, prepared, analysis::Analyzer::kVersion);
    for (qsizetype i = 0; i < batch.articleItem.size(); ++i) {
        ImportItemResult &item = batch.items[batch.articleItem.at(i)];
        if (!outcomes) {
            item.status = ImportItemResult::Status::Failed;
            item.message =
                Tr::tr("The archive could not store it: %1").arg(m_archive.errorString());
            continue;
        }
        const ImportOutcome &o = outcomes->at(i);
        item.articleId = o.articleId;
        item.status = o.status == ImportStatus::Imported ? ImportItemResult::Status::Imported
                                                         : ImportItemResult::Status::Duplicate;
        if (item.status == ImportItemResult::Status::Imported && i < prepared.size() &&
            prepared.at(i).analysis)
            item.message = prepared.at(i).analysis->error; // e.g. too long to analyse
    }
    for (const ImportItemResult &item : std::as_const(batch.items)) {
        if (m_itemSink)
            m_itemSink(item);
        report.add(item);
    }
}

void ArticleImporter::completeFromLinkedPage(ingest::Article &article)
{
    if (!m_fetchLinkedPages || !article.partial || article.url.isEmpty())
        return;
    const QString host = QUrl(article.url).host();
    if (m_unreachableHosts.contains(host) || !ingest::UrlFetcher::isFetchableUrl(article.url))
        return;
    const ingest::RawDocument doc = ingest::DocumentReader::readUrl(article.url);
    if (!doc.ok()) {
        if (doc.networkFailure)
            m_unreachableHosts.insert(host);
        return; // the summary stays, marked partial
    }
    const ingest::ParseResult page = ingest::DocumentParser::parse(doc);
    if (!page.ok() || page.article.body.size() <= article.body.size())
        return;
    ingest::Article full = page.article;
    if (full.title.isEmpty())
        full.title = article.title;
    if (!full.published.isValid()) {
        full.published = article.published;
        full.publishedZone = article.publishedZone;
    }
    if (full.byline.isEmpty())
        full.byline = article.byline;
    if (full.source.isEmpty())
        full.source = article.source;
    full.partial = false;
    article = full;
}

void ArticleImporter::add(ImportReport &report, Batch &batch, ingest::ParseResult parsed)
{
    ImportItemResult item;
    item.origin = parsed.origin;
    if (!parsed.ok()) {
        item.message = parsed.error;
        batch.items << item;
        if (batch.items.size() >= kBatchSize) // failures are reported as they come, too
            flush(report, batch);
        return;
    }
    completeFromLinkedPage(parsed.article);
    ensureTitle(parsed.article);
    item.title = parsed.article.title;
    batch.items << item;
    batch.articleItem << batch.items.size() - 1;
    batch.bytes += parsed.article.originalBytes.size() +
                   2 * (parsed.article.body.size() + parsed.article.title.size());
    batch.articles << parsed.article;
    if (batch.articles.size() >= kBatchSize || batch.bytes >= kBatchBytes)
        flush(report, batch);
}

ImportReport ArticleImporter::importPaths(const QStringList &paths, const Progress &progress)
{
    ImportReport report;
    const QStringList files = ingest::DocumentReader::expandPaths(paths);
    Batch batch;
    for (qsizetype i = 0; i < files.size(); ++i) {
        if (progress && !progress(int(i), int(files.size()), files.at(i))) {
            report.cancelled = true;
            break;
        }
        // A JSON Lines file on disk is streamed; one from a link is fetched whole, as any page.
        if (ingest::DocumentReader::isJsonLinesName(files.at(i)) &&
            !ingest::UrlFetcher::isFetchableUrl(files.at(i))) {
            if (!importJsonLines(report, batch, files.at(i), [&] {
                    return !progress || progress(int(i), int(files.size()), files.at(i));
                })) {
                report.cancelled = true;
                break;
            }
            continue;
        }
        const ingest::RawDocument doc = ingest::DocumentReader::read(files.at(i));
        if (!doc.ok()) {
            ImportItemResult item;
            item.origin = files.at(i);
            item.message = doc.error;
            batch.items << item;
            continue;
        }
        for (const ingest::ParseResult &result : ingest::DocumentParser::parseAll(doc))
            add(report, batch, result);
    }
    flush(report, batch);
    finish(report);
    if (progress && !report.cancelled)
        progress(int(files.size()), int(files.size()), QString());
    return report;
}

bool ArticleImporter::importJsonLines(ImportReport &report, Batch &batch, const QString &path,
                                      const std::function<bool()> &goOn)
{
    ingest::JsonLinesStream stream(path);
    if (!stream.error().isEmpty()) {
        ImportItemResult item;
        item.origin = path;
        item.message = stream.error();
        batch.items << item;
        return true;
    }
    // The next slice is read and parsed while this thread stores the one before.
    const auto readAhead = [&stream] {
        return QtConcurrent::run([&stream] { return stream.next(kLinesPerSlice); });
    };
    QFuture<QList<ingest::ParseResult>> ahead = readAhead();
    for (;;) {
        const QList<ingest::ParseResult> slice = ahead.result();
        const bool more = !stream.atEnd();
        if (more)
            ahead = readAhead();
        for (const ingest::ParseResult &result : slice)
            add(report, batch, result);
        if (!more)
            return true;
        if (!goOn()) {
            ahead.waitForFinished();
            return false;
        }
    }
}

ImportReport ArticleImporter::importParsed(const QList<ingest::ParseResult> &parsed)
{
    ImportReport report;
    Batch batch;
    for (const ingest::ParseResult &result : parsed)
        add(report, batch, result);
    flush(report, batch);
    finish(report);
    return report;
}

ImportReport ArticleImporter::importText(const QString &text, const QString &origin)
{
    return importParsed({ingest::DocumentParser::parseText(text, origin)});
}

int ArticleImporter::reanalyse(bool force, const Progress &progress, QString *error)
{
    const QList<qint64> ids = m_archive.articlesToAnalyse(force ? std::numeric_limits<int>::max()
                                                                : analysis::Analyzer::kVersion);
    int done = 0;
    for (qsizetype i = 0; i < ids.size(); ++i) {
        if (progress && !progress(int(i), int(ids.size()), QString::number(ids.at(i))))
            break;
        const auto stored = m_archive.article(ids.at(i));
        if (!stored)
            continue;
        if (!m_archive.replaceAnalysis(ids.at(i), m_analyzer.analyze(stored->article),
                                       analysis::Analyzer::kVersion)) {
            if (error)
                *error = m_archive.errorString();
            return done;
        }
        ++done;
    }
    if (progress)
        progress(int(ids.size()), int(ids.size()), QString());
    return done;
}

} // namespace kliping::archive
