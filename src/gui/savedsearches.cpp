#include "savedsearches.h"

#include <QCryptographicHash>
#include <QFileInfo>
#include <QSettings>

namespace kliping::gui {

SavedSearches::SavedSearches(QString archivePath)
    : m_archivePath(std::move(archivePath))
{
}

QString SavedSearches::key() const
{
    // A path holds slashes that QSettings reads as groups: the key is a hash of the whole path.
    const QString path = QFileInfo(m_archivePath).absoluteFilePath();
    return QStringLiteral("savedSearches/") +
           QString::fromLatin1(
               QCryptographicHash::hash(path.toUtf8(), QCryptographicHash::Sha1).toHex());
}

QList<SavedSearch> SavedSearches::all() const
{
    QList<SavedSearch> searches;
    if (m_archivePath.isEmpty())
        return searches;
    QSettings s;
    const int count = s.beginReadArray(key());
    for (int i = 0; i < count; ++i) {
        s.setArrayIndex(i);
        SavedSearch search{s.value(QStringLiteral("name")).toString(),
                           s.value(QStringLiteral("query")).toString()};
        if (!search.name.isEmpty())
            searches << search;
    }
    s.endArray();
    return searches;
}

void SavedSearches::write(const QList<SavedSearch> &searches)
{
    QSettings s;
    s.remove(key());
    s.beginWriteArray(key(), int(searches.size()));
    for (int i = 0; i < searches.size(); ++i) {
        s.setArrayIndex(i);
        s.setValue(QStringLiteral("name"), searches.at(i).name);
        s.setValue(QStringLiteral("query"), searches.at(i).query);
    }
    s.endArray();
}

void SavedSearches::save(const QString &name, const QString &query)
{
    const QString trimmed = name.simplified();
    if (m_archivePath.isEmpty() || trimmed.isEmpty())
        return;
    QList<SavedSearch> searches = all();
    for (SavedSearch &search : searches) {
        if (search.name == trimmed) {
            search.query = query;
            write(searches);
            return;
        }
    }
    searches << SavedSearch{trimmed, query};
    write(searches);
}

void SavedSearches::remove(const QString &name)
{
    QList<SavedSearch> searches = all();
    searches.removeIf([&name](const SavedSearch &search) { return search.name == name; });
    write(searches);
}

} // namespace kliping::gui
