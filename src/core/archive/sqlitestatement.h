// A prepared SQLite statement that finalizes itself, with Qt-typed binding and reading; and a
// cache of prepared statements for the write path, where preparing the same SQL for every
// article cost as much as running it.
#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>

#include <sqlite3.h>

namespace kliping::archive {

// Prepared statements kept for reuse, per SQL text. Statements are lent to SqliteStatement and
// come back reset (so no lent statement keeps a read snapshot open once its scope ends).
class StatementCache {
public:
    explicit StatementCache(sqlite3 *db = nullptr) : m_db(db) {}
    ~StatementCache() { clear(); }
    StatementCache(const StatementCache &) = delete;
    StatementCache &operator=(const StatementCache &) = delete;

    void setDatabase(sqlite3 *db)
    {
        clear();
        m_db = db;
    }
    sqlite3 *database() const { return m_db; }
    void clear()
    {
        for (const QList<sqlite3_stmt *> &list : std::as_const(m_free))
            for (sqlite3_stmt *st : list)
                sqlite3_finalize(st);
        m_free.clear();
    }
    sqlite3_stmt *take(const QByteArray &sql, int *rc)
    {
        QList<sqlite3_stmt *> &list = m_free[sql];
        if (!list.isEmpty()) {
            *rc = SQLITE_OK;
            return list.takeLast();
        }
        sqlite3_stmt *st = nullptr;
        *rc = sqlite3_prepare_v3(m_db, sql.constData(), int(sql.size()), SQLITE_PREPARE_PERSISTENT,
                                 &st, nullptr);
        return st;
    }
    void give(const QByteArray &sql, sqlite3_stmt *st)
    {
        sqlite3_reset(st);
        sqlite3_clear_bindings(st);
        m_free[sql].append(st);
    }

private:
    sqlite3 *m_db;
    QHash<QByteArray, QList<sqlite3_stmt *>> m_free;
};

class SqliteStatement {
public:
    SqliteStatement(sqlite3 *db, const char *sql)
    {
        m_rc = sqlite3_prepare_v2(db, sql, -1, &m_stmt, nullptr);
    }
    // Borrows a prepared statement from the cache; it goes back when this object is destroyed.
    SqliteStatement(StatementCache &cache, const char *sql)
        : m_cache(&cache)
        , m_sql(sql)
    {
        m_stmt = cache.take(m_sql, &m_rc);
    }
    ~SqliteStatement()
    {
        if (m_cache && m_stmt)
            m_cache->give(m_sql, m_stmt);
        else
            sqlite3_finalize(m_stmt);
    }
    SqliteStatement(const SqliteStatement &) = delete;
    SqliteStatement &operator=(const SqliteStatement &) = delete;

    bool isValid() const { return m_stmt != nullptr && m_rc == SQLITE_OK; }

    void bind(int index, const QString &value)
    {
        if (value.isNull()) {
            sqlite3_bind_null(m_stmt, index);
            return;
        }
        const QByteArray utf8 = value.toUtf8();
        sqlite3_bind_text(m_stmt, index, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT);
    }
    void bind(int index, const char *value) { bind(index, QString::fromUtf8(value)); }
    void bind(int index, qint64 value) { sqlite3_bind_int64(m_stmt, index, value); }
    void bind(int index, int value) { sqlite3_bind_int64(m_stmt, index, value); }
    void bindBlob(int index, const QByteArray &value)
    {
        sqlite3_bind_blob64(m_stmt, index, value.constData(), sqlite3_uint64(value.size()),
                            SQLITE_TRANSIENT);
    }
    void bindNull(int index) { sqlite3_bind_null(m_stmt, index); }

    // Returns SQLITE_ROW, SQLITE_DONE or an error code.
    int step() { return m_rc = sqlite3_step(m_stmt); }
    void reset()
    {
        sqlite3_reset(m_stmt);
        sqlite3_clear_bindings(m_stmt);
    }

    QString text(int column) const
    {
        const auto *p = reinterpret_cast<const char *>(sqlite3_column_text(m_stmt, column));
        return p ? QString::fromUtf8(p, sqlite3_column_bytes(m_stmt, column)) : QString();
    }
    qint64 int64(int column) const { return sqlite3_column_int64(m_stmt, column); }
    QByteArray blob(int column) const
    {
        const void *p = sqlite3_column_blob(m_stmt, column);
        return p ? QByteArray(static_cast<const char *>(p), sqlite3_column_bytes(m_stmt, column))
                 : QByteArray();
    }
    bool isNull(int column) const { return sqlite3_column_type(m_stmt, column) == SQLITE_NULL; }

    sqlite3_stmt *get() const { return m_stmt; }

private:
    StatementCache *m_cache = nullptr;
    QByteArray m_sql;
    sqlite3_stmt *m_stmt = nullptr;
    int m_rc = SQLITE_OK;
};

} // namespace kliping::archive
