// The article list of the main window: title, date and source of the archive's articles, read
// page by page (canFetchMore/fetchMore) so that a large archive opens at once and no article body
// is loaded for the list. Sorting and the filter are done by the archive's query.
#pragma once

#include "archive/archive.h"

#include <QAbstractTableModel>
#include <QList>

namespace kliping::gui {

class ArticleListModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { TitleColumn, DateColumn, SourceColumn, ColumnCount };
    enum Role { ArticleIdRole = Qt::UserRole + 1 };

    static constexpr int kPageSize = 100;

    // The archive is a reader connection owned by the caller; it must outlive the model.
    explicit ArticleListModel(const archive::Archive &archive, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    QString filter() const { return m_filter; }
    // The publication or feed the sidebar narrowed the list to.
    archive::ArticleScope scope() const { return m_scope; }
    bool isNarrowed() const { return !m_filter.isEmpty() || m_scope.sourceId || m_scope.feedId; }
    // Articles matching the filter, loaded or not.
    qint64 totalCount() const { return m_total; }
    qint64 articleId(int row) const;
    // The row of an article, loading further pages (up to maxRows rows) until it is found;
    // -1 when it is not among them.
    int rowOfArticle(qint64 id, int maxRows = 50 * kPageSize);

public slots:
    void setFilter(const QString &filter);
    void setScope(const archive::ArticleScope &scope);
    // Reads the first page again, e.g. after an import.
    void refresh();

signals:
    void totalCountChanged(qint64 count);

private:
    archive::SortColumn sortColumn() const;

    const archive::Archive &m_archive;
    // Every listed article's id in list order (one query per refresh), and the rows fetched so
    // far: pages are fetched by id, so the end of a long list costs what its start does.
    QList<qint64> m_ids;
    qsizetype m_nextId = 0; // the first of m_ids not fetched yet
    QList<archive::ArticleSummary> m_rows;
    qint64 m_total = 0;
    QString m_filter;
    archive::ArticleScope m_scope;
    int m_sortColumn = DateColumn;
    Qt::SortOrder m_sortOrder = Qt::DescendingOrder;
};

} // namespace kliping::gui
