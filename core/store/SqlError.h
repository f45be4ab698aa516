#pragma once
// Thrown by the store's SQL helpers; MapStore turns it into a Status at its public boundary.

#include <stdexcept>
#include <string>

struct sqlite3;

namespace kizuna {

class SqlError : public std::runtime_error {
public:
    SqlError(const std::string& message, int code) : std::runtime_error(message), m_code(code) {}
    int code() const { return m_code; }

private:
    int m_code;
};

// SQLite's message, with the system's reason where the disk is at fault ("disk I/O error (No
// space left on device)"), so a full disk is not mistaken for a damaged map.
std::string sqliteMessage(sqlite3* db, const std::string& message, int code);

} // namespace kizuna
