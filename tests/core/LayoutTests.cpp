// Force-directed layout: pinning, reproducibility, cancelling, and placing only what is unplaced.
#include "layout/ForceLayout.h"

#include <QLineF>
#include <catch2/catch.hpp>
#include <cmath>
#include <map>

using namespace kizuna;

namespace {

// Nodes 1..n in a ring with a chord every third node; nodes listed in `placed` have a position.
KnowledgeGraph ring(int n, const std::map<int, QPointF>& placed = {}) {
    KnowledgeGraph graph;
    for (int i = 1; i <= n; ++i) {
        NodeData node;
        node.id = NodeId(i);
        node.type = QStringLiteral("company");
        node.labels.en = QStringLiteral("n%1").arg(i);
        if (auto it = placed.find(i); it != placed.end())
            node.position = it->second;
        graph.insertNode(node);
    }
    qint64 nextEdge = 1000;
    auto link = [&](int a, int b) {
        EdgeData edge;
        edge.id = EdgeId(nextEdge++);
        edge.relation = QStringLiteral("partners_with");
        edge.source = NodeId(a);
        edge.target = NodeId(b);
        graph.insertEdge(edge);
    };
    for (int i = 1; i <= n; ++i) {
        link(i, i % n + 1);
        if (i % 3 == 0)
            link(i, (i + n / 2 - 1) % n + 1);
    }
    return graph;
}

std::unordered_map<NodeId, QPointF>
layoutOf(const KnowledgeGraph& graph, const std::unordered_set<NodeId>& pinned, quint32 seed) {
    ForceLayoutOptions options;
    options.seed = seed;
    auto result = forceLayout(graph, pinned, options);
    INFO(result.error().toStdString());
    REQUIRE(result.ok());
    return result.value();
}

} // namespace

TEST_CASE("Force layout leaves pinned nodes exactly where they are", "[core][layout]") {
    const std::map<int, QPointF> placed = {{1, QPointF(-500.25, 300.5)}, {7, QPointF(812, -77)}};
    const KnowledgeGraph graph = ring(20, placed);
    const auto layout = layoutOf(graph, {NodeId(1), NodeId(7)}, 1);

    CHECK(layout.size() == 18);
    CHECK(layout.count(NodeId(1)) == 0);
    CHECK(layout.count(NodeId(7)) == 0);
    CHECK(graph.node(NodeId(1))->position == QPointF(-500.25, 300.5));
    CHECK(graph.node(NodeId(7))->position == QPointF(812, -77));
    for (const auto& [id, point] : layout) {
        INFO("node " << id.value);
        CHECK(std::isfinite(point.x()));
        CHECK(std::isfinite(point.y()));
        CHECK(QLineF(point, QPointF(-500.25, 300.5)).length() > 1.0);
        CHECK(QLineF(point, QPointF(812, -77)).length() > 1.0);
    }
    // The free neighbours of a pinned node settle near it, not at the far side of the map.
    const double near = QLineF(layout.at(NodeId(2)), QPointF(-500.25, 300.5)).length();
    const double far = QLineF(layout.at(NodeId(2)), QPointF(812, -77)).length();
    CHECK(near < far);
}

TEST_CASE("Force layout gives the same picture for the same seed", "[core][layout]") {
    const KnowledgeGraph graph = ring(40);
    const auto first = layoutOf(graph, {}, 7);
    const auto second = layoutOf(graph, {}, 7);
    REQUIRE(first.size() == 40);
    CHECK(first == second);
    const auto other = layoutOf(graph, {}, 8);
    CHECK_FALSE(first == other);

    double closest = 1e9;
    for (const auto& [a, p] : first)
        for (const auto& [b, q] : first)
            if (a < b)
                closest = std::min(closest, QLineF(p, q).length());
    CHECK(closest > 10.0); // spread out, not piled up
}

TEST_CASE("Force layout reports progress and stops when told to", "[core][layout]") {
    const KnowledgeGraph graph = ring(30);
    ForceLayoutOptions options;
    options.iterations = 100;

    SECTION("a callback returning false cancels with an error") {
        int calls = 0;
        auto result = forceLayout(graph, {}, options, [&](qint64 done, qint64 total) {
            ++calls;
            CHECK(total == 100);
            return done < 40;
        });
        CHECK_FALSE(result.ok());
        CHECK(result.error().contains(QStringLiteral("cancel")));
        CHECK(calls == 5); // at 0, 10, 20, 30, then 40 says stop
    }
    SECTION("a callback returning true sees the work through to the end") {
        qint64 last = -1;
        auto result = forceLayout(graph, {}, options, [&](qint64 done, qint64 total) {
            CHECK(done >= last);
            CHECK(done <= total);
            last = done;
            return true;
        });
        REQUIRE(result.ok());
        CHECK(result.value().size() == 30);
        CHECK(last == 100);
    }
}

TEST_CASE("Placing unpositioned nodes moves none of the placed ones", "[core][layout]") {
    SECTION("only the nodes without a position get one") {
        std::map<int, QPointF> placed;
        for (int i = 1; i <= 12; ++i)
            if (i % 4 != 0)
                placed[i] = QPointF(i * 100.0, -i * 50.0);
        const KnowledgeGraph graph = ring(12, placed);
        const auto positions = placeUnpositionedNodes(graph);
        std::vector<NodeId> ids;
        for (const auto& [id, point] : positions) {
            ids.push_back(id);
            CHECK(std::isfinite(point.x()));
            CHECK(std::isfinite(point.y()));
        }
        CHECK(ids == std::vector<NodeId>{NodeId(4), NodeId(8), NodeId(12)});
        CHECK(graph.node(NodeId(1))->position == QPointF(100, -50));
    }
    SECTION("a fully placed graph needs nothing") {
        std::map<int, QPointF> placed;
        for (int i = 1; i <= 6; ++i)
            placed[i] = QPointF(i, i);
        CHECK(placeUnpositionedNodes(ring(6, placed)).empty());
    }
    SECTION("an empty graph needs nothing") {
        CHECK(placeUnpositionedNodes(KnowledgeGraph()).empty());
    }
}

TEST_CASE("Force layout keeps nodes without relations near the rest of the map", "[core][layout]") {
    // A ring of 40 pinned on a circle of radius 300 around the origin, and 2,000 nodes with no
    // relation, which start scattered over an area ten times as wide.
    std::map<int, QPointF> placed;
    for (int i = 1; i <= 40; ++i)
        placed[i] = QPointF(300 * std::cos(i * M_PI / 20), 300 * std::sin(i * M_PI / 20));
    KnowledgeGraph graph = ring(40, placed);
    std::unordered_set<NodeId> pinned;
    for (int i = 1; i <= 40; ++i)
        pinned.insert(NodeId(i));
    for (int i = 41; i <= 2040; ++i) {
        NodeData lone;
        lone.id = NodeId(i);
        lone.type = QStringLiteral("company");
        lone.labels.en = QStringLiteral("lone %1").arg(i);
        graph.insertNode(lone);
    }
    ForceLayoutOptions options;
    options.iterations = 3; // far too few to pull them in by gravity
    auto layout = forceLayout(graph, pinned, options);
    REQUIRE(layout.ok());
    double farthest = 0;
    for (const auto& [id, point] : layout.value())
        farthest = std::max(farthest, QLineF(point, QPointF()).length());
    // Just outside the ring: its radius, an edge length, and a few rows of lone nodes.
    CHECK(farthest < 300 + 140 * 2.6);
}
