// Type and relation names in files become map keys (snake_case); a name that is already a key is
// kept as it is (an import asks once a row, so that case skips the rewriting).

#include "io/ImportedGraph.h"

#include <catch2/catch.hpp>

using namespace kizuna;

TEST_CASE("Type names from files become snake_case keys, keys stay as they are", "[io][types]") {
    CHECK(typeKeyFrom(QStringLiteral("supplies_model_to")) == QStringLiteral("supplies_model_to"));
    CHECK(typeKeyFrom(QStringLiteral("lab2")) == QStringLiteral("lab2"));
    CHECK(typeKeyFrom(QStringLiteral("Think tank")) == QStringLiteral("think_tank"));
    CHECK(typeKeyFrom(QStringLiteral("  AGENCY ")) == QStringLiteral("agency"));
    CHECK(typeKeyFrom(QStringLiteral("a__b")) == QStringLiteral("a_b"));
    CHECK(typeKeyFrom(QStringLiteral("member_of_")) == QStringLiteral("member_of"));
    CHECK(typeKeyFrom(QStringLiteral("_member")) == QStringLiteral("member"));
    CHECK(typeKeyFrom(QStringLiteral("2nd tier")) == QStringLiteral("t_2nd_tier"));
    CHECK(typeKeyFrom(QStringLiteral("規制")) == QStringLiteral("t_"));
    CHECK(typeKeyFrom(QString(70, QLatin1Char('a'))) == QString(64, QLatin1Char('a')));
}
