#include "articlehtml.h"

#include "articledate.h"

#include <QPalette>
#include <QStringList>

#include <algorithm>

namespace kliping::gui {

namespace {

QString escaped(const QString &text)
{
    return text.toHtmlEscaped();
}

// A paragraph of the body as Article::paragraphs() splits it: [start, end) in body offsets.
struct Paragraph {
    qsizetype start = 0;
    qsizetype end = 0;
};

QList<Paragraph> paragraphsOf(const QString &body)
{
    QList<Paragraph> paragraphs;
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

bool isDark(const QPalette &palette)
{
    return palette.color(QPalette::Base).lightness() < 128;
}

} // namespace

MarkColours MarkColours::forPalette(const QPalette &palette)
{
    // Backgrounds pale (or deep) enough that the text keeps its contrast; two hues so the kinds
    // of quote tell apart, and the mention colours apart from both.
    if (isDark(palette))
        return {QColor(0x4a, 0x3d, 0x14), QColor(0x1d, 0x37, 0x52), QColor(0x7d, 0xd3, 0xb4),
                QColor(0xc8, 0xa6, 0xf0)};
    return {QColor(0xfb, 0xee, 0xc0), QColor(0xe1, 0xed, 0xfa), QColor(0x0b, 0x6e, 0x4f),
            QColor(0x7c, 0x3a, 0xad)};
}

QString ArticleHtml::kindName(analysis::QuoteKind kind)
{
    return kind == analysis::QuoteKind::Direct ? tr("Direct quote") : tr("Indirect quote");
}

QString ArticleHtml::speakerName(const analysis::Quote &quote)
{
    if (!quote.speaker.isEmpty())
        return quote.speaker;
    if (!quote.speakerMention.isEmpty())
        return quote.speakerMention;
    return tr("Speaker unknown");
}

qsizetype ArticleHtml::documentOffset(const QString &body, qsizetype bodyOffset)
{
    qsizetype offset = 0;
    for (const Paragraph &p : paragraphsOf(body)) {
        if (bodyOffset <= p.end)
            return offset + qMax<qsizetype>(0, bodyOffset - p.start);
        offset += p.end - p.start + 1; // the block break
    }
    return qMax<qsizetype>(0, offset - 1);
}

QString ArticleHtml::build(const ingest::Article &article, const analysis::Analysis &analysis,
                           const Options &options)
{
    QString html = QStringLiteral("<html><body>");
    html += QStringLiteral("<h1 class=\"title\">%1</h1>").arg(escaped(article.title));

    QStringList meta;
    if (!article.source.isEmpty())
        meta << QStringLiteral("<span class=\"source\">%1</span>").arg(escaped(article.source));
    const QString date =
        ArticleDate::longText(article.published, article.publishedZone, options.locale);
    if (!date.isEmpty())
        meta << escaped(date);
    if (!article.byline.isEmpty())
        meta << escaped(tr("By %1").arg(article.byline));
    if (!article.editor.isEmpty())
        meta << escaped(tr("Editor: %1").arg(article.editor));
    if (!meta.isEmpty())
        html += QStringLiteral("<p class=\"meta\">%1</p>")
                    .arg(meta.join(QStringLiteral(" &nbsp;·&nbsp; ")));

    if (!options.links.alsoPublished.isEmpty()) {
        QStringList others;
        for (const RelatedArticle &other : options.links.alsoPublished) {
            const QString name = other.source.isEmpty() ? other.title : other.source;
            QString tip = other.title;
            const QString date = ArticleDate::shortText(other.published, options.locale);
            if (!date.isEmpty())
                tip += QStringLiteral(" (%1)").arg(date);
            others << QStringLiteral("<a class=\"also\" href=\"kliping:article/%1\" title=\"%2\">%3</a>")
                          .arg(other.id)
                          .arg(escaped(tip), escaped(name));
        }
        html += QStringLiteral("<p class=\"also\">%1</p>")
                    .arg(tr("Also published as: %1").arg(others.join(QStringLiteral(", "))));
    }

    for (const QString &caption : article.captions)
        html += QStringLiteral("<p class=\"caption\"><i>%1</i></p>").arg(escaped(caption));
    if (article.partial)
        html += QStringLiteral("<p class=\"note\">%1</p>")
                    .arg(escaped(tr("Only a summary of this article was available.")));
    html += bodyHtml(article, analysis, options);
    html += QStringLiteral("</body></html>");
    return html;
}

QString ArticleHtml::bodyHtml(const ingest::Article &article, const analysis::Analysis &analysis,
                              const Options &options)
{
    const QString &body = article.body;
    const qsizetype size = body.size();
    auto valid = [size](qsizetype start, qsizetype end) {
        return start >= 0 && end <= size && start < end;
    };
    QList<analysis::Quote> quotes;
    for (const analysis::Quote &q : analysis.quotes) {
        if (valid(q.start, q.end))
            quotes << q;
    }
    QList<analysis::Mention> mentions;
    if (options.markEntities) {
        for (const analysis::Mention &m : analysis.mentions) {
            if (m.type != analysis::MentionType::Place && valid(m.start, m.end))
                mentions << m;
        }
    }

    QString html;
    bool first = true;
    for (const Paragraph &p : paragraphsOf(body)) {
        // Spans may nest or overlap (a quote holds mentions): cut the paragraph at every span
        // boundary and give each piece the marks of all spans that cover it, so no tag is ever
        // left open across another.
        QList<qsizetype> cuts{p.start, p.end};
        auto addCut = [&cuts, &p](qsizetype at) {
            if (at > p.start && at < p.end)
                cuts << at;
        };
        for (const analysis::Quote &q : std::as_const(quotes)) {
            addCut(q.start);
            addCut(q.end);
        }
        for (const analysis::Mention &m : std::as_const(mentions)) {
            addCut(m.start);
            addCut(m.end);
        }
        std::sort(cuts.begin(), cuts.end());
        cuts.erase(std::unique(cuts.begin(), cuts.end()), cuts.end());

        html += QStringLiteral("<p class=\"body\">");
        if (first) {
            html += QStringLiteral("<a name=\"%1\"></a>").arg(bodyAnchor());
            first = false;
        }
        for (qsizetype i = 0; i + 1 < cuts.size(); ++i) {
            const qsizetype from = cuts.at(i);
            const qsizetype to = cuts.at(i + 1);
            const QString text = escaped(body.mid(from, to - from));
            // The innermost quote (the shortest) and mention that cover this piece.
            const analysis::Quote *quote = nullptr;
            for (const analysis::Quote &q : std::as_const(quotes)) {
                if (q.start <= from && q.end >= to &&
                    (!quote || q.end - q.start < quote->end - quote->start))
                    quote = &q;
            }
            const analysis::Mention *mention = nullptr;
            for (const analysis::Mention &m : std::as_const(mentions)) {
                if (m.start <= from && m.end >= to &&
                    (!mention || m.end - m.start < mention->end - mention->start))
                    mention = &m;
            }
            if (!quote && !mention) {
                html += text;
                continue;
            }
            QStringList style;
            QStringList tip;
            if (quote) {
                const QColor background = quote->kind == analysis::QuoteKind::Direct
                                              ? options.colours.directQuote
                                              : options.colours.indirectQuote;
                style << QStringLiteral("background-color:%1").arg(background.name());
                tip << tr("%1 — %2").arg(kindName(quote->kind), speakerName(*quote));
            }
            if (mention) {
                const bool person = mention->type == analysis::MentionType::Person;
                const QColor colour = person ? options.colours.person : options.colours.institution;
                style << QStringLiteral("color:%1").arg(colour.name());
                if (person)
                    style << QStringLiteral("font-weight:600");
                const QString name = mention->entity.isEmpty() ? mention->text : mention->entity;
                tip << (person ? tr("Person: %1") : tr("Institution: %1")).arg(name);
            }
            // The class names the kinds of mark for tests and export; Qt styles by style="".
            QStringList classes;
            if (quote)
                classes << (quote->kind == analysis::QuoteKind::Direct
                                ? QStringLiteral("quote-direct")
                                : QStringLiteral("quote-indirect"));
            if (mention)
                classes << (mention->type == analysis::MentionType::Person
                                ? QStringLiteral("person")
                                : QStringLiteral("institution"));
            const QString span =
                QStringLiteral("<span class=\"%1\" style=\"%2\" title=\"%3\">%4</span>")
                    .arg(classes.join(u' '), style.join(u';'),
                         escaped(tip.join(u'\n')).replace(u'\n', QStringLiteral("&#10;")), text);
            // A mention of someone the archive knows opens their page; the link keeps the
            // mention's colour rather than the palette's link blue.
            qint64 target = 0;
            if (mention) {
                const QString name = mention->entity.isEmpty() ? mention->text : mention->entity;
                target = mention->type == analysis::MentionType::Person
                             ? options.links.people.value(name)
                             : options.links.institutions.value(name);
            }
            if (target) {
                const bool person = mention->type == analysis::MentionType::Person;
                html += QStringLiteral("<a href=\"kliping:%1/%2\" style=\"text-decoration:none;"
                                       "color:%3\">%4</a>")
                            .arg(person ? QStringLiteral("person") : QStringLiteral("institution"))
                            .arg(target)
                            .arg((person ? options.colours.person : options.colours.institution)
                                     .name(),
                                 span);
            } else {
                html += span;
            }
        }
        html += QStringLiteral("</p>");
    }
    return html;
}

} // namespace kliping::gui
