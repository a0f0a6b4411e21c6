#include "textexport.h"

#include "articlejson.h"
#include "exporthtml.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace kliping::exporting {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(KlipingExport)
};

// Characters Markdown would read as markup are escaped; a paragraph starting like a heading,
// list or quote is escaped at its start.
QString md(const QString &text)
{
    QString out;
    out.reserve(text.size() + 8);
    for (const QChar c : text) {
        if (QStringLiteral("\\`*_[]<>|").contains(c))
            out += u'\\';
        out += c == u'\n' ? u' ' : c;
    }
    static const QRegularExpression blockStart(QStringLiteral("^(\\s*)([#>+\\-=]|\\d+[.)])"));
    const QRegularExpressionMatch m = blockStart.match(out);
    if (m.hasMatch())
        out.insert(m.capturedStart(2), u'\\');
    return out;
}

QString isoDate(const QDateTime &utc)
{
    return utc.isValid() ? utc.toString(Qt::ISODate) : QString();
}

QByteArray csvDocument(const QList<QStringList> &rows)
{
    QString text;
    for (const QStringList &row : rows) {
        QStringList fields;
        for (const QString &f : row)
            fields << csvField(f);
        text += fields.join(u',') + QStringLiteral("\r\n");
    }
    return QByteArray("\xEF\xBB\xBF") + text.toUtf8();
}

QStringList csvHeader()
{
    return {QStringLiteral("article_id"), QStringLiteral("published"), QStringLiteral("source"),
            QStringLiteral("title"),      QStringLiteral("url"),       QStringLiteral("speaker"),
            QStringLiteral("kind"),       QStringLiteral("quote"),     QStringLiteral("citation")};
}

QString kindKey(analysis::QuoteKind kind)
{
    return kind == analysis::QuoteKind::Direct ? QStringLiteral("direct")
                                               : QStringLiteral("indirect");
}

QString articleMarkdown(const ExportArticle &a, const ExportOptions &options)
{
    const ingest::Article &article = a.article;
    QString s = QStringLiteral("# %1\n\n").arg(md(article.title));
    QStringList meta;
    if (!article.source.isEmpty())
        meta << QStringLiteral("**%1**").arg(md(article.source));
    const QString date =
        ExportHtml::dateText(article.published, article.publishedZone, options.locale);
    if (!date.isEmpty())
        meta << md(date);
    if (!article.byline.isEmpty())
        meta << md(Tr::tr("Writer: %1").arg(article.byline));
    if (!article.editor.isEmpty())
        meta << md(Tr::tr("Editor: %1").arg(article.editor));
    if (!meta.isEmpty())
        s += meta.join(QStringLiteral(" · ")) + QStringLiteral("  \n");
    if (!article.url.isEmpty())
        s +=
            QStringLiteral("<%1>\n").arg(QString(article.url).replace(u'>', QStringLiteral("%3E")));
    s += u'\n';
    for (const QString &caption : article.captions)
        s += QStringLiteral("> *%1*\n\n").arg(md(caption));
    for (const QString &p : article.paragraphs())
        s += md(p) + QStringLiteral("\n\n");
    if (options.highlightQuotes && !a.analysis.quotes.isEmpty()) {
        s += QStringLiteral("## %1\n\n").arg(md(Tr::tr("Quotes")));
        int n = 0;
        for (const analysis::Quote &q : a.analysis.quotes)
            s += QStringLiteral("%1. “%2” — %3 (%4)\n")
                     .arg(QString::number(++n), md(q.text.simplified()),
                          md(ExportHtml::speakerName(q)), md(ExportHtml::kindName(q.kind)));
        s += u'\n';
    }
    if (options.peopleBox && !a.analysis.people.isEmpty()) {
        s += QStringLiteral("## %1\n\n").arg(md(Tr::tr("People")));
        for (const analysis::Person &p : a.analysis.people)
            s += QStringLiteral("- %1\n").arg(md(ExportHtml::personLine(p)));
        s += u'\n';
    }
    if (options.peopleBox && !a.analysis.institutions.isEmpty()) {
        s += QStringLiteral("## %1\n\n").arg(md(Tr::tr("Institutions")));
        for (const analysis::Institution &i : a.analysis.institutions)
            s += QStringLiteral("- %1\n").arg(md(ExportHtml::institutionLine(i)));
        s += u'\n';
    }
    s += QStringLiteral("*%1* %2\n")
             .arg(md(Tr::tr("Cite as:")), md(ExportHtml::citation(a, options.locale)));
    return s;
}

} // namespace

QString csvField(const QString &value)
{
    if (value.contains(u',') || value.contains(u'"') || value.contains(u'\n') ||
        value.contains(u'\r')) {
        QString quoted = value;
        quoted.replace(u'"', QStringLiteral("\"\""));
        return u'"' + quoted + u'"';
    }
    return value;
}

QByteArray articlesMarkdown(const QList<ExportArticle> &articles, const ExportOptions &options)
{
    QString s;
    for (qsizetype i = 0; i < articles.size(); ++i) {
        if (i > 0)
            s += QStringLiteral("\n---\n\n");
        s += articleMarkdown(articles.at(i), options);
    }
    return s.toUtf8();
}

QByteArray dossierMarkdown(const Dossier &dossier, const ExportOptions &options)
{
    QString s = QStringLiteral("# %1\n\n").arg(md(ExportHtml::dossierTitle(dossier)));
    for (const QString &line : ExportHtml::dossierLines(dossier, options.locale))
        s += md(line) + QStringLiteral("  \n");
    s += u'\n';
    s += QStringLiteral("## %1\n\n").arg(md(Tr::tr("Positions over time")));
    for (const archive::PositionSpan &p : dossier.person.positions) {
        QString what = p.title;
        if (!p.institution.isEmpty() && !what.contains(p.institution))
            what = Tr::tr("%1, %2").arg(what, p.institution);
        s += QStringLiteral("- %1 (%2)\n")
                 .arg(md(what), md(ExportHtml::positionSpanText(p, options.locale)));
    }
    s += u'\n';
    QString period;
    for (const DossierQuote &q : dossier.quotes) {
        const QString name =
            periodName(q.published, q.publishedZone, dossier.period, options.locale);
        if (name != period) {
            period = name;
            s += QStringLiteral("## %1\n\n").arg(md(period));
        }
        const QString date = ExportHtml::dateText(q.published, q.publishedZone, options.locale);
        s += QStringLiteral("> “%1”\n\n").arg(md(q.quote.text.simplified()));
        s += QStringLiteral("%1 · %2 · *%3*  \n")
                 .arg(md(date.isEmpty() ? Tr::tr("undated") : date), md(q.source), md(q.title));
        s += md(ExportHtml::citation(q, options.locale)) + QStringLiteral("\n\n");
    }
    return s.toUtf8();
}

QByteArray articlesJson(const QList<ExportArticle> &articles, const ExportOptions &)
{
    QJsonArray array;
    for (const ExportArticle &a : articles) {
        QJsonObject o = articleJson(QString::number(a.id), a.article, a.analysis);
        o.insert(QStringLiteral("id"), a.id);
        o.insert(QStringLiteral("archived_at"), isoDate(a.importedAt));
        array.append(o);
    }
    const QJsonObject root{{QStringLiteral("kliping_export"), 1},
                           {QStringLiteral("articles"), array}};
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

QByteArray dossierJson(const Dossier &dossier, const ExportOptions &)
{
    const archive::PersonProfile &p = dossier.person;
    QJsonArray positions;
    for (const archive::PositionSpan &s : p.positions)
        positions.append(QJsonObject{{QStringLiteral("title"), s.title},
                                     {QStringLiteral("institution"), s.institution},
                                     {QStringLiteral("first_seen"), isoDate(s.firstSeen)},
                                     {QStringLiteral("last_seen"), isoDate(s.lastSeen)},
                                     {QStringLiteral("articles"), s.articles}});
    QJsonArray quotes;
    for (const DossierQuote &q : dossier.quotes)
        quotes.append(QJsonObject{{QStringLiteral("text"), q.quote.text},
                                  {QStringLiteral("kind"), kindKey(q.quote.kind)},
                                  {QStringLiteral("speaker_mention"), q.quote.speakerMention},
                                  {QStringLiteral("article_id"), q.articleId},
                                  {QStringLiteral("title"), q.title},
                                  {QStringLiteral("source"), q.source},
                                  {QStringLiteral("url"), q.url},
                                  {QStringLiteral("published"), isoDate(q.published)},
                                  {QStringLiteral("published_zone"), q.publishedZone},
                                  {QStringLiteral("archived_at"), isoDate(q.importedAt)}});
    const QJsonObject person{{QStringLiteral("id"), p.id},
                             {QStringLiteral("name"), p.name},
                             {QStringLiteral("aliases"), QJsonArray::fromStringList(p.aliases)},
                             {QStringLiteral("titles"), QJsonArray::fromStringList(p.titles)},
                             {QStringLiteral("positions"), positions}};
    const QJsonObject root{{QStringLiteral("kliping_export"), 1},
                           {QStringLiteral("person"), person},
                           {QStringLiteral("words"), QJsonArray::fromStringList(dossier.words)},
                           {QStringLiteral("quotes"), quotes}};
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

QByteArray articlesQuotesCsv(const QList<ExportArticle> &articles, const ExportOptions &options)
{
    QList<QStringList> rows{csvHeader()};
    for (const ExportArticle &a : articles) {
        for (const analysis::Quote &q : a.analysis.quotes)
            rows << QStringList{QString::number(a.id),
                                isoDate(a.article.published),
                                a.article.source,
                                a.article.title,
                                a.article.url,
                                q.speaker.isEmpty() ? q.speakerMention : q.speaker,
                                kindKey(q.kind),
                                q.text,
                                ExportHtml::citation(a, options.locale)};
    }
    return csvDocument(rows);
}

QByteArray dossierQuotesCsv(const Dossier &dossier, const ExportOptions &options)
{
    QList<QStringList> rows{csvHeader()};
    for (const DossierQuote &q : dossier.quotes)
        rows << QStringList{QString::number(q.articleId),
                            isoDate(q.published),
                            q.source,
                            q.title,
                            q.url,
                            dossier.person.name,
                            kindKey(q.quote.kind),
                            q.quote.text,
                            ExportHtml::citation(q, options.locale)};
    return csvDocument(rows);
}

} // namespace kliping::exporting
