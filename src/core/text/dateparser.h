// Reads the dates Indonesian news pages print ("Sabtu, 28 November 2026 - 10:15 WIB",
// "Senin (27/11/2023)", "28/11/2026", "Diperbarui 17 Jun 2025, 17:00 WIB", ISO 8601, English
// month names) into a UTC instant, keeping the zone as printed. WIB/WITA/WIT are UTC+7/+8/+9;
// a date without a zone is taken as WIB, the zone of most Indonesian outlets. Numeric dates are
// always day first (never guessed as M/D/Y). Month, weekday, zone and label names are data:
// resources/lexicon/dates.tsv.
#pragma once

#include <QDateTime>
#include <QString>
#include <QStringView>

#include <optional>

namespace kliping::text {

struct ParsedDate {
    QDateTime utc; // the instant, in UTC
    QString zone;  // "WIB", "WITA", "WIT", "UTC", "+07:00" ... or empty when none printed
    bool hasTime = false;
    // The printed weekday is not the weekday of the date ("Senin (19/10/2025)", a Sunday). A
    // few percent of real news dates have such a typo in the weekday, the day or the year; the
    // date is kept as printed and the caller decides (e.g. against the publication date).
    bool weekdayMismatch = false;
    qsizetype start = 0;  // where the date (with its weekday, without a label) is in the text,
    qsizetype length = 0; // in UTF-16 code units
};

class DateParser {
public:
    // The whole text (trimmed) is one date, possibly with a short label ("Diperbarui",
    // "Kompas.com -") in front. Returns nothing when it is not a date. A date without a time
    // is midnight WIB, with hasTime false.
    static std::optional<ParsedDate> parse(QStringView text);

    // The first date found anywhere in the text, e.g. in a dateline paragraph.
    static std::optional<ParsedDate> find(QStringView text);
};

} // namespace kliping::text
