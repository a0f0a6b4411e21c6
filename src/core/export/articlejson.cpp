#include "articlejson.h"

#include <QJsonArray>

namespace kliping::exporting {

namespace {

QJsonValue orNull(const QString &s)
{
    return s.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(s);
}

// Converts many offsets of one text without rescanning it from the start each time.
class CodePointCounter {
public:
    explicit CodePointCounter(const QString &text)
    {
        m_pairsBefore.reserve(text.size() + 1);
        qsizetype pairs = 0;
        for (qsizetype i = 0; i <= text.size(); ++i) {
            m_pairsBefore.append(pairs);
            if (i < text.size() && text.at(i).isLowSurrogate() && i > 0 &&
                text.at(i - 1).isHighSurrogate())
                ++pairs;
        }
    }
    qsizetype operator()(qsizetype utf16) const
    {
        utf16 = qBound<qsizetype>(0, utf16, m_pairsBefore.size() - 1);
        return utf16 - m_pairsBefore.at(utf16);
    }

private:
    QList<qsizetype> m_pairsBefore; // surrogate pairs completed before each UTF-16 offset
};

// The publication time as the outlet printed it: in its zone (WIB unless the page said WITA, WIT
// or UTC), and only the date when no time of day was given (stored as local midnight).
QJsonValue publishedJson(const ingest::Article &article)
{
    if (!article.published.isValid())
        return QJsonValue(QJsonValue::Null);
    int offsetHours = 7;
    if (article.publishedZone == QLatin1String("WITA"))
        offsetHours = 8;
    else if (article.publishedZone == QLatin1String("WIT"))
        offsetHours = 9;
    else if (article.publishedZone == QLatin1String("UTC") || article.publishedZone == QLatin1String("GMT"))
        offsetHours = 0;
    const QDateTime local = article.published.toOffsetFromUtc(offsetHours * 3600);
    if (local.time() == QTime(0, 0))
        return local.date().toString(Qt::ISODate);
    return local.toString(Qt::ISODate);
}

} // namespace

qsizetype codePointOffset(const QString &text, qsizetype utf16Offset)
{
    utf16Offset = qBound<qsizetype>(0, utf16Offset, text.size());
    qsizetype surrogates = 0;
    for (qsizetype i = 0; i < utf16Offset; ++i) {
        if (text.at(i).isLowSurrogate() && i > 0 && text.at(i - 1).isHighSurrogate())
            ++surrogates;
    }
    return utf16Offset - surrogates;
}

QJsonObject errorJson(const QString &input, const QString &error)
{
    return QJsonObject{{QStringLiteral("input"), input}, {QStringLiteral("error"), error}};
}

QJsonObject articleJson(const QString &input, const ingest::Article &article,
                        const analysis::Analysis &analysis)
{
    const CodePointCounter cp(article.body);
    QJsonObject o;
    o.insert(QStringLiteral("input"), input);
    o.insert(QStringLiteral("title"), orNull(article.title));
    o.insert(QStringLiteral("published"), publishedJson(article));
    o.insert(QStringLiteral("byline"), orNull(article.byline));
    o.insert(QStringLiteral("editor"), orNull(article.editor));
    o.insert(QStringLiteral("source"), orNull(article.source));
    o.insert(QStringLiteral("url"), orNull(article.url));
    o.insert(QStringLiteral("body"), article.body);
    QJsonArray captions;
    for (const QString &c : article.captions)
        captions.append(c);
    o.insert(QStringLiteral("captions"), captions);

    QJsonArray people;
    for (const analysis::Person &p : analysis.people) {
        QJsonArray roles;
        for (const analysis::Role &r : p.roles)
            roles.append(QJsonObject{{QStringLiteral("title"), r.title},
                                     {QStringLiteral("institution"), orNull(r.institution)}});
        people.append(QJsonObject{{QStringLiteral("name"), p.name},
                                  {QStringLiteral("aliases"), QJsonArray::fromStringList(p.aliases)},
                                  {QStringLiteral("titles"), QJsonArray::fromStringList(p.titles)},
                                  {QStringLiteral("roles"), roles}});
    }
    o.insert(QStringLiteral("people"), people);

    QJsonArray institutions;
    for (const analysis::Institution &i : analysis.institutions)
        institutions.append(
            QJsonObject{{QStringLiteral("name"), i.name},
                        {QStringLiteral("acronym"), orNull(i.acronym)},
                        {QStringLiteral("aliases"), QJsonArray::fromStringList(i.aliases)},
                        {QStringLiteral("kind"), orNull(i.kind)},
                        {QStringLiteral("parent"), orNull(i.parent)}});
    o.insert(QStringLiteral("institutions"), institutions);

    QJsonArray quotes;
    for (const analysis::Quote &q : analysis.quotes)
        quotes.append(QJsonObject{
            {QStringLiteral("text"), q.text},
            {QStringLiteral("speaker"), orNull(q.speaker)},
            {QStringLiteral("speaker_mention"), orNull(q.speakerMention)},
            {QStringLiteral("kind"), q.kind == analysis::QuoteKind::Direct
                                         ? QStringLiteral("direct")
                                         : QStringLiteral("indirect")},
            {QStringLiteral("start"), cp(q.start)},
            {QStringLiteral("end"), cp(q.end)},
            {QStringLiteral("confidence"), qRound(q.confidence * 100) / 100.0},
            {QStringLiteral("rule"), orNull(q.rule)}});
    o.insert(QStringLiteral("quotes"), quotes);

    QJsonArray mentions;
    for (const analysis::Mention &m : analysis.mentions) {
        const char *type = m.type == analysis::MentionType::Person        ? "person"
                           : m.type == analysis::MentionType::Institution ? "institution"
                                                                          : "place";
        mentions.append(QJsonObject{{QStringLiteral("type"), QLatin1String(type)},
                                    {QStringLiteral("start"), cp(m.start)},
                                    {QStringLiteral("end"), cp(m.end)},
                                    {QStringLiteral("text"), m.text},
                                    {QStringLiteral("entity"), orNull(m.entity)}});
    }
    o.insert(QStringLiteral("mentions"), mentions);
    return o;
}

} // namespace kliping::exporting
