// The searches a user saved for an archive ("Pungli Tangerang 2025" = a query in the query
// language), kept in the user's settings under the archive's path: they belong to the user's way
// of working with that file, not to its contents, and need no change of the archive's schema.
#pragma once

#include <QList>
#include <QString>

namespace kliping::gui {

struct SavedSearch {
    QString name;
    QString query;
};

class SavedSearches {
public:
    explicit SavedSearches(QString archivePath);

    // In the order they were saved.
    QList<SavedSearch> all() const;
    // Saves (or replaces, by name) a search.
    void save(const QString &name, const QString &query);
    void remove(const QString &name);

private:
    QString key() const;
    void write(const QList<SavedSearch> &searches);

    QString m_archivePath;
};

} // namespace kliping::gui
