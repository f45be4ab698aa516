#pragma once
// A prepared statement with `?` binds; throws SqlError on failure.

#include <QByteArray>
#include <QString>
#include <optional>

struct sqlite3_stmt;

namespace kizuna {

class Database;

// The bytes a text value is stored as: UTF-8, a lone surrogate as U+FFFD.
QByteArray storableUtf8(const QString& value);

class Statement {
public:
    Statement(Database& db, const char* sql);
    ~Statement();
    Statement(const Statement&) = delete;
    Statement& operator=(const Statement&) = delete;

    // Binds are 1-based, as in SQLite. Empty strings bind as NULL only via bindOptional.
    Statement& bind(int index, const QString& value);
    Statement& bind(int index, qint64 value);
    Statement& bind(int index, double value);
    Statement& bindNull(int index);
    // UTF-8 bytes that stay where they are until the statement is reset (no copy is made).
    Statement& bindUtf8(int index, const char* data, int size);
    Statement& bindOptional(int index, const QString& value); // empty -> NULL
    Statement& bindOptional(int index, const std::optional<double>& value);
    // The value in `column` of `row`'s current row, of whatever type it is (a copy is made).
    Statement& bindColumn(int index, const Statement& row, int column);

    bool step(); // true while there is a row
    void run();  // steps to completion and resets
    void reset();

    int columnCount() const;
    QString text(int column) const;
    qint64 int64(int column) const;
    double real(int column) const;
    bool isNull(int column) const;
    std::optional<double> optionalReal(int column) const;

private:
    Database& m_db;
    sqlite3_stmt* m_stmt = nullptr;
};

} // namespace kizuna
