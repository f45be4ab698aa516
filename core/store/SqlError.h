#pragma once
// Thrown by the store's SQL helpers; MapStore turns it into a Status at its public boundary.

#include <stdexcept>
#include <string>

namespace kizuna {

class SqlError : public std::runtime_error {
public:
    SqlError(const std::string& message, int code) : std::runtime_error(message), m_code(code) {}
    int code() const { return m_code; }

private:
    int m_code;
};

} // namespace kizuna
