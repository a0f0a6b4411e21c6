#include "importcontroller.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QtConcurrent/QtConcurrentRun>

namespace kliping::gui {

namespace {

constexpr qint64 kProgressIntervalMs = 50;

} // namespace

ImportController::ImportController(QString archivePath, QObject *parent)
    : QObject(parent)
    , m_archivePath(std::move(archivePath)) {
    connect(&m_watcher, &QFutureWatcher<archive::ImportReport>::finished, this,
            [this] { emit finished(m_watcher.result()); });
}

ImportController::~ImportController() {
    // The worker emits through this object: stop it and wait before going away.
    cancel();
    m_watcher.waitForFinished();
}

bool ImportController::isRunning() const {
    return m_watcher.isRunning();
}

void ImportController::cancel() {
    if (m_cancel)
        m_cancel->store(true);
}

bool ImportController::importPaths(const QStringList &paths) {
    return start([paths](archive::ArticleImporter &importer,
                         const archive::ArticleImporter::Progress &progress) {
        return importer.importPaths(paths, progress);
    });
}

bool ImportController::importText(const QString &text, const QString &origin) {
    return start([text, origin](archive::ArticleImporter &importer,
                                const archive::ArticleImporter::Progress &) {
        return importer.importText(text, origin);
    });
}

bool ImportController::start(Job job) {
    if (isRunning())
        return false;
    m_cancel = std::make_shared<std::atomic_bool>(false);
    emit started();
    // The worker may use `this`: the destructor cancels and waits for it.
    m_watcher.setFuture(
        QtConcurrent::run([this, path = m_archivePath, cancelled = m_cancel, job = std::move(job)] {
            archive::Archive archive;
            if (!archive.open(path)) {
                archive::ImportReport report;
                archive::ImportItemResult failure;
                failure.origin = path;
                failure.message = archive.errorString();
                report.items << failure;
                return report;
            }
            archive::ArticleImporter importer(archive);
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
            return job(importer, progress);
        }));
    return true;
}

} // namespace kliping::gui
