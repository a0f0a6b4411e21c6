#include "quotesview.h"

#include "quotefiltermodel.h"
#include "quotetablemodel.h"

#include <QHeaderView>
#include <QLineEdit>
#include <QShortcut>
#include <QTableView>
#include <QVBoxLayout>

namespace kliping::gui {

QuotesView::QuotesView(bool showSpeaker, QWidget *parent)
    : QWidget(parent)
    , m_model(new QuoteTableModel(this))
    , m_proxy(new QuoteFilterModel(this))
    , m_filter(new QLineEdit(this))
    , m_table(new QTableView(this))
{
    m_proxy->setSourceModel(m_model);
    m_filter->setPlaceholderText(tr("Filter quotes by words"));
    m_filter->setClearButtonEnabled(true);
    connect(m_filter, &QLineEdit::textChanged, m_proxy, &QuoteFilterModel::setWords);

    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(QuoteTableModel::DateColumn, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->setTextElideMode(Qt::ElideRight);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    m_table->setColumnHidden(QuoteTableModel::SpeakerColumn, !showSpeaker);
    QHeaderView *header = m_table->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setSectionResizeMode(QuoteTableModel::QuoteColumn, QHeaderView::Stretch);
    header->setHighlightSections(false);
    const QFontMetrics fm(font());
    header->resizeSection(QuoteTableModel::DateColumn,
                          fm.horizontalAdvance(QStringLiteral("00 Mmm 0000")) + 24);
    header->resizeSection(QuoteTableModel::SpeakerColumn,
                          fm.horizontalAdvance(QStringLiteral("Budi Santoso Wibowo")) + 16);
    header->resizeSection(QuoteTableModel::KindColumn,
                          fm.horizontalAdvance(QStringLiteral("Indirect quote")) + 16);
    header->resizeSection(QuoteTableModel::ArticleColumn,
                          fm.horizontalAdvance(QStringLiteral("Tribun Contoh — Polsek Contoh")) +
                              16);
    connect(m_table, &QAbstractItemView::activated, this,
            [this](const QModelIndex &index) { openRow(index.row()); });
    auto *open = new QShortcut(QKeySequence(Qt::Key_Return), m_table);
    open->setContext(Qt::WidgetShortcut);
    connect(open, &QShortcut::activated, this, [this] { openRow(m_table->currentIndex().row()); });

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 6, 0, 0);
    layout->setSpacing(6);
    layout->addWidget(m_filter);
    layout->addWidget(m_table, 1);
}

void QuotesView::setQuotes(const QList<archive::QuoteEntry> &quotes)
{
    m_model->setQuotes(quotes);
}

const archive::QuoteEntry *QuotesView::quoteAt(int shownRow) const
{
    const QModelIndex source = m_proxy->mapToSource(m_proxy->index(shownRow, 0));
    return source.isValid() ? &m_model->quote(source.row()) : nullptr;
}

const archive::QuoteEntry *QuotesView::currentQuote() const
{
    return m_table->currentIndex().isValid() ? quoteAt(m_table->currentIndex().row()) : nullptr;
}

void QuotesView::openRow(int shownRow)
{
    if (const archive::QuoteEntry *q = quoteAt(shownRow))
        emit articleRequested(q->articleId, q->start, q->end);
}

} // namespace kliping::gui
