// The in-memory graph keeps counts by node type, relation and property key as it changes (the
// legend reads them): after any mix of edits they equal a count made by walking the graph.
#include "Builders.h"
#include "model/KnowledgeGraph.h"

#include <catch2/catch.hpp>

using namespace kizuna;
using test::makeEdge;
using test::makeNode;

namespace {

struct Recount {
    QHash<QString, qint64> nodeTypes, relations, propertyKeys;
};

Recount recount(const KnowledgeGraph& graph) {
    Recount counts;
    graph.forEachNode([&](const NodeData& node) {
        ++counts.nodeTypes[node.type];
        for (auto it = node.properties.keyBegin(); it != node.properties.keyEnd(); ++it)
            ++counts.propertyKeys[*it];
    });
    graph.forEachEdge([&](const EdgeData& edge) { ++counts.relations[edge.relation]; });
    return counts;
}

void checkCounts(const KnowledgeGraph& graph) {
    const Recount walked = recount(graph);
    CHECK(graph.nodeTypeCounts() == walked.nodeTypes);
    CHECK(graph.relationCounts() == walked.relations);
    CHECK(graph.nodePropertyKeyCounts() == walked.propertyKeys);
}

NodeData node(qint64 id, const QString& type, Properties properties = {}) {
    NodeData data = makeNode(type, QStringLiteral("n%1").arg(id));
    data.id = NodeId(id);
    data.properties = std::move(properties);
    return data;
}

EdgeData edge(qint64 id, const QString& relation, qint64 from, qint64 to) {
    EdgeData data = makeEdge(relation, NodeId(from), NodeId(to));
    data.id = EdgeId(id);
    return data;
}

} // namespace

TEST_CASE("The graph's counts by type follow every kind of change", "[core][graph]") {
    KnowledgeGraph graph;
    graph.insertNode(node(1, "company", {{"sector", "chips"}}));
    graph.insertNode(node(2, "company"));
    graph.insertNode(node(3, "policy", {{"sector", "ai"}, {"year", "2025"}}));
    graph.insertEdge(edge(10, "supplies", 1, 2));
    graph.insertEdge(edge(11, "regulates", 3, 1));
    graph.insertEdge(edge(12, "regulates", 3, 2));
    graph.insertEdge(edge(13, "self", 2, 2)); // a self-relation
    checkCounts(graph);
    CHECK(graph.nodeTypeCounts().value("company") == 2);
    CHECK(graph.relationCounts().value("regulates") == 2);
    CHECK(graph.nodePropertyKeyCounts().value("sector") == 2);

    SECTION("a node retyped and its properties changed") {
        graph.replaceNode(node(2, "lab", {{"year", "2020"}}));
        checkCounts(graph);
        CHECK(graph.nodeTypeCounts().value("company") == 1);
        CHECK(graph.nodePropertyKeyCounts().value("year") == 2);
    }
    SECTION("a relation renamed, then moved to other ends") {
        graph.replaceEdge(edge(10, "competes", 1, 2));
        checkCounts(graph);
        graph.replaceEdge(edge(10, "competes", 3, 3));
        checkCounts(graph);
        CHECK_FALSE(graph.relationCounts().contains("supplies")); // none left: no entry
    }
    SECTION("a node removed with its relations, the self-relation once") {
        graph.removeNode(NodeId(2));
        checkCounts(graph);
        CHECK(graph.relationCounts().value("regulates") == 1);
        CHECK_FALSE(graph.relationCounts().contains("self"));
    }
    SECTION("a relation removed, twice") {
        graph.removeEdge(EdgeId(11));
        graph.removeEdge(EdgeId(11));
        checkCounts(graph);
    }
    SECTION("everything cleared") {
        graph.clear();
        checkCounts(graph);
        CHECK(graph.nodeTypeCounts().isEmpty());
    }
}
