#include "archivelock.h"

namespace kliping::archive {

bool ArchiveLock::tryLock(const QString &archivePath)
{
    const QString lockPath = archivePath + QStringLiteral(".lock");
    if (m_lock && m_lock->fileName() == lockPath && m_lock->isLocked())
        return true;
    unlock();
    m_lock = std::make_unique<QLockFile>(lockPath);
    m_lock->setStaleLockTime(0); // stale only when its process is gone, never by age
    if (m_lock->tryLock(0))
        return true;
    qint64 pid = 0;
    QString host, app;
    if (m_lock->getLockInfo(&pid, &host, &app))
        m_holder = QStringLiteral("%1 (pid %2 on %3)").arg(app).arg(pid).arg(host);
    m_lock.reset();
    return false;
}

void ArchiveLock::unlock()
{
    if (m_lock)
        m_lock->unlock();
    m_lock.reset();
    m_holder.clear();
}

} // namespace kliping::archive
