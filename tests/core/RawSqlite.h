#pragma once
// A bare SQLite connection for tests that must look at (or tamper with) a map file behind
// Kizuna's back: pragmas, locks, triggers, hand-written fixtures.

#include <QString>
#include <catch2/catch.hpp>
#include <sqlite3.h>

namespace kizuna::test {

class RawSqlite {
public:
    explicit RawSqlite(const QString& path,
                       int flags = SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE) {
        const int rc = sqlite3_open_v2(path.toUtf8().constData(), &m_db, flags, nullptr);
        INFO("sqlite3_open_v2: " << sqlite3_errstr(rc));
        REQUIRE(rc == SQLITE_OK);
    }
    ~RawSqlite() { sqlite3_close(m_db); }
    RawSqlite(const RawSqlite&) = delete;
    RawSqlite& operator=(const RawSqlite&) = delete;

    // Runs SQL; returns SQLite's result code (the message is in lastError()).
    int tryExec(const QByteArray& sql) {
        char* message = nullptr;
        const int rc = sqlite3_exec(m_db, sql.constData(), nullptr, nullptr, &message);
        m_lastError = message ? QString::fromUtf8(message) : QString();
        sqlite3_free(message);
        return rc;
    }
    void exec(const QByteArray& sql) {
        const int rc = tryExec(sql);
        INFO(sql.toStdString() << ": " << m_lastError.toStdString());
        REQUIRE(rc == SQLITE_OK);
    }
    QString queryText(const QByteArray& sql) {
        sqlite3_stmt* stmt = nullptr;
        const int rc = sqlite3_prepare_v2(m_db, sql.constData(), -1, &stmt, nullptr);
        INFO(sql.toStdString() << ": " << sqlite3_errmsg(m_db));
        REQUIRE(rc == SQLITE_OK);
        QString value;
        if (sqlite3_step(stmt) == SQLITE_ROW && sqlite3_column_text(stmt, 0))
            value = QString::fromUtf8(reinterpret_cast<const char*>(sqlite3_column_text(stmt, 0)));
        sqlite3_finalize(stmt);
        return value;
    }
    qint64 queryInt(const QByteArray& sql) { return queryText(sql).toLongLong(); }
    const QString& lastError() const { return m_lastError; }

private:
    sqlite3* m_db = nullptr;
    QString m_lastError;
};

} // namespace kizuna::test
