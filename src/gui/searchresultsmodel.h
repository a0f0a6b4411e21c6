// The article list in its search mode: the articles a query of the search field found (best
// first), with title, date, source and a snippet of the body where the words matched. The hits
// are shown bold through HtmlRole (for HtmlDelegate); the display text is plain.
#pragma once

#include "archive/search.h"

#include <QAbstractTableModel>

namespace kliping::gui {

class SearchResultsModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { TitleColumn, DateColumn, SourceColumn, SnippetColumn, ColumnCount };
    enum Role { ArticleIdRole = Qt::UserRole + 1, HtmlRole };

    explicit SearchResultsModel(QObject *parent = nullptr);

    void setHits(const QList<archive::ArticleHit> &hits);
    void clear() { setHits({}); }
    qint64 articleId(int row) const;
    const QList<archive::ArticleHit> &hits() const { return m_hits; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QList<archive::ArticleHit> m_hits;
};

} // namespace kliping::gui
