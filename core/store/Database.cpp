#include "store/Database.h"

#include <cerrno>
#include <cstring>

#include "store/SqlError.h"

#include <QUrl>
#include <sqlite3.h>

namespace kizuna {

Database::Database(const QString& path, Mode mode) {
    int flags = SQLITE_OPEN_URI | SQLITE_OPEN_NOMUTEX;
    switch (mode) {
    case Mode::ReadOnly:
        flags |= SQLITE_OPEN_READONLY;
        break;
    case Mode::ReadWrite:
        flags |= SQLITE_OPEN_READWRITE;
        break;
    case Mode::Create:
        flags |= SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE;
        break;
    }
    // A URI so that names with '?' or '#' are taken literally and read-only means read-only.
    QByteArray uri = "file:" + QUrl::toPercentEncoding(path, "/");
    if (mode == Mode::ReadOnly)
        uri += "?mode=ro";
    const int rc = sqlite3_open_v2(uri.constData(), &m_db, flags, nullptr);
    if (rc != SQLITE_OK) {
        const std::string message = m_db ? sqlite3_errmsg(m_db) : sqlite3_errstr(rc);
        sqlite3_close(m_db);
        m_db = nullptr;
        throw SqlError(message, rc);
    }
    sqlite3_extended_result_codes(m_db, 1);
    harden();
}

std::string sqliteMessage(sqlite3* db, const std::string& message, int code) {
    const int primary = code & 0xff;
    if (!db || (primary != SQLITE_IOERR && primary != SQLITE_FULL && primary != SQLITE_CANTOPEN))
        return message;
    std::string text = message;
    if (const int error = sqlite3_system_errno(db); error != 0)
        text += std::string(" (") + std::strerror(error) + ")";
    if (primary == SQLITE_FULL || sqlite3_system_errno(db) == ENOSPC ||
        sqlite3_system_errno(db) == EFBIG)
        text += "; free some disk space and try again: what was committed is intact";
    return text;
}

void Database::harden() {
    sqlite3_db_config(m_db, SQLITE_DBCONFIG_DEFENSIVE, 1, nullptr);
    sqlite3_db_config(m_db, SQLITE_DBCONFIG_TRUSTED_SCHEMA, 0, nullptr);
}

std::unique_ptr<Database> Database::inMemory() {
    std::unique_ptr<Database> db(new Database);
    const int rc =
        sqlite3_open_v2(":memory:", &db->m_db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr);
    if (rc != SQLITE_OK)
        throw SqlError(sqlite3_errstr(rc), rc);
    sqlite3_extended_result_codes(db->m_db, 1);
    db->harden();
    return db;
}

std::unique_ptr<Database> Database::inMemoryCopyOf(Database& source) {
    std::unique_ptr<Database> copy(new Database);
    int rc = sqlite3_open_v2(":memory:", &copy->m_db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE,
                             nullptr);
    if (rc != SQLITE_OK)
        throw SqlError(sqlite3_errstr(rc), rc);
    sqlite3_backup* backup = sqlite3_backup_init(copy->m_db, "main", source.m_db, "main");
    if (!backup)
        throw SqlError(sqlite3_errmsg(copy->m_db), sqlite3_errcode(copy->m_db));
    sqlite3_backup_step(backup, -1);
    rc = sqlite3_backup_finish(backup);
    if (rc != SQLITE_OK)
        throw SqlError(sqlite3_errmsg(copy->m_db), rc);
    sqlite3_extended_result_codes(copy->m_db, 1);
    copy->harden();
    return copy;
}

Database::~Database() {
    sqlite3_close_v2(m_db);
}

void Database::exec(const char* sql) {
    char* message = nullptr;
    const int rc = sqlite3_exec(m_db, sql, nullptr, nullptr, &message);
    if (rc != SQLITE_OK) {
        std::string text = message ? message : sqlite3_errstr(rc);
        sqlite3_free(message);
        throw SqlError(sqliteMessage(m_db, text, rc), rc);
    }
}

qint64 Database::queryInt(const char* sql) {
    sqlite3_stmt* stmt = nullptr;
    int rc = sqlite3_prepare_v2(m_db, sql, -1, &stmt, nullptr);
    if (rc != SQLITE_OK)
        throw SqlError(sqlite3_errmsg(m_db), rc);
    rc = sqlite3_step(stmt);
    const qint64 value = rc == SQLITE_ROW ? sqlite3_column_int64(stmt, 0) : 0;
    sqlite3_finalize(stmt);
    if (rc != SQLITE_ROW && rc != SQLITE_DONE)
        throw SqlError(sqliteMessage(m_db, sqlite3_errmsg(m_db), rc), rc);
    return value;
}

QString Database::queryText(const char* sql) {
    sqlite3_stmt* stmt = nullptr;
    int rc = sqlite3_prepare_v2(m_db, sql, -1, &stmt, nullptr);
    if (rc != SQLITE_OK)
        throw SqlError(sqlite3_errmsg(m_db), rc);
    rc = sqlite3_step(stmt);
    QString value;
    if (rc == SQLITE_ROW)
        value = QString::fromUtf8(reinterpret_cast<const char*>(sqlite3_column_text(stmt, 0)));
    sqlite3_finalize(stmt);
    if (rc != SQLITE_ROW && rc != SQLITE_DONE)
        throw SqlError(sqliteMessage(m_db, sqlite3_errmsg(m_db), rc), rc);
    return value;
}

qint64 Database::changes() const {
    return sqlite3_changes64(m_db);
}

qint64 Database::lastInsertId() const {
    return sqlite3_last_insert_rowid(m_db);
}

QString Database::lastError() const {
    return QString::fromUtf8(sqlite3_errmsg(m_db));
}

QString sqliteVersion() {
    return QString::fromLatin1(sqlite3_libversion());
}

} // namespace kizuna
