// A filterable, sortable table of quotes for the person and institution pages: a filter field
// that narrows the rows as the user types, and the table (date, speaker, quote, kind, article).
// Double-click or Enter opens the article at the quote.
#pragma once

#include "archive/entityqueries.h"

#include <QWidget>

class QLineEdit;
class QTableView;

namespace kliping::gui {

class QuoteFilterModel;
class QuoteTableModel;

class QuotesView : public QWidget {
    Q_OBJECT
public:
    explicit QuotesView(bool showSpeaker, QWidget *parent = nullptr);

    void setQuotes(const QList<archive::QuoteEntry> &quotes);
    QLineEdit *filterEdit() const { return m_filter; }
    QTableView *table() const { return m_table; }
    // The rows as shown (sorted and filtered).
    QuoteFilterModel *shownModel() const { return m_proxy; }
    // The quote of a shown row, or nullptr.
    const archive::QuoteEntry *quoteAt(int shownRow) const;
    const archive::QuoteEntry *currentQuote() const;

signals:
    void articleRequested(qint64 articleId, qsizetype start, qsizetype end);

private:
    void openRow(int shownRow);

    QuoteTableModel *m_model;
    QuoteFilterModel *m_proxy;
    QLineEdit *m_filter;
    QTableView *m_table;
};

} // namespace kliping::gui
