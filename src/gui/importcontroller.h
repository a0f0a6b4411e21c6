// Runs imports off the GUI thread: a worker opens its own connection to the archive (WAL mode
// lets the window's reader connection go on reading), runs ArticleImporter, reports progress
// and honours Cancel between documents. One import at a time: one writer.
#pragma once

#include "archive/articleimporter.h"

#include <QFutureWatcher>
#include <QObject>
#include <QStringList>

#include <atomic>
#include <functional>
#include <memory>

namespace kliping::gui {

class ImportController : public QObject {
    Q_OBJECT
public:
    explicit ImportController(QString archivePath, QObject *parent = nullptr);
    ~ImportController() override;

    bool isRunning() const;
    // Files and folders, as chosen in the file dialog or dropped on the window.
    bool importPaths(const QStringList &paths);
    // Text (e.g. the bundled sample article) through the same importer.
    bool importText(const QString &text, const QString &origin);

public slots:
    void cancel();

signals:
    void started();
    void progress(int done, int total, const QString &current);
    void finished(const kliping::archive::ImportReport &report);

private:
    using Job = std::function<archive::ImportReport(archive::ArticleImporter &,
                                                    const archive::ArticleImporter::Progress &)>;
    bool start(Job job);

    QString m_archivePath;
    std::shared_ptr<std::atomic_bool> m_cancel;
    QFutureWatcher<archive::ImportReport> m_watcher;
};

} // namespace kliping::gui

Q_DECLARE_METATYPE(kliping::archive::ImportReport)
