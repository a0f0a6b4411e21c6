#include "archive.h"

#include "schema.h"
#include "sqlitestatement.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTimeZone>
#include <QStandardPaths>

#include <sqlite3.h>

namespace kliping::archive {

namespace {

QString tr(const char *text)
{
    // The context lupdate derives for tr() here (the enclosing class or namespace), so that
    // the messages it extracts are found at run time.
    return QCoreApplication::translate("kliping::archive::Archive", text);
}

QString toIso(const QDateTime &dt)
{
    return dt.isValid() ? dt.toUTC().toString(Qt::ISODate) : QString();
}

QDateTime fromIso(const QString &text)
{
    if (text.isEmpty())
        return {};
    QDateTime dt = QDateTime::fromString(text, Qt::ISODate);
    dt.setTimeZone(QTimeZone::utc());
    return dt;
}

const char *orderColumn(SortColumn column)
{
    switch (column) {
    case SortColumn::Title:
        return "a.title COLLATE NOCASE";
    case SortColumn::Source:
        return "s.name COLLATE NOCASE";
    case SortColumn::ImportedAt:
        return "a.imported_at";
    case SortColumn::Published:
        break;
    }
    return "a.published_utc";
}

// Builds "(a.title LIKE ?1 OR s.name LIKE ?1) AND ..." for each word of the filter.
QString filterClause(const QStringList &words, int firstIndex)
{
    QStringList parts;
    for (int i = 0; i < words.size(); ++i) {
        const int n = firstIndex + i;
        parts << QStringLiteral("(a.title LIKE ?%1 ESCAPE '\\' OR s.name LIKE ?%1 ESCAPE '\\')")
                     .arg(n);
    }
    return parts.join(QLatin1String(" AND "));
}

QStringList filterWords(const QString &filter)
{
    QStringList words;
    for (const QString &w : filter.simplified().split(u' ', Qt::SkipEmptyParts)) {
        QString escaped = w;
        escaped.replace(u'\\', QLatin1String("\\\\"))
            .replace(u'%', QLatin1String("\\%"))
            .replace(u'_', QLatin1String("\\_"));
        words << u'%' + escaped + u'%';
    }
    return words;
}

} // namespace

Archive::Archive() = default;

Archive::~Archive()
{
    close();
}

QString Archive::defaultPath()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    return QDir(dir).filePath(QStringLiteral("kliping.sqlite"));
}

int Archive::latestSchemaVersion()
{
    return migrations().last().version;
}

bool Archive::fail(const QString &message)
{
    m_error = message;
    return false;
}

bool Archive::exec(const char *sql)
{
    char *err = nullptr;
    if (sqlite3_exec(m_db, sql, nullptr, nullptr, &err) != SQLITE_OK) {
        m_error = QString::fromUtf8(err ? err : sqlite3_errmsg(m_db));
        sqlite3_free(err);
        return false;
    }
    return true;
}

int Archive::schemaVersion() const
{
    if (!m_db)
        return 0;
    SqliteStatement st(m_db, "PRAGMA user_version");
    return st.step() == SQLITE_ROW ? int(st.int64(0)) : 0;
}

bool Archive::open(const QString &path)
{
    close();
    m_error.clear();
    m_path = path;
    const QFileInfo info(path);
    const bool exists = info.exists() && info.size() > 0;
    if (info.isDir())
        return fail(tr("%1 is a folder, not an archive file.").arg(path));
    if (exists) {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return fail(tr("The archive %1 cannot be read: %2").arg(path, file.errorString()));
        if (!file.read(16).startsWith("SQLite format 3"))
            return fail(tr("%1 is not a Kliping archive (it is not an SQLite database). "
                           "Choose another file or a new name.")
                            .arg(path));
    } else if (!QDir().mkpath(info.absolutePath())) {
        return fail(tr("The folder for the archive cannot be created: %1").arg(info.absolutePath()));
    }

    const QByteArray file = QFile::encodeName(path);
    const int flags = SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX;
    if (sqlite3_open_v2(file.constData(), &m_db, flags, nullptr) != SQLITE_OK) {
        const QString why = QString::fromUtf8(sqlite3_errmsg(m_db));
        close();
        return fail(tr("The archive %1 cannot be opened: %2").arg(path, why));
    }
    sqlite3_busy_timeout(m_db, 5000);
    sqlite3_extended_result_codes(m_db, 1);

    // Look before touching anything: a newer or foreign file must stay exactly as it is.
    int version = 0;
    int applicationId = 0;
    {
        SqliteStatement v(m_db, "PRAGMA user_version");
        if (v.step() != SQLITE_ROW) {
            const QString why = QString::fromUtf8(sqlite3_errmsg(m_db));
            close();
            return fail(tr("%1 is not a readable Kliping archive: %2").arg(path, why));
        }
        version = int(v.int64(0));
        SqliteStatement a(m_db, "PRAGMA application_id");
        if (a.step() == SQLITE_ROW)
            applicationId = int(a.int64(0));
    }
    if (exists && applicationId != kApplicationId) {
        SqliteStatement t(m_db, "SELECT count(*) FROM sqlite_master");
        const bool hasTables = t.step() == SQLITE_ROW && t.int64(0) > 0;
        if (hasTables || version != 0) {
            close();
            return fail(tr("%1 is an SQLite database of another program, not a Kliping archive.")
                            .arg(path));
        }
    }
    if (version > latestSchemaVersion()) {
        close();
        return fail(tr("The archive %1 was written by a newer version of Kliping (archive "
                       "version %2; this program knows up to %3). Update Kliping to open it; "
                       "the file has not been changed.")
                        .arg(path)
                        .arg(version)
                        .arg(latestSchemaVersion()));
    }

    if (!exec("PRAGMA foreign_keys = ON") || !exec("PRAGMA journal_mode = WAL") ||
        !exec("PRAGMA synchronous = NORMAL")) {
        const QString why = m_error;
        close();
        return fail(tr("The archive %1 cannot be prepared: %2").arg(path, why));
    }
    if (version < latestSchemaVersion()) {
        if (version > 0 && !backupBeforeMigration(version)) {
            const QString why = m_error;
            close();
            return fail(why);
        }
        if (!migrate(version)) {
            const QString why = m_error;
            close();
            return fail(tr("The archive %1 could not be upgraded: %2").arg(path, why));
        }
    }
    return true;
}

void Archive::close()
{
    if (m_db) {
        sqlite3_close_v2(m_db);
        m_db = nullptr;
    }
}

bool Archive::backupBeforeMigration(int fromVersion)
{
    const QString target = QStringLiteral("%1.v%2-%3.bak")
                               .arg(m_path)
                               .arg(fromVersion)
                               .arg(QDateTime::currentDateTimeUtc().toString(
                                   QStringLiteral("yyyyMMddTHHmmss")));
    sqlite3 *copy = nullptr;
    const QByteArray name = QFile::encodeName(target);
    bool ok = sqlite3_open(name.constData(), &copy) == SQLITE_OK;
    if (ok) {
        sqlite3_backup *backup = sqlite3_backup_init(copy, "main", m_db, "main");
        ok = backup && sqlite3_backup_step(backup, -1) == SQLITE_DONE;
        if (backup)
            sqlite3_backup_finish(backup);
    }
    if (!ok)
        m_error = tr("Before upgrading, a backup copy %1 could not be written: %2")
                      .arg(target, QString::fromUtf8(sqlite3_errmsg(copy ? copy : m_db)));
    sqlite3_close(copy);
    if (!ok)
        QFile::remove(target);
    return ok;
}

bool Archive::migrate(int from)
{
    for (const Migration &m : migrations()) {
        if (m.version <= from)
            continue;
        if (!exec("BEGIN IMMEDIATE"))
            return false;
        const QByteArray pragmas = QStringLiteral("PRAGMA application_id = %1; PRAGMA user_version = %2;")
                                       .arg(kApplicationId)
                                       .arg(m.version)
                                       .toLatin1();
        if (!exec(m.sql) || !exec(pragmas.constData())) {
            const QString why = m_error;
            exec("ROLLBACK");
            m_error = tr("migration %1 failed: %2").arg(m.version).arg(why);
            return false;
        }
        if (!exec("COMMIT")) {
            const QString why = m_error;
            exec("ROLLBACK");
            m_error = why;
            return false;
        }
    }
    return true;
}

QString Archive::contentHash(const ingest::Article &article)
{
    const QString folded =
        (article.title.simplified() + u'\n' + article.body.simplified()).toCaseFolded();
    return QString::fromLatin1(
        QCryptographicHash::hash(folded.toUtf8(), QCryptographicHash::Sha256).toHex());
}

qint64 Archive::sourceId(const QString &name)
{
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty())
        return 0;
    SqliteStatement find(m_db, "SELECT id FROM sources WHERE name = ?1");
    find.bind(1, trimmed);
    if (find.step() == SQLITE_ROW)
        return find.int64(0);
    SqliteStatement insert(m_db, "INSERT INTO sources(name) VALUES (?1)");
    insert.bind(1, trimmed);
    if (insert.step() != SQLITE_DONE)
        return -1;
    return sqlite3_last_insert_rowid(m_db);
}

std::optional<QList<ImportOutcome>> Archive::importArticles(const QList<ingest::Article> &articles)
{
    if (!m_db) {
        fail(tr("No archive is open."));
        return std::nullopt;
    }
    if (!exec("BEGIN IMMEDIATE"))
        return std::nullopt;
    const auto rollback = [this](const QString &why) {
        m_error = why;
        exec("ROLLBACK");
        m_error = why;
        return std::nullopt;
    };

    QList<ImportOutcome> outcomes;
    SqliteStatement byHash(m_db, "SELECT id FROM articles WHERE content_hash = ?1");
    SqliteStatement byUrl(m_db, "SELECT id FROM articles WHERE url = ?1");
    SqliteStatement insert(
        m_db, "INSERT INTO articles(source_id, title, byline, editor, published_utc, "
              "published_zone, url, captions, body, partial, content_hash, origin, imported_at) "
              "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13)");
    SqliteStatement original(
        m_db, "INSERT INTO originals(article_id, media_type, bytes) VALUES (?1, ?2, ?3)");
    if (!insert.isValid() || !original.isValid())
        return rollback(QString::fromUtf8(sqlite3_errmsg(m_db)));
    const QString now = toIso(QDateTime::currentDateTimeUtc());

    for (const ingest::Article &a : articles) {
        const QString hash = contentHash(a);
        byHash.reset();
        byHash.bind(1, hash);
        qint64 existing = byHash.step() == SQLITE_ROW ? byHash.int64(0) : 0;
        if (!existing && !a.url.isEmpty()) {
            byUrl.reset();
            byUrl.bind(1, a.url);
            existing = byUrl.step() == SQLITE_ROW ? byUrl.int64(0) : 0;
        }
        if (existing) {
            outcomes << ImportOutcome{ImportStatus::Duplicate, existing};
            continue;
        }
        const qint64 source = sourceId(a.source);
        if (source < 0)
            return rollback(QString::fromUtf8(sqlite3_errmsg(m_db)));
        insert.reset();
        if (source > 0)
            insert.bind(1, source);
        insert.bind(2, a.title);
        insert.bind(3, a.byline.isEmpty() ? QString() : a.byline);
        insert.bind(4, a.editor.isEmpty() ? QString() : a.editor);
        insert.bind(5, toIso(a.published));
        insert.bind(6, a.publishedZone.isEmpty() ? QString() : a.publishedZone);
        insert.bind(7, a.url.isEmpty() ? QString() : a.url);
        insert.bind(8, QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(a.captions))
                                             .toJson(QJsonDocument::Compact)));
        insert.bind(9, a.body);
        insert.bind(10, a.partial ? 1 : 0);
        insert.bind(11, hash);
        insert.bind(12, a.origin.isEmpty() ? QString() : a.origin);
        insert.bind(13, now);
        if (insert.step() != SQLITE_DONE)
            return rollback(QString::fromUtf8(sqlite3_errmsg(m_db)));
        const qint64 id = sqlite3_last_insert_rowid(m_db);
        original.reset();
        original.bind(1, id);
        original.bind(2, a.mediaType.isEmpty() ? QStringLiteral("text/plain") : a.mediaType);
        original.bindBlob(3, a.originalBytes.isNull() ? QByteArray("") : a.originalBytes);
        if (original.step() != SQLITE_DONE)
            return rollback(QString::fromUtf8(sqlite3_errmsg(m_db)));
        outcomes << ImportOutcome{ImportStatus::Imported, id};
    }
    if (!exec("COMMIT"))
        return rollback(m_error);
    return outcomes;
}

qint64 Archive::articleCount(const QString &filter) const
{
    if (!m_db)
        return 0;
    const QStringList words = filterWords(filter);
    QString sql = QStringLiteral(
        "SELECT count(*) FROM articles a LEFT JOIN sources s ON s.id = a.source_id");
    if (!words.isEmpty())
        sql += QStringLiteral(" WHERE ") + filterClause(words, 1);
    const QByteArray utf8 = sql.toUtf8();
    SqliteStatement st(m_db, utf8.constData());
    for (int i = 0; i < words.size(); ++i)
        st.bind(i + 1, words.at(i));
    return st.step() == SQLITE_ROW ? st.int64(0) : 0;
}

QList<ArticleSummary> Archive::listArticles(int offset, int limit, SortColumn sort,
                                            Qt::SortOrder order, const QString &filter) const
{
    QList<ArticleSummary> rows;
    if (!m_db)
        return rows;
    const QStringList words = filterWords(filter);
    const char *dir = order == Qt::AscendingOrder ? "ASC" : "DESC";
    QString sql = QStringLiteral("SELECT a.id, a.title, s.name, a.published_utc, a.imported_at "
                                 "FROM articles a LEFT JOIN sources s ON s.id = a.source_id");
    if (!words.isEmpty())
        sql += QStringLiteral(" WHERE ") + filterClause(words, 3);
    // Unknown values sort last either way; the id keeps pages stable between equal keys.
    sql += QStringLiteral(" ORDER BY %1 IS NULL, %1 %2, a.id %2 LIMIT ?1 OFFSET ?2")
               .arg(QLatin1String(orderColumn(sort)), QLatin1String(dir));
    const QByteArray utf8 = sql.toUtf8();
    SqliteStatement st(m_db, utf8.constData());
    st.bind(1, limit);
    st.bind(2, offset);
    for (int i = 0; i < words.size(); ++i)
        st.bind(i + 3, words.at(i));
    while (st.step() == SQLITE_ROW) {
        ArticleSummary row;
        row.id = st.int64(0);
        row.title = st.text(1);
        row.source = st.text(2);
        row.published = fromIso(st.text(3));
        row.importedAt = fromIso(st.text(4));
        rows << row;
    }
    return rows;
}

std::optional<StoredArticle> Archive::article(qint64 id) const
{
    if (!m_db)
        return std::nullopt;
    SqliteStatement st(m_db,
                       "SELECT a.title, a.byline, a.editor, s.name, a.url, a.published_utc, "
                       "a.published_zone, a.captions, a.body, a.partial, a.content_hash, "
                       "a.origin, a.imported_at, o.media_type, o.bytes "
                       "FROM articles a LEFT JOIN sources s ON s.id = a.source_id "
                       "LEFT JOIN originals o ON o.article_id = a.id WHERE a.id = ?1");
    st.bind(1, id);
    if (st.step() != SQLITE_ROW)
        return std::nullopt;
    StoredArticle stored;
    stored.id = id;
    ingest::Article &a = stored.article;
    a.title = st.text(0);
    a.byline = st.text(1);
    a.editor = st.text(2);
    a.source = st.text(3);
    a.url = st.text(4);
    a.published = fromIso(st.text(5));
    a.publishedZone = st.text(6);
    for (const QJsonValue &v : QJsonDocument::fromJson(st.text(7).toUtf8()).array())
        a.captions << v.toString();
    a.body = st.text(8);
    a.partial = st.int64(9) != 0;
    stored.contentHash = st.text(10);
    a.origin = st.text(11);
    stored.importedAt = fromIso(st.text(12));
    a.mediaType = st.text(13);
    a.originalBytes = st.blob(14);
    return stored;
}

ArchiveStats Archive::stats() const
{
    ArchiveStats s;
    if (!m_db)
        return s;
    SqliteStatement st(m_db, "SELECT (SELECT count(*) FROM articles), (SELECT count(*) FROM "
                             "sources), (SELECT coalesce(sum(length(bytes)), 0) FROM originals), "
                             "(SELECT min(published_utc) FROM articles), "
                             "(SELECT max(published_utc) FROM articles)");
    if (st.step() == SQLITE_ROW) {
        s.articles = st.int64(0);
        s.sources = st.int64(1);
        s.originalBytes = st.int64(2);
        s.earliest = fromIso(st.text(3));
        s.latest = fromIso(st.text(4));
    }
    s.schemaVersion = schemaVersion();
    return s;
}

} // namespace kliping::archive
