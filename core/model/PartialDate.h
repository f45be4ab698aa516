#pragma once
// A date that may be partial ("2025", "2025-07", "2025-07-15"), as facts in reports often are.
// As an interval start it means the first day it covers, as an end the last day.

#include <QDate>
#include <QString>
#include <optional>

namespace kizuna {

class PartialDate {
public:
    enum class Precision { Year = 1, Month = 2, Day = 3 };

    // Parses ISO "YYYY", "YYYY-MM" or "YYYY-MM-DD"; std::nullopt if malformed or impossible.
    static std::optional<PartialDate> parse(const QString& text);
    // True for an empty string (no date) or a valid partial date.
    static bool isValidOrEmpty(const QString& text);

    QString toString() const;
    Precision precision() const { return m_precision; }
    QDate firstDay() const;
    QDate lastDay() const;

private:
    int m_year = 0, m_month = 1, m_day = 1;
    Precision m_precision = Precision::Year;
};

} // namespace kizuna
