#include "entitypagelayout.h"

#include <QHeaderView>
#include <QLabel>
#include <QSplitter>
#include <QTabWidget>
#include <QTreeWidget>
#include <QUrl>
#include <QVBoxLayout>

namespace kliping::gui::entitypage {

void setUpHeading(QLabel *name, QLabel *details,
                  const std::function<void(qint64)> &openInstitution)
{
    QFont big = name->font();
    big.setPointSizeF(big.pointSizeF() * 1.6);
    big.setBold(true);
    name->setFont(big);
    name->setTextInteractionFlags(Qt::TextSelectableByMouse);
    details->setWordWrap(true);
    details->setTextFormat(Qt::RichText);
    details->setTextInteractionFlags(Qt::TextBrowserInteraction);
    details->setOpenExternalLinks(false);
    QObject::connect(details, &QLabel::linkActivated, details, [openInstitution](const QString &link) {
        const QUrl url(link);
        if (url.scheme() == QLatin1String("kliping") &&
            url.path().startsWith(QLatin1String("institution/")))
            openInstitution(url.path().section(u'/', 1).toLongLong());
    });
}

void setUpSpanTable(QTreeWidget *table, const QStringList &headers)
{
    table->setHeaderLabels(headers);
    table->setRootIsDecorated(false);
    table->setUniformRowHeights(true);
    table->setAllColumnsShowFocus(true);
    table->header()->setStretchLastSection(false);
    for (int column = 0; column < headers.size(); ++column)
        table->header()->setSectionResizeMode(column, column < 2 ? QHeaderView::Stretch
                                                                 : QHeaderView::ResizeToContents);
}

QSplitter *spansAboveTabs(const QString &title, QTreeWidget *table, QTabWidget *tabs,
                          QWidget *page)
{
    auto *pane = new QWidget(page);
    auto *paneLayout = new QVBoxLayout(pane);
    paneLayout->setContentsMargins(0, 0, 0, 0);
    auto *heading = new QLabel(title, pane);
    QFont bold = heading->font();
    bold.setBold(true);
    heading->setFont(bold);
    paneLayout->addWidget(heading);
    paneLayout->addWidget(table);

    tabs->setDocumentMode(true);
    auto *splitter = new QSplitter(Qt::Vertical, page);
    splitter->addWidget(pane);
    splitter->addWidget(tabs);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 3);
    splitter->setChildrenCollapsible(false);
    return splitter;
}

QVBoxLayout *pageLayout(QWidget *page)
{
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(16, 12, 16, 8);
    layout->setSpacing(8);
    return layout;
}

} // namespace kliping::gui::entitypage
