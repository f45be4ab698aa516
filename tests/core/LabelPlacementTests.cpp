// Label placement and compact layouts: no label on another label or node, the important ones
// first, disconnected parts packed close, no node on another.
#include "layout/Compaction.h"
#include "layout/LabelPlacement.h"
#include "layout/Layouts.h"

#include <catch2/catch.hpp>
#include <random>

using namespace kizuna;

namespace {

std::vector<int> identity(size_t n) {
    std::vector<int> order(n);
    for (size_t i = 0; i < n; ++i)
        order[i] = int(i);
    return order;
}

// n nodes "n1".."nN", scattered, with these relations.
KnowledgeGraph chainGraph(int n, const std::vector<std::pair<int, int>>& links) {
    KnowledgeGraph graph;
    for (int i = 1; i <= n; ++i) {
        NodeData node;
        node.id = NodeId(i);
        node.type = QStringLiteral("company");
        node.labels.en = QStringLiteral("node %1").arg(i);
        // Nodes after the 12th far out, as a careless import might leave them.
        node.position =
            i <= 12 ? QPointF(37.0 * i, 11.0 * (i % 5)) : QPointF(20000.0 * i, -15000.0 * i);
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

} // namespace

TEST_CASE("Placed labels never overlap each other or another node", "[core][labels]") {
    std::mt19937 random(7);
    std::uniform_real_distribution<double> coordinate(0, 600);
    std::vector<LabelRequest> requests(300);
    for (LabelRequest& r : requests) {
        r.centre = QPointF(coordinate(random), coordinate(random));
        r.radius = 6;
        r.size = QSizeF(40 + coordinate(random) / 10, 12);
    }
    const std::vector<LabelSide> sides = placeLabels(requests, identity(requests.size()));
    int shown = 0;
    for (size_t i = 0; i < requests.size(); ++i) {
        if (sides[i] == LabelSide::Hidden)
            continue;
        ++shown;
        const QRectF a = labelRect(requests[i], sides[i]);
        for (size_t j = 0; j < requests.size(); ++j) {
            if (j == i)
                continue;
            const QRectF disc(requests[j].centre - QPointF(6, 6), QSizeF(12, 12));
            INFO(i << " on node " << j);
            CHECK_FALSE(a.intersects(disc));
            if (j > i && sides[j] != LabelSide::Hidden)
                CHECK_FALSE(a.intersects(labelRect(requests[j], sides[j])));
        }
    }
    CHECK(shown > 30);                   // a crowded field still names many
    CHECK(shown < int(requests.size())); // and leaves out what does not fit
}

TEST_CASE("The most important label wins a conflict, and a kept side is kept", "[core][labels]") {
    // Two nodes one above the other: their labels on the right would overlap, so the second
    // in order takes another side.
    std::vector<LabelRequest> requests(2);
    requests[0].centre = QPointF(0, 0);
    requests[1].centre = QPointF(0, 26);
    for (LabelRequest& r : requests) {
        r.radius = 8;
        r.size = QSizeF(100, 30);
    }
    const std::vector<LabelSide> zeroFirst = placeLabels(requests, {0, 1});
    CHECK(zeroFirst[0] == LabelSide::Right);
    CHECK(zeroFirst[1] != LabelSide::Right);
    CHECK(zeroFirst[1] != LabelSide::Hidden);
    const std::vector<LabelSide> oneFirst = placeLabels(requests, {1, 0});
    CHECK(oneFirst[1] == LabelSide::Right);
    CHECK(oneFirst[0] != LabelSide::Right);

    LabelRequest lone;
    lone.centre = QPointF(0, 0);
    lone.radius = 8;
    lone.size = QSizeF(50, 12);
    lone.preferred = LabelSide::Below;
    CHECK(placeLabels({lone}, {0})[0] == LabelSide::Below);
    lone.preferred = LabelSide::Hidden;
    CHECK(placeLabels({lone}, {0})[0] == LabelSide::Right); // the first choice
}

TEST_CASE("Overlapping nodes are pushed apart and keep their order", "[core][layout]") {
    // Ten nodes piled almost on one spot, in a row from left to right.
    std::vector<QPointF> points;
    std::vector<QRectF> footprints;
    for (int i = 0; i < 10; ++i) {
        points.emplace_back(i * 2.0, i * 0.5);
        footprints.push_back(nodeFootprint(QStringLiteral("Node %1").arg(i)));
    }
    CHECK(removeOverlaps(points, footprints, std::vector<char>(10, 0)) == 0);
    for (int i = 0; i < 10; ++i)
        for (int j = i + 1; j < 10; ++j)
            CHECK_FALSE(footprints[size_t(i)]
                            .translated(points[size_t(i)])
                            .intersects(footprints[size_t(j)].translated(points[size_t(j)])));
    SECTION("a fixed node does not move") {
        std::vector<QPointF> again(10, QPointF(5, 5));
        std::vector<char> fixed(10, 0);
        fixed[3] = 1;
        removeOverlaps(again, footprints, fixed);
        CHECK(again[3] == QPointF(5, 5));
    }
}

TEST_CASE("Every layout packs disconnected parts close around the main one, without overlaps",
          "[core][layout]") {
    // A chain of 12, a triangle far away, and 6 isolated nodes scattered far out.
    std::vector<std::pair<int, int>> relations;
    for (int i = 1; i < 12; ++i)
        relations.emplace_back(i, i + 1);
    relations.insert(relations.end(), {{13, 14}, {14, 15}, {15, 13}});
    const KnowledgeGraph graph = chainGraph(21, relations);
    for (LayoutAlgorithm algorithm :
         {LayoutAlgorithm::Force, LayoutAlgorithm::Circular, LayoutAlgorithm::Layered,
          LayoutAlgorithm::Radial, LayoutAlgorithm::Grid}) {
        INFO(layoutKey(algorithm).toStdString());
        auto placed = computeLayout(graph, algorithm);
        REQUIRE(placed);
        const auto& p = placed.value();
        std::vector<QRectF> boxes;
        for (const auto& [id, point] : p) {
            const QRectF box =
                nodeFootprint(graph.node(id)->labels.display(Language::En)).translated(point);
            for (const QRectF& other : boxes)
                CHECK_FALSE(box.intersects(other.adjusted(1, 1, -1, -1)));
            boxes.push_back(box);
        }
        // The triangle and the isolated nodes sit close around the chain (within a few node
        // spacings of its bounding box), not where they were.
        QRectF chain;
        for (int id = 1; id <= 12; ++id)
            chain = chain.isNull() ? QRectF(p.at(NodeId(id)), QSizeF(1, 1))
                                   : chain.united(QRectF(p.at(NodeId(id)), QSizeF(1, 1)));
        for (int id = 13; id <= 21; ++id) {
            INFO("node " << id);
            CHECK(chain.adjusted(-450, -450, 450, 450).contains(p.at(NodeId(id))));
        }
    }
}

TEST_CASE("A dense hub's neighbours end a force layout without a node on another",
          "[core][layout]") {
    // 500 nodes, each new one tied to 5 earlier ones picked by degree (hubs form), as the
    // benchmark's generated graphs: the force layout alone leaves nodes on top of each other.
    std::mt19937 random(11);
    std::vector<int> ends{1, 2};
    std::vector<std::pair<int, int>> relations{{1, 2}};
    for (int node = 3; node <= 500; ++node)
        for (int k = 0; k < 5; ++k) {
            const int target =
                ends[std::uniform_int_distribution<size_t>(0, ends.size() - 1)(random)];
            relations.emplace_back(node, target);
            ends.push_back(node);
            ends.push_back(target);
        }
    const KnowledgeGraph graph = chainGraph(500, relations);
    auto placed = computeLayout(graph, LayoutAlgorithm::Force);
    REQUIRE(placed);
    std::vector<QPointF> points;
    for (const auto& [id, point] : placed.value())
        points.push_back(point);
    size_t overlapping = 0;
    for (size_t a = 0; a < points.size(); ++a)
        for (size_t b = a + 1; b < points.size(); ++b)
            if (std::hypot(points[a].x() - points[b].x(), points[a].y() - points[b].y()) < 32)
                ++overlapping;
    CHECK(overlapping == 0);
}
