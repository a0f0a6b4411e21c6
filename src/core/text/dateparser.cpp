#include "dateparser.h"

#include "tsvfile.h"

#include <QHash>
#include <QRegularExpression>
#include <QStringList>

#include <algorithm>
#include <cstdlib>

namespace kliping::text {

namespace {

const QString kLexiconPath = QStringLiteral(":/lexicon/dates.tsv");
constexpr int kMinYear = 1900;
constexpr int kMaxYear = 2100;
// A date printed without a zone is read as WIB, the zone of most Indonesian outlets.
constexpr int kDefaultOffsetSeconds = 7 * 3600;
constexpr int kMaxOffsetSeconds = 14 * 3600; // the widest offset in use (Kiribati)

struct Zone {
    QString name; // as the lexicon spells it, e.g. "WITA"
    int offsetSeconds = 0;
};

// "+07:00", "+0700", "-7" -> seconds; nothing when malformed or out of range.
std::optional<int> parseOffset(QStringView text)
{
    static const QRegularExpression pattern(QStringLiteral("^([+-])(\\d{1,2})(?::?(\\d{2}))?$"));
    const QRegularExpressionMatch m = pattern.match(text.trimmed());
    if (!m.hasMatch())
        return std::nullopt;
    const int minutes = m.captured(3).isEmpty() ? 0 : m.captured(3).toInt();
    const int seconds = m.captured(2).toInt() * 3600 + minutes * 60;
    if (minutes > 59 || seconds > kMaxOffsetSeconds)
        return std::nullopt;
    return m.captured(1) == QLatin1String("-") ? -seconds : seconds;
}

QString formatOffset(int seconds)
{
    const int abs = std::abs(seconds);
    return QStringLiteral("%1%2:%3")
        .arg(QChar(seconds < 0 ? u'-' : u'+'))
        .arg(abs / 3600, 2, 10, QLatin1Char('0'))
        .arg(abs % 3600 / 60, 2, 10, QLatin1Char('0'));
}

// How names are compared: case-folded, with the typographic apostrophe of "Jum’at" made plain
// and an abbreviation's dot dropped.
QString nameKey(QStringView name)
{
    QString key = name.trimmed().toString().toCaseFolded();
    key.replace(u'\u2019', u'\'');
    while (key.endsWith(u'.'))
        key.chop(1);
    return key;
}

// Longest first, so that "WITA" is tried before "WIT" and "Juni" before "Jun".
QString alternation(QStringList names)
{
    names.removeDuplicates();
    std::sort(names.begin(), names.end(),
              [](const QString &a, const QString &b) { return a.size() > b.size(); });
    QStringList escaped;
    for (const QString &name : std::as_const(names))
        escaped << QRegularExpression::escape(name);
    // An empty list (a lexicon that failed to load) must match nothing, not the empty string.
    return escaped.isEmpty() ? QStringLiteral("(?!)") : escaped.join(u'|');
}

// The month, weekday, zone and label names of resources/lexicon/dates.tsv and the patterns
// built from them. Loaded once, then read-only (shared between threads).
class DateLexicon {
public:
    static const DateLexicon &instance()
    {
        static const DateLexicon lexicon;
        return lexicon;
    }

    int month(QStringView name) const { return m_months.value(nameKey(name)); }
    int weekday(QStringView name) const { return m_days.value(nameKey(name)); }
    std::optional<Zone> zone(QStringView name) const
    {
        const auto it = m_zones.constFind(nameKey(name));
        return it == m_zones.cend() ? std::nullopt : std::optional<Zone>(*it);
    }

    QRegularExpression m_anywhere; // one date anywhere in a text
    QRegularExpression m_whole;    // labels, then one date, and nothing else

private:
    DateLexicon();

    QHash<QString, int> m_months; // nameKey -> 1..12
    QHash<QString, int> m_days;   // nameKey -> ISO weekday 1..7
    QHash<QString, Zone> m_zones; // nameKey -> zone
};

DateLexicon::DateLexicon()
{
    QStringList months, days, zones, labels;
    QString error;
    const QList<TsvRecord> records = readTsvFile(kLexiconPath, &error);
    if (!error.isEmpty())
        qWarning("DateParser: %s", qPrintable(error));
    for (const TsvRecord &r : records) {
        const QString kind = r.field(0), name = r.field(1), value = r.field(2);
        bool isNumber = false;
        const int number = value.toInt(&isNumber);
        if (kind == QLatin1String("month") && isNumber && number >= 1 && number <= 12) {
            m_months.insert(nameKey(name), number);
            months << name;
        } else if (kind == QLatin1String("day") && isNumber && number >= 1 && number <= 7) {
            m_days.insert(nameKey(name), number);
            days << name;
        } else if (kind == QLatin1String("zone") && parseOffset(value)) {
            m_zones.insert(nameKey(name), Zone{name, *parseOffset(value)});
            zones << name;
        } else if (kind == QLatin1String("label") && !name.isEmpty()) {
            labels << name;
        } else {
            qWarning("DateParser: %s, line %d: not understood", qPrintable(kLexiconPath), r.line);
        }
    }
    // Both apostrophes are accepted wherever the lexicon spells one of them.
    for (QStringList *list : {&months, &days}) {
        for (const QString &name : QStringList(*list)) {
            if (name.contains(u'\''))
                *list << QString(name).replace(u'\'', u'\u2019');
        }
    }
    const QString monthAlt = alternation(months);
    const QString dayAlt = alternation(days);
    const QString zoneAlt = alternation(zones);
    const QString labelAlt = alternation(labels);

    // A date starts where no word or number goes on ("Rp1.28/11/2026" is not a date).
    const QString start = QStringLiteral("(?<![\\p{L}\\p{N}])(?<!\\p{N}[./:,-])");
    // ... and its year ends the number ("28/11/20261", "28/11/2026/5" are not dates).
    const QString yearEnd = QStringLiteral("(?!\\p{N})(?![./]\\p{N})");
    const QString month = QStringLiteral("(?:%1)(?!\\p{L})\\.?").arg(monthAlt);

    // "Sabtu, " / "Senin (" ... ")" in front; the weekday is compared with the date.
    const QString weekday =
        QStringLiteral(
            "(?:(?<![\\p{L}\\p{N}])(?<day>%1)(?!\\p{L})\\.?\\s*(?:(?<open>\\()|,)?\\s*)?")
            .arg(dayAlt);
    // 2025-06-19, 2025-06-19T09:12, 2025-06-19T09:12:00.5+07:00, 2025-06-19T02:12:00Z
    const QString isoDate = QStringLiteral(
        "(?<iy>\\d{4})-(?<im>\\d{2})-(?<id>\\d{2})(?!\\p{N})"
        "(?:T(?<ih>[01]\\d|2[0-3]):(?<imin>[0-5]\\d)(?::(?<is>[0-5]\\d)(?:[.,]\\d+)?)?"
        "(?<iz>Z|[+-]\\d{2}(?::?\\d{2})?)?(?![\\p{L}\\p{N}]))?");
    // 28/11/2026, 28-11-2026, 28.11.2026: always day first, the Indonesian order.
    const QString numeric =
        QStringLiteral("(?<nd>\\d{1,2})(?<sep>[/.-])(?<nm>\\d{1,2})\\k<sep>(?<ny>\\d{4})");
    // 28 November 2026, 17 Jun 2025, 19-Jun-2025
    const QString dayMonth =
        QStringLiteral("(?<dd>\\d{1,2})(?:\\s+|-)(?<dmon>%1)(?:\\s*,\\s*|\\s+|-)(?<dy>\\d{4})")
            .arg(month);
    // June 19, 2025 (English order)
    const QString monthDay =
        QStringLiteral(
            "(?<mmon>%1)\\s+(?<md>\\d{1,2})(?:st|nd|rd|th)?(?:\\s*,\\s*|\\s+)(?<my>\\d{4})")
            .arg(month);
    // ", 10:15 WIB", " - 14:20:00 WIB", " | 08.18 WIB" (a dot between hours and minutes is the
    // Indonesian way), " pukul 10.15", " 8:18 PM +07:00". Hours and minutes are checked here
    // so that "2025, 45.50 persen" is read as a date without a time rather than rejected.
    const QString time =
        QStringLiteral("(?:\\s*[,|\\-\u2013\u2014]?\\s*(?:(?:pukul|jam|at)\\s+|@\\s*)?"
                       "(?<h>[01]?\\d|2[0-3])[:.](?<min>[0-5]\\d)(?:[:.](?<s>[0-5]\\d))?"
                       "(?!\\p{N})(?![.:]\\p{N})"
                       "(?:\\s*(?<ampm>[ap]\\.?m\\.?)(?!\\p{L}))?"
                       "(?:\\s*(?:(?:(?:UTC|GMT)\\s*)?(?<off>[+-]\\d{1,2}(?::?\\d{2})?)(?!\\p{N})"
                       "|(?<zone>%1)(?!\\p{L})))?)")
            .arg(zoneAlt);
    // The time comes once, after any of the forms but an ISO date that already had its own.
    const QString date =
        QStringLiteral("%1%2(?:%3|%4|%5|%6)%7(?(<ih>)|(?:%8)?)(?(<open>)\\s*\\))")
            .arg(weekday, start, isoDate, numeric, dayMonth, monthDay, yearEnd, time);
    const QString label =
        QStringLiteral("(?:(?:%1)(?:\\s*[-:|,\u2013\u2014]\\s*|\\s+))*").arg(labelAlt);

    const auto options =
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption;
    m_anywhere.setPatternOptions(options);
    m_anywhere.setPattern(date);
    m_whole.setPatternOptions(options);
    m_whole.setPattern(QStringLiteral("^\\s*%1(?<date>%2)\\s*$").arg(label, date));
    for (const QRegularExpression *re : {&m_anywhere, &m_whole}) {
        if (!re->isValid())
            qWarning("DateParser: bad pattern: %s", qPrintable(re->errorString()));
        re->optimize();
    }
}

// Checks what the pattern matched (the calendar, the weekday, the year range) and turns it
// into the instant. group is the capture holding the whole date (empty: the whole match).
std::optional<ParsedDate> toDate(const QRegularExpressionMatch &m, QStringView group)
{
    const DateLexicon &lexicon = DateLexicon::instance();
    int year = 0, month = 0, day = 0;
    if (m.hasCaptured(u"iy")) {
        year = m.captured(u"iy").toInt();
        month = m.captured(u"im").toInt();
        day = m.captured(u"id").toInt();
    } else if (m.hasCaptured(u"ny")) {
        year = m.captured(u"ny").toInt();
        month = m.captured(u"nm").toInt();
        day = m.captured(u"nd").toInt();
    } else if (m.hasCaptured(u"dy")) {
        year = m.captured(u"dy").toInt();
        month = lexicon.month(m.capturedView(u"dmon"));
        day = m.captured(u"dd").toInt();
    } else if (m.hasCaptured(u"my")) {
        year = m.captured(u"my").toInt();
        month = lexicon.month(m.capturedView(u"mmon"));
        day = m.captured(u"md").toInt();
    }
    if (year < kMinYear || year > kMaxYear)
        return std::nullopt;
    const QDate date(year, month, day);
    if (!date.isValid()) // 31/02/2025, and month 19 of "6/19/2025" (never read as M/D/Y)
        return std::nullopt;

    ParsedDate result;
    // "Senin, 28/11/2023": the page contradicts itself; which half is wrong cannot be told here.
    result.weekdayMismatch =
        m.hasCaptured(u"day") && lexicon.weekday(m.capturedView(u"day")) != date.dayOfWeek();
    QTime time(0, 0);
    int offset = kDefaultOffsetSeconds;
    if (m.hasCaptured(u"ih")) {
        time = QTime(m.captured(u"ih").toInt(), m.captured(u"imin").toInt(),
                     m.captured(u"is").toInt());
        result.hasTime = true;
        const QString iz = m.captured(u"iz");
        if (iz.compare(QLatin1String("Z"), Qt::CaseInsensitive) == 0) {
            offset = 0;
            result.zone = QStringLiteral("UTC");
        } else if (!iz.isEmpty()) {
            const auto parsed = parseOffset(iz);
            if (!parsed)
                return std::nullopt;
            offset = *parsed;
            result.zone = formatOffset(offset);
        }
    } else if (m.hasCaptured(u"h")) {
        int hour = m.captured(u"h").toInt();
        const QString ampm = m.captured(u"ampm").toLower();
        if (!ampm.isEmpty()) {
            if (hour < 1 || hour > 12)
                return std::nullopt;
            hour = hour % 12 + (ampm.startsWith(u'p') ? 12 : 0);
        }
        time = QTime(hour, m.captured(u"min").toInt(), m.captured(u"s").toInt());
        result.hasTime = true;
        if (m.hasCaptured(u"zone")) {
            const auto zone = lexicon.zone(m.capturedView(u"zone"));
            if (!zone)
                return std::nullopt;
            offset = zone->offsetSeconds;
            result.zone = zone->name;
        } else if (m.hasCaptured(u"off")) {
            const auto parsed = parseOffset(m.capturedView(u"off"));
            if (!parsed)
                return std::nullopt;
            offset = *parsed;
            result.zone = formatOffset(offset);
        }
    }
    if (!time.isValid())
        return std::nullopt;
    result.utc = QDateTime(date, time, Qt::OffsetFromUTC, offset).toUTC();
    result.start = group.isEmpty() ? m.capturedStart() : m.capturedStart(group);
    result.length = group.isEmpty() ? m.capturedLength() : m.capturedLength(group);
    return result;
}

} // namespace

std::optional<ParsedDate> DateParser::parse(QStringView text)
{
    const QRegularExpressionMatch m = DateLexicon::instance().m_whole.match(text);
    if (!m.hasMatch())
        return std::nullopt;
    return toDate(m, u"date");
}

std::optional<ParsedDate> DateParser::find(QStringView text)
{
    const QRegularExpression &pattern = DateLexicon::instance().m_anywhere;
    qsizetype offset = 0;
    while (offset < text.size()) {
        const QRegularExpressionMatch m = pattern.match(text, offset);
        if (!m.hasMatch())
            return std::nullopt;
        if (auto date = toDate(m, {}))
            return date;
        // A rejected date (31/02/2025) is skipped as a whole.
        offset = std::max(m.capturedEnd(), m.capturedStart() + 1);
    }
    return std::nullopt;
}

} // namespace kliping::text
