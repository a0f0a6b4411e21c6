#include "quotesearchpage.h"

#include "correctioncommands.h"
#include "htmldelegate.h"
#include "personpicker.h"
#include "quotesearchmodel.h"

#include "archive/search.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QCompleter>
#include <QDateEdit>
#include <QFormLayout>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QTableView>
#include <QTimer>
#include <QUndoStack>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace kliping::gui {

namespace {

constexpr int kDelayMs = 250;
// The earliest date of a date field stands for "any": no bound on that side.
const QDate kAnyDate(1900, 1, 1);

QDateEdit *dateEdit(const QString &any, QWidget *parent)
{
    auto *edit = new QDateEdit(parent);
    edit->setCalendarPopup(true);
    edit->setMinimumDate(kAnyDate);
    edit->setSpecialValueText(any);
    edit->setDisplayFormat(QStringLiteral("d MMM yyyy"));
    edit->setDate(kAnyDate);
    return edit;
}

std::optional<archive::DateRange> dayOf(const QDateEdit *edit)
{
    if (edit->date() <= kAnyDate)
        return std::nullopt;
    return archive::QueryParser::dateRange(edit->date().toString(Qt::ISODate));
}

} // namespace

QuoteSearchPage::QuoteSearchPage(const PageContext &context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_people(new PersonMatchModel(*context.archive, this))
    , m_model(new QuoteSearchModel(*context.archive, this))
    , m_official(new QLineEdit(this))
    , m_completer(new QCompleter(m_people, this))
    , m_words(new QLineEdit(this))
    , m_institution(new QLineEdit(this))
    , m_from(dateEdit(tr("any"), this))
    , m_to(dateEdit(tr("any"), this))
    , m_kind(new QComboBox(this))
    , m_table(new QTableView(this))
    , m_status(new QLabel(this))
    , m_delay(new QTimer(this))
{
    setObjectName(QStringLiteral("quoteSearchPage"));
    m_official->setObjectName(QStringLiteral("quoteOfficial"));
    m_official->setPlaceholderText(tr("Anyone — type a name, an alias or part of one"));
    m_official->setClearButtonEnabled(true);
    // The model already holds only matching people (misspellings too): show them unfiltered.
    m_completer->setCompletionMode(QCompleter::UnfilteredPopupCompletion);
    m_completer->setCompletionRole(PersonMatchModel::NameRole);
    m_completer->setMaxVisibleItems(10);
    m_official->setCompleter(m_completer);
    connect(m_official, &QLineEdit::textEdited, this, [this](const QString &text) {
        m_chosen = 0;
        m_chosenName.clear();
        m_people->setText(text);
        m_delay->start();
    });
    connect(m_completer, qOverload<const QModelIndex &>(&QCompleter::activated), this,
            [this](const QModelIndex &index) {
                m_chosen = index.data(PersonMatchModel::PersonIdRole).toLongLong();
                m_chosenName = index.data(PersonMatchModel::NameRole).toString();
                search();
            });

    m_words->setObjectName(QStringLiteral("quoteWords"));
    m_words->setPlaceholderText(tr("Words, \"a phrase\", -without, a OR b"));
    m_words->setClearButtonEnabled(true);
    m_institution->setObjectName(QStringLiteral("quoteInstitution"));
    m_institution->setPlaceholderText(tr("Any institution — a name or an acronym"));
    m_institution->setClearButtonEnabled(true);
    m_kind->addItem(tr("All quotes"), int(archive::QuoteKindFilter::Any));
    m_kind->addItem(tr("Direct quotes"), int(archive::QuoteKindFilter::Direct));
    m_kind->addItem(tr("Indirect quotes"), int(archive::QuoteKindFilter::Indirect));

    m_delay->setSingleShot(true);
    m_delay->setInterval(kDelayMs);
    connect(m_delay, &QTimer::timeout, this, &QuoteSearchPage::search);
    for (QLineEdit *edit : {m_words, m_institution}) {
        connect(edit, &QLineEdit::textChanged, m_delay, qOverload<>(&QTimer::start));
        connect(edit, &QLineEdit::returnPressed, this, &QuoteSearchPage::search);
    }
    connect(m_official, &QLineEdit::returnPressed, this, &QuoteSearchPage::search);
    connect(m_from, &QDateEdit::dateChanged, m_delay, qOverload<>(&QTimer::start));
    connect(m_to, &QDateEdit::dateChanged, m_delay, qOverload<>(&QTimer::start));
    connect(m_kind, &QComboBox::currentIndexChanged, this, &QuoteSearchPage::search);

    m_table->setObjectName(QStringLiteral("quoteResults"));
    m_table->setModel(m_model);
    m_table->setItemDelegateForColumn(QuoteSearchModel::QuoteColumn,
                                      new HtmlDelegate(QuoteSearchModel::HtmlRole, m_table));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setShowGrid(false);
    m_table->setWordWrap(false);
    m_table->setTextElideMode(Qt::ElideRight);
    m_table->verticalHeader()->hide();
    m_table->setContextMenuPolicy(Qt::CustomContextMenu);
    QHeaderView *header = m_table->horizontalHeader();
    header->setHighlightSections(false);
    header->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    header->setSectionResizeMode(QuoteSearchModel::QuoteColumn, QHeaderView::Stretch);
    const QFontMetrics fm(font());
    header->resizeSection(QuoteSearchModel::DateColumn,
                          fm.horizontalAdvance(QStringLiteral("00 Mmm 0000")) + 24);
    header->resizeSection(QuoteSearchModel::SpeakerColumn,
                          fm.horizontalAdvance(QStringLiteral("Budi Santoso Wijaya")) + 16);
    header->resizeSection(QuoteSearchModel::PositionColumn,
                          fm.horizontalAdvance(QStringLiteral("Wakil Wali Kota Sukamaju")) + 16);
    header->resizeSection(QuoteSearchModel::ArticleColumn,
                          fm.horizontalAdvance(QStringLiteral("Polres Contoh Kota Buka")) + 16);
    connect(m_table, &QTableView::doubleClicked, this,
            [this](const QModelIndex &index) { openRow(index.row()); });
    connect(m_table, &QTableView::activated, this,
            [this](const QModelIndex &index) { openRow(index.row()); });
    connect(m_table, &QWidget::customContextMenuRequested, this, &QuoteSearchPage::showMenu);

    m_status->setObjectName(QStringLiteral("quoteSearchStatus"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("&Official:"), m_official);
    form->addRow(tr("&Words:"), m_words);
    form->addRow(tr("&Institution:"), m_institution);
    auto *period = new QHBoxLayout;
    auto *fromLabel = new QLabel(tr("&From:"), this);
    fromLabel->setBuddy(m_from);
    auto *toLabel = new QLabel(tr("&to:"), this);
    toLabel->setBuddy(m_to);
    auto *kindLabel = new QLabel(tr("&Kind:"), this);
    kindLabel->setBuddy(m_kind);
    period->addWidget(fromLabel);
    period->addWidget(m_from);
    period->addWidget(toLabel);
    period->addWidget(m_to);
    period->addSpacing(16);
    period->addWidget(kindLabel);
    period->addWidget(m_kind);
    period->addStretch(1);
    form->addRow(tr("Period:"), period);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 12, 12, 8);
    layout->addLayout(form);
    layout->addWidget(m_status);
    layout->addWidget(m_table, 1);
    search();
}

void QuoteSearchPage::focusOfficial()
{
    m_official->setFocus(Qt::ShortcutFocusReason);
    m_official->selectAll();
}

QList<qint64> QuoteSearchPage::officialIds() const
{
    const QString text = m_official->text().simplified();
    if (text.isEmpty())
        return {};
    if (m_chosen && text == m_chosenName)
        return {m_chosen};
    // The best match, as the completion offers it first: "Sacrudin" is Sachrudin.
    const QList<archive::PersonMatch> matches =
        archive::PeopleDirectory(*m_context.archive).find(text, 1);
    if (!matches.isEmpty())
        return {matches.constFirst().id};
    return {};
}

void QuoteSearchPage::search()
{
    m_delay->stop();
    archive::QuoteSearchOptions options;
    options.limit = kLimit;
    options.kind = archive::QuoteKindFilter(m_kind->currentData().toInt());
    options.since = dayOf(m_from);
    options.until = dayOf(m_to);
    const QString official = m_official->text().simplified();
    options.speakerIds = officialIds();
    if (!official.isEmpty() && options.speakerIds.isEmpty()) {
        ++m_generation; // a search still running is no longer wanted
        m_model->setHits({});
        m_status->setText(tr("No one in the archive is called “%1”.").arg(official));
        return;
    }
    QString query = m_words->text().simplified();
    const QString institution = m_institution->text().simplified();
    // An empty form lists every quote, newest first: a period from the earliest date.
    if (query.isEmpty() && institution.isEmpty() && options.speakerIds.isEmpty() &&
        options.kind == archive::QuoteKindFilter::Any && !options.since && !options.until)
        options.since = archive::DateRange{QDateTime(kAnyDate, QTime(0, 0), Qt::UTC), {}};
    if (!institution.isEmpty()) {
        QString quoted = institution;
        quoted.remove(u'"');
        query += QStringLiteral(" lembaga:\"%1\"").arg(quoted);
    }
    const qint64 officialId = options.speakerIds.value(0);
    const int generation = ++m_generation;
    if (m_context.archive->articleCount() < m_backgroundFrom) {
        showResults(archive::Search(*m_context.archive).quotes(query.trimmed(), options), official,
                    officialId);
        return;
    }
    // A worker with its own read-only connection: the window's is for the GUI thread only.
    ++m_pending;
    m_status->setText(tr("Searching…"));
    auto *watcher = new QFutureWatcher<archive::SearchResults<archive::QuoteHit>>(this);
    connect(watcher, &QFutureWatcherBase::finished, this,
            [this, watcher, generation, official, officialId] {
                watcher->deleteLater();
                --m_pending;
                if (generation == m_generation)
                    showResults(watcher->result(), official, officialId);
            });
    watcher->setFuture(
        QtConcurrent::run([path = m_context.archive->path(), query = query.trimmed(), options] {
            archive::Archive archive;
            if (!archive.open(path, archive::Archive::OpenMode::ReadOnly)) {
                archive::SearchResults<archive::QuoteHit> failed;
                failed.error = archive.errorString();
                return failed;
            }
            return archive::Search(archive).quotes(query, options);
        }));
}

void QuoteSearchPage::showResults(const archive::SearchResults<archive::QuoteHit> &results,
                                  const QString &official, qint64 officialId)
{
    if (!results.ok()) {
        m_model->setHits({});
        m_status->setText(results.error);
        return;
    }
    m_model->setHits(results.hits);
    QString text = results.hits.isEmpty() ? tr("No quote matches.")
                   : results.hits.size() >= kLimit
                       ? tr("The first %1 quotes found.").arg(kLimit)
                       : tr("Quotes found: %1").arg(results.hits.size());
    if (officialId) {
        const auto profile = archive::PeopleDirectory(*m_context.archive).profile(officialId);
        if (profile && profile->name.compare(official, Qt::CaseInsensitive) != 0)
            text += u' ' + tr("(quotes of %1)").arg(profile->name);
    }
    if (!results.warnings.isEmpty())
        text += u' ' + results.warnings.join(u' ');
    m_status->setText(text);
}

void QuoteSearchPage::openRow(int row)
{
    if (const archive::QuoteHit *hit = m_model->hitAt(row))
        emit articleRequested(hit->articleId, hit->start, hit->end);
}

void QuoteSearchPage::attributeQuote(int row, qint64 person, const QString &personName)
{
    const archive::QuoteHit *hit = m_model->hitAt(row);
    if (!hit || !person || m_readOnly || !m_context.undoStack)
        return;
    m_context.undoStack->push(commands::attribute(m_context.runner, hit->articleId, hit->start,
                                                  hit->end, person, personName));
}

void QuoteSearchPage::markNotQuote(int row)
{
    const archive::QuoteHit *hit = m_model->hitAt(row);
    if (!hit || m_readOnly || !m_context.undoStack)
        return;
    m_context.undoStack->push(
        commands::notQuote(m_context.runner, hit->articleId, hit->start, hit->end));
}

void QuoteSearchPage::copyQuote(int row)
{
    const archive::QuoteHit *hit = m_model->hitAt(row);
    if (!hit)
        return;
    const auto stored = m_context.archive->article(hit->articleId);
    const QString url = stored ? stored->article.url : QString();
    QGuiApplication::clipboard()->setText(m_model->citation(row, url));
}

void QuoteSearchPage::showMenu(const QPoint &pos)
{
    const QModelIndex index = m_table->indexAt(pos);
    const archive::QuoteHit *hit = index.isValid() ? m_model->hitAt(index.row()) : nullptr;
    if (!hit)
        return;
    const int row = index.row();
    QMenu menu(this);
    menu.addAction(tr("&Open Article"), this, [this, row] { openRow(row); });
    menu.addAction(tr("&Copy Quote with Citation"), this, [this, row] { copyQuote(row); });
    menu.addSeparator();
    QAction *attribute = menu.addAction(tr("&Attribute to Another Person…"), this, [this, row] {
        PersonPicker picker(*m_context.archive, tr("Attribute Quote"), tr("Who said this quote?"),
                            this);
        if (const archive::QuoteHit *h = m_model->hitAt(row); h && h->speakerId)
            picker.setExcluded({h->speakerId});
        if (picker.exec() == QDialog::Accepted)
            attributeQuote(row, picker.personId(), picker.personName());
    });
    QAction *notQuote =
        menu.addAction(tr("&Not a Quote"), this, [this, row] { markNotQuote(row); });
    attribute->setEnabled(!m_readOnly);
    notQuote->setEnabled(!m_readOnly);
    menu.exec(m_table->viewport()->mapToGlobal(pos));
}

} // namespace kliping::gui
