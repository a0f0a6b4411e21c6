// Finds people of the archive by what a user types: a name, an alias, part of one ("Sachrudin",
// "Zain"), or a misspelling or old spelling ("Sacrudin", "Soeharto"). Used by the query filter
// oleh:/by:, the official picker's autocomplete and kliping-cli people.
#pragma once

#include "archive.h"

#include <QList>
#include <QString>

namespace kliping::archive {

struct PersonMatch {
    qint64 id = 0;
    QString name;        // canonical name
    QString matchedText; // the name or alias that matched
    double score = 0;    // 1 exact, lower for prefixes, parts and spelling variants
    int quotes = 0;      // how many quotes the archive attributes to them
};

class PeopleDirectory {
public:
    explicit PeopleDirectory(const Archive &archive) : m_archive(archive) {}

    // Best matches first; at most limit.
    QList<PersonMatch> find(const QString &text, int limit = 20) const;
    // Only the ids, for filters: every person the text may mean.
    QList<qint64> ids(const QString &text) const;

private:
    const Archive &m_archive;
};

} // namespace kliping::archive
