// Where the tests find ../shared (real articles, read at test time and never copied into this
// repository) and the repository's own small fixtures. A test that needs ../shared calls
// sharedPath() and QSKIPs with the returned message when it is absent.
#pragma once

#include <QDir>
#include <QFileInfo>
#include <QString>

namespace kliping::tests {

inline QString sharedDir()
{
    const QByteArray env = qgetenv("KLIPING_SHARED_DIR");
    return env.isEmpty() ? QStringLiteral(KLIPING_SHARED_DIR) : QString::fromLocal8Bit(env);
}

// The absolute path of a file under ../shared, or an empty string when it is not there.
inline QString sharedPath(const QString &relative)
{
    const QString path = QDir(sharedDir()).filePath(relative);
    return QFileInfo::exists(path) ? path : QString();
}

inline QString fixturePath(const QString &relative)
{
    return QDir(QStringLiteral(KLIPING_FIXTURES_DIR)).filePath(relative);
}

} // namespace kliping::tests
