// Runs the user's corrections and their undo one after another on the import worker, so that
// Ctrl+Z pressed while a merge is still being written waits for it instead of racing it. A job
// asked for while an import runs waits for the import to end.
#pragma once

#include "importcontroller.h"

#include <QList>
#include <QObject>
#include <QPointer>

#include <functional>

namespace kliping::gui {

class CorrectionRunner : public QObject {
    Q_OBJECT
public:
    // Called on the GUI thread when the job is done: the correction's id, or 0 and the reason.
    using Done = std::function<void(qint64 correctionId, const QString &error)>;

    explicit CorrectionRunner(QObject *parent = nullptr);

    // The controller of the archive now open; jobs still waiting for another archive are dropped.
    void setController(ImportController *controller);
    void enqueue(ImportController::CorrectionJob job, Done done = {});
    // Jobs are waiting or one runs.
    bool isBusy() const { return m_running || !m_queue.isEmpty(); }

signals:
    // After each job, so that the window shows the archive as it is now.
    void applied(qint64 correctionId, const QString &error);

private:
    void next();
    void finished(qint64 correctionId, const QString &error);

    struct Pending {
        ImportController::CorrectionJob job;
        Done done;
    };
    QPointer<ImportController> m_controller;
    QList<Pending> m_queue;
    bool m_running = false;
    Done m_current;
};

} // namespace kliping::gui
