#include "searchquery.h"

#include "archive.h"
#include "peopledirectory.h"
#include "searchtokenizer.h"
#include "sqlitestatement.h"
#include "text/dateparser.h"
#include "text/textfolding.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>
#include <QTimeZone>

namespace kliping::archive {

namespace {

// Messages of the query language, translated in the context "QueryParser".
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(QueryParser)
};

enum class Filter { None, Person, Institution, Source, Since, Until, Title };

Filter filterKey(const QString &key)
{
    static const QHash<QString, Filter> kKeys = {
        {QStringLiteral("oleh"), Filter::Person},
        {QStringLiteral("by"), Filter::Person},
        {QStringLiteral("lembaga"), Filter::Institution},
        {QStringLiteral("institution"), Filter::Institution},
        {QStringLiteral("instansi"), Filter::Institution},
        {QStringLiteral("sumber"), Filter::Source},
        {QStringLiteral("source"), Filter::Source},
        {QStringLiteral("sejak"), Filter::Since},
        {QStringLiteral("since"), Filter::Since},
        {QStringLiteral("dari"), Filter::Since},
        {QStringLiteral("from"), Filter::Since},
        {QStringLiteral("sampai"), Filter::Until},
        {QStringLiteral("until"), Filter::Until},
        {QStringLiteral("hingga"), Filter::Until},
        {QStringLiteral("judul"), Filter::Title},
        {QStringLiteral("title"), Filter::Title},
    };
    return kKeys.value(key.toCaseFolded(), Filter::None);
}

// Control and format characters, lone surrogates, private-use characters (the highlight markers
// and the exact-phrase marker among them) become spaces; typographic quotes become ".
QString sanitize(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c.isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate()) {
            out.append(c).append(text.at(++i));
            continue;
        }
        switch (c.category()) {
        case QChar::Other_Control:
        case QChar::Other_Format:
        case QChar::Other_Surrogate:
        case QChar::Other_PrivateUse:
        case QChar::Other_NotAssigned:
            out.append(u' ');
            continue;
        default:
            break;
        }
        if (c == u'\u201c' || c == u'\u201d' || c == u'\u201e' || c == u'\u00ab' || c == u'\u00bb')
            out.append(u'"');
        else
            out.append(c);
    }
    return out;
}

bool hasWordChar(const QString &text)
{
    for (QChar c : text) {
        if (c.isLetterOrNumber())
            return true;
    }
    return false;
}

bool isJoiner(QChar c)
{
    return c == u'-' || c == u'\'' || c == u'\u2019' || c == u'.' || c == u',' || c == u'\u2010' ||
           c == u'\u2011';
}

// A bare chunk split at everything that is neither part of a word nor a joiner inside one:
// "title:foo" -> title, foo; "NEAR(a" -> NEAR, a; "KemenPAN-RB" stays whole.
QStringList splitChunk(const QString &chunk)
{
    QStringList pieces;
    QString current;
    const auto flush = [&] {
        while (!current.isEmpty() && isJoiner(current.front()))
            current.remove(0, 1);
        while (!current.isEmpty() && isJoiner(current.back()))
            current.chop(1);
        if (hasWordChar(current))
            pieces << current;
        current.clear();
    };
    for (QChar c : chunk) {
        if (c.isLetterOrNumber() || c.isMark() || isJoiner(c) || c.isSurrogate())
            current.append(c);
        else
            flush();
    }
    flush();
    return pieces;
}

QString isoUtc(const QDateTime &dt)
{
    return dt.toUTC().toString(Qt::ISODate);
}

QString jsonIds(const QList<qint64> &ids)
{
    QJsonArray array;
    for (qint64 id : ids)
        array.append(id);
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

QDateTime wibMidnight(QDate date)
{
    return QDateTime(date, QTime(0, 0), QTimeZone(7 * 3600)).toUTC();
}

} // namespace

// ---- SearchQuery ----

QString SearchQuery::termExpression(const Term &term, bool keepColumn)
{
    QString body = term.phrase ? QChar(kExactMarker) + term.text : term.text;
    body.replace(u'"', QLatin1String("\"\""));
    QString expression = u'"' + body + u'"';
    if (term.prefix)
        expression += QLatin1String(" *");
    if (term.titleOnly && keepColumn)
        expression = QLatin1String("{title} : ") + expression;
    return expression;
}

QString SearchQuery::matchExpression(SearchTarget target, const QString &column) const
{
    if (m_groups.isEmpty())
        return {};
    const bool keepColumn = target == SearchTarget::Articles && column.isEmpty();
    QStringList groups;
    for (const QList<Term> &group : m_groups) {
        QStringList alternatives;
        for (const Term &t : group)
            alternatives << termExpression(t, keepColumn);
        groups << (alternatives.size() == 1
                       ? alternatives.first()
                       : u'(' + alternatives.join(QLatin1String(" OR ")) + u')');
    }
    QString expression = groups.join(QLatin1String(" AND "));
    if (!m_excludes.isEmpty()) {
        QStringList excluded;
        for (const Term &t : m_excludes)
            excluded << termExpression(t, keepColumn);
        expression = u'(' + expression + QLatin1String(") NOT (") +
                     excluded.join(QLatin1String(" OR ")) + u')';
    }
    if (!column.isEmpty())
        expression = u'{' + column + QLatin1String("} : (") + expression + u')';
    return expression;
}

QString SearchQuery::excludeExpression() const
{
    QStringList excluded;
    for (const Term &t : m_excludes)
        excluded << termExpression(t, false);
    return excluded.join(QLatin1String(" OR "));
}

bool SearchQuery::hasFilters() const
{
    return !personText.isEmpty() || !institutionText.isEmpty() || !sources.isEmpty() ||
           since.has_value() || until.has_value();
}

SqlFilter SearchQuery::sqlFilter(SearchTarget target) const
{
    SqlFilter f;
    QStringList parts;
    const bool quotes = target == SearchTarget::Quotes;
    if (!personText.isEmpty()) {
        parts << (quotes ? QStringLiteral("q.speaker_id IN (SELECT value FROM json_each(?))")
                         : QStringLiteral("a.id IN (SELECT article_id FROM article_people WHERE "
                                          "person_id IN (SELECT value FROM json_each(?)))"));
        f.values << jsonIds(personIds);
    }
    if (!institutionText.isEmpty()) {
        parts << QStringLiteral("%1 IN (SELECT article_id FROM article_institutions WHERE "
                                "institution_id IN (SELECT value FROM json_each(?)))")
                     .arg(quotes ? QStringLiteral("q.article_id") : QStringLiteral("a.id"));
        f.values << jsonIds(institutionIds);
    }
    if (!sources.isEmpty()) {
        QStringList likes;
        for (const QString &s : sources) {
            QString escaped = s;
            escaped.replace(u'\\', QLatin1String("\\\\"))
                .replace(u'%', QLatin1String("\\%"))
                .replace(u'_', QLatin1String("\\_"));
            likes << QStringLiteral("name LIKE ? ESCAPE '\\'");
            f.values << QString(u'%' + escaped + u'%');
        }
        parts << QStringLiteral("a.source_id IN (SELECT id FROM sources WHERE %1)")
                     .arg(likes.join(QLatin1String(" OR ")));
    }
    if (since) {
        parts << QStringLiteral("a.published_utc >= ?");
        f.values << isoUtc(since->start);
    }
    if (until) {
        parts << QStringLiteral("a.published_utc < ?");
        f.values << isoUtc(until->end);
    }
    f.clause = parts.join(QLatin1String(" AND "));
    return f;
}

// ---- QueryParser ----

std::optional<DateRange> QueryParser::dateRange(const QString &typed)
{
    const QString text = typed.simplified();
    if (text.isEmpty())
        return std::nullopt;
    static const QRegularExpression year(QStringLiteral("^(\\d{4})$"));
    static const QRegularExpression isoMonth(QStringLiteral("^(\\d{4})-(\\d{1,2})$"));
    static const QRegularExpression slashMonth(QStringLiteral("^(\\d{1,2})/(\\d{4})$"));
    static const QRegularExpression namedMonth(QStringLiteral("^(\\p{L}+)\\.? (\\d{4})$"));
    const auto inRange = [](int y) { return y >= 1900 && y <= 2100; };
    if (const auto m = year.match(text); m.hasMatch()) {
        const int y = m.captured(1).toInt();
        if (!inRange(y))
            return std::nullopt;
        return DateRange{wibMidnight(QDate(y, 1, 1)), wibMidnight(QDate(y + 1, 1, 1))};
    }
    std::optional<QDate> month;
    if (const auto m = isoMonth.match(text); m.hasMatch())
        month = QDate(m.captured(1).toInt(), m.captured(2).toInt(), 1);
    else if (const auto m2 = slashMonth.match(text); m2.hasMatch())
        month = QDate(m2.captured(2).toInt(), m2.captured(1).toInt(), 1);
    else if (const auto m3 = namedMonth.match(text); m3.hasMatch()) {
        // "Juni 2025": the first of that month, read by the date lexicon.
        if (const auto d = text::DateParser::parse(QStringLiteral("1 ") + text))
            month = d->utc.toTimeZone(QTimeZone(7 * 3600)).date();
    }
    if (month) {
        if (!month->isValid() || !inRange(month->year()))
            return std::nullopt;
        return DateRange{wibMidnight(*month), wibMidnight(month->addMonths(1))};
    }
    const auto parsed = text::DateParser::parse(text);
    if (!parsed)
        return std::nullopt;
    const QDate day = parsed->utc.toTimeZone(QTimeZone(7 * 3600)).date();
    if (!inRange(day.year()))
        return std::nullopt;
    return DateRange{wibMidnight(day), wibMidnight(day.addDays(1))};
}

SearchQuery QueryParser::parse(const QString &input) const
{
    SearchQuery query;
    QString text = input;
    if (text.size() > kMaxLength) {
        text.truncate(kMaxLength);
        query.m_warnings << Tr::tr("The query is too long; only its first %1 characters were used.")
                                .arg(kMaxLength);
    }
    text = sanitize(text);

    int termCount = 0;
    bool tooMany = false;
    bool pendingOr = false;   // an OR waits for its right-hand term
    bool lastWasTerm = false; // the previous item was a positive term (an OR may follow it)
    const auto addTerm = [&](const SearchQuery::Term &term, bool negated) {
        if (termCount >= kMaxTerms) {
            tooMany = true;
            return;
        }
        ++termCount;
        if (negated) {
            query.m_excludes << term;
            pendingOr = false;
            lastWasTerm = false;
            return;
        }
        if (pendingOr && !query.m_groups.isEmpty())
            query.m_groups.last() << term;
        else
            query.m_groups << QList<SearchQuery::Term>{term};
        pendingOr = false;
        lastWasTerm = true;
    };
    const auto addWords = [&](const QString &chunk, bool negated, bool titleOnly) {
        QString c = chunk;
        bool prefix = false;
        while (c.endsWith(u'*')) {
            c.chop(1);
            prefix = true;
        }
        const QStringList pieces = splitChunk(c);
        for (qsizetype i = 0; i < pieces.size(); ++i) {
            SearchQuery::Term term;
            term.text = pieces.at(i);
            term.titleOnly = titleOnly;
            term.prefix = prefix && i + 1 == pieces.size() &&
                          text::compactKey(term.text).size() >= kMinPrefix;
            addTerm(term, negated);
        }
    };
    const auto addPhrase = [&](const QString &phrase, bool negated, bool titleOnly) {
        const QString simplified = phrase.simplified();
        if (!hasWordChar(simplified))
            return;
        SearchQuery::Term term;
        term.text = simplified;
        term.phrase = true;
        term.titleOnly = titleOnly;
        addTerm(term, negated);
    };
    const auto addFilter = [&](Filter filter, const QString &key, const QString &rawValue,
                               bool quoted, bool negated) {
        const QString value = rawValue.simplified();
        if (value.isEmpty()) {
            query.m_warnings
                << Tr::tr("%1: needs something after it, e.g. %1:2024; it was ignored.").arg(key);
            return;
        }
        if (negated && filter != Filter::Title) {
            query.m_warnings
                << Tr::tr("Only words can be excluded with -; -%1: was ignored.").arg(key);
            return;
        }
        const auto addTo = [](QString &target, const QString &v) {
            target = target.isEmpty() ? v : target + QLatin1String(", ") + v;
        };
        switch (filter) {
        case Filter::Person:
            addTo(query.personText, value);
            break;
        case Filter::Institution:
            addTo(query.institutionText, value);
            break;
        case Filter::Source:
            query.sources << value;
            break;
        case Filter::Since:
        case Filter::Until: {
            const auto range = dateRange(value);
            if (!range) {
                query.m_error = Tr::tr("\"%1\" is not a date. Write dates like 2025-06-19, "
                                       "19/6/2025, \"19 Juni 2025\", 2025-06 or 2025.")
                                    .arg(value);
                break;
            }
            if (filter == Filter::Since)
                query.since = range;
            else
                query.until = range;
            break;
        }
        case Filter::Title:
            if (quoted)
                addPhrase(value, negated, true);
            else
                addWords(value, negated, true);
            break;
        case Filter::None:
            break;
        }
        lastWasTerm = lastWasTerm && filter == Filter::Title;
    };

    const qsizetype n = text.size();
    qsizetype i = 0;
    while (i < n) {
        if (text.at(i).isSpace()) {
            ++i;
            continue;
        }
        bool negated = false;
        if (text.at(i) == u'-' || text.at(i) == u'\u2212') {
            if (i + 1 >= n || text.at(i + 1).isSpace()) {
                ++i; // a lone "-"
                continue;
            }
            negated = true;
            ++i;
        }
        if (text.at(i) == u'"') {
            // An unbalanced quote runs to the end of the query.
            qsizetype close = text.indexOf(u'"', i + 1);
            if (close < 0)
                close = n;
            addPhrase(text.mid(i + 1, close - i - 1), negated, false);
            i = close + 1;
            continue;
        }
        const qsizetype start = i;
        while (i < n && !text.at(i).isSpace() && text.at(i) != u'"')
            ++i;
        const QString chunk = text.mid(start, i - start);
        if (const qsizetype colon = chunk.indexOf(u':'); colon > 0) {
            const QString key = chunk.left(colon);
            if (const Filter filter = filterKey(key); filter != Filter::None) {
                QString value = chunk.mid(colon + 1);
                bool quoted = false;
                if (value.isEmpty() && i < n && text.at(i) == u'"') {
                    qsizetype close = text.indexOf(u'"', i + 1);
                    if (close < 0)
                        close = n;
                    value = text.mid(i + 1, close - i - 1);
                    quoted = true;
                    i = close + 1;
                }
                addFilter(filter, key, value, quoted, negated);
                continue;
            }
        }
        if (!negated && (chunk == QLatin1String("OR") || chunk == QLatin1String("ATAU") ||
                         chunk == QLatin1String("|") || chunk == QLatin1String("||"))) {
            pendingOr = lastWasTerm;
            lastWasTerm = false;
            continue;
        }
        // Every word must be there anyway: a typed AND changes nothing.
        if (!negated && (chunk == QLatin1String("AND") || chunk == QLatin1String("DAN") ||
                         chunk == QLatin1String("&&")))
            continue;
        addWords(chunk, negated, false);
    }
    if (tooMany)
        query.m_warnings
            << Tr::tr("Only the first %1 words of the query were used.").arg(kMaxTerms);
    if (query.isValid() && query.since && query.until && query.since->start >= query.until->end)
        query.m_error = Tr::tr("The period is empty: the start date comes after the end date.");
    if (query.isValid() && m_archive)
        resolve(query);
    return query;
}

void QueryParser::resolve(SearchQuery &query) const
{
    sqlite3 *db = m_archive->handle();
    if (!db)
        return;
    if (!query.personText.isEmpty()) {
        const PeopleDirectory people(*m_archive);
        QSet<qint64> ids;
        for (const QString &name : query.personText.split(QLatin1String(", "))) {
            const QList<qint64> found = people.ids(name);
            if (found.isEmpty()) {
                query.m_error =
                    Tr::tr("Nobody called \"%1\" is in the archive. Check the spelling, "
                           "or type part of the name.")
                        .arg(name);
                return;
            }
            for (qint64 id : found)
                ids.insert(id);
        }
        query.personIds = ids.values();
        std::sort(query.personIds.begin(), query.personIds.end());
    }
    if (!query.institutionText.isEmpty()) {
        // Institutions are few (thousands at most): read them all and match here, by compact key
        // (name, acronym or alias: "Polrestro Tangerang", "KemenPAN-RB" = "Kemenpan RB"), else by
        // all typed words found in the name.
        struct Row {
            QStringList keys; // name, acronym, aliases as compact keys
            QStringList words;
        };
        QHash<qint64, Row> rows;
        QMultiHash<qint64, qint64> children;
        {
            SqliteStatement st(db, "SELECT id, name, acronym, parent_id FROM institutions");
            while (st.step() == SQLITE_ROW) {
                Row &r = rows[st.int64(0)];
                r.keys << text::compactKey(st.text(1));
                if (!st.isNull(2))
                    r.keys << text::compactKey(st.text(2));
                r.words =
                    text::fold(st.text(1))
                        .split(QRegularExpression(QStringLiteral("\\W+")), Qt::SkipEmptyParts);
                if (!st.isNull(3))
                    children.insert(st.int64(3), st.int64(0));
            }
        }
        {
            SqliteStatement st(db, "SELECT institution_id, alias FROM institution_aliases");
            while (st.step() == SQLITE_ROW) {
                auto it = rows.find(st.int64(0));
                if (it != rows.end())
                    it->keys << text::compactKey(st.text(1));
            }
        }
        QSet<qint64> found;
        for (const QString &name : query.institutionText.split(QLatin1String(", "))) {
            const QString key = text::compactKey(name);
            const QStringList words = text::fold(name).split(
                QRegularExpression(QStringLiteral("\\W+")), Qt::SkipEmptyParts);
            QList<qint64> matched;
            for (auto it = rows.cbegin(); it != rows.cend(); ++it) {
                if (!key.isEmpty() && it->keys.contains(key))
                    matched << it.key();
            }
            if (matched.isEmpty() && !words.isEmpty()) {
                for (auto it = rows.cbegin(); it != rows.cend(); ++it) {
                    bool all = true;
                    for (const QString &w : words)
                        all = all && it->words.contains(w);
                    if (all)
                        matched << it.key();
                }
            }
            if (matched.isEmpty()) {
                query.m_error = Tr::tr("No institution called \"%1\" is in the archive. Try its "
                                       "acronym or another part of its name.")
                                    .arg(name);
                return;
            }
            // The units under it count too: lembaga:Polri includes every Polda and Polres.
            while (!matched.isEmpty()) {
                const qint64 id = matched.takeLast();
                if (found.contains(id))
                    continue;
                found.insert(id);
                matched << children.values(id);
            }
        }
        query.institutionIds = found.values();
        std::sort(query.institutionIds.begin(), query.institutionIds.end());
    }
}

} // namespace kliping::archive
