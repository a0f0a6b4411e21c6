#include "articlelistmodel.h"

#include "articledate.h"

namespace kliping::gui {

ArticleListModel::ArticleListModel(const archive::Archive &archive, QObject *parent)
    : QAbstractTableModel(parent)
    , m_archive(archive) {
    refresh();
}

int ArticleListModel::rowCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ArticleListModel::columnCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ArticleListModel::data(const QModelIndex &index, int role) const {
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const archive::ArticleSummary &row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case TitleColumn:
            return row.title;
        case DateColumn:
            return row.published.isValid() ? ArticleDate::shortText(row.published)
                                           : QStringLiteral("–");
        case SourceColumn:
            return row.source;
        }
        break;
    case Qt::ToolTipRole:
        if (index.column() == TitleColumn)
            return row.title;
        if (index.column() == DateColumn && row.published.isValid())
            return ArticleDate::longText(row.published, QString());
        break;
    case ArticleIdRole:
        return row.id;
    }
    return {};
}

QVariant ArticleListModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case TitleColumn:
        return tr("Title");
    case DateColumn:
        return tr("Date");
    case SourceColumn:
        return tr("Source");
    }
    return {};
}

bool ArticleListModel::canFetchMore(const QModelIndex &parent) const {
    return !parent.isValid() && m_nextId < m_ids.size();
}

void ArticleListModel::fetchMore(const QModelIndex &parent) {
    if (!canFetchMore(parent))
        return;
    const QList<archive::ArticleSummary> page =
        m_archive.articleSummaries(m_ids.mid(m_nextId, kPageSize));
    m_nextId += kPageSize;
    if (page.isEmpty()) {
        // The archive shrank under us; stop asking for rows that are not there.
        m_total = m_rows.size();
        emit totalCountChanged(m_total);
        return;
    }
    beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + page.size() - 1));
    m_rows.append(page);
    endInsertRows();
}

void ArticleListModel::sort(int column, Qt::SortOrder order) {
    if (column < 0 || column >= ColumnCount)
        return;
    m_sortColumn = column;
    m_sortOrder = order;
    refresh();
}

qint64 ArticleListModel::articleId(int row) const {
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).id : 0;
}

int ArticleListModel::rowOfArticle(qint64 id, int maxRows) {
    const qsizetype listed = m_ids.indexOf(id);
    if (listed < 0 || listed >= maxRows)
        return -1;
    int row = 0;
    for (;;) {
        for (; row < m_rows.size(); ++row) {
            if (m_rows.at(row).id == id)
                return row;
        }
        if (row >= maxRows || !canFetchMore({}))
            return -1;
        fetchMore({});
    }
}

void ArticleListModel::setFilter(const QString &filter) {
    if (filter == m_filter)
        return;
    m_filter = filter;
    refresh();
}

void ArticleListModel::setScope(const archive::ArticleScope &scope) {
    if (scope.sourceId == m_scope.sourceId && scope.feedId == m_scope.feedId)
        return;
    m_scope = scope;
    refresh();
}

void ArticleListModel::refresh() {
    beginResetModel();
    m_ids = m_archive.articleIds(sortColumn(), m_sortOrder, m_filter, m_scope);
    m_total = m_ids.size();
    // The first page right away, so the view shows rows as soon as it hears of the reset;
    // further pages come when it scrolls.
    m_rows = m_archive.articleSummaries(m_ids.mid(0, kPageSize));
    m_nextId = kPageSize;
    endResetModel();
    emit totalCountChanged(m_total);
}

archive::SortColumn ArticleListModel::sortColumn() const {
    switch (m_sortColumn) {
    case TitleColumn:
        return archive::SortColumn::Title;
    case SourceColumn:
        return archive::SortColumn::Source;
    default:
        return archive::SortColumn::Published;
    }
}

} // namespace kliping::gui
