#include "searchresultsmodel.h"

#include "articledate.h"
#include "hittext.h"

namespace kliping::gui {

namespace {

QString plain(const QString &marked)
{
    return archive::Search::withMarkers(marked, {}, {});
}

} // namespace

SearchResultsModel::SearchResultsModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void SearchResultsModel::setHits(const QList<archive::ArticleHit> &hits)
{
    beginResetModel();
    m_hits = hits;
    endResetModel();
}

qint64 SearchResultsModel::articleId(int row) const
{
    return row >= 0 && row < m_hits.size() ? m_hits.at(row).id : 0;
}

int SearchResultsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_hits.size());
}

int SearchResultsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SearchResultsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_hits.size())
        return {};
    const archive::ArticleHit &hit = m_hits.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case TitleColumn:
            return hit.title;
        case DateColumn:
            return hit.published.isValid() ? ArticleDate::shortText(hit.published)
                                           : QStringLiteral("–");
        case SourceColumn:
            return hit.source;
        case SnippetColumn:
            return plain(hit.snippet);
        }
        break;
    case HtmlRole:
        if (index.column() == TitleColumn)
            return archive::Search::toHtml(hit.highlightedTitle);
        if (index.column() == SnippetColumn)
            return archive::Search::toHtml(hittext::fromFirstHit(hit.snippet, 24));
        break;
    case Qt::ToolTipRole:
        if (index.column() == SnippetColumn)
            return plain(hit.snippet);
        if (index.column() == TitleColumn)
            return hit.title;
        break;
    case ArticleIdRole:
        return hit.id;
    }
    return {};
}

QVariant SearchResultsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TitleColumn:
        return tr("Title");
    case DateColumn:
        return tr("Date");
    case SourceColumn:
        return tr("Source");
    case SnippetColumn:
        return tr("Where it matched");
    }
    return {};
}

} // namespace kliping::gui
