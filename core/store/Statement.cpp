#include "store/Statement.h"

#include "store/Database.h"
#include "store/SqlError.h"

#include <sqlite3.h>

namespace kizuna {

Statement::Statement(Database& db, const char* sql) : m_db(db) {
    const int rc =
        sqlite3_prepare_v3(db.handle(), sql, -1, SQLITE_PREPARE_PERSISTENT, &m_stmt, nullptr);
    if (rc != SQLITE_OK)
        throw SqlError(sqlite3_errmsg(db.handle()), rc);
}

Statement::~Statement() {
    sqlite3_finalize(m_stmt);
}

static void check(Database& db, int rc) {
    if (rc != SQLITE_OK)
        throw SqlError(sqlite3_errmsg(db.handle()), rc);
}

// UTF-8 cannot hold a lone surrogate (Qt would write "?"): store U+FFFD, the visible "not a
// character" mark the exports use too.
QByteArray storableUtf8(const QString& value) {
    bool lone = false;
    for (qsizetype i = 0; i < value.size() && !lone; ++i) {
        const QChar c = value.at(i);
        if (c.isHighSurrogate() && i + 1 < value.size() && value.at(i + 1).isLowSurrogate())
            ++i;
        else if (c.isSurrogate())
            lone = true;
    }
    if (!lone)
        return value.toUtf8();
    QString fixed = value;
    for (qsizetype i = 0; i < fixed.size(); ++i) {
        if (fixed.at(i).isHighSurrogate() && i + 1 < fixed.size() &&
            fixed.at(i + 1).isLowSurrogate())
            ++i;
        else if (fixed.at(i).isSurrogate())
            fixed[i] = QChar(0xFFFD);
    }
    return fixed.toUtf8();
}

Statement& Statement::bind(int index, const QString& value) {
    const QByteArray utf8 = storableUtf8(value);
    check(m_db,
          sqlite3_bind_text(m_stmt, index, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT));
    return *this;
}

Statement& Statement::bind(int index, qint64 value) {
    check(m_db, sqlite3_bind_int64(m_stmt, index, value));
    return *this;
}

Statement& Statement::bind(int index, double value) {
    check(m_db, sqlite3_bind_double(m_stmt, index, value));
    return *this;
}

Statement& Statement::bindUtf8(int index, const char* data, int size) {
    check(m_db, sqlite3_bind_text(m_stmt, index, data, size, SQLITE_STATIC));
    return *this;
}

Statement& Statement::bindNull(int index) {
    check(m_db, sqlite3_bind_null(m_stmt, index));
    return *this;
}

Statement& Statement::bindOptional(int index, const QString& value) {
    return value.isEmpty() ? bindNull(index) : bind(index, value);
}

Statement& Statement::bindOptional(int index, const std::optional<double>& value) {
    return value ? bind(index, *value) : bindNull(index);
}

Statement& Statement::bindColumn(int index, const Statement& row, int column) {
    check(m_db, sqlite3_bind_value(m_stmt, index, sqlite3_column_value(row.m_stmt, column)));
    return *this;
}

int Statement::columnCount() const {
    return sqlite3_column_count(m_stmt);
}

bool Statement::step() {
    const int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW)
        return true;
    if (rc == SQLITE_DONE)
        return false;
    const std::string message = sqliteMessage(m_db.handle(), sqlite3_errmsg(m_db.handle()), rc);
    sqlite3_reset(m_stmt);
    throw SqlError(message, rc);
}

void Statement::run() {
    while (step()) {
    }
    reset();
}

void Statement::reset() {
    sqlite3_reset(m_stmt);
    sqlite3_clear_bindings(m_stmt);
}

QString Statement::text(int column) const {
    const auto* data = reinterpret_cast<const char*>(sqlite3_column_text(m_stmt, column));
    return data ? QString::fromUtf8(data, sqlite3_column_bytes(m_stmt, column)) : QString();
}

qint64 Statement::int64(int column) const {
    return sqlite3_column_int64(m_stmt, column);
}

double Statement::real(int column) const {
    return sqlite3_column_double(m_stmt, column);
}

bool Statement::isNull(int column) const {
    return sqlite3_column_type(m_stmt, column) == SQLITE_NULL;
}

std::optional<double> Statement::optionalReal(int column) const {
    if (isNull(column))
        return std::nullopt;
    return real(column);
}

} // namespace kizuna
