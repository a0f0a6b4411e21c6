// A prepared SQLite statement that finalizes itself, with Qt-typed binding and reading.
#pragma once

#include <QByteArray>
#include <QString>

#include <sqlite3.h>

namespace kliping::archive {

class SqliteStatement {
public:
    SqliteStatement(sqlite3 *db, const char *sql)
    {
        m_rc = sqlite3_prepare_v2(db, sql, -1, &m_stmt, nullptr);
    }
    ~SqliteStatement() { sqlite3_finalize(m_stmt); }
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
    sqlite3_stmt *m_stmt = nullptr;
    int m_rc = SQLITE_OK;
};

} // namespace kliping::archive
