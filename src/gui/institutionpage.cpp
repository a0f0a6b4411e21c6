#include "institutionpage.h"

#include "archive/entityqueries.h"
#include "articledate.h"
#include "articlesview.h"
#include "entitypagelayout.h"
#include "quotesview.h"

#include <QLabel>
#include <QSplitter>
#include <QTabWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace kliping::gui {

namespace {

QString linkTo(qint64 id, const QString &text)
{
    return QStringLiteral("<a href=\"kliping:institution/%1\">%2</a>")
        .arg(id)
        .arg(text.toHtmlEscaped());
}

// The words shown for the kinds the analyser gives institutions.
QString kindText(const QString &kind)
{
    static const QHash<QString, const char *> names{
        {QStringLiteral("police"), QT_TRANSLATE_NOOP("kliping::gui::InstitutionPage", "Police")},
        {QStringLiteral("military"),
         QT_TRANSLATE_NOOP("kliping::gui::InstitutionPage", "Military")},
        {QStringLiteral("government"),
         QT_TRANSLATE_NOOP("kliping::gui::InstitutionPage", "Government")},
        {QStringLiteral("ministry"),
         QT_TRANSLATE_NOOP("kliping::gui::InstitutionPage", "Ministry")},
        {QStringLiteral("legislature"),
         QT_TRANSLATE_NOOP("kliping::gui::InstitutionPage", "Legislature")},
        {QStringLiteral("judiciary"), QT_TRANSLATE_NOOP("kliping::gui::InstitutionPage", "Court")},
        {QStringLiteral("prosecution"),
         QT_TRANSLATE_NOOP("kliping::gui::InstitutionPage", "Prosecution")},
        {QStringLiteral("agency"), QT_TRANSLATE_NOOP("kliping::gui::InstitutionPage", "Agency")},
        {QStringLiteral("company"), QT_TRANSLATE_NOOP("kliping::gui::InstitutionPage", "Company")},
        {QStringLiteral("party"),
         QT_TRANSLATE_NOOP("kliping::gui::InstitutionPage", "Political party")},
        {QStringLiteral("ngo"),
         QT_TRANSLATE_NOOP("kliping::gui::InstitutionPage", "Civil society organisation")},
        {QStringLiteral("media"), QT_TRANSLATE_NOOP("kliping::gui::InstitutionPage", "Media")},
        {QStringLiteral("education"),
         QT_TRANSLATE_NOOP("kliping::gui::InstitutionPage", "Education")},
        {QStringLiteral("corrections"),
         QT_TRANSLATE_NOOP("kliping::gui::InstitutionPage", "Corrections")},
    };
    const char *name = names.value(kind);
    return name ? InstitutionPage::tr(name) : kind;
}

} // namespace

InstitutionPage::InstitutionPage(const PageContext &context, qint64 institutionId, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_id(institutionId)
    , m_name(new QLabel(this))
    , m_details(new QLabel(this))
    , m_officials(new QTreeWidget(this))
    , m_tabs(new QTabWidget(this))
    , m_quotes(new QuotesView(true, this))
    , m_articles(new ArticlesView(this))
{
    entitypage::setUpHeading(m_name, m_details,
                             [this](qint64 id) { emit institutionRequested(id); });
    m_name->setWordWrap(true);

    entitypage::setUpSpanTable(m_officials, {tr("Person"), tr("Position"), tr("First seen"),
                                             tr("Last seen"), tr("Articles")});
    connect(m_officials, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
        emit personRequested(item->data(0, Qt::UserRole).toLongLong());
    });

    connect(m_quotes, &QuotesView::articleRequested, this, &InstitutionPage::articleRequested);
    connect(m_articles, &ArticlesView::articleRequested, this, &InstitutionPage::articleRequested);
    m_tabs->addTab(m_quotes, QString());
    m_tabs->addTab(m_articles, QString());

    QSplitter *splitter = entitypage::spansAboveTabs(tr("People who held positions here"),
                                                     m_officials, m_tabs, this);

    QVBoxLayout *layout = entitypage::pageLayout(this);
    layout->addWidget(m_name);
    layout->addWidget(m_details);
    layout->addWidget(splitter, 1);
    reload();
}

void InstitutionPage::reload()
{
    m_profile = archive::InstitutionDirectory(*m_context.archive).profile(m_id);
    if (!m_profile) {
        m_name->setText(tr("Institution not found"));
        m_details->setText(tr("This institution is no longer in the archive."));
        m_officials->clear();
        m_quotes->setQuotes({});
        m_articles->setArticles({});
        emit titleChanged(m_name->text());
        return;
    }
    const archive::EntityQueries queries(*m_context.archive);
    const archive::InstitutionSummary &i = m_profile->institution;
    m_name->setText(i.acronym.isEmpty() || i.acronym == i.name
                        ? i.name
                        : QStringLiteral("%1 (%2)").arg(i.name, i.acronym));

    QStringList details;
    if (!i.kind.isEmpty())
        details << tr("<b>Kind:</b> %1").arg(kindText(i.kind).toHtmlEscaped());
    QStringList aliases = m_profile->aliases;
    aliases.removeAll(i.name);
    if (!aliases.isEmpty())
        details
            << tr("<b>Also named:</b> %1").arg(aliases.join(QStringLiteral(", ")).toHtmlEscaped());
    if (!i.parent.isEmpty()) {
        const qint64 parent = queries.institutionNamed(i.parent);
        details << tr("<b>Part of:</b> %1")
                       .arg(parent ? linkTo(parent, i.parent) : i.parent.toHtmlEscaped());
    }
    if (!m_profile->children.isEmpty()) {
        QStringList units;
        for (const archive::InstitutionSummary &child : m_profile->children)
            units << linkTo(child.id, child.name);
        details << tr("<b>Units:</b> %1").arg(units.join(QStringLiteral(", ")));
    }
    m_details->setText(details.join(QStringLiteral("<br>")));

    m_officials->clear();
    for (auto it = m_profile->officials.crbegin(); it != m_profile->officials.crend(); ++it) {
        auto *item = new QTreeWidgetItem(
            m_officials, {it->personName, it->title, ArticleDate::dayText(it->firstSeen),
                          ArticleDate::dayText(it->lastSeen), QString::number(it->articles)});
        item->setData(0, Qt::UserRole, it->personId);
        item->setTextAlignment(4, Qt::AlignRight | Qt::AlignVCenter);
    }

    const QList<archive::QuoteEntry> quotes = queries.quotesByOfficialsOf(m_id);
    const QList<archive::ArticleSummary> articles = queries.articlesOfInstitution(m_id);
    m_quotes->setQuotes(quotes);
    m_articles->setArticles(articles);
    m_tabs->setTabText(0, tr("Quotes by its officials (%1)").arg(quotes.size()));
    m_tabs->setTabText(1, tr("Articles (%1)").arg(articles.size()));
    emit titleChanged(i.name);
}

} // namespace kliping::gui
