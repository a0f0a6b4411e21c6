#include "correctionrunner.h"

#include <QTimer>

namespace kliping::gui {

CorrectionRunner::CorrectionRunner(QObject *parent)
    : QObject(parent)
{
}

void CorrectionRunner::setController(ImportController *controller)
{
    if (m_controller)
        disconnect(m_controller, nullptr, this, nullptr);
    m_controller = controller;
    m_queue.clear();
    m_running = false;
    m_current = {};
    if (!controller)
        return;
    connect(controller, &ImportController::correctionApplied, this, &CorrectionRunner::finished);
    // Other work of the controller ending frees the worker for a waiting correction.
    auto retry = [this] { QTimer::singleShot(0, this, &CorrectionRunner::next); };
    connect(controller, &ImportController::finished, this, retry);
    connect(controller, &ImportController::feedsUpdated, this, retry);
    connect(controller, &ImportController::feedRemoved, this, retry);
}

void CorrectionRunner::enqueue(ImportController::CorrectionJob job, Done done)
{
    m_queue.append({std::move(job), std::move(done)});
    next();
}

void CorrectionRunner::next()
{
    if (m_running || m_queue.isEmpty() || !m_controller || m_controller->isRunning())
        return;
    Pending pending = m_queue.takeFirst();
    m_current = std::move(pending.done);
    m_running = true;
    if (!m_controller->applyCorrection(std::move(pending.job))) {
        // Cannot happen while the controller is idle; said rather than lost.
        m_running = false;
        finished(0, tr("The archive is busy; try again."));
    }
}

void CorrectionRunner::finished(qint64 correctionId, const QString &error)
{
    m_running = false;
    const Done done = std::exchange(m_current, Done());
    if (done)
        done(correctionId, error);
    emit applied(correctionId, error);
    next();
}

} // namespace kliping::gui
