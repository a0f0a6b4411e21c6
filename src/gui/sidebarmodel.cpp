#include "sidebarmodel.h"

#include <QIcon>
#include <QLocale>
#include <QtConcurrent/QtConcurrentRun>

#include <functional>
#include <utility>

namespace kliping::gui {

namespace {

QStandardItem *countItem(qint64 count)
{
    auto *item = new QStandardItem(QLocale().toString(count));
    item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    item->setEditable(false);
    item->setSelectable(true);
    return item;
}

QStandardItem *nameItem(const QString &name, SidebarModel::Kind kind, qint64 id)
{
    auto *item = new QStandardItem(name);
    item->setEditable(false);
    item->setToolTip(name);
    item->setData(int(kind), SidebarModel::KindRole);
    item->setData(id, SidebarModel::IdRole);
    return item;
}

} // namespace

SidebarModel::SidebarModel(QObject *parent)
    : QStandardItemModel(parent)
{
    setColumnCount(2);
    m_all = nameItem(tr("All articles"), AllArticlesKind, 0);
    m_all->setIcon(QIcon(QStringLiteral(":/icons/articles.svg")));
    appendRow({m_all, countItem(0)});
    addGroup(SourceKind, tr("Sources"), QStringLiteral("source"));
    addGroup(InstitutionKind, tr("Institutions"), QStringLiteral("institution"));
    addGroup(PersonKind, tr("People"), QStringLiteral("person"));
    addGroup(FeedKind, tr("Feeds"), QStringLiteral("feed"));
    addGroup(SavedSearchesKind, tr("Saved searches"), QStringLiteral("search"));
    setSavedSearches({});
    connect(&m_watcher, &QFutureWatcher<SidebarData>::finished, this, [this] {
        populate(m_watcher.result());
        if (!m_pendingPath.isEmpty()) {
            const QString path = std::exchange(m_pendingPath, QString());
            load(path);
            return;
        }
        m_loading = false;
        emit loaded();
    });
}

SidebarModel::~SidebarModel()
{
    m_watcher.waitForFinished();
}

void SidebarModel::setSavedSearches(const QList<QPair<QString, QString>> &searches)
{
    QStandardItem *group = m_groups.value(SavedSearchesKind);
    group->removeRows(0, group->rowCount());
    if (searches.isEmpty()) {
        auto *note = new QStandardItem(tr("None yet"));
        note->setToolTip(tr("Search with Ctrl+K, then choose Save Search…"));
        note->setEditable(false);
        note->setEnabled(false);
        group->appendRow(note);
        return;
    }
    for (const auto &[name, query] : searches) {
        QStandardItem *search = nameItem(name, SavedSearchKind, 0);
        search->setData(query, QueryRole);
        search->setToolTip(query);
        search->setIcon(QIcon(QStringLiteral(":/icons/search.svg")));
        auto *count = new QStandardItem;
        count->setEditable(false);
        group->appendRow({search, count});
    }
}

QStandardItem *SidebarModel::addGroup(Kind kind, const QString &name, const QString &icon)
{
    auto *group = nameItem(name, GroupKind, int(kind));
    group->setSelectable(kind == FeedKind || kind == SavedSearchesKind);
    QFont bold = group->font();
    bold.setBold(true);
    group->setFont(bold);
    group->setIcon(QIcon(QStringLiteral(":/icons/%1.svg").arg(icon)));
    auto *count = new QStandardItem;
    count->setEditable(false);
    appendRow({group, count});
    m_groups.insert(kind, group);
    return group;
}

QModelIndex SidebarModel::allArticlesIndex() const
{
    return m_all->index();
}

QModelIndex SidebarModel::groupIndex(Kind kind) const
{
    QStandardItem *group = m_groups.value(kind);
    return group ? group->index() : QModelIndex();
}

QModelIndex SidebarModel::find(Kind kind, qint64 id) const
{
    const QModelIndexList hits =
        match(index(0, 0), IdRole, id, -1, Qt::MatchExactly | Qt::MatchRecursive);
    for (const QModelIndex &hit : hits) {
        if (hit.data(KindRole).toInt() == kind)
            return hit;
    }
    return {};
}

void SidebarModel::load(const QString &archivePath)
{
    m_loading = true;
    if (m_watcher.isRunning()) {
        m_pendingPath = archivePath;
        return;
    }
    m_watcher.setFuture(QtConcurrent::run([archivePath] { return read(archivePath); }));
}

SidebarData SidebarModel::read(const QString &archivePath)
{
    SidebarData data;
    // A connection of its own: the window's stays with the GUI thread.
    archive::Archive archive;
    if (!archive.open(archivePath))
        return data;
    const archive::EntityQueries queries(archive);
    data.articles = archive.articleCount();
    data.sources = queries.sources();
    data.institutions = queries.institutions();
    data.people = archive::PeopleDirectory(archive).all(kPeopleShown);
    data.feeds = archive.feeds();
    return data;
}

void SidebarModel::populate(const SidebarData &data)
{
    item(m_all->row(), CountColumn)->setText(QLocale().toString(data.articles));
    auto refill = [this](Kind kind, qsizetype count) {
        QStandardItem *group = m_groups.value(kind);
        group->removeRows(0, group->rowCount());
        item(group->row(), CountColumn)->setText(QLocale().toString(count));
        return group;
    };

    QStandardItem *sources = refill(SourceKind, data.sources.size());
    for (const archive::SourceCount &s : data.sources)
        sources->appendRow({nameItem(s.name, SourceKind, s.id), countItem(s.articles)});

    // The hierarchy: each unit under its parent; a unit whose parent is unknown at the top.
    QStandardItem *institutions = refill(InstitutionKind, data.institutions.size());
    QHash<qint64, const archive::InstitutionNode *> byId;
    QHash<qint64, QList<const archive::InstitutionNode *>> children;
    for (const archive::InstitutionNode &n : data.institutions)
        byId.insert(n.id, &n);
    for (const archive::InstitutionNode &n : data.institutions)
        children[byId.contains(n.parentId) ? n.parentId : 0] << &n;
    std::function<void(QStandardItem *, qint64, int)> addChildren =
        [&](QStandardItem *parent, qint64 parentId, int depth) {
            // Bounded depth: a cycle in bad data must not hang the window.
            if (depth > 12)
                return;
            for (const archive::InstitutionNode *n : children.value(parentId)) {
                QStandardItem *name = nameItem(n->name, InstitutionKind, n->id);
                if (!n->acronym.isEmpty() && n->acronym != n->name)
                    name->setToolTip(QStringLiteral("%1 (%2)").arg(n->name, n->acronym));
                parent->appendRow({name, countItem(n->articles)});
                addChildren(name, n->id, depth + 1);
            }
        };
    addChildren(institutions, 0, 0);

    QStandardItem *people = refill(PersonKind, data.people.size());
    for (const archive::PersonMatch &p : data.people) {
        QStandardItem *name = nameItem(p.name, PersonKind, p.id);
        name->setToolTip(tr("%1: %2 quotes").arg(p.name).arg(p.quotes));
        people->appendRow({name, countItem(p.quotes)});
    }

    QStandardItem *feeds = refill(FeedKind, data.feeds.size());
    for (const archive::FeedSubscription &f : data.feeds) {
        QStandardItem *name = nameItem(f.title.isEmpty() ? f.location : f.title, FeedKind, f.id);
        name->setToolTip(f.lastError.isEmpty()
                             ? f.location
                             : QStringLiteral("%1\n%2").arg(f.location, f.lastError));
        feeds->appendRow({name, countItem(f.items)});
    }
}

} // namespace kliping::gui
