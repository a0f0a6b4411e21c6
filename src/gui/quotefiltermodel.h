// Sorts a quote table and keeps the rows that have every word typed in the filter field (in the
// quote, the speaker or the article), ignoring case and diacritics, as the user types.
#pragma once

#include <QSortFilterProxyModel>
#include <QStringList>

namespace kliping::gui {

class QuoteFilterModel : public QSortFilterProxyModel {
    Q_OBJECT
public:
    explicit QuoteFilterModel(QObject *parent = nullptr);

public slots:
    void setWords(const QString &text);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QStringList m_words;
};

} // namespace kliping::gui
