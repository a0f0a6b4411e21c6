#include "feedsdialog.h"

#include "importcontroller.h"
#include "importsummary.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace kliping::gui {

namespace {

constexpr int kFeedIdRole = Qt::UserRole + 1;

} // namespace

FeedsDialog::FeedsDialog(const archive::Archive &archive, ImportController *controller,
                         QWidget *parent)
    : QDialog(parent)
    , m_archive(archive)
    , m_controller(controller)
    , m_list(new QTreeWidget(this))
    , m_empty(new QLabel(this))
{
    setWindowTitle(tr("Feeds"));
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setAlternatingRowColors(true);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setHeaderLabels(
        {tr("Title"), tr("Location"), tr("Items taken"), tr("Last update"), tr("Last error")});
    m_list->header()->setStretchLastSection(true);
    m_list->setColumnWidth(TitleColumn, 200);
    m_list->setColumnWidth(LocationColumn, 260);
    m_list->setColumnWidth(ItemsColumn, 90);
    m_list->setColumnWidth(UpdatedColumn, 140);
    m_empty->setText(tr("No feeds yet. Subscribe with File ▸ Subscribe to Feed…"));
    m_empty->setForegroundRole(QPalette::PlaceholderText);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_remove = buttons->addButton(tr("&Remove"), QDialogButtonBox::ActionRole);
    connect(m_remove, &QPushButton::clicked, this, &FeedsDialog::removeSelected);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_list, &QTreeWidget::itemSelectionChanged, this, &FeedsDialog::updateButtons);
    if (m_controller) {
        connect(m_controller, &ImportController::feedRemoved, this,
                [this](qint64, const QString &error) {
                    reload();
                    if (!error.isEmpty())
                        QMessageBox::warning(this, tr("Feed Not Removed"), error);
                });
        // An update running meanwhile changes the counts and errors shown.
        connect(m_controller, &ImportController::feedsUpdated, this, &FeedsDialog::reload);
        connect(m_controller, &ImportController::started, this, &FeedsDialog::updateButtons);
    }

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_empty);
    layout->addWidget(buttons);
    resize(900, 360);
    reload();
}

void FeedsDialog::reload()
{
    const qint64 selected =
        m_list->currentItem() ? m_list->currentItem()->data(0, kFeedIdRole).toLongLong() : 0;
    m_list->clear();
    const QLocale locale;
    for (const archive::FeedSubscription &feed : m_archive.feeds()) {
        const QString updated =
            feed.updatedAt.isValid()
                ? locale.toString(feed.updatedAt.toLocalTime(), QLocale::ShortFormat)
                : tr("Never");
        auto *item =
            new QTreeWidgetItem(m_list, {feed.title.isEmpty() ? tr("(untitled)") : feed.title,
                                         ImportSummary::displayOrigin(feed.location),
                                         locale.toString(feed.items), updated, feed.lastError});
        item->setData(0, kFeedIdRole, feed.id);
        item->setTextAlignment(ItemsColumn, Qt::AlignRight | Qt::AlignVCenter);
        item->setToolTip(LocationColumn, item->text(LocationColumn));
        item->setToolTip(ErrorColumn, feed.lastError);
        if (feed.id == selected)
            m_list->setCurrentItem(item);
    }
    m_empty->setVisible(m_list->topLevelItemCount() == 0);
    if (!m_list->currentItem() && m_list->topLevelItemCount() > 0)
        m_list->setCurrentItem(m_list->topLevelItem(0));
    updateButtons();
}

void FeedsDialog::updateButtons()
{
    const bool busy = m_controller && m_controller->isRunning();
    m_remove->setEnabled(m_list->currentItem() && !busy);
}

void FeedsDialog::removeSelected()
{
    QTreeWidgetItem *item = m_list->currentItem();
    if (!item)
        return;
    const auto answer = QMessageBox::question(
        this, tr("Remove Feed"),
        tr("Stop following “%1”? The articles already taken from it stay in the archive.")
            .arg(item->text(TitleColumn)));
    if (answer == QMessageBox::Yes)
        removeFeed(item->data(0, kFeedIdRole).toLongLong());
}

bool FeedsDialog::removeFeed(qint64 feedId)
{
    if (!m_controller || !m_controller->removeFeed(feedId)) {
        QMessageBox::information(this, tr("Archive Busy"),
                                 tr("An import or update is still running. Remove the feed when "
                                    "it has finished."));
        return false;
    }
    m_remove->setEnabled(false);
    return true;
}

} // namespace kliping::gui
