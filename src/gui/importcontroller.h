// Runs the archive's long work off the GUI thread: imports of files, links and pasted text,
// feed subscriptions and updates, exports (PDF, HTML, Markdown, JSON, CSV) and printing. A worker opens its own connection to the archive (WAL mode
// lets the window's reader connection go on reading), reports progress and honours Cancel
// between documents (or feeds). One job at a time: one writer. The user's corrections (merge,
// rename, re-attribute, ... and their undo) run here too, since they write.
#pragma once

#include "archive/archivecare.h"
#include "archive/articleimporter.h"
#include "archive/corrections.h"
#include "archive/feedupdater.h"
#include "export/exporter.h"

#include <QFutureWatcher>
#include <QObject>
#include <QStringList>

#include <atomic>
#include <functional>
#include <memory>

class QPrinter;

namespace kliping::gui {

// What an update of feeds did, feed by feed.
struct FeedUpdateReport {
    QList<archive::FeedUpdateResult> feeds;
    bool cancelled = false;
    QString error; // the archive could not be opened or written
};

class ImportController : public QObject {
    Q_OBJECT
public:
    enum class Task { None, Files, Text, Feeds, RemoveFeed, Correction, Export, Backup, Check, Repair };

    // A correction (or the undo of one) on the worker's connection: returns the correction's id,
    // or nothing with the reason in corrections.errorString() (or in *error).
    using CorrectionJob = std::function<std::optional<qint64>(
        archive::Archive &, archive::Corrections &, QString *error)>;

    explicit ImportController(QString archivePath, QObject *parent = nullptr);
    ~ImportController() override;

    bool isRunning() const;
    // What runs now (or ran last), so the window can word its progress.
    Task task() const { return m_task; }

    // Files, folders and http/https links, as chosen in a dialog or dropped on the window.
    bool importPaths(const QStringList &paths);
    // Text pasted by the user or the bundled sample article, through the same importer.
    bool importText(const QString &text, const QString &origin);
    // Subscribes to a feed (a link or a feed file) and takes its items at once.
    bool subscribeFeed(const QString &location);
    // Takes the new items of every subscribed feed.
    bool updateFeeds();
    bool removeFeed(qint64 feedId);
    bool applyCorrection(CorrectionJob job);
    // Exports articles, or a person's dossier, to a file (replaced only when overwrite).
    bool exportArticles(const QList<qint64> &ids, const QString &path,
                        const exporting::ExportOptions &options, bool overwrite);
    bool exportDossier(qint64 personId, const QStringList &words, exporting::Period period,
                       const QString &path, const exporting::ExportOptions &options,
                       bool overwrite);
    // Prints articles on a printer the user set up (full-page mode); the result comes as
    // exported() with the pages printed and no path.
    bool printArticles(std::shared_ptr<QPrinter> printer, const QList<qint64> &ids,
                       const exporting::ExportOptions &options);
    // Looking after the archive (ArchiveCare) on the worker's own connection: a backup copy to
    // target, a check, a repair. Each ends with careFinished().
    bool backup(const QString &target);
    bool check();
    bool repair();

    // A read-only archive (another window holds it, or the file cannot be written): the worker
    // opens it read-only too, for a backup or a check.
    void setReadOnly(bool readOnly) { m_readOnly = readOnly; }

    // The user's lexicon file, for the analyser of imports and of the re-analysis after an undo.
    void setUserLexicon(const QString &path) { m_userLexicon = path; }
    QString userLexicon() const { return m_userLexicon; }
    // Off for tests and offline work: feed items keep their summary instead of fetching the page.
    void setFetchLinkedPages(bool fetch) { m_fetchLinkedPages = fetch; }

public slots:
    void cancel();

signals:
    void started();
    void progress(int done, int total, const QString &current);
    // After importPaths / importText.
    void finished(const kliping::archive::ImportReport &report);
    // After subscribeFeed / updateFeeds.
    void feedsUpdated(const kliping::gui::FeedUpdateReport &report);
    // After removeFeed; error is empty on success.
    void feedRemoved(qint64 feedId, const QString &error);
    // After applyCorrection: the correction's id, or 0 and what went wrong.
    void correctionApplied(qint64 correctionId, const QString &error);
    // After exportArticles / exportDossier.
    void exported(const kliping::exporting::ExportResult &result);
    // After backup / check / repair: error is empty on success; report is the check's (after a
    // repair, the check run after it).
    void careFinished(kliping::gui::ImportController::Task task, const QString &error,
                      const kliping::archive::CheckReport &report);

private:
    struct Outcome {
        archive::ImportReport import;
        FeedUpdateReport feeds;
        QString error;
        qint64 correctionId = 0;
        exporting::ExportResult exported;
        archive::CheckReport check = {}; // initialised: the jobs name only their first fields
    };
    using Job = std::function<Outcome(archive::Archive &, archive::ArticleImporter &,
                                      const archive::ArticleImporter::Progress &,
                                      const std::atomic_bool &cancelled)>;
    bool start(Task task, Job job, qint64 feedId = 0);
    void deliver();

    QString m_archivePath;
    QString m_userLexicon;
    bool m_fetchLinkedPages = true;
    bool m_readOnly = false;
    Task m_task = Task::None;
    qint64 m_feedId = 0; // the feed a RemoveFeed job removes
    std::shared_ptr<std::atomic_bool> m_cancel;
    QFutureWatcher<Outcome> m_watcher;
};

} // namespace kliping::gui

Q_DECLARE_METATYPE(kliping::archive::ImportReport)
Q_DECLARE_METATYPE(kliping::gui::FeedUpdateReport)
Q_DECLARE_METATYPE(kliping::exporting::ExportResult)
