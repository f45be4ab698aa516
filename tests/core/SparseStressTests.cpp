// The sparse stress refinement that follows a big map's force layout: drawn distances come to
// follow distances in hops, pivots stand for the far nodes, cancelling stops it, and parts of the
// map no pivot reaches stay where they are.
#include "layout/SparseStress.h"

#include <catch2/catch.hpp>
#include <cmath>
#include <random>

using namespace kizuna::layout;

namespace {

struct Graph {
    std::vector<int> first, other;
    Adjacency adjacency() const { return Adjacency{first, other}; }
};

// Adjacency arrays of an undirected graph on n nodes.
Graph graphOf(size_t n, const std::vector<std::pair<int, int>>& links) {
    std::vector<std::vector<int>> lists(n);
    for (auto [a, b] : links) {
        lists[size_t(a)].push_back(b);
        lists[size_t(b)].push_back(a);
    }
    Graph g;
    g.first.push_back(0);
    for (const auto& list : lists) {
        g.other.insert(g.other.end(), list.begin(), list.end());
        g.first.push_back(int(g.other.size()));
    }
    return g;
}

std::vector<std::pair<int, int>> gridLinks(int side) {
    std::vector<std::pair<int, int>> links;
    for (int y = 0; y < side; ++y)
        for (int x = 0; x < side; ++x) {
            const int i = x + y * side;
            if (x + 1 < side)
                links.emplace_back(i, i + 1);
            if (y + 1 < side)
                links.emplace_back(i, i + side);
        }
    return links;
}

// The full normalised stress of a grid drawing against its hops (|dx| + |dy|), at the scale that
// fits it best (so the drawing's size does not count).
double gridStress(const std::vector<Vec>& pos, int side) {
    double num = 0, den = 0;
    std::vector<std::pair<double, double>> pairs; // drawn, hops
    for (int a = 0; a < side * side; ++a)
        for (int b = a + 1; b < side * side; ++b) {
            const double hops = std::abs(a % side - b % side) + std::abs(a / side - b / side);
            const double drawn = std::hypot(pos[size_t(a)].x - pos[size_t(b)].x,
                                            pos[size_t(a)].y - pos[size_t(b)].y);
            pairs.emplace_back(drawn, hops);
            num += drawn / hops;
            den += drawn * drawn / (hops * hops);
        }
    const double scale = num / den;
    double stress = 0;
    for (auto [drawn, hops] : pairs)
        stress += std::pow((scale * drawn - hops) / hops, 2);
    return stress / double(pairs.size());
}

std::vector<Vec> scattered(size_t n, double extent, unsigned seed) {
    std::mt19937 rng(seed);
    std::uniform_real_distribution<double> unit(-extent, extent);
    std::vector<Vec> pos(n);
    for (Vec& p : pos)
        p = {unit(rng), unit(rng)};
    return pos;
}

} // namespace

TEST_CASE("Stress refinement unfolds a scattered grid until drawn distances follow its hops",
          "[core][layout]") {
    const int side = 20;
    const Graph grid = graphOf(size_t(side * side), gridLinks(side));
    std::vector<Vec> pos = scattered(size_t(side * side), 500, 7);
    const double before = gridStress(pos, side);
    StressOptions options;
    options.pivots = 30;
    options.iterations = 300;
    int rounds = 0;
    REQUIRE(refineSparseStress(grid.adjacency(), pos, options, [&](int) { return ++rounds > 0; }));
    CHECK(rounds == 300);
    const double after = gridStress(pos, side);
    // A grid drawn as a grid is not at zero (hops are |dx| + |dy|, the page's distance is not):
    // the refinement gets as close to the hops as a grid drawn square, or closer.
    std::vector<Vec> square;
    for (int i = 0; i < side * side; ++i)
        square.push_back({double(i % side), double(i / side)});
    CHECK(after < before / 10);
    CHECK(after < 1.2 * gridStress(square, side));
    // Opposite corners end up about 38 neighbour distances apart (the grid unfolds flat).
    double neighbour = 0;
    for (auto [a, b] : gridLinks(side))
        neighbour +=
            std::hypot(pos[size_t(a)].x - pos[size_t(b)].x, pos[size_t(a)].y - pos[size_t(b)].y);
    neighbour /= double(gridLinks(side).size());
    const double diagonal = std::hypot(pos[0].x - pos[size_t(side * side - 1)].x,
                                       pos[0].y - pos[size_t(side * side - 1)].y);
    CHECK(diagonal > 0.6 * 38 * neighbour);
    CHECK(diagonal < 1.1 * 38 * neighbour);
}

TEST_CASE("Stress refinement keeps the drawing's size", "[core][layout]") {
    // A path drawn along a line three times as long as needed, bent: it straightens at its size.
    std::vector<std::pair<int, int>> links;
    for (int i = 0; i + 1 < 40; ++i)
        links.emplace_back(i, i + 1);
    const Graph path = graphOf(40, links);
    std::vector<Vec> pos;
    for (int i = 0; i < 40; ++i)
        pos.push_back({i * 300.0, (i % 2) * 100.0});
    StressOptions options;
    options.pivots = 10;
    options.iterations = 50;
    REQUIRE(refineSparseStress(path.adjacency(), pos, options, [](int) { return true; }));
    const double length = std::hypot(pos[0].x - pos[39].x, pos[0].y - pos[39].y);
    CHECK(length > 0.8 * 39 * 300);
    CHECK(length < 1.2 * 39 * 316);
}

TEST_CASE("Stress refinement can be cancelled and leaves what no pivot reaches alone",
          "[core][layout]") {
    // A path of 50 nodes, and two nodes linked only to each other.
    std::vector<std::pair<int, int>> links;
    for (int i = 0; i + 1 < 50; ++i)
        links.emplace_back(i, i + 1);
    links.emplace_back(50, 51);
    const Graph graph = graphOf(52, links);
    StressOptions options;
    options.pivots = 1; // one pivot: one of the two parts is not reached from it
    options.iterations = 20;

    SECTION("cancelled at the third round") {
        std::vector<Vec> pos = scattered(52, 300, 3);
        int rounds = 0;
        CHECK_FALSE(
            refineSparseStress(graph.adjacency(), pos, options, [&](int) { return ++rounds < 3; }));
        CHECK(rounds == 3);
        for (const Vec& p : pos)
            CHECK((std::isfinite(p.x) && std::isfinite(p.y)));
    }
    SECTION("nodes on top of each other, or in a part no pivot reaches, give no NaN") {
        std::vector<Vec> pos = scattered(52, 300, 3);
        pos[50] = {1000, 1000};
        pos[51] = {1000, 1000}; // on top of each other: no direction to move apart in
        REQUIRE(refineSparseStress(graph.adjacency(), pos, options, [](int) { return true; }));
        for (const Vec& p : pos)
            REQUIRE((std::isfinite(p.x) && std::isfinite(p.y)));
    }
    SECTION("no pivots or no rounds change nothing") {
        std::vector<Vec> pos = scattered(52, 300, 3);
        const std::vector<Vec> before = pos;
        options.pivots = 0;
        REQUIRE(refineSparseStress(graph.adjacency(), pos, options, [](int) { return true; }));
        for (size_t i = 0; i < pos.size(); ++i)
            CHECK((pos[i].x == before[i].x && pos[i].y == before[i].y));
    }
}
