#include "importcontroller.h"

#include "export/pdfexporter.h"

#include <QCoreApplication>
#include <QPrinter>
#include <QElapsedTimer>
#include <QtConcurrent/QtConcurrentRun>

namespace kliping::gui {

namespace {

constexpr qint64 kProgressIntervalMs = 50;

// The results carry each feed as it was before the update; a first update learns its title.
void refreshFeeds(const archive::Archive &archive, QList<archive::FeedUpdateResult> &results)
{
    const QList<archive::FeedSubscription> feeds = archive.feeds();
    for (archive::FeedUpdateResult &result : results) {
        for (const archive::FeedSubscription &feed : feeds) {
            if (feed.id == result.feed.id)
                result.feed = feed;
        }
    }
}

} // namespace

ImportController::ImportController(QString archivePath, QObject *parent)
    : QObject(parent)
    , m_archivePath(std::move(archivePath))
{
    connect(&m_watcher, &QFutureWatcher<Outcome>::finished, this, &ImportController::deliver);
}

ImportController::~ImportController()
{
    // The worker emits through this object: stop it and wait before going away.
    cancel();
    m_watcher.waitForFinished();
}

bool ImportController::isRunning() const
{
    return m_watcher.isRunning();
}

void ImportController::cancel()
{
    if (m_cancel)
        m_cancel->store(true);
}

bool ImportController::importPaths(const QStringList &paths)
{
    return start(Task::Files, [paths](archive::Archive &, archive::ArticleImporter &importer,
                                      const archive::ArticleImporter::Progress &progress,
                                      const std::atomic_bool &) {
        Outcome outcome;
        outcome.import = importer.importPaths(paths, progress);
        return outcome;
    });
}

bool ImportController::importText(const QString &text, const QString &origin)
{
    return start(Task::Text, [text, origin](archive::Archive &, archive::ArticleImporter &importer,
                                            const archive::ArticleImporter::Progress &,
                                            const std::atomic_bool &) {
        Outcome outcome;
        outcome.import = importer.importText(text, origin);
        return outcome;
    });
}

bool ImportController::subscribeFeed(const QString &location)
{
    return start(Task::Feeds,
                 [location](archive::Archive &archive, archive::ArticleImporter &importer,
                            const archive::ArticleImporter::Progress &progress,
                            const std::atomic_bool &) {
                     Outcome outcome;
                     const auto id = archive.addFeed(location);
                     if (!id) {
                         outcome.feeds.error = archive.errorString();
                         return outcome;
                     }
                     for (const archive::FeedSubscription &feed : archive.feeds()) {
                         if (feed.id != *id)
                             continue;
                         progress(0, 1, feed.location);
                         archive::FeedUpdater updater(archive, importer);
                         outcome.feeds.feeds << updater.update(feed);
                         progress(1, 1, QString());
                     }
                     refreshFeeds(archive, outcome.feeds.feeds);
                     return outcome;
                 });
}

bool ImportController::updateFeeds()
{
    return start(Task::Feeds, [](archive::Archive &archive, archive::ArticleImporter &importer,
                                 const archive::ArticleImporter::Progress &progress,
                                 const std::atomic_bool &cancelled) {
        Outcome outcome;
        archive::FeedUpdater updater(archive, importer);
        outcome.feeds.feeds = updater.updateAll(progress);
        outcome.feeds.cancelled = cancelled.load();
        refreshFeeds(archive, outcome.feeds.feeds);
        return outcome;
    });
}

bool ImportController::removeFeed(qint64 feedId)
{
    return start(
        Task::RemoveFeed,
        [feedId](archive::Archive &archive, archive::ArticleImporter &,
                 const archive::ArticleImporter::Progress &, const std::atomic_bool &) {
            Outcome outcome;
            if (!archive.removeFeed(feedId))
                outcome.error = archive.errorString();
            return outcome;
        },
        feedId);
}

bool ImportController::applyCorrection(CorrectionJob job)
{
    return start(Task::Correction, [job = std::move(job), lexicon = m_userLexicon](
                                       archive::Archive &archive, archive::ArticleImporter &,
                                       const archive::ArticleImporter::Progress &,
                                       const std::atomic_bool &) {
        Outcome outcome;
        // Undoing a correction analyses the articles it touched again.
        const analysis::Analyzer analyzer(lexicon);
        archive::Corrections corrections(archive, analyzer);
        QString error;
        const std::optional<qint64> id = job(archive, corrections, &error);
        if (id)
            outcome.correctionId = *id;
        else
            outcome.error = error.isEmpty() ? corrections.errorString() : error;
        return outcome;
    });
}

bool ImportController::exportArticles(const QList<qint64> &ids, const QString &path,
                                      const exporting::ExportOptions &options, bool overwrite)
{
    // Fonts are registered here, on the GUI thread, before the worker lays out text.
    exporting::PdfExporter::ensureFonts();
    return start(Task::Export, [ids, path, options, overwrite](
                                   archive::Archive &archive, archive::ArticleImporter &,
                                   const archive::ArticleImporter::Progress &progress,
                                   const std::atomic_bool &) {
        Outcome outcome;
        outcome.exported = exporting::Exporter(options).exportArticles(
            archive, ids, path, overwrite,
            [&progress](int done, int total) { return progress(done, total, QString()); });
        return outcome;
    });
}

bool ImportController::backup(const QString &target)
{
    return start(Task::Backup, [target](archive::Archive &archive, archive::ArticleImporter &,
                                        const archive::ArticleImporter::Progress &,
                                        const std::atomic_bool &) {
        Outcome outcome;
        archive::ArchiveCare care(archive);
        if (!care.backup(target))
            outcome.error = care.errorString();
        return outcome;
    });
}

bool ImportController::exportDossier(qint64 personId, const QStringList &words,
                                     exporting::Period period, const QString &path,
                                     const exporting::ExportOptions &options, bool overwrite)
{
    exporting::PdfExporter::ensureFonts();
    return start(Task::Export, [personId, words, period, path, options, overwrite](
                                   archive::Archive &archive, archive::ArticleImporter &,
                                   const archive::ArticleImporter::Progress &progress,
                                   const std::atomic_bool &) {
        Outcome outcome;
        outcome.exported = exporting::Exporter(options).exportDossier(
            archive, personId, words, period, path, overwrite,
            [&progress](int done, int total) { return progress(done, total, QString()); });
        return outcome;
    });
}

bool ImportController::check()
{
    return start(Task::Check, [](archive::Archive &archive, archive::ArticleImporter &,
                                 const archive::ArticleImporter::Progress &,
                                 const std::atomic_bool &) {
        Outcome outcome;
        outcome.check = archive::ArchiveCare(archive).check();
        return outcome;
    });
}

bool ImportController::printArticles(std::shared_ptr<QPrinter> printer, const QList<qint64> &ids,
                                     const exporting::ExportOptions &options)
{
    exporting::PdfExporter::ensureFonts();
    // The printer is painted on the worker (Qt allows printing from a thread other than the GUI
    // thread); the shared pointer keeps it alive until the job is done.
    return start(Task::Export, [printer, ids, options](
                                   archive::Archive &archive, archive::ArticleImporter &,
                                   const archive::ArticleImporter::Progress &progress,
                                   const std::atomic_bool &) {
        Outcome outcome;
        const QList<exporting::ExportArticle> articles = exporting::loadArticles(archive, ids);
        outcome.exported.articles = int(articles.size());
        if (articles.isEmpty()) {
            outcome.exported.error = QCoreApplication::translate("KlipingExport",
                                                                 "There is nothing to export.");
            return outcome;
        }
        const exporting::PdfExporter exporter(options);
        const int pages = exporter.paint(
            printer.get(), exporter.articlesJob(articles),
            [&progress](int done, int total) { return progress(done, total, QString()); });
        outcome.exported.pages = qMax(0, pages);
        outcome.exported.ok = pages > 0;
        outcome.exported.cancelled = pages < 0;
        return outcome;
    });
}

bool ImportController::repair()
{
    return start(Task::Repair, [](archive::Archive &archive, archive::ArticleImporter &,
                                  const archive::ArticleImporter::Progress &,
                                  const std::atomic_bool &) {
        Outcome outcome;
        archive::ArchiveCare care(archive);
        if (!care.repair())
            outcome.error = care.errorString();
        // What is still wrong after the repair, for the user to see.
        outcome.check = care.check();
        return outcome;
    });
}

void ImportController::deliver()
{
    const Outcome outcome = m_watcher.result();
    switch (m_task) {
    case Task::Files:
    case Task::Text:
        emit finished(outcome.import);
        break;
    case Task::Feeds:
        emit feedsUpdated(outcome.feeds);
        break;
    case Task::RemoveFeed:
        emit feedRemoved(m_feedId, outcome.error);
        break;
    case Task::Correction:
        emit correctionApplied(outcome.correctionId, outcome.error);
        break;
    case Task::Export:
        emit exported(outcome.exported);
        break;
    case Task::Backup:
    case Task::Check:
    case Task::Repair:
        emit careFinished(m_task, outcome.error, outcome.check);
        break;
    case Task::None:
        break;
    }
}

bool ImportController::start(Task task, Job job, qint64 feedId)
{
    if (isRunning())
        return false;
    m_task = task;
    m_feedId = feedId;
    m_cancel = std::make_shared<std::atomic_bool>(false);
    emit started();
    // The worker may use `this`: the destructor cancels and waits for it.
    m_watcher.setFuture(QtConcurrent::run([this, path = m_archivePath, cancelled = m_cancel,
                                           fetch = m_fetchLinkedPages, lexicon = m_userLexicon,
                                           readOnly = m_readOnly, job = std::move(job)] {
        archive::Archive archive;
        if (!archive.open(path, readOnly ? archive::Archive::OpenMode::ReadOnly
                                         : archive::Archive::OpenMode::ReadWrite)) {
            Outcome outcome;
            archive::ImportItemResult failure;
            failure.origin = path;
            failure.message = archive.errorString();
            outcome.import.add(failure);
            outcome.feeds.error = archive.errorString();
            outcome.error = archive.errorString();
            outcome.exported.error = archive.errorString();
            return outcome;
        }
        archive::ArticleImporter importer(archive, lexicon);
        importer.setFetchLinkedPages(fetch);
        QElapsedTimer sinceReport;
        const archive::ArticleImporter::Progress progress =
            [this, cancelled, &sinceReport](int done, int total, const QString &current) {
                if (cancelled->load())
                    return false;
                // A few updates a second are plenty; more would only flood the event loop.
                if (!sinceReport.isValid() || sinceReport.elapsed() >= kProgressIntervalMs ||
                    done == total) {
                    sinceReport.start();
                    emit this->progress(done, total, current);
                }
                return true;
            };
        return job(archive, importer, progress, *cancelled);
    }));
    return true;
}

} // namespace kliping::gui
