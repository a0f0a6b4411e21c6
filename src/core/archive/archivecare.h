// Looking after the archive: a check of everything that must hold (SQLite integrity, foreign
// keys, the full-text indexes, orphans, articles waiting for analysis), a repair of what can be
// rebuilt, and backup and restore through SQLite's online backup API (consistent while the
// archive is in use).
#pragma once

#include "archive.h"

#include <QString>
#include <QStringList>

namespace kliping::archive {

struct CheckReport {
    QStringList problems; // what is wrong, for the user; empty when all is well
    QStringList notes;    // what is worth knowing but not wrong (e.g. articles to re-analyse)
    bool ok() const { return problems.isEmpty(); }
};

class ArchiveCare {
public:
    explicit ArchiveCare(Archive &archive) : m_archive(archive) {}

    CheckReport check() const;
    // Rebuilds the full-text indexes and removes orphaned people and institutions. (Articles
    // without analysis are re-analysed by ArticleImporter::reanalyse.)
    bool repair();

    // Copies the open archive to target (a consistent snapshot, even during an import). The
    // copy is written beside the target and renamed into place: a failure leaves no half file.
    bool backup(const QString &target);
    // Replaces the archive at archivePath by the backup, after checking that the backup is a
    // whole Kliping archive this program can open. The archive being replaced is kept as
    // <archivePath>.before-restore-<time>.bak. The archive must not be open elsewhere.
    static bool restore(const QString &backupPath, const QString &archivePath, QString *error);

    QString errorString() const { return m_error; }

private:
    Archive &m_archive;
    QString m_error;
};

} // namespace kliping::archive
