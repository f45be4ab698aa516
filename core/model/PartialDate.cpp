#include "model/PartialDate.h"

#include <QRegularExpression>

namespace kizuna {

std::optional<PartialDate> PartialDate::parse(const QString& text) {
    if (text.isEmpty()) // most elements have no dates: no regular expression for them
        return std::nullopt;
    static const QRegularExpression pattern(
        QStringLiteral("^(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?$"));
    const auto match = pattern.match(text.trimmed());
    if (!match.hasMatch())
        return std::nullopt;
    PartialDate date;
    date.m_year = match.captured(1).toInt();
    if (match.hasCaptured(2)) {
        date.m_month = match.captured(2).toInt();
        if (date.m_month < 1 || date.m_month > 12)
            return std::nullopt;
        date.m_precision = Precision::Month;
    }
    if (match.hasCaptured(3)) {
        date.m_day = match.captured(3).toInt();
        if (!QDate::isValid(date.m_year, date.m_month, date.m_day))
            return std::nullopt;
        date.m_precision = Precision::Day;
    }
    return date;
}

bool PartialDate::isValidOrEmpty(const QString& text) {
    return text.isEmpty() || parse(text).has_value();
}

QString PartialDate::toString() const {
    switch (m_precision) {
    case Precision::Year:
        return QStringLiteral("%1").arg(m_year, 4, 10, QLatin1Char('0'));
    case Precision::Month:
        return QStringLiteral("%1-%2")
            .arg(m_year, 4, 10, QLatin1Char('0'))
            .arg(m_month, 2, 10, QLatin1Char('0'));
    case Precision::Day:
        break;
    }
    return QDate(m_year, m_month, m_day).toString(Qt::ISODate);
}

QDate PartialDate::firstDay() const {
    return QDate(m_year, m_month, m_day);
}

QDate PartialDate::lastDay() const {
    switch (m_precision) {
    case Precision::Year:
        return QDate(m_year, 12, 31);
    case Precision::Month: {
        const QDate first(m_year, m_month, 1);
        return QDate(m_year, m_month, first.daysInMonth());
    }
    case Precision::Day:
        break;
    }
    return QDate(m_year, m_month, m_day);
}

} // namespace kizuna
