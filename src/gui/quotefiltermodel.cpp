#include "quotefiltermodel.h"

#include "quotetablemodel.h"
#include "text/textfolding.h"

#include <algorithm>

namespace kliping::gui {

QuoteFilterModel::QuoteFilterModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(QuoteTableModel::SortRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
}

void QuoteFilterModel::setWords(const QString &typed)
{
    // Folded like the archive's names, so "pungli" finds "Pungli" and "Sachrudin" finds
    // "Sachrudín".
    const QStringList words = text::fold(typed).split(u' ', Qt::SkipEmptyParts);
    if (words == m_words)
        return;
    m_words = words;
    invalidateFilter();
}

bool QuoteFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (m_words.isEmpty())
        return true;
    QString haystack;
    for (int column : {QuoteTableModel::QuoteColumn, QuoteTableModel::SpeakerColumn,
                       QuoteTableModel::ArticleColumn}) {
        haystack += sourceModel()->index(sourceRow, column, sourceParent).data().toString();
        haystack += u' ';
    }
    haystack = text::fold(haystack);
    return std::all_of(m_words.cbegin(), m_words.cend(),
                       [&haystack](const QString &w) { return haystack.contains(w); });
}

} // namespace kliping::gui
