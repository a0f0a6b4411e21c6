// Paints one column of a table as a line of rich text: search results and found quotes show the
// words that matched in bold (Search::toHtml). The HTML comes from a role of the model, so the
// display text stays plain for copying, sorting and accessibility.
#pragma once

#include <QStyledItemDelegate>

namespace kliping::gui {

class HtmlDelegate : public QStyledItemDelegate {
    Q_OBJECT
public:
    explicit HtmlDelegate(int htmlRole, QObject *parent = nullptr);

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

private:
    int m_htmlRole;
};

} // namespace kliping::gui
