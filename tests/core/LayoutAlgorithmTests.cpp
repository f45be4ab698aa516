// Circular, grid, layered and radial layouts, and computeLayout's scope (some nodes, pinned
// nodes, the radial centre), on graphs whose right answer can be seen by hand.
#include "layout/Layouts.h"

#include <QLineF>
#include <catch2/catch.hpp>
#include <cmath>
#include <set>

using namespace kizuna;

namespace {

KnowledgeGraph graphOf(int n, const std::vector<std::pair<int, int>>& links,
                       const QPointF& everyoneAt = QPointF(1000, 500)) {
    KnowledgeGraph graph;
    for (int i = 1; i <= n; ++i) {
        NodeData node;
        node.id = NodeId(i);
        node.type = i % 2 ? QStringLiteral("company") : QStringLiteral("country");
        node.labels.en = QStringLiteral("n%1").arg(i);
        node.position = everyoneAt + QPointF(i, -i);
        graph.insertNode(node);
    }
    qint64 id = 100;
    for (const auto& [a, b] : links) {
        EdgeData edge;
        edge.id = EdgeId(id++);
        edge.relation = QStringLiteral("r");
        edge.source = NodeId(a);
        edge.target = NodeId(b);
        graph.insertEdge(edge);
    }
    return graph;
}

Positions layOut(const KnowledgeGraph& graph, LayoutAlgorithm algorithm,
                 const LayoutOptions& options = {}) {
    auto result = computeLayout(graph, algorithm, options);
    INFO(result.error().toStdString());
    REQUIRE(result.ok());
    return result.value();
}

double distance(QPointF a, QPointF b) {
    return QLineF(a, b).length();
}

QPointF mean(const Positions& positions) {
    QPointF sum;
    for (const auto& [id, p] : positions)
        sum += p;
    return sum / double(positions.size());
}

} // namespace

TEST_CASE("Layout names are the CLI's", "[core][layout]") {
    for (auto algorithm :
         {LayoutAlgorithm::Force, LayoutAlgorithm::Circular, LayoutAlgorithm::Layered,
          LayoutAlgorithm::Radial, LayoutAlgorithm::Grid})
        CHECK(layoutFromKey(layoutKey(algorithm)) == algorithm);
    CHECK(layoutKey(LayoutAlgorithm::Layered) == QStringLiteral("layered"));
    CHECK_FALSE(layoutFromKey(QStringLiteral("spring")));
}

TEST_CASE("Circular layout puts every node on one circle, neighbours side by side",
          "[core][layout]") {
    // A path 1-2-3-4-5-6 must go round the circle in order.
    const KnowledgeGraph graph = graphOf(6, {{1, 2}, {2, 3}, {3, 4}, {4, 5}, {5, 6}});
    const Positions p = layOut(graph, LayoutAlgorithm::Circular);
    REQUIRE(p.size() == 6);
    const QPointF centre = mean(p);
    const double radius = distance(p.at(NodeId(1)), centre);
    for (const auto& [id, point] : p)
        CHECK(distance(point, centre) == Approx(radius).epsilon(0.01));
    const double step = distance(p.at(NodeId(2)), p.at(NodeId(3)));
    for (int i = 1; i < 6; ++i) // consecutive on the path: one step apart on the circle
        CHECK(distance(p.at(NodeId(i)), p.at(NodeId(i + 1))) == Approx(step).epsilon(0.01));
    SECTION("centred where the nodes were") {
        CHECK(centre.x() == Approx(1003.5).margin(1));
        CHECK(centre.y() == Approx(496.5).margin(1));
    }
}

TEST_CASE("Grid layout fills rows of ceil(sqrt n), grouped by type", "[core][layout]") {
    const KnowledgeGraph graph = graphOf(10, {});
    const Positions p = layOut(graph, LayoutAlgorithm::Grid);
    std::set<double> xs, ys;
    for (const auto& [id, point] : p) {
        xs.insert(point.x());
        ys.insert(point.y());
    }
    CHECK(xs.size() == 4); // ceil(sqrt(10))
    CHECK(ys.size() == 3);
    // Companies (odd ids) first, in id order: 1, 3, 5, 7 fill the first row.
    for (int id : {1, 3, 5, 7})
        CHECK(p.at(NodeId(id)).y() == Approx(*ys.begin()));
    CHECK(p.at(NodeId(1)).x() < p.at(NodeId(3)).x());
}

TEST_CASE("Layered layout puts every relation of a chain one layer further down",
          "[core][layout]") {
    // policy 1 -> agencies 2, 3 -> vendors 4, 5, 6; 7 stands alone.
    const KnowledgeGraph graph = graphOf(7, {{1, 2}, {1, 3}, {2, 4}, {2, 5}, {3, 6}});
    const Positions p = layOut(graph, LayoutAlgorithm::Layered);
    auto y = [&](int id) { return p.at(NodeId(id)).y(); };
    CHECK(y(2) > y(1));
    CHECK(y(2) == Approx(y(3)));
    CHECK(y(4) > y(2));
    CHECK(y(4) == Approx(y(6)));
    // Barycentre ordering: 2's children sit on 2's side, 3's child on 3's side.
    const bool twoLeft = p.at(NodeId(2)).x() < p.at(NodeId(3)).x();
    CHECK((p.at(NodeId(4)).x() < p.at(NodeId(6)).x()) == twoLeft);
    CHECK((p.at(NodeId(5)).x() < p.at(NodeId(6)).x()) == twoLeft);

    SECTION("a cycle still gets layers") {
        const KnowledgeGraph cycle = graphOf(3, {{1, 2}, {2, 3}, {3, 1}});
        const Positions c = layOut(cycle, LayoutAlgorithm::Layered);
        std::set<double> layers;
        for (const auto& [id, point] : c)
            layers.insert(point.y());
        CHECK(layers.size() == 3);
    }
}

TEST_CASE("Radial layout rings the neighbourhood around the chosen centre", "[core][layout]") {
    // 1 is the hub; 2, 3, 4 its neighbours; 5 and 6 two hops out; 7 unreachable.
    const KnowledgeGraph graph = graphOf(7, {{1, 2}, {1, 3}, {4, 1}, {2, 5}, {3, 6}});
    LayoutOptions options;
    options.centre = NodeId(1);
    const Positions p = layOut(graph, LayoutAlgorithm::Radial, options);
    const QPointF centre = p.at(NodeId(1));
    CHECK(centre == *graph.node(NodeId(1))->position); // the centre stays put
    const double ring1 = distance(p.at(NodeId(2)), centre);
    CHECK(distance(p.at(NodeId(3)), centre) == Approx(ring1).epsilon(0.01));
    CHECK(distance(p.at(NodeId(4)), centre) == Approx(ring1).epsilon(0.01));
    const double ring2 = distance(p.at(NodeId(5)), centre);
    CHECK(ring2 > ring1);
    // 7 cannot be reached: packed close beside the rings, clear of every other node.
    for (int other = 1; other <= 6; ++other)
        CHECK(distance(p.at(NodeId(7)), p.at(NodeId(other))) > 42);
    SECTION("without a centre, the most connected node is in the middle") {
        const Positions q = layOut(graph, LayoutAlgorithm::Radial);
        CHECK(q.at(NodeId(1)) == *graph.node(NodeId(1))->position);
    }
}

TEST_CASE("A layout of some nodes leaves the others out, and force keeps pinned nodes",
          "[core][layout]") {
    const KnowledgeGraph graph = graphOf(8, {{1, 2}, {2, 3}, {3, 4}, {4, 5}, {5, 6}, {7, 8}});
    LayoutOptions options;
    options.nodes = {NodeId(1), NodeId(2), NodeId(3)};
    for (auto algorithm :
         {LayoutAlgorithm::Circular, LayoutAlgorithm::Grid, LayoutAlgorithm::Layered,
          LayoutAlgorithm::Radial, LayoutAlgorithm::Force}) {
        const Positions p = layOut(graph, algorithm, options);
        CHECK(p.size() == 3);
        CHECK(p.count(NodeId(4)) == 0);
    }
    LayoutOptions pinned;
    pinned.pinned = {NodeId(4)};
    const Positions p = layOut(graph, LayoutAlgorithm::Force, pinned);
    CHECK(p.count(NodeId(4)) == 0); // unchanged: not moved
    CHECK(p.size() == 7);
    SECTION("a node that is not in the map is an error") {
        LayoutOptions wrong;
        wrong.centre = NodeId(99);
        const auto result = computeLayout(graph, LayoutAlgorithm::Radial, wrong);
        REQUIRE_FALSE(result.ok());
        CHECK(result.error().contains(QStringLiteral("99")));
    }
}

TEST_CASE("Layouts of an empty map are empty", "[core][layout]") {
    for (auto algorithm : {LayoutAlgorithm::Circular, LayoutAlgorithm::Grid,
                           LayoutAlgorithm::Layered, LayoutAlgorithm::Radial})
        CHECK(layOut(KnowledgeGraph{}, algorithm).empty());
}
