// How values are written in the archive's columns, in one place for every reader and writer:
// instants as ISO 8601 UTC text, and the keys that names and titles are compared by.
#pragma once

#include <QDateTime>
#include <QString>
#include <QStringList>

namespace kliping::archive {

// "2026-11-28T03:15:00Z"; empty for an invalid instant (stored as NULL by the caller).
QString toIso(const QDateTime &instant);
// The instant of a stored text, in UTC; invalid for empty or unreadable text.
QDateTime fromIso(const QString &text);
// People and institutions: spacing and case folded ("Polres  Metro" = "polres metro").
QString nameKey(const QString &name);
// Position titles: spacing folded and lower case as SQLite's lower(), so that SQL compares alike.
QString titleKey(const QString &title);
// A list as a compact JSON array: how captions and titles are stored, and how a list is handed
// to SQL's json_each().
QString jsonText(const QStringList &values);

} // namespace kliping::archive
