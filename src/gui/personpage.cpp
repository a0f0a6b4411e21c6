#include "personpage.h"

#include "archive/entityqueries.h"
#include "articledate.h"
#include "articlesview.h"
#include "entitypagelayout.h"
#include "correctioncommands.h"
#include "personpicker.h"
#include "quotesview.h"
#include "splitdialog.h"

#include <QAction>
#include <QInputDialog>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QToolBar>
#include <QTreeWidget>
#include <QUndoStack>
#include <QVBoxLayout>

namespace kliping::gui {

namespace {

QString linkTo(const QString &kind, qint64 id, const QString &text)
{
    return QStringLiteral("<a href=\"kliping:%1/%2\">%3</a>")
        .arg(kind)
        .arg(id)
        .arg(text.toHtmlEscaped());
}

} // namespace

PersonPage::PersonPage(const PageContext &context, qint64 personId, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_personId(personId)
    , m_name(new QLabel(this))
    , m_details(new QLabel(this))
    , m_positions(new QTreeWidget(this))
    , m_tabs(new QTabWidget(this))
    , m_quotes(new QuotesView(false, this))
    , m_articles(new ArticlesView(this))
{
    // Links name institutions of the archive; nothing is ever opened outside the program.
    entitypage::setUpHeading(m_name, m_details,
                             [this](qint64 id) { emit institutionRequested(id); });

    auto *toolBar = new QToolBar(this);
    toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    toolBar->setIconSize(QSize(16, 16));
    m_renameAction = toolBar->addAction(QIcon(QStringLiteral(":/icons/rename.svg")), tr("&Rename…"),
                                        this, &PersonPage::askRename);
    m_renameAction->setToolTip(tr("Give the person another name everywhere in the archive"));
    m_mergeAction = toolBar->addAction(QIcon(QStringLiteral(":/icons/merge.svg")),
                                       tr("&Merge With…"), this, &PersonPage::askMerge);
    m_mergeAction->setToolTip(tr("Another person of the archive is the same person"));
    m_splitAction = toolBar->addAction(QIcon(QStringLiteral(":/icons/split.svg")),
                                       tr("&Split Articles Off…"), this, &PersonPage::askSplit);
    m_splitAction->setToolTip(tr("Some articles are about someone else with the same name"));

    entitypage::setUpSpanTable(m_positions, {tr("Position"), tr("Institution"), tr("First seen"),
                                             tr("Last seen"), tr("Articles")});
    connect(m_positions, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
        if (const qint64 id = item->data(1, Qt::UserRole).toLongLong())
            emit institutionRequested(id);
    });

    connect(m_quotes, &QuotesView::articleRequested, this, &PersonPage::articleRequested);
    connect(m_articles, &ArticlesView::articleRequested, this, &PersonPage::articleRequested);
    m_quotes->table()->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_quotes->table(), &QWidget::customContextMenuRequested, this,
            &PersonPage::showQuoteMenu);
    m_tabs->addTab(m_quotes, QString());
    m_tabs->addTab(m_articles, QString());

    QSplitter *splitter =
        entitypage::spansAboveTabs(tr("Positions over time"), m_positions, m_tabs, this);

    auto *header = new QHBoxLayout;
    header->addWidget(m_name, 1);
    header->addWidget(toolBar);
    QVBoxLayout *layout = entitypage::pageLayout(this);
    layout->addLayout(header);
    layout->addWidget(m_details);
    layout->addWidget(splitter, 1);
    reload();
}

void PersonPage::reload()
{
    const archive::EntityQueries queries(*m_context.archive);
    // Merged into someone: the page follows to who they became.
    if (const qint64 current = queries.currentPerson(m_personId))
        m_personId = current;
    m_profile = archive::PeopleDirectory(*m_context.archive).profile(m_personId);
    for (QAction *a : {m_renameAction, m_mergeAction, m_splitAction})
        a->setEnabled(m_profile.has_value() && !m_context.readOnly);
    if (!m_profile) {
        m_name->setText(tr("Person not found"));
        m_details->setText(tr("This person is no longer in the archive."));
        m_positions->clear();
        m_quotes->setQuotes({});
        m_articles->setArticles({});
        emit titleChanged(m_name->text());
        return;
    }
    const archive::PersonProfile &p = *m_profile;
    m_name->setText(p.name);

    QStringList details;
    if (!p.titles.isEmpty())
        details << tr("<b>Ranks and honorifics:</b> %1")
                       .arg(p.titles.join(QStringLiteral(", ")).toHtmlEscaped());
    QStringList aliases = p.aliases;
    aliases.removeAll(p.name);
    if (!aliases.isEmpty())
        details
            << tr("<b>Also named:</b> %1").arg(aliases.join(QStringLiteral(", ")).toHtmlEscaped());
    QStringList institutions;
    QStringList seen;
    m_positions->clear();
    // Newest first in the table: the current post is what a reader looks for.
    for (auto it = p.positions.crbegin(); it != p.positions.crend(); ++it) {
        const archive::PositionSpan &span = *it;
        const qint64 institution = queries.institutionNamed(span.institution);
        auto *item = new QTreeWidgetItem(
            m_positions, {span.title, span.institution, ArticleDate::dayText(span.firstSeen),
                          ArticleDate::dayText(span.lastSeen), QString::number(span.articles)});
        item->setData(1, Qt::UserRole, institution);
        item->setTextAlignment(4, Qt::AlignRight | Qt::AlignVCenter);
        if (institution && !seen.contains(span.institution)) {
            seen << span.institution;
            institutions << linkTo(QStringLiteral("institution"), institution, span.institution);
        }
    }
    if (!institutions.isEmpty())
        details << tr("<b>Institutions:</b> %1").arg(institutions.join(QStringLiteral(", ")));
    // "Label: number" needs no plural forms in either language.
    details << tr("Articles: %1 · Quotes: %2")
                   .arg(QLocale().toString(p.articles), QLocale().toString(p.quotes));
    m_details->setText(details.join(QStringLiteral("<br>")));

    m_quotes->setQuotes(queries.quotesBy(m_personId));
    const QList<archive::ArticleSummary> articles = queries.articlesOfPerson(m_personId);
    m_articles->setArticles(articles);
    m_tabs->setTabText(0, tr("Quotes (%1)").arg(p.quotes));
    m_tabs->setTabText(1, tr("Articles (%1)").arg(articles.size()));
    emit titleChanged(p.name);
}

void PersonPage::push(QUndoCommand *command)
{
    if (m_context.readOnly) {
        delete command;
        return;
    }
    m_context.undoStack->push(command);
}

void PersonPage::rename(const QString &newName)
{
    const QString name = newName.simplified();
    if (!m_profile || name.isEmpty() || name == m_profile->name)
        return;
    push(commands::rename(m_context.runner, m_personId, m_profile->name, name));
}

void PersonPage::mergeWith(qint64 otherPerson, const QString &otherName)
{
    if (!m_profile || otherPerson == m_personId || !otherPerson)
        return;
    // The other person goes into this one: the page the user works on stays.
    push(commands::merge(m_context.runner, otherPerson, otherName, m_personId, m_profile->name));
}

void PersonPage::splitOff(const QList<qint64> &articles, const QString &newName)
{
    if (!m_profile || articles.isEmpty())
        return;
    push(commands::split(m_context.runner, m_personId, m_profile->name, articles, newName));
}

void PersonPage::attributeQuote(int shownRow, qint64 person, const QString &personName)
{
    const archive::QuoteEntry *q = m_quotes->quoteAt(shownRow);
    if (!q || !person)
        return;
    push(commands::attribute(m_context.runner, q->articleId, q->start, q->end, person, personName));
}

void PersonPage::markNotQuote(int shownRow)
{
    if (const archive::QuoteEntry *q = m_quotes->quoteAt(shownRow))
        push(commands::notQuote(m_context.runner, q->articleId, q->start, q->end));
}

void PersonPage::askRename()
{
    if (!m_profile)
        return;
    bool ok = false;
    const QString name =
        QInputDialog::getText(this, tr("Rename Person"),
                              tr("The name of %1 everywhere in the archive:").arg(m_profile->name),
                              QLineEdit::Normal, m_profile->name, &ok);
    if (ok)
        rename(name);
}

void PersonPage::askMerge()
{
    if (!m_profile)
        return;
    PersonPicker picker(*m_context.archive, tr("Merge With"),
                        tr("Who else is %1? Their articles, quotes and positions become %1's.")
                            .arg(m_profile->name),
                        this);
    picker.setExcluded({m_personId});
    if (picker.exec() == QDialog::Accepted)
        mergeWith(picker.personId(), picker.personName());
}

void PersonPage::askSplit()
{
    if (!m_profile)
        return;
    SplitDialog dialog(m_profile->name,
                       archive::EntityQueries(*m_context.archive).articlesOfPerson(m_personId),
                       this);
    if (dialog.exec() == QDialog::Accepted)
        splitOff(dialog.articles(), dialog.newName());
}

void PersonPage::showQuoteMenu(const QPoint &pos)
{
    const QModelIndex index = m_quotes->table()->indexAt(pos);
    if (!index.isValid())
        return;
    const int row = index.row();
    const archive::QuoteEntry *q = m_quotes->quoteAt(row);
    if (!q)
        return;
    QMenu menu(this);
    menu.addAction(tr("&Open Article"), this,
                   [this, id = q->articleId, start = q->start, end = q->end] {
                       emit articleRequested(id, start, end);
                   });
    menu.addSeparator();
    QAction *attribute = menu.addAction(tr("&Attribute to Another Person…"), this, [this, row] {
        PersonPicker picker(*m_context.archive, tr("Attribute Quote"), tr("Who said this quote?"),
                            this);
        picker.setExcluded({m_personId});
        if (picker.exec() == QDialog::Accepted)
            attributeQuote(row, picker.personId(), picker.personName());
    });
    QAction *notQuote =
        menu.addAction(tr("&Not a Quote"), this, [this, row] { markNotQuote(row); });
    attribute->setEnabled(!m_context.readOnly);
    notQuote->setEnabled(!m_context.readOnly);
    menu.exec(m_quotes->table()->viewport()->mapToGlobal(pos));
}

} // namespace kliping::gui
