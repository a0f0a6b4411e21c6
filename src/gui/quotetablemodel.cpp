#include "quotetablemodel.h"

#include "articledate.h"
#include "articlehtml.h"

namespace kliping::gui {

QuoteTableModel::QuoteTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void QuoteTableModel::setQuotes(const QList<archive::QuoteEntry> &quotes)
{
    beginResetModel();
    m_quotes = quotes;
    endResetModel();
}

int QuoteTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_quotes.size());
}

int QuoteTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant QuoteTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_quotes.size())
        return {};
    const archive::QuoteEntry &q = m_quotes.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case SortRole:
        switch (index.column()) {
        case DateColumn:
            if (role == SortRole)
                return q.published;
            return q.published.isValid() ? ArticleDate::dayText(q.published) : QStringLiteral("–");
        case SpeakerColumn:
            return q.speaker.isEmpty() ? tr("Speaker unknown") : q.speaker;
        case QuoteColumn:
            // One line in the table; the whole quote is in the tooltip.
            return role == SortRole ? q.text : q.text.simplified();
        case KindColumn:
            return ArticleHtml::kindName(q.kind);
        case ArticleColumn:
            return q.source.isEmpty() ? q.articleTitle
                                      : QStringLiteral("%1 — %2").arg(q.source, q.articleTitle);
        }
        break;
    case Qt::ToolTipRole:
        if (index.column() == QuoteColumn)
            return QStringLiteral("“%1”").arg(q.text);
        if (index.column() == ArticleColumn)
            return q.articleTitle;
        break;
    case QuoteIdRole:
        return q.id;
    case ArticleIdRole:
        return q.articleId;
    case StartRole:
        return qint64(q.start);
    case EndRole:
        return qint64(q.end);
    case SpeakerIdRole:
        return q.speakerId;
    }
    return {};
}

QVariant QuoteTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case DateColumn:
        return tr("Date");
    case SpeakerColumn:
        return tr("Speaker");
    case QuoteColumn:
        return tr("Quote");
    case KindColumn:
        return tr("Kind");
    case ArticleColumn:
        return tr("Article");
    }
    return {};
}

} // namespace kliping::gui
