// The sidebar of the main window: All articles, the publications with their article counts, the
// institutions as their hierarchy (Polri > Polda > Polres > Polsek), the most quoted people, the
// subscribed feeds and the saved searches. The counts come from SQL on a worker thread
// with its own archive connection, so the window stays instant on a large archive; the model is
// filled when the worker is done (loaded()).
#pragma once

#include "archive/archive.h"
#include "archive/entityqueries.h"
#include "archive/peopledirectory.h"

#include <QFutureWatcher>
#include <QStandardItemModel>

namespace kliping::gui {

struct SidebarData {
    qint64 articles = 0;
    QList<archive::SourceCount> sources;
    QList<archive::InstitutionNode> institutions;
    QList<archive::PersonMatch> people;
    QList<archive::FeedSubscription> feeds;
};

class SidebarModel : public QStandardItemModel {
    Q_OBJECT
public:
    enum Kind {
        GroupKind,
        AllArticlesKind,
        SourceKind,
        InstitutionKind,
        PersonKind,
        FeedKind,
        SavedSearchesKind,
        SavedSearchKind
    };
    enum Role { KindRole = Qt::UserRole + 1, IdRole, QueryRole };
    enum Column { NameColumn, CountColumn };

    // People beyond this many are reached through their articles or the person picker.
    static constexpr int kPeopleShown = 200;

    explicit SidebarModel(QObject *parent = nullptr);
    ~SidebarModel() override;

    // Reads the archive at path on a worker; a load asked for while one runs follows it.
    void load(const QString &archivePath);
    // Until the rows of the last load are in (not only until the worker ends).
    bool isLoading() const { return m_loading; }
    // Waits for the worker's read (before the archive file is replaced by a restore).
    void waitForWorker() { m_watcher.waitForFinished(); }

    // The top-level rows: All articles, then one group per kind.
    QModelIndex allArticlesIndex() const;
    QModelIndex groupIndex(Kind kind) const;
    // The row of an item of a kind and id (searched through the whole tree), or invalid.
    QModelIndex find(Kind kind, qint64 id) const;

    static SidebarData read(const QString &archivePath);

    // The saved searches of the archive, under their group (name, query); none: a note on how
    // to save one.
    void setSavedSearches(const QList<QPair<QString, QString>> &searches);

signals:
    void loaded();

private:
    void populate(const SidebarData &data);
    QStandardItem *addGroup(Kind kind, const QString &name, const QString &icon);

    QFutureWatcher<SidebarData> m_watcher;
    QString m_pendingPath;
    bool m_loading = false;
    QHash<int, QStandardItem *> m_groups;
    QStandardItem *m_all = nullptr;
};

} // namespace kliping::gui
