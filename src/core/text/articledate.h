// Formats an article's publication time for people: in the zone the page printed (WIB, WITA,
// WIT or an offset), with the day and month names of the UI language, e.g.
// "Selasa, 10 Maret 2026 14.20 WIB". The archive keeps the instant in UTC and the zone as text.
#pragma once

#include <QDateTime>
#include <QLocale>
#include <QString>
#include <QTimeZone>

namespace kliping::text {

class ArticleDate {
public:
    // The zone for a printed name; WIB (UTC+7) when the name is empty or unknown, because
    // Indonesian pages without a zone are in WIB (the date parser assumes the same).
    static QTimeZone zoneFor(const QString &zoneName);

    // Long form for the reader: weekday, day, month, year, time and zone name.
    static QString longText(const QDateTime &utc, const QString &zoneName,
                            const QLocale &locale = QLocale());
    // Compact form for the article list: "10 Mar 2026 14.20" in WIB.
    static QString shortText(const QDateTime &utc, const QLocale &locale = QLocale());
    // The day alone, "10 Mar 2026" (WIB), for tables of quotes and positions.
    static QString dayText(const QDateTime &utc, const QLocale &locale = QLocale());
};

} // namespace kliping::text
