// The quotes of a person (or of an institution's officials) as a table: date, speaker, the words,
// direct or indirect, and the article they come from. Sorted by the view through
// QuoteFilterModel; SortRole gives dates as dates, not as their text.
#pragma once

#include "archive/entityqueries.h"

#include <QAbstractTableModel>

namespace kliping::gui {

class QuoteTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { DateColumn, SpeakerColumn, QuoteColumn, KindColumn, ArticleColumn, ColumnCount };
    enum Role {
        SortRole = Qt::UserRole + 1,
        QuoteIdRole,
        ArticleIdRole,
        StartRole,
        EndRole,
        SpeakerIdRole
    };

    explicit QuoteTableModel(QObject *parent = nullptr);

    void setQuotes(const QList<archive::QuoteEntry> &quotes);
    const archive::QuoteEntry &quote(int row) const { return m_quotes.at(row); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QList<archive::QuoteEntry> m_quotes;
};

} // namespace kliping::gui
