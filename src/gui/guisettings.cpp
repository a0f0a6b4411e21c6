#include "guisettings.h"

#include <QDir>
#include <QSettings>

namespace kliping::gui::settings {

QString language() {
    return QSettings().value(QLatin1String(kLanguage)).toString();
}

void setLanguage(const QString &code) {
    QSettings s;
    if (code.isEmpty())
        s.remove(QLatin1String(kLanguage));
    else
        s.setValue(QLatin1String(kLanguage), code);
}

int readerFontSize() {
    const int size =
        QSettings().value(QLatin1String(kReaderFontSize), kDefaultReaderFontSize).toInt();
    return qBound(kMinReaderFontSize, size, kMaxReaderFontSize);
}

void setReaderFontSize(int points) {
    QSettings().setValue(QLatin1String(kReaderFontSize),
                         qBound(kMinReaderFontSize, points, kMaxReaderFontSize));
}

bool markEntities() {
    return QSettings().value(QLatin1String(kMarkEntities), false).toBool();
}

void setMarkEntities(bool mark) {
    QSettings().setValue(QLatin1String(kMarkEntities), mark);
}

QString lastArchive() {
    return QSettings().value(QLatin1String(kLastArchive)).toString();
}

void setLastArchive(const QString &path) {
    QSettings().setValue(QLatin1String(kLastArchive), path);
}

QStringList recentArchives() {
    return QSettings().value(QLatin1String(kRecentArchives)).toStringList();
}

void addRecentArchive(const QString &path) {
    const QString clean = QDir::cleanPath(path);
    QStringList recent = recentArchives();
    recent.removeAll(clean);
    recent.prepend(clean);
    while (recent.size() > kMaxRecentArchives)
        recent.removeLast();
    QSettings().setValue(QLatin1String(kRecentArchives), recent);
}

void clearRecentArchives() {
    QSettings().remove(QLatin1String(kRecentArchives));
}

QString userLexicon() {
    return QSettings().value(QLatin1String(kUserLexicon)).toString();
}

void setUserLexicon(const QString &path) {
    QSettings s;
    if (path.isEmpty())
        s.remove(QLatin1String(kUserLexicon));
    else
        s.setValue(QLatin1String(kUserLexicon), path);
}

} // namespace kliping::gui::settings
