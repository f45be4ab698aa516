#pragma once
// RAII owner of one SQLite connection.

#include <QString>
#include <memory>

struct sqlite3;

namespace kizuna {

class Database {
public:
    enum class Mode { ReadOnly, ReadWrite, Create };

    // Throws SqlError when SQLite cannot open the file.
    Database(const QString& path, Mode mode);
    ~Database();
    // A private in-memory database holding a copy of `source` (SQLite's backup API).
    static std::unique_ptr<Database> inMemoryCopyOf(Database& source);
    // An empty private in-memory database.
    static std::unique_ptr<Database> inMemory();
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    sqlite3* handle() const { return m_db; }
    // Runs constant SQL (DDL, pragmas); never pass user text here.
    void exec(const char* sql);
    // The first column of the first row of a constant query, as an integer.
    qint64 queryInt(const char* sql);
    QString queryText(const char* sql);
    qint64 lastInsertId() const;
    qint64 changes() const; // rows changed by the last INSERT, UPDATE or DELETE
    QString lastError() const;

private:
    Database() = default;
    // A map may come from anyone: no SQL functions with side effects in its schema, no
    // writable schema, no shadow-table writes (SQLite's guidance for untrusted files).
    void harden();
    sqlite3* m_db = nullptr;
};

// The SQLite library's version ("3.40.1"), for About and bug reports.
QString sqliteVersion();

} // namespace kizuna
