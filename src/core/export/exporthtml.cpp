#include "exporthtml.h"

#include "text/articledate.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QStringList>

#include <algorithm>

namespace kliping::exporting {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(KlipingExport)
};

QString esc(const QString &text)
{
    return text.toHtmlEscaped();
}

// Only http(s) links become links: a javascript: or file: URL from a page stays text.
bool isWebLink(const QString &url)
{
    return url.startsWith(QLatin1String("http://"), Qt::CaseInsensitive) ||
           url.startsWith(QLatin1String("https://"), Qt::CaseInsensitive);
}

struct Span {
    qsizetype start = 0;
    qsizetype end = 0;
};

QList<Span> paragraphsOf(const QString &body)
{
    QList<Span> paragraphs;
    const QString separator = QStringLiteral("\n\n");
    qsizetype from = 0;
    while (from <= body.size()) {
        qsizetype at = body.indexOf(separator, from);
        if (at < 0)
            at = body.size();
        if (at > from)
            paragraphs.append({from, at});
        from = at + separator.size();
    }
    return paragraphs;
}

// A line break inside a paragraph is a soft wrap of the page it came from, not a new line.
QString flowText(const QString &text, bool print)
{
    QString t = text;
    t.replace(u'\n', u' ');
    // No line break inside "padu-padan", "2020–2025" or "android.com/find": a PDF reader
    // (pdftotext) takes a hyphen at the end of a line for hyphenation and joins "padupadan", and
    // a break after a slash splits the word. A word joiner (U+2060, invisible, not extracted)
    // on each side keeps the word on one line; one longer than a line still wraps anywhere.
    static const QRegularExpression breakable(QStringLiteral("(?<=\\S)([-/–])(?=\\w)"));
    if (print)
        t.replace(breakable, QStringLiteral("\u2060\\1\u2060"));
    return esc(t);
}

const char *kPrintCss = R"css(
body { font-family: "Noto Serif", "DejaVu Serif", serif; font-size: 10.5pt; color: #1d2125; }
h1.title { font-family: "Noto Sans", "DejaVu Sans", sans-serif; font-size: 18pt; font-weight: 600;
    color: #101418; margin-top: 0px; margin-bottom: 6px; }
h2 { font-family: "Noto Sans", "DejaVu Sans", sans-serif; font-size: 11pt; font-weight: 600;
    color: #30363d; margin-top: 16px; margin-bottom: 6px; }
h2.period { font-size: 14pt; color: #9a3412; margin-top: 18px; }
p.kicker { font-family: "Noto Sans", "DejaVu Sans", sans-serif; font-size: 8.5pt; font-weight: 600;
    color: #9a3412; margin-top: 0px; margin-bottom: 4px; }
p.meta { font-family: "Noto Sans", "DejaVu Sans", sans-serif; font-size: 8.5pt; color: #57606a;
    margin-top: 0px; margin-bottom: 2px; }
span.source { color: #9a3412; font-weight: 600; }
p.url { font-family: "Noto Sans", "DejaVu Sans", sans-serif; font-size: 8pt; color: #57606a;
    margin-top: 2px; margin-bottom: 10px; }
a { color: #0b5cad; text-decoration: none; }
p.caption { font-size: 9pt; font-style: italic; color: #57606a; margin-top: 4px;
    margin-bottom: 10px; margin-left: 12px; }
p.note { font-family: "Noto Sans", "DejaVu Sans", sans-serif; font-size: 8.5pt; color: #9a6700; }
p.body { margin-top: 0px; margin-bottom: 7px; line-height: 128%; }
span.quote-direct { background-color: #fbeec0; }
span.quote-indirect { background-color: #e1edfa; }
td.quote-text { font-size: 9.5pt; }
td.quote-number { font-family: "Noto Sans", "DejaVu Sans", sans-serif; font-size: 8pt;
    color: #57606a; }
p.speaker { font-family: "Noto Sans", "DejaVu Sans", sans-serif; font-size: 8pt; color: #57606a;
    margin-top: 1px; margin-bottom: 0px; }
td.box { font-family: "Noto Sans", "DejaVu Sans", sans-serif; font-size: 8.5pt; }
p.box-head { font-weight: 600; color: #30363d; margin-top: 0px; margin-bottom: 3px; }
p.box-line { margin-top: 0px; margin-bottom: 2px; }
p.cite { font-family: "Noto Sans", "DejaVu Sans", sans-serif; font-size: 8pt; color: #30363d;
    margin-top: 10px; margin-bottom: 0px; }
h1.toc { font-family: "Noto Sans", "DejaVu Sans", sans-serif; font-size: 16pt; font-weight: 600;
    margin-top: 0px; margin-bottom: 12px; }
td.toc-number { font-family: "Noto Sans", "DejaVu Sans", sans-serif; font-size: 9pt;
    color: #57606a; }
td.toc-title { font-size: 10.5pt; }
td.toc-page { font-family: "Noto Sans", "DejaVu Sans", sans-serif; font-size: 10pt; }
p.toc-detail { font-family: "Noto Sans", "DejaVu Sans", sans-serif; font-size: 8pt; color: #57606a;
    margin-top: 1px; margin-bottom: 0px; }
p.toc-title { margin-top: 0px; margin-bottom: 0px; }
td.position { font-family: "Noto Sans", "DejaVu Sans", sans-serif; font-size: 8.5pt; }
th.position { font-family: "Noto Sans", "DejaVu Sans", sans-serif; font-size: 8pt; color: #57606a;
    font-weight: 600; text-align: left; }
p.dossier-quote { margin-top: 8px; margin-bottom: 2px; margin-left: 10px; line-height: 125%; }
p.dossier-meta { font-family: "Noto Sans", "DejaVu Sans", sans-serif; font-size: 8pt;
    color: #57606a; margin-top: 0px; margin-bottom: 1px; margin-left: 10px; }
p.dossier-cite { font-family: "Noto Sans", "DejaVu Sans", sans-serif; font-size: 7.5pt;
    color: #30363d; margin-top: 0px; margin-bottom: 4px; margin-left: 10px; }
)css";

// The File target: the same classes, for browsers (and print from a browser).
const char *kFileCss = R"css(
:root { color-scheme: light; }
body { font-family: "Noto Serif", "DejaVu Serif", Georgia, serif; font-size: 17px;
  line-height: 1.55; color: #1d2125; background: #fff; max-width: 44em; margin: 2em auto;
  padding: 0 1.2em; }
h1, h2, p.meta, p.url, p.cite, .box, .toc, .kicker, p.speaker, p.dossier-meta, p.dossier-cite,
  table.positions { font-family: "Noto Sans", "DejaVu Sans", Arial, sans-serif; }
h1.title { font-size: 1.8em; line-height: 1.2; margin: 0 0 .3em; }
h2 { font-size: 1.1em; margin: 1.6em 0 .5em; color: #30363d; }
h2.period { font-size: 1.4em; color: #9a3412; border-bottom: 1px solid #e5e1d8; }
p.meta { font-size: .8em; color: #57606a; margin: 0 0 .15em; }
span.source { color: #9a3412; font-weight: 600; }
p.url { font-size: .8em; margin: .2em 0 1em; overflow-wrap: anywhere; }
a { color: #0b5cad; }
p.caption { font-size: .9em; font-style: italic; color: #57606a; border-left: 3px solid #e5e1d8;
  padding-left: .8em; }
p.note { font-size: .85em; color: #9a6700; }
p.body { margin: 0 0 .8em; }
span.quote-direct { background: #fbeec0; }
span.quote-indirect { background: #e1edfa; }
table.quotes { border-collapse: collapse; width: 100%; }
table.quotes td { vertical-align: top; padding: .3em .4em; font-size: .92em; }
td.quote-number { color: #57606a; font-size: .8em; }
p.speaker { font-size: .8em; color: #57606a; margin: .1em 0 0; }
table.box { width: 100%; background: #f6f3ec; border-radius: 6px; padding: .6em; margin-top: 1.2em; }
td.box { vertical-align: top; font-size: .85em; padding: .3em .8em; }
p.box-head { font-weight: 600; margin: 0 0 .3em; }
p.box-line { margin: 0 0 .2em; }
p.cite { font-size: .8em; background: #f3f4f6; padding: .6em .8em; border-radius: 4px; }
nav.toc { margin-bottom: 2.5em; }
section.article { border-bottom: 1px solid #d0d7de; padding-bottom: 2em; margin-bottom: 2em; }
header.cover { text-align: center; padding: 3em 0 2em; border-bottom: 2px solid #9a3412;
  margin-bottom: 2em; }
.kicker { letter-spacing: .2em; color: #9a3412; font-size: .8em; font-weight: 600; }
header.cover h1 { font-family: "Noto Sans", "DejaVu Sans", Arial, sans-serif; font-size: 2.2em;
  margin: .3em 0; }
header.cover p { font-family: "Noto Sans", "DejaVu Sans", Arial, sans-serif; color: #57606a;
  margin: .2em 0; }
h1.toc { font-size: 1.4em; }
table.toc { width: 100%; border-collapse: collapse; }
table.toc td { padding: .35em .3em; vertical-align: top; border-bottom: 1px solid #eee; }
td.toc-number { color: #57606a; width: 2.5em; }
p.toc-title, p.toc-detail { margin: 0; }
p.toc-detail { font-size: .8em; color: #57606a; }
table.positions { border-collapse: collapse; width: 100%; font-size: .85em; }
table.positions th, table.positions td { text-align: left; padding: .3em .5em;
  border-bottom: 1px solid #e5e1d8; }
p.dossier-quote { margin: 1em 0 .2em 1em; }
p.dossier-meta { font-size: .8em; color: #57606a; margin: 0 0 0 1.2em; }
p.dossier-cite { font-size: .75em; color: #6e7781; margin: 0 0 .6em 1.2em; }
@media print { body { max-width: none; margin: 0; } section.article { break-after: page;
  border: 0; } }
)css";

} // namespace

ExportHtml::ExportHtml(const ExportOptions &options, Target target)
    : m_options(options)
    , m_target(target)
{
}

QString ExportHtml::styleSheet() const
{
    return QString::fromUtf8(m_target == Target::Print ? kPrintCss : kFileCss);
}

QString ExportHtml::dateText(const QDateTime &utc, const QString &zone, const QLocale &locale)
{
    // A page without a zone is read as WIB (see ArticleDate::zoneFor); on paper the time says
    // so, since a reader cannot hover over it as in the program.
    return text::ArticleDate::longText(utc, zone.trimmed().isEmpty() ? QStringLiteral("WIB") : zone,
                                       locale);
}

QString ExportHtml::citation(const QString &source, const QString &title,
                             const QDateTime &published, const QString &zone, const QString &url,
                             const QDateTime &archivedAt, const QLocale &locale)
{
    // Publisher. "Title". Date. URL. Archived date. — the parts a reader needs to find the
    // article again, in the order style guides (APA, Chicago) share.
    QStringList parts;
    if (!source.isEmpty())
        parts << source;
    parts << Tr::tr("“%1”").arg(title.trimmed());
    const QString date = dateText(published, zone, locale);
    if (!date.isEmpty())
        parts << date;
    if (!url.isEmpty())
        parts << url;
    if (archivedAt.isValid())
        parts << Tr::tr("Archived %1")
                     .arg(locale.toString(
                         archivedAt.toTimeZone(text::ArticleDate::zoneFor({})).date(),
                         QStringLiteral("d MMMM yyyy")));
    QString text;
    for (const QString &p : std::as_const(parts)) {
        if (!text.isEmpty())
            text += text.endsWith(u'.') || text.endsWith(u'?') || text.endsWith(u'!')
                        ? QStringLiteral(" ")
                        : QStringLiteral(". ");
        text += p;
    }
    if (!text.endsWith(u'.'))
        text += u'.';
    return text;
}

QString ExportHtml::citation(const ExportArticle &a, const QLocale &locale)
{
    return citation(a.article.source, a.article.title, a.article.published, a.article.publishedZone,
                    a.article.url, a.importedAt, locale);
}

QString ExportHtml::citation(const DossierQuote &q, const QLocale &locale)
{
    return citation(q.source, q.title, q.published, q.publishedZone, q.url, q.importedAt, locale);
}

QString ExportHtml::personLine(const analysis::Person &person)
{
    QString line = person.name;
    if (!person.titles.isEmpty())
        line = person.titles.join(u' ') + u' ' + line;
    QStringList roles;
    for (const analysis::Role &r : person.roles) {
        QString role = r.title;
        if (!r.institution.isEmpty() && !role.contains(r.institution, Qt::CaseInsensitive))
            role = role.isEmpty() ? r.institution : Tr::tr("%1, %2").arg(role, r.institution);
        if (!role.isEmpty() && !roles.contains(role))
            roles << role;
    }
    if (!roles.isEmpty())
        line += QStringLiteral(" — ") + roles.join(QStringLiteral("; "));
    return line;
}

QString ExportHtml::institutionLine(const analysis::Institution &institution)
{
    if (!institution.acronym.isEmpty() &&
        institution.acronym.compare(institution.name, Qt::CaseInsensitive) != 0)
        return Tr::tr("%1 (%2)").arg(institution.name, institution.acronym);
    return institution.name;
}

QString ExportHtml::positionSpanText(const archive::PositionSpan &s, const QLocale &locale)
{
    auto day = [&locale](const QDateTime &t) {
        return t.isValid() ? locale.toString(t.toTimeZone(text::ArticleDate::zoneFor({})).date(),
                                             QStringLiteral("d MMM yyyy"))
                           : Tr::tr("undated");
    };
    if (!s.firstSeen.isValid() && !s.lastSeen.isValid())
        return Tr::tr("undated");
    const QString first = day(s.firstSeen);
    const QString last = day(s.lastSeen);
    return first == last ? first : Tr::tr("%1 – %2").arg(first, last);
}

QString ExportHtml::kindName(analysis::QuoteKind kind)
{
    return kind == analysis::QuoteKind::Direct ? Tr::tr("direct quote") : Tr::tr("indirect quote");
}

QString ExportHtml::speakerName(const analysis::Quote &quote)
{
    if (!quote.speaker.isEmpty())
        return quote.speaker;
    if (!quote.speakerMention.isEmpty())
        return quote.speakerMention;
    return Tr::tr("speaker unknown");
}

QStringList ExportHtml::collectionLines(const QList<ExportArticle> &articles, const QLocale &locale)
{
    QStringList lines;
    lines << Tr::tr("Articles: %1").arg(articles.size());
    QDateTime first;
    QDateTime last;
    QStringList sources;
    for (const ExportArticle &a : articles) {
        const QDateTime &t = a.article.published;
        if (t.isValid()) {
            if (!first.isValid() || t < first)
                first = t;
            if (!last.isValid() || t > last)
                last = t;
        }
        if (!a.article.source.isEmpty() && !sources.contains(a.article.source))
            sources << a.article.source;
    }
    const QTimeZone wib = text::ArticleDate::zoneFor({});
    if (first.isValid()) {
        const QString from =
            locale.toString(first.toTimeZone(wib).date(), QStringLiteral("d MMMM yyyy"));
        const QString to =
            locale.toString(last.toTimeZone(wib).date(), QStringLiteral("d MMMM yyyy"));
        lines << (from == to ? from : Tr::tr("%1 – %2").arg(from, to));
    }
    if (!sources.isEmpty()) {
        std::sort(sources.begin(), sources.end(),
                  [](const QString &a, const QString &b) { return a.localeAwareCompare(b) < 0; });
        const int shown = 6;
        QString s = sources.mid(0, shown).join(QStringLiteral(", "));
        if (sources.size() > shown)
            s = Tr::tr("%1 and %2 more").arg(s, QString::number(sources.size() - shown));
        lines << s;
    }
    return lines;
}

QString ExportHtml::dossierTitle(const Dossier &dossier)
{
    const archive::PersonProfile &p = dossier.person;
    return p.titles.isEmpty() ? p.name : p.titles.join(u' ') + u' ' + p.name;
}

QStringList ExportHtml::dossierLines(const Dossier &dossier, const QLocale &locale)
{
    QStringList lines;
    const archive::PersonProfile &p = dossier.person;
    if (!p.positions.isEmpty()) {
        const archive::PositionSpan &latest = p.positions.constLast();
        lines << (latest.institution.isEmpty() || latest.title.contains(latest.institution)
                      ? latest.title
                      : Tr::tr("%1, %2").arg(latest.title, latest.institution));
    }
    lines << Tr::tr("Quotes: %1").arg(dossier.quotes.size());
    if (!dossier.words.isEmpty())
        lines << Tr::tr("Quotes with the words: %1").arg(dossier.words.join(QStringLiteral(", ")));
    QDateTime first;
    QDateTime last;
    for (const DossierQuote &q : dossier.quotes) {
        if (!q.published.isValid())
            continue;
        if (!first.isValid() || q.published < first)
            first = q.published;
        if (!last.isValid() || q.published > last)
            last = q.published;
    }
    if (first.isValid()) {
        const QTimeZone wib = text::ArticleDate::zoneFor({});
        const QString from =
            locale.toString(first.toTimeZone(wib).date(), QStringLiteral("d MMMM yyyy"));
        const QString to =
            locale.toString(last.toTimeZone(wib).date(), QStringLiteral("d MMMM yyyy"));
        lines << (from == to ? from : Tr::tr("%1 – %2").arg(from, to));
    }
    return lines;
}

QString ExportHtml::article(const ExportArticle &a, const QString &anchor, bool pageBreak) const
{
    const ingest::Article &article = a.article;
    QString html;
    if (m_target == Target::File)
        html += QStringLiteral("<section class=\"article\" id=\"%1\">").arg(esc(anchor));
    html += QStringLiteral("<h1 class=\"title\"%1><a name=\"%2\"></a>%3</h1>")
                .arg(pageBreak && m_target == Target::Print
                         ? QStringLiteral(" style=\"page-break-before: always\"")
                         : QString(),
                     esc(anchor), esc(article.title));

    QStringList meta;
    if (!article.source.isEmpty())
        meta << QStringLiteral("<span class=\"source\">%1</span>").arg(esc(article.source));
    const QString date = dateText(article.published, article.publishedZone, m_options.locale);
    if (!date.isEmpty())
        meta << esc(date);
    if (!meta.isEmpty())
        html += QStringLiteral("<p class=\"meta\">%1</p>").arg(meta.join(QStringLiteral(" · ")));
    QStringList people;
    if (!article.byline.isEmpty())
        people << esc(Tr::tr("Writer: %1").arg(article.byline));
    if (!article.editor.isEmpty())
        people << esc(Tr::tr("Editor: %1").arg(article.editor));
    if (!people.isEmpty())
        html += QStringLiteral("<p class=\"meta\">%1</p>").arg(people.join(QStringLiteral(" · ")));
    if (!article.url.isEmpty()) {
        html +=
            isWebLink(article.url)
                ? QStringLiteral("<p class=\"url\"><a href=\"%1\">%1</a></p>").arg(esc(article.url))
                : QStringLiteral("<p class=\"url\">%1</p>").arg(esc(article.url));
    } else {
        html += QStringLiteral("<p class=\"url\"></p>");
    }
    for (const QString &caption : article.captions)
        html += QStringLiteral("<p class=\"caption\">%1</p>")
                    .arg(flowText(caption, m_target == Target::Print));
    if (article.partial)
        html += QStringLiteral("<p class=\"note\">%1</p>")
                    .arg(esc(Tr::tr("Only a summary of this article was available.")));
    html += bodyParagraphs(a);
    if (m_options.highlightQuotes)
        html += quoteList(a);
    if (m_options.peopleBox)
        html += peopleBox(a);
    html += QStringLiteral("<p class=\"cite\"><b>%1</b> %2</p>")
                .arg(esc(Tr::tr("Cite as:")), esc(citation(a, m_options.locale)));
    if (m_target == Target::File)
        html += QStringLiteral("</section>\n");
    return html;
}

QString ExportHtml::bodyParagraphs(const ExportArticle &a) const
{
    const QString &body = a.article.body;
    QList<analysis::Quote> quotes;
    if (m_options.highlightQuotes) {
        for (const analysis::Quote &q : a.analysis.quotes) {
            if (q.start >= 0 && q.end <= body.size() && q.start < q.end)
                quotes << q;
        }
    }
    QString html;
    for (const Span &p : paragraphsOf(body)) {
        // Quotes may nest or overlap: cut at every boundary, mark each piece by the innermost
        // quote covering it, so no tag stays open across another.
        QList<qsizetype> cuts{p.start, p.end};
        for (const analysis::Quote &q : std::as_const(quotes)) {
            if (q.start > p.start && q.start < p.end)
                cuts << q.start;
            if (q.end > p.start && q.end < p.end)
                cuts << q.end;
        }
        std::sort(cuts.begin(), cuts.end());
        cuts.erase(std::unique(cuts.begin(), cuts.end()), cuts.end());
        html += QStringLiteral("<p class=\"body\">");
        for (qsizetype i = 0; i + 1 < cuts.size(); ++i) {
            const qsizetype from = cuts.at(i);
            const qsizetype to = cuts.at(i + 1);
            const QString text = flowText(body.mid(from, to - from), m_target == Target::Print);
            const analysis::Quote *quote = nullptr;
            for (const analysis::Quote &q : std::as_const(quotes)) {
                if (q.start <= from && q.end >= to &&
                    (!quote || q.end - q.start < quote->end - quote->start))
                    quote = &q;
            }
            if (!quote) {
                html += text;
                continue;
            }
            html += QStringLiteral("<span class=\"%1\" title=\"%2\">%3</span>")
                        .arg(quote->kind == analysis::QuoteKind::Direct
                                 ? QStringLiteral("quote-direct")
                                 : QStringLiteral("quote-indirect"),
                             esc(Tr::tr("%1 — %2").arg(kindName(quote->kind), speakerName(*quote))),
                             text);
        }
        html += QStringLiteral("</p>\n");
    }
    return html;
}

QString ExportHtml::quoteList(const ExportArticle &a) const
{
    if (a.analysis.quotes.isEmpty())
        return {};
    QString html = QStringLiteral("<h2>%1</h2>").arg(esc(Tr::tr("Quotes")));
    html += QStringLiteral("<table class=\"quotes\" width=\"100%\" cellspacing=\"0\" "
                           "cellpadding=\"3\">");
    int n = 0;
    for (const analysis::Quote &q : a.analysis.quotes) {
        const QString colour = q.kind == analysis::QuoteKind::Direct ? QStringLiteral("#fbeec0")
                                                                     : QStringLiteral("#e1edfa");
        html +=
            QStringLiteral("<tr><td class=\"quote-number\" width=\"22\" bgcolor=\"%1\">%2</td>"
                           "<td class=\"quote-text\">%3<p class=\"speaker\">— %4 (%5)</p>"
                           "</td></tr>")
                .arg(colour)
                .arg(++n)
                .arg(flowText(Tr::tr("“%1”").arg(q.text.simplified()), m_target == Target::Print),
                     esc(speakerName(q)), esc(kindName(q.kind)));
    }
    html += QStringLiteral("</table>");
    return html;
}

QString ExportHtml::peopleBox(const ExportArticle &a) const
{
    const analysis::Analysis &an = a.analysis;
    if (an.people.isEmpty() && an.institutions.isEmpty())
        return {};
    QString people;
    for (const analysis::Person &p : an.people)
        people += QStringLiteral("<p class=\"box-line\">%1</p>").arg(esc(personLine(p)));
    if (people.isEmpty())
        people = QStringLiteral("<p class=\"box-line\">—</p>");
    QString institutions;
    for (const analysis::Institution &i : an.institutions)
        institutions += QStringLiteral("<p class=\"box-line\">%1</p>").arg(esc(institutionLine(i)));
    if (institutions.isEmpty())
        institutions = QStringLiteral("<p class=\"box-line\">—</p>");
    return QStringLiteral("<table class=\"box\" width=\"100%\" cellspacing=\"0\" cellpadding=\"8\" "
                          "bgcolor=\"#f6f3ec\" style=\"margin-top: 14px\"><tr>"
                          "<td class=\"box\" width=\"58%\"><p class=\"box-head\">%1</p>%2</td>"
                          "<td class=\"box\" width=\"42%\"><p class=\"box-head\">%3</p>%4</td>"
                          "</tr></table>")
        .arg(esc(Tr::tr("People")), people, esc(Tr::tr("Institutions")), institutions);
}

QString ExportHtml::tableOfContents(const QList<TocEntry> &entries, const QList<int> &pages) const
{
    QString html = QStringLiteral("<h1 class=\"toc\">%1</h1>").arg(esc(Tr::tr("Contents")));
    html +=
        QStringLiteral("<table class=\"toc\" width=\"100%\" cellspacing=\"0\" cellpadding=\"4\">");
    for (qsizetype i = 0; i < entries.size(); ++i) {
        const TocEntry &e = entries.at(i);
        const QString title =
            m_target == Target::File
                ? QStringLiteral("<a href=\"#%1\">%2</a>").arg(esc(e.anchor), esc(e.title))
                : esc(e.title);
        html += QStringLiteral("<tr><td class=\"toc-number\" width=\"28\">%1.</td>"
                               "<td class=\"toc-title\"><p class=\"toc-title\">%2</p>"
                               "<p class=\"toc-detail\">%3</p></td>")
                    .arg(i + 1)
                    .arg(title, esc(e.detail));
        if (m_target == Target::Print)
            html +=
                QStringLiteral("<td class=\"toc-page\" width=\"40\" align=\"right\">%1</td>")
                    .arg(i < pages.size() ? QString::number(pages.at(i)) : QStringLiteral("000"));
        html += QStringLiteral("</tr>");
    }
    html += QStringLiteral("</table>");
    return html;
}

QString ExportHtml::cover(const QString &kicker, const QString &title,
                          const QStringList &lines) const
{
    QString html =
        QStringLiteral("<header class=\"cover\"><div class=\"kicker\">%1</div><h1>%2</h1>")
            .arg(esc(kicker), esc(title));
    for (const QString &l : lines)
        html += QStringLiteral("<p>%1</p>").arg(esc(l));
    html += QStringLiteral("</header>\n");
    return html;
}

QString ExportHtml::dossierBody(const Dossier &dossier) const
{
    const archive::PersonProfile &p = dossier.person;
    const QLocale &locale = m_options.locale;
    QString html;
    if (!p.aliases.isEmpty())
        html += QStringLiteral("<p class=\"meta\">%1</p>")
                    .arg(esc(Tr::tr("Also written: %1").arg(p.aliases.join(QStringLiteral("; ")))));
    html += QStringLiteral("<h2>%1</h2>").arg(esc(Tr::tr("Positions over time")));
    if (p.positions.isEmpty()) {
        html += QStringLiteral("<p class=\"meta\">%1</p>")
                    .arg(esc(Tr::tr("The archive has seen no position of this person.")));
    } else {
        html += QStringLiteral("<table class=\"positions\" width=\"100%\" cellspacing=\"0\" "
                               "cellpadding=\"3\"><tr><th class=\"position\">%1</th>"
                               "<th class=\"position\">%2</th><th class=\"position\">%3</th>"
                               "<th class=\"position\" align=\"right\">%4</th></tr>")
                    .arg(esc(Tr::tr("Title")), esc(Tr::tr("Institution")), esc(Tr::tr("Seen")),
                         esc(Tr::tr("Articles")));
        for (const archive::PositionSpan &s : p.positions)
            html +=
                QStringLiteral("<tr><td class=\"position\">%1</td><td class=\"position\">%2</td>"
                               "<td class=\"position\">%3</td>"
                               "<td class=\"position\" align=\"right\">%4</td></tr>")
                    .arg(esc(s.title), esc(s.institution), esc(positionSpanText(s, locale)),
                         QString::number(s.articles));
        html += QStringLiteral("</table>");
    }
    if (dossier.quotes.isEmpty()) {
        html += QStringLiteral("<h2>%1</h2><p class=\"meta\">%2</p>")
                    .arg(esc(Tr::tr("Quotes")),
                         esc(dossier.words.isEmpty()
                                 ? Tr::tr("The archive attributes no quote to this person.")
                                 : Tr::tr("No quote of this person holds all these words.")));
        return html;
    }
    QString period;
    int periods = 0;
    for (const DossierQuote &q : dossier.quotes) {
        const QString name = periodName(q.published, q.publishedZone, dossier.period, locale);
        if (name != period) {
            period = name;
            // The anchor marks the period for the PDF's running header and bookmarks.
            html += QStringLiteral(
                        "<h2 class=\"period\" id=\"period-%1\"><a name=\"period-%1\"></a>%2</h2>")
                        .arg(QString::number(++periods), esc(period));
        }
        html += QStringLiteral("<p class=\"dossier-quote\"><span class=\"%1\">%2</span></p>")
                    .arg(m_options.highlightQuotes ? (q.quote.kind == analysis::QuoteKind::Direct
                                                          ? QStringLiteral("quote-direct")
                                                          : QStringLiteral("quote-indirect"))
                                                   : QString(),
                         flowText(Tr::tr("“%1”").arg(q.quote.text.simplified()),
                                  m_target == Target::Print));
        QStringList meta;
        const QString date = dateText(q.published, q.publishedZone, locale);
        meta << (date.isEmpty() ? Tr::tr("undated") : date);
        if (!q.source.isEmpty())
            meta << q.source;
        meta << kindName(q.quote.kind);
        // The title is in the citation below, with everything else needed to find the article.
        html += QStringLiteral("<p class=\"dossier-meta\">%1</p>")
                    .arg(esc(meta.join(QStringLiteral(" · "))));
        html += QStringLiteral("<p class=\"dossier-cite\">%1</p>").arg(esc(citation(q, locale)));
    }
    return html;
}

QString ExportHtml::page(const QString &title, const QString &body) const
{
    return QStringLiteral(
               "<!DOCTYPE html>\n<html lang=\"id\">\n<head>\n<meta charset=\"utf-8\">\n"
               "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
               "<meta name=\"generator\" content=\"Kliping %1\">\n"
               "<title>%2</title>\n<style>%3</style>\n</head>\n<body>\n%4</body>\n</html>\n")
        .arg(QStringLiteral(KLIPING_VERSION), esc(title), styleSheet(), body);
}

} // namespace kliping::exporting
