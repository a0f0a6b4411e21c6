// Tells one Kliping window that another has the archive open for writing: a lock file beside
// the archive (<archive>.lock) that the window holding it keeps while the archive is open. A
// lock left by a program that died is taken over (QLockFile checks the process).
#pragma once

#include <QLockFile>
#include <QString>

#include <memory>

namespace kliping::archive {

class ArchiveLock {
public:
    // True when this process now holds the lock (or held it already).
    bool tryLock(const QString &archivePath);
    void unlock();
    bool isLocked() const { return m_lock && m_lock->isLocked(); }
    // Who holds the lock when tryLock failed: "pid 1234 on host", for messages.
    QString holder() const { return m_holder; }

private:
    std::unique_ptr<QLockFile> m_lock;
    QString m_holder;
};

} // namespace kliping::archive
