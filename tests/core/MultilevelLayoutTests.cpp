// The multilevel force layout that big maps get: the picture keeps what is near in the graph near
// on the page, hubs and lone nodes coarsen too, and it reports progress and can be cancelled.
#include "layout/ForceLayout.h"
#include "layout/MultilevelLayout.h"

#include <QLineF>
#include <catch2/catch.hpp>
#include <cmath>
#include <cstdlib>

using namespace kizuna;

namespace {

NodeData nodeNumbered(int i) {
    NodeData node;
    node.id = NodeId(i);
    node.type = QStringLiteral("company");
    node.labels.en = QStringLiteral("n%1").arg(i);
    return node;
}

// A side × side grid: node 1 + x + y·side is linked to its right and lower neighbours.
KnowledgeGraph grid(int side) {
    KnowledgeGraph graph;
    for (int i = 1; i <= side * side; ++i)
        graph.insertNode(nodeNumbered(i));
    qint64 nextEdge = 1'000'000;
    auto link = [&](int a, int b) {
        EdgeData edge;
        edge.id = EdgeId(nextEdge++);
        edge.relation = QStringLiteral("partners_with");
        edge.source = NodeId(a);
        edge.target = NodeId(b);
        graph.insertEdge(edge);
    };
    for (int y = 0; y < side; ++y)
        for (int x = 0; x < side; ++x) {
            const int i = 1 + x + y * side;
            if (x + 1 < side)
                link(i, i + 1);
            if (y + 1 < side)
                link(i, i + side);
        }
    return graph;
}

// Correlation of drawn distance with hops (on a grid: |dx| + |dy|) over pairs of a sample.
double distanceCorrelation(const std::unordered_map<NodeId, QPointF>& at, int side) {
    std::vector<std::pair<double, double>> pairs;
    for (int a = 1; a <= side * side; a += 7)
        for (int b = a + 13; b <= side * side; b += 29) {
            const int hops = std::abs((a - 1) % side - (b - 1) % side) +
                             std::abs((a - 1) / side - (b - 1) / side);
            pairs.emplace_back(QLineF(at.at(NodeId(a)), at.at(NodeId(b))).length(), hops);
        }
    double mx = 0, my = 0;
    for (const auto& [x, y] : pairs) {
        mx += x / double(pairs.size());
        my += y / double(pairs.size());
    }
    double sxy = 0, sxx = 0, syy = 0;
    for (const auto& [x, y] : pairs) {
        sxy += (x - mx) * (y - my);
        sxx += (x - mx) * (x - mx);
        syy += (y - my) * (y - my);
    }
    return sxy / std::sqrt(sxx * syy);
}

std::vector<std::pair<int, int>> linksOf(const KnowledgeGraph& graph) {
    std::vector<NodeId> ids = graph.nodeIds();
    std::unordered_map<NodeId, int> index;
    for (size_t i = 0; i < ids.size(); ++i)
        index[ids[i]] = int(i);
    std::vector<std::pair<int, int>> links;
    graph.forEachEdge(
        [&](const EdgeData& e) { links.emplace_back(index.at(e.source), index.at(e.target)); });
    return links;
}

} // namespace

TEST_CASE("A big map is laid out coarse to fine and keeps near what is near in the graph",
          "[core][layout]") {
    const int side = 40; // 1,600 nodes: past kMultilevelFrom
    const KnowledgeGraph graph = grid(side);
    REQUIRE(graph.nodeCount() >= kMultilevelFrom);
    CHECK(layout::multilevelDepth(graph.nodeCount(), linksOf(graph)) >= 5);

    auto result = forceLayout(graph, {});
    REQUIRE(result.ok());
    const auto& at = result.value();
    REQUIRE(at.size() == graph.nodeCount());
    for (const auto& [id, p] : at) {
        INFO("node " << id.value);
        REQUIRE(std::isfinite(p.x()));
        REQUIRE(std::isfinite(p.y()));
    }
    // A grid unfolds: the drawn distance follows the number of hops. (Hundreds of iterations of
    // one level from a random start leave it folded over itself, well under this.)
    CHECK(distanceCorrelation(at, side) > 0.95);
    // Linked nodes a few edge lengths apart at most (the whole grid's repulsion stretches them).
    double sum = 0;
    int count = 0;
    graph.forEachEdge([&](const EdgeData& e) {
        sum += QLineF(at.at(e.source), at.at(e.target)).length();
        ++count;
    });
    const double mean = sum / count;
    CHECK(mean > ForceLayoutOptions{}.edgeLength * 0.3);
    CHECK(mean < ForceLayoutOptions{}.edgeLength * 5);

    // The same seed gives the same picture.
    auto again = forceLayout(graph, {});
    REQUIRE(again.ok());
    CHECK(again.value() == at);
}

TEST_CASE("Hubs and lone nodes coarsen too", "[core][layout]") {
    // A hub with 3,000 leaves and 1,000 nodes without any relation: a matching alone would
    // stop after one level (the leaves' only neighbour is taken).
    KnowledgeGraph graph;
    graph.insertNode(nodeNumbered(1));
    for (int i = 2; i <= 4001; ++i)
        graph.insertNode(nodeNumbered(i));
    for (int i = 2; i <= 3001; ++i) {
        EdgeData edge;
        edge.id = EdgeId(10'000 + i);
        edge.relation = QStringLiteral("member_of");
        edge.source = NodeId(i);
        edge.target = NodeId(1);
        graph.insertEdge(edge);
    }
    CHECK(layout::multilevelDepth(graph.nodeCount(), linksOf(graph)) >= 8);

    auto result = forceLayout(graph, {});
    REQUIRE(result.ok());
    const auto& at = result.value();
    REQUIRE(at.size() == 4001);
    // The leaves stand around the hub, none on top of another.
    const QPointF hub = at.at(NodeId(1));
    double nearest = 1e18, farthest = 0;
    for (int i = 2; i <= 3001; ++i) {
        const double d = QLineF(at.at(NodeId(i)), hub).length();
        nearest = std::min(nearest, d);
        farthest = std::max(farthest, d);
    }
    CHECK(nearest > 1.0);
    CHECK(farthest < 200 * ForceLayoutOptions{}.edgeLength);
}

TEST_CASE("The multilevel layout reports progress and can be cancelled", "[core][layout]") {
    const KnowledgeGraph graph = grid(35);
    SECTION("to the end") {
        qint64 last = -1, lastTotal = 0;
        auto result = forceLayout(graph, {}, {}, [&](qint64 done, qint64 total) {
            CHECK(done >= last);
            CHECK(done <= total);
            last = done;
            lastTotal = total;
            return true;
        });
        REQUIRE(result.ok());
        CHECK(last == lastTotal);
    }
    SECTION("cancelled half way") {
        bool stopped = false;
        auto result = forceLayout(graph, {}, {}, [&](qint64 done, qint64 total) {
            stopped = done * 2 >= total;
            return !stopped;
        });
        CHECK(stopped);
        CHECK_FALSE(result.ok());
        CHECK(result.error().contains(QStringLiteral("cancel")));
    }
}
