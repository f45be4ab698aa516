// HeapOptional: a change set's operations behave as with std::optional, at a fraction of the size.

#include "document/ChangeSet.h"

#include <catch2/catch.hpp>

using namespace kizuna;

TEST_CASE("A boxed operation value copies deeply and compares by value", "[core][changeset]") {
    NodeData node;
    node.id = NodeId(7);
    node.labels.en = QStringLiteral("OpenAI");
    NodeOp op{std::nullopt, node};
    REQUIRE_FALSE(op.before);
    REQUIRE(op.after);
    CHECK(op.after->labels.en == QStringLiteral("OpenAI"));

    NodeOp copy = op;
    copy.after->labels.en = QStringLiteral("Changed");
    CHECK(op.after->labels.en == QStringLiteral("OpenAI")); // not shared with the copy
    CHECK_FALSE(copy.after == op.after);
    copy.after->labels.en = QStringLiteral("OpenAI");
    CHECK(copy.after == op.after);
    CHECK(op.after == node);

    NodeOp moved = std::move(copy);
    CHECK(moved.after == node);
    moved.after = std::nullopt;
    CHECK_FALSE(moved.after.has_value());
    CHECK_THROWS_AS(moved.after.value(), std::bad_optional_access);
    CHECK(op.after.copy() == std::optional<NodeData>(node));
}

TEST_CASE("An operation costs a few pointers, whatever kind it is", "[core][changeset]") {
    // A saved view inline made every operation of an import 712 bytes (400 MB for 600,000 rows).
    CHECK(sizeof(Operation) <= 3 * sizeof(void*));
    ChangeSet change;
    change.operations.push_back(ViewOp{std::nullopt, SavedView{}});
    change.operations.push_back(EdgeOp{std::nullopt, EdgeData{}});
    const ChangeSet inverse = change.inverted();
    REQUIRE(inverse.operations.size() == 2);
    CHECK(std::get<EdgeOp>(inverse.operations.front()).before);
    CHECK_FALSE(std::get<EdgeOp>(inverse.operations.front()).after);
}
