#include "articlesview.h"

#include "articledate.h"

#include <QHeaderView>

namespace kliping::gui {

ArticlesView::ArticlesView(QWidget *parent)
    : QTreeWidget(parent)
{
    setHeaderLabels({tr("Date"), tr("Title"), tr("Source")});
    setRootIsDecorated(false);
    setUniformRowHeights(true);
    setAlternatingRowColors(true);
    setAllColumnsShowFocus(true);
    header()->setStretchLastSection(false);
    header()->setSectionResizeMode(1, QHeaderView::Stretch);
    const QFontMetrics fm(font());
    header()->resizeSection(0, fm.horizontalAdvance(QStringLiteral("00 Mmm 0000 00.00")) + 24);
    header()->resizeSection(2, fm.horizontalAdvance(QStringLiteral("Tribunnews.com")) + 24);
    connect(this, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
        emit articleRequested(item->data(0, ArticleIdRole).toLongLong(), -1, -1);
    });
}

void ArticlesView::setArticles(const QList<archive::ArticleSummary> &articles)
{
    clear();
    for (const archive::ArticleSummary &a : articles) {
        auto *item =
            new QTreeWidgetItem(this, {a.published.isValid() ? ArticleDate::shortText(a.published)
                                                             : QStringLiteral("–"),
                                       a.title, a.source});
        item->setToolTip(1, a.title);
        item->setData(0, ArticleIdRole, a.id);
    }
}

} // namespace kliping::gui
