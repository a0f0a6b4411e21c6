// The institutions of the archive: found by name, acronym or alias, with their place in the
// hierarchy (Polsek -> Polres -> Polda -> Polri) and the people who held positions there.
#pragma once

#include "archive.h"
#include "peopledirectory.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace kliping::archive {

struct InstitutionSummary {
    qint64 id = 0;
    QString name;
    QString acronym;
    QString kind;
    QString parent; // name of the unit one level up, or empty
    int articles = 0;
};

struct InstitutionProfile {
    InstitutionSummary institution;
    QStringList aliases;
    QList<InstitutionSummary> children;
    QList<PositionSpan> officials; // who held which title there, and when
};

class InstitutionDirectory {
public:
    explicit InstitutionDirectory(const Archive &archive) : m_archive(archive) {}

    // Institutions whose name, acronym or an alias contains every word typed (all when empty),
    // the most written about first.
    QList<InstitutionSummary> find(const QString &text, int limit = 100) const;
    std::optional<InstitutionProfile> profile(qint64 id) const;

private:
    const Archive &m_archive;
};

} // namespace kliping::archive
