#include "model/PartialDate.h"

#include <catch2/catch.hpp>

using kizuna::PartialDate;

TEST_CASE("Partial dates parse as intervals of the precision they give", "[core][dates]") {
    SECTION("a month covers its first to its last day") {
        auto date = PartialDate::parse(QStringLiteral("2025-07"));
        REQUIRE(date);
        CHECK(date->firstDay() == QDate(2025, 7, 1));
        CHECK(date->lastDay() == QDate(2025, 7, 31));
        CHECK(date->toString() == QStringLiteral("2025-07"));
    }
    SECTION("a year covers the whole year") {
        auto date = PartialDate::parse(QStringLiteral("2024"));
        REQUIRE(date);
        CHECK(date->lastDay() == QDate(2024, 12, 31));
    }
    SECTION("impossible dates are refused") {
        CHECK_FALSE(PartialDate::parse(QStringLiteral("2025-13")));
        CHECK_FALSE(PartialDate::parse(QStringLiteral("2025-02-30")));
        CHECK_FALSE(PartialDate::parse(QStringLiteral("July 2025")));
        CHECK(PartialDate::parse(QStringLiteral("2024-02-29")));
    }
}
