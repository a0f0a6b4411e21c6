// Finds people of the archive by what a user types: a name, an alias, part of one ("Sachrudin",
// "Zain"), or a misspelling or old spelling ("Sacrudin", "Soeharto"). Used by the query filter
// oleh:/by:, the official picker's autocomplete and kliping-cli people.
#pragma once

#include "archive.h"

#include <QDateTime>
#include <QList>
#include <QStringList>

#include <optional>
#include <QString>

namespace kliping::archive {

struct PersonMatch {
    qint64 id = 0;
    QString name;        // canonical name
    QString matchedText; // the name or alias that matched
    double score = 0;    // 1 exact, lower for prefixes, parts and spelling variants
    int quotes = 0;      // how many quotes the archive attributes to them
};

// A title someone held, as the archive saw it: from the first to the last article naming them so.
struct PositionSpan {
    QString title;
    QString institution;
    QDateTime firstSeen; // invalid when no article with the title had a date
    QDateTime lastSeen;
    int articles = 0;
    qint64 personId = 0;
    QString personName;
};

struct PersonProfile {
    qint64 id = 0;
    QString name;
    QStringList aliases;
    QStringList titles;              // ranks and honorifics seen with the name
    QList<PositionSpan> positions;   // oldest first
    int articles = 0;
    int quotes = 0;
};

class PeopleDirectory {
public:
    explicit PeopleDirectory(const Archive &archive) : m_archive(archive) {}

    // Best matches first; at most limit.
    QList<PersonMatch> find(const QString &text, int limit = 20) const;
    // Only the ids, for filters: every person the text may mean.
    QList<qint64> ids(const QString &text) const;

    std::optional<PersonProfile> profile(qint64 personId) const;
    // Who held a title ("Kapolres Metro Tangerang Kota") and when, oldest first.
    QList<PositionSpan> holders(const QString &title) const;
    // Everyone, with counts, most quoted first (for lists); merged people are left out.
    QList<PersonMatch> all(int limit = 1000) const;

private:
    const Archive &m_archive;
};

} // namespace kliping::archive
