// Full-text search: every language, substrings of Japanese and Chinese, one- and two-character
// queries, width and case folded, punctuation taken literally, and the index following edits.
#include "TestSupport.h"
#include "document/Edits.h"
#include "document/FieldEdit.h"

#include <catch2/catch.hpp>

using namespace kizuna;

namespace {

QStringList labelsOf(const GraphDocument& map, const QString& query) {
    auto hits = map.search(query);
    INFO(hits.error().toStdString());
    REQUIRE(hits.ok());
    QStringList labels;
    for (NodeId id : hits.value())
        labels << map.graph().node(id)->labels.en;
    return labels;
}

} // namespace

TEST_CASE("Search finds nodes by any label, substrings in any script, in any width or case",
          "[core][search]") {
    test::TempFolder folder;
    test::writeBundledMap(folder.file(QStringLiteral("m.kizuna")));
    auto map = test::openMap(folder.file(QStringLiteral("m.kizuna")));
    CHECK(labelsOf(*map, QStringLiteral("アクション")).contains(QStringLiteral("AI Action Plan")));
    CHECK(
        labelsOf(*map, QStringLiteral("中国")).contains(QStringLiteral("China"))); // two characters
    CHECK(labelsOf(*map, QStringLiteral("ＯｐｅｎＡＩ"))
              .contains(QStringLiteral("OpenAI"))); // full width
    CHECK(labelsOf(*map, QStringLiteral("openai")).value(0) ==
          QStringLiteral("OpenAI")); // the name first
    CHECK(labelsOf(*map, QStringLiteral("アクション")).value(0) ==
          QStringLiteral("AI Action Plan"));
    CHECK(labelsOf(*map, QStringLiteral("GPT-5"))
              .contains(QStringLiteral("GPT-5"))); // not FTS syntax
    CHECK(labelsOf(*map, QStringLiteral("\"quoted")).isEmpty());
    CHECK(labelsOf(*map, QStringLiteral("no such thing anywhere")).isEmpty());
    CHECK(labelsOf(*map, QStringLiteral("2,000億円"))
              .contains(QStringLiteral("Reflection AI"))); // a property
}

TEST_CASE("The search index follows edits, deletions and undo", "[core][search]") {
    test::TempFolder folder;
    const QString path = folder.file(QStringLiteral("m.kizuna"));
    test::writeBundledMap(path);
    auto map = test::openMap(path);
    NodeData node;
    node.type = QStringLiteral("company");
    node.labels.ja = QStringLiteral("深度求索");
    const ChangeSet add = addNodeChange(*map, node);
    REQUIRE(map->apply(add).ok());
    const NodeId id = std::get<NodeOp>(add.operations.front()).after->id;
    CHECK(map->search(QStringLiteral("求索")).value() == std::vector<NodeId>{id});
    REQUIRE(map->apply(setFieldChange(*map, id.value, QStringLiteral("prop.hq"),
                                      QStringLiteral("Hangzhou 杭州"))
                           .value())
                .ok());
    CHECK(map->search(QStringLiteral("hangzhou")).value() == std::vector<NodeId>{id});
    const ChangeSet removal = removeElementsChange(*map, {id.value});
    REQUIRE(map->apply(removal).ok());
    CHECK(map->search(QStringLiteral("求索")).value().empty());
    REQUIRE(map->apply(removal.inverted()).ok()); // undo
    CHECK(map->search(QStringLiteral("hangzhou")).value() == std::vector<NodeId>{id});
    map.reset();
    auto reopened = GraphDocument::open(path, MapStore::Access::ReadOnly);
    REQUIRE(reopened.ok());
    CHECK(reopened.value()->search(QStringLiteral("深度")).value() == std::vector<NodeId>{id});
}
