// Reads the dates Indonesian news pages print ("Sabtu, 28 November 2026 - 10:15 WIB",
// "Senin (27/11/2023)", "28/11/2026", "Diperbarui 17 Jun 2025, 17:00 WIB", ISO 8601, English
// month names) into a UTC instant, keeping the zone as printed. WIB/WITA/WIT are UTC+7/+8/+9;
// a date without a zone is taken as WIB, the zone of most Indonesian outlets.
#pragma once

#include <QDateTime>
#include <QString>
#include <QStringView>

#include <optional>

namespace kliping::text {

struct ParsedDate {
    QDateTime utc;      // the instant, in UTC
    QString zone;       // "WIB", "WITA", "WIT", "UTC", "+07:00" ... or empty when none printed
    bool hasTime = false;
    qsizetype start = 0; // where the date was found in the text (code units)
    qsizetype length = 0;
};

class DateParser {
public:
    // The whole text (trimmed) is one date, possibly with a short label ("Diperbarui",
    // "Kompas.com -") in front. Returns nothing when it is not a date.
    static std::optional<ParsedDate> parse(QStringView text);

    // The first date found anywhere in the text, e.g. in a dateline paragraph.
    static std::optional<ParsedDate> find(QStringView text);
};

} // namespace kliping::text
