// Equal property lists are kept once when a map is read (SharedProperties), and an edit of one
// element's list leaves the others as they were.
#include "SampleMap.h"
#include "store/SharedProperties.h"

#include <catch2/catch.hpp>

using namespace kizuna;

namespace {

Properties listOf(std::initializer_list<std::pair<QString, QString>> entries) {
    Properties properties;
    for (const auto& [key, value] : entries)
        properties.insert(key, value);
    return properties;
}

} // namespace

TEST_CASE("Equal property lists are shared; lists that only read alike are not",
          "[core][store][properties]") {
    SharedProperties shared;
    const Properties first =
        shared.share(listOf({{QStringLiteral("weight"), QStringLiteral("0.5")}}));
    const Properties second =
        shared.share(listOf({{QStringLiteral("weight"), QStringLiteral("0.5")}}));
    const Properties other =
        shared.share(listOf({{QStringLiteral("weight"), QStringLiteral("0.7")}}));
    CHECK(first.isSharedWith(second));
    CHECK_FALSE(first.isSharedWith(other));
    CHECK(other.value(QStringLiteral("weight")) == QStringLiteral("0.7"));

    const Properties two = shared.share(listOf(
        {{QStringLiteral("a"), QStringLiteral("1")}, {QStringLiteral("b"), QStringLiteral("2")}}));
    const Properties twoAgain = shared.share(listOf(
        {{QStringLiteral("b"), QStringLiteral("2")}, {QStringLiteral("a"), QStringLiteral("1")}}));
    CHECK(two.isSharedWith(twoAgain));
    // Texts that would run together the same way without their lengths.
    const Properties colonKey = shared.share(listOf({{QStringLiteral("a:b"), QStringLiteral("c")},
                                                     {QStringLiteral("d"), QStringLiteral("e")}}));
    const Properties colonValue =
        shared.share(listOf({{QStringLiteral("a"), QStringLiteral("b:c")},
                             {QStringLiteral("d"), QStringLiteral("e")}}));
    CHECK_FALSE(colonKey.isSharedWith(colonValue));
    CHECK(colonValue.value(QStringLiteral("a")) == QStringLiteral("b:c"));
    CHECK(shared.share(Properties()).isEmpty());

    Properties edited = second; // an edit makes a list of its own
    edited.insert(QStringLiteral("weight"), QStringLiteral("0.9"));
    CHECK(first.value(QStringLiteral("weight")) == QStringLiteral("0.5"));
}

TEST_CASE("A map read from its file shares equal property lists and edits one element's alone",
          "[core][store][properties]") {
    test::TempFolder folder;
    const QString path = folder.file(QStringLiteral("map.kizuna"));
    test::writeEmptyMap(path);
    std::vector<EdgeId> edges;
    {
        auto document = test::openMap(path);
        ChangeSet change;
        std::vector<NodeId> nodes;
        for (int i = 0; i < 4; ++i) {
            NodeData node = test::makeNode(QStringLiteral("company"), QStringLiteral("C%1").arg(i));
            node.id = document->newNodeId();
            node.properties.insert(QStringLiteral("sector"), QStringLiteral("chips"));
            nodes.push_back(node.id);
            change.operations.push_back(NodeOp{std::nullopt, node});
        }
        for (int i = 0; i + 1 < 4; ++i) {
            EdgeData edge = test::makeEdge(QStringLiteral("competes_with"), nodes[size_t(i)],
                                           nodes[size_t(i) + 1]);
            edge.id = document->newEdgeId();
            edge.properties.insert(QStringLiteral("weight"), QStringLiteral("0.5"));
            edges.push_back(edge.id);
            change.operations.push_back(EdgeOp{std::nullopt, edge});
        }
        test::requireOk(document->apply(change));
    }
    auto document = test::openMap(path);
    const EdgeData& a = *document->graph().edge(edges[0]);
    const EdgeData& b = *document->graph().edge(edges[1]);
    CHECK(a.properties.value(QStringLiteral("weight")) == QStringLiteral("0.5"));
    CHECK(a.properties.isSharedWith(b.properties));

    EdgeData changed = b;
    changed.properties.insert(QStringLiteral("weight"), QStringLiteral("0.9"));
    ChangeSet edit;
    edit.operations.push_back(EdgeOp{b, changed});
    test::requireOk(document->apply(edit));
    CHECK(document->graph().edge(edges[1])->properties.value(QStringLiteral("weight")) ==
          QStringLiteral("0.9"));
    CHECK(document->graph().edge(edges[0])->properties.value(QStringLiteral("weight")) ==
          QStringLiteral("0.5"));
    CHECK(document->graph().edge(edges[2])->properties.value(QStringLiteral("weight")) ==
          QStringLiteral("0.5"));
    document.reset();
    document = test::openMap(path);
    CHECK(document->graph().edge(edges[1])->properties.value(QStringLiteral("weight")) ==
          QStringLiteral("0.9"));
    CHECK(document->graph().edge(edges[2])->properties.value(QStringLiteral("weight")) ==
          QStringLiteral("0.5"));
}
