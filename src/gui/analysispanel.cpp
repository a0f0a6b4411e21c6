#include "analysispanel.h"

#include <QHeaderView>
#include <QPainter>
#include <QPixmap>

namespace kliping::gui {

namespace {

QString roleText(const analysis::Role &role)
{
    if (role.title.isEmpty())
        return role.institution;
    if (role.institution.isEmpty())
        return role.title;
    return QStringLiteral("%1 — %2").arg(role.title, role.institution);
}

} // namespace

AnalysisPanel::AnalysisPanel(QWidget *parent)
    : QTreeWidget(parent)
    , m_colours(ArticleHtml::Colours::forPalette(palette()))
{
    setColumnCount(2);
    setHeaderHidden(true);
    // Quotes take two lines: rows differ in height. No word wrap: each line is elided on its
    // own, so the speaker's line never falls out of a row.
    setUniformRowHeights(false);
    setWordWrap(false);
    setTextElideMode(Qt::ElideRight);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setFrameShape(QFrame::NoFrame);
    setIndentation(14);
    header()->setStretchLastSection(false);
    header()->setSectionResizeMode(0, QHeaderView::Stretch);
    header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    connect(this, &QTreeWidget::itemClicked, this, [this](QTreeWidgetItem *item) {
        emitQuote(item);
        emitEntity(item);
    });
    // Enter (or a double-click, by the style) on a person or institution opens it too.
    connect(this, &QTreeWidget::itemActivated, this,
            [this](QTreeWidgetItem *item) { emitEntity(item); });
    connect(this, &QTreeWidget::currentItemChanged, this,
            [this](QTreeWidgetItem *current) { emitQuote(current); });
    showNothing();
}

QIcon AnalysisPanel::swatch(const QColor &colour) const
{
    const int side = fontMetrics().height() * 3 / 4;
    QPixmap pixmap(side, side);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setPen(palette().color(QPalette::Mid));
    painter.setBrush(colour);
    painter.drawRoundedRect(QRectF(0.5, 0.5, side - 1, side - 1), 2, 2);
    return QIcon(pixmap);
}

void AnalysisPanel::setColours(const ArticleHtml::Colours &colours)
{
    m_colours = colours;
    if (m_hasArticle)
        showAnalysis(m_analysis, m_links);
}

QString AnalysisPanel::firstWords(const QString &text)
{
    const QStringList words = text.simplified().split(u' ', Qt::SkipEmptyParts);
    if (words.size() <= kFirstWords)
        return words.join(u' ');
    return words.mid(0, kFirstWords).join(u' ') + QChar(0x2026); // …
}

QTreeWidgetItem *AnalysisPanel::groupItem(Group group) const
{
    return topLevelItem(int(group));
}

QTreeWidgetItem *AnalysisPanel::addGroup(const QString &title, qsizetype count,
                                         const QString &emptyText)
{
    auto *group = new QTreeWidgetItem(this, {tr("%1 (%2)").arg(title).arg(count)});
    group->setFirstColumnSpanned(true);
    group->setFlags(Qt::ItemIsEnabled);
    QFont bold = font();
    bold.setBold(true);
    group->setFont(0, bold);
    if (count == 0) {
        auto *empty = new QTreeWidgetItem(group, {emptyText});
        empty->setFlags(Qt::NoItemFlags);
        empty->setFirstColumnSpanned(true);
    }
    group->setExpanded(true);
    return group;
}

void AnalysisPanel::showNothing()
{
    m_analysis = {};
    m_hasArticle = false;
    clear();
    auto *item = new QTreeWidgetItem(this, {tr("No article is shown.")});
    item->setFlags(Qt::NoItemFlags);
    item->setFirstColumnSpanned(true);
}

void AnalysisPanel::showAnalysis(const analysis::Analysis &analysis, const ArticleLinks &links)
{
    m_analysis = analysis;
    m_links = links;
    m_hasArticle = true;
    // Rebuilding the tree changes the current item: that is no choice of the user's.
    const QSignalBlocker blocker(this);
    clear();

    QTreeWidgetItem *people = addGroup(tr("People"), analysis.people.size(), tr("No people found"));
    for (const analysis::Person &person : analysis.people) {
        auto *item =
            new QTreeWidgetItem(people, {person.name, person.titles.join(QStringLiteral(", "))});
        QStringList tip{person.name};
        if (!person.titles.isEmpty())
            tip << tr("Ranks and honorifics: %1").arg(person.titles.join(QStringLiteral(", ")));
        if (!person.aliases.isEmpty())
            tip << tr("Also named: %1").arg(person.aliases.join(QStringLiteral(", ")));
        for (const analysis::Role &role : person.roles) {
            auto *child = new QTreeWidgetItem(item, {roleText(role)});
            child->setFirstColumnSpanned(true);
            child->setToolTip(0, roleText(role));
            tip << roleText(role);
        }
        if (const qint64 id = links.people.value(person.name)) {
            item->setData(0, PersonIdRole, id);
            item->setForeground(0, palette().color(QPalette::Link));
            tip << tr("Click to open the page of %1").arg(person.name);
        }
        item->setToolTip(0, tip.join(u'\n'));
        item->setToolTip(1, item->toolTip(0));
        item->setExpanded(true);
    }

    QTreeWidgetItem *institutions =
        addGroup(tr("Institutions"), analysis.institutions.size(), tr("No institutions found"));
    for (const analysis::Institution &institution : analysis.institutions) {
        auto *item = new QTreeWidgetItem(institutions, {institution.name, institution.acronym});
        QStringList tip{institution.name};
        if (!institution.aliases.isEmpty())
            tip << tr("Also named: %1").arg(institution.aliases.join(QStringLiteral(", ")));
        if (const qint64 id = links.institutions.value(institution.name)) {
            item->setData(0, InstitutionIdRole, id);
            item->setForeground(0, palette().color(QPalette::Link));
            tip << tr("Click to open the page of %1").arg(institution.name);
        }
        item->setToolTip(0, tip.join(u'\n'));
    }

    QTreeWidgetItem *quotes = addGroup(tr("Quotes"), analysis.quotes.size(), tr("No quotes found"));
    for (const analysis::Quote &quote : analysis.quotes) {
        // Two lines: the words, then who said them and how.
        const QString words = QStringLiteral("“%1”").arg(firstWords(quote.text));
        const QString who =
            tr("%1 · %2").arg(ArticleHtml::speakerName(quote), ArticleHtml::kindName(quote.kind));
        auto *item = new QTreeWidgetItem(quotes, {words + u'\n' + who});
        item->setFirstColumnSpanned(true);
        item->setIcon(0,
                      swatch(quote.kind == analysis::QuoteKind::Direct ? m_colours.directQuote
                                                                       : m_colours.indirectQuote));
        item->setToolTip(0, QStringLiteral("%1\n\n%2").arg(who, quote.text));
        item->setData(0, QuoteStartRole, qint64(quote.start));
        item->setData(0, QuoteEndRole, qint64(quote.end));
    }
}

void AnalysisPanel::emitEntity(QTreeWidgetItem *item)
{
    if (!item)
        return;
    if (const qint64 person = item->data(0, PersonIdRole).toLongLong())
        emit personChosen(person);
    else if (const qint64 institution = item->data(0, InstitutionIdRole).toLongLong())
        emit institutionChosen(institution);
}

void AnalysisPanel::emitQuote(QTreeWidgetItem *item)
{
    if (!item || !item->data(0, QuoteEndRole).isValid())
        return;
    emit quoteChosen(item->data(0, QuoteStartRole).toLongLong(),
                     item->data(0, QuoteEndRole).toLongLong());
}

} // namespace kliping::gui
