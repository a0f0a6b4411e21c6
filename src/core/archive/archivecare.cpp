#include "archivecare.h"

#include "sqlitestatement.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QFileInfo>

namespace kliping::archive {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(ArchiveCare)
};

QStringList column(sqlite3 *db, const char *sql)
{
    QStringList rows;
    SqliteStatement st(db, sql);
    while (st.step() == SQLITE_ROW) {
        QStringList fields;
        for (int i = 0; i < sqlite3_column_count(st.get()); ++i)
            fields << st.text(i);
        rows << fields.join(u' ');
    }
    return rows;
}

qint64 count(sqlite3 *db, const char *sql)
{
    SqliteStatement st(db, sql);
    return st.step() == SQLITE_ROW ? st.int64(0) : -1;
}

bool copyDatabase(sqlite3 *from, const QString &to, QString *error)
{
    sqlite3 *target = nullptr;
    bool ok = sqlite3_open(QFile::encodeName(to).constData(), &target) == SQLITE_OK;
    if (ok) {
        sqlite3_backup *b = sqlite3_backup_init(target, "main", from, "main");
        ok = b != nullptr;
        while (ok) {
            const int rc = sqlite3_backup_step(b, 256);
            if (rc == SQLITE_DONE)
                break;
            if (rc == SQLITE_BUSY || rc == SQLITE_LOCKED) {
                sqlite3_sleep(50); // a writer is busy: the backup restarts where needed
                continue;
            }
            ok = rc == SQLITE_OK;
        }
        if (b)
            sqlite3_backup_finish(b);
        if (ok) // one file, not a WAL pair: the copy must travel alone
            ok = sqlite3_exec(target, "PRAGMA journal_mode = DELETE", nullptr, nullptr, nullptr) ==
                 SQLITE_OK;
    }
    if (!ok && error)
        *error = QString::fromUtf8(sqlite3_errmsg(target ? target : from));
    sqlite3_close(target);
    return ok;
}

} // namespace

CheckReport ArchiveCare::check() const
{
    CheckReport r;
    sqlite3 *db = m_archive.handle();
    const QStringList integrity = column(db, "PRAGMA integrity_check");
    if (integrity != QStringList{QStringLiteral("ok")})
        r.problems << Tr::tr("SQLite reports damage: %1").arg(integrity.mid(0, 5).join(QStringLiteral("; ")));
    const QStringList keys = column(db, "PRAGMA foreign_key_check");
    if (!keys.isEmpty())
        r.problems << Tr::tr("%n row(s) point to rows that do not exist (first: %1).", nullptr,
                             int(keys.size()))
                          .arg(keys.first());
    for (const char *table : {"articles_fts", "quotes_fts"}) {
        const QByteArray sql = QByteArray("INSERT INTO ") + table + "(" + table +
                               ") VALUES ('integrity-check')";
        char *message = nullptr;
        if (sqlite3_exec(db, sql.constData(), nullptr, nullptr, &message) != SQLITE_OK)
            r.problems << Tr::tr("The full-text index %1 does not match the archive (%2); "
                                 "repair rebuilds it.")
                              .arg(QLatin1String(table), QString::fromUtf8(message ? message : ""));
        sqlite3_free(message);
    }
    if (const qint64 n = count(db, "SELECT count(*) FROM articles a WHERE NOT EXISTS (SELECT 1 "
                                   "FROM originals o WHERE o.article_id = a.id)"))
        r.problems << Tr::tr("%n article(s) lack their original bytes.", nullptr, int(n));
    if (const qint64 n = count(db, "SELECT count(*) FROM people p WHERE p.merged_into IS NULL AND "
                                   "NOT EXISTS (SELECT 1 FROM article_people ap WHERE ap.person_id "
                                   "= p.id) AND NOT EXISTS (SELECT 1 FROM quotes q WHERE "
                                   "q.speaker_id = p.id) AND NOT EXISTS (SELECT 1 FROM people m "
                                   "WHERE m.merged_into = p.id)"))
        r.notes << Tr::tr("%n person(s) are named by no article any more; repair removes them.",
                          nullptr, int(n));
    if (const qint64 n = count(db, "SELECT count(*) FROM people p WHERE quote_count != "
                                   "(SELECT count(*) FROM quotes q WHERE q.speaker_id = p.id)"))
        r.problems << Tr::tr("%n person(s) have a wrong count of quotes (the people picker sorts "
                             "by it); repair counts again.",
                             nullptr, int(n));
    if (const qint64 n = count(db, "SELECT count(*) FROM articles a WHERE NOT EXISTS (SELECT 1 "
                                   "FROM analyses n WHERE n.article_id = a.id)"))
        r.notes << Tr::tr("%n article(s) have not been analysed; kliping-cli reanalyze does it.",
                          nullptr, int(n));
    return r;
}

bool ArchiveCare::repair()
{
    sqlite3 *db = m_archive.handle();
    char *message = nullptr;
    const int rc = sqlite3_exec(
        db,
        "BEGIN IMMEDIATE;"
        "INSERT INTO articles_fts(articles_fts) VALUES ('rebuild');"
        "INSERT INTO quotes_fts(quotes_fts) VALUES ('rebuild');"
        "DELETE FROM people WHERE merged_into IS NULL AND id NOT IN (SELECT person_id FROM "
        "article_people) AND id NOT IN (SELECT speaker_id FROM quotes WHERE speaker_id IS NOT NULL) "
        "AND id NOT IN (SELECT merged_into FROM people WHERE merged_into IS NOT NULL) AND id NOT IN "
        "(SELECT person_id FROM positions);"
        "UPDATE people SET quote_count = (SELECT count(*) FROM quotes WHERE speaker_id = "
        "people.id);"
        "DELETE FROM institutions WHERE id NOT IN (SELECT institution_id FROM article_institutions) "
        "AND id NOT IN (SELECT institution_id FROM positions WHERE institution_id IS NOT NULL) AND "
        "id NOT IN (SELECT parent_id FROM institutions WHERE parent_id IS NOT NULL);"
        "COMMIT;",
        nullptr, nullptr, &message);
    if (rc != SQLITE_OK) {
        m_error = Tr::tr("The repair failed and changed nothing: %1")
                      .arg(QString::fromUtf8(message ? message : sqlite3_errmsg(db)));
        sqlite3_free(message);
        sqlite3_exec(db, "ROLLBACK", nullptr, nullptr, nullptr);
        return false;
    }
    return true;
}

bool ArchiveCare::backup(const QString &target)
{
    const QString part = target + QStringLiteral(".part");
    QFile::remove(part);
    QString why;
    if (!copyDatabase(m_archive.handle(), part, &why)) {
        QFile::remove(part);
        m_error = Tr::tr("The backup %1 could not be written: %2").arg(target, why);
        return false;
    }
    QFile::remove(target);
    if (!QFile::rename(part, target)) {
        QFile::remove(part);
        m_error = Tr::tr("The backup could not be put in place at %1.").arg(target);
        return false;
    }
    return true;
}

bool ArchiveCare::restore(const QString &backupPath, const QString &archivePath, QString *error)
{
    const auto fail = [error](const QString &message) {
        if (error)
            *error = message;
        return false;
    };
    if (!QFileInfo::exists(backupPath))
        return fail(Tr::tr("The backup %1 does not exist.").arg(backupPath));
    // Open a copy of the backup first: that checks it is a Kliping archive this program can read,
    // and upgrades it if it is older, without touching the backup itself.
    const QString staged = archivePath + QStringLiteral(".restoring");
    QFile::remove(staged);
    if (!QFile::copy(backupPath, staged))
        return fail(Tr::tr("The backup %1 cannot be read.").arg(backupPath));
    {
        Archive candidate;
        if (!candidate.open(staged)) {
            const QString why = candidate.errorString();
            QFile::remove(staged);
            return fail(Tr::tr("%1 cannot be restored: %2").arg(backupPath, why));
        }
        const QStringList integrity = column(candidate.handle(), "PRAGMA integrity_check");
        if (integrity != QStringList{QStringLiteral("ok")}) {
            candidate.close();
            QFile::remove(staged);
            return fail(Tr::tr("The backup %1 is damaged; the archive was left as it was.").arg(backupPath));
        }
        sqlite3_exec(candidate.handle(), "PRAGMA wal_checkpoint(TRUNCATE)", nullptr, nullptr, nullptr);
    }
    QFile::remove(staged + QStringLiteral("-wal"));
    QFile::remove(staged + QStringLiteral("-shm"));
    if (QFileInfo::exists(archivePath)) {
        {
            // Fold the write-ahead log into the file, so that the copy set aside is whole.
            Archive current;
            if (current.open(archivePath))
                sqlite3_exec(current.handle(), "PRAGMA wal_checkpoint(TRUNCATE)", nullptr, nullptr,
                             nullptr);
        }
        const QString kept = QStringLiteral("%1.before-restore-%2.bak")
                                 .arg(archivePath, QDateTime::currentDateTimeUtc().toString(
                                                       QStringLiteral("yyyyMMddTHHmmss")));
        if (!QFile::rename(archivePath, kept)) {
            QFile::remove(staged);
            return fail(Tr::tr("The archive %1 could not be set aside before the restore.").arg(archivePath));
        }
        QFile::remove(archivePath + QStringLiteral("-wal"));
        QFile::remove(archivePath + QStringLiteral("-shm"));
    }
    if (!QFile::rename(staged, archivePath))
        return fail(Tr::tr("The restored archive could not be put in place at %1.").arg(archivePath));
    return true;
}

} // namespace kliping::archive
