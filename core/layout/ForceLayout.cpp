#include "layout/ForceLayout.h"

#include <algorithm>
#include <cmath>
#include <random>

namespace kizuna {
namespace {

struct Vec {
    double x = 0, y = 0;
};

// Uniform grid over the layout area; repulsion is computed only between nearby cells, because
// beyond ~2 edge lengths the force is negligible next to the attraction of edges.
class Grid {
public:
    Grid(const std::vector<Vec>& pos, double cell) : m_cell(cell) {
        for (size_t i = 0; i < pos.size(); ++i)
            m_cells[key(cellOf(pos[i].x), cellOf(pos[i].y))].push_back(int(i));
    }
    template <typename F> void forNeighbours(const Vec& p, F visit) const {
        const long cx = cellOf(p.x), cy = cellOf(p.y);
        for (long dx = -1; dx <= 1; ++dx)
            for (long dy = -1; dy <= 1; ++dy)
                if (auto it = m_cells.find(key(cx + dx, cy + dy)); it != m_cells.end())
                    for (int j : it->second)
                        visit(j);
    }

private:
    long cellOf(double v) const { return long(std::floor(v / m_cell)); }
    static qint64 key(long x, long y) { return (qint64(x) << 32) ^ (qint64(y) & 0xffffffff); }
    double m_cell;
    std::unordered_map<qint64, std::vector<int>> m_cells;
};

} // namespace

Result<std::unordered_map<NodeId, QPointF>> forceLayout(const KnowledgeGraph& graph,
                                                        const std::unordered_set<NodeId>& pinned,
                                                        const ForceLayoutOptions& options,
                                                        const ProgressCallback& progress) {
    const std::vector<NodeId> ids = graph.nodeIds();
    const size_t n = ids.size();
    std::unordered_map<NodeId, int> index;
    for (size_t i = 0; i < n; ++i)
        index[ids[i]] = int(i);

    std::vector<std::pair<int, int>> links;
    std::vector<std::vector<int>> neighbours(n);
    graph.forEachEdge([&](const EdgeData& e) {
        const int a = index.at(e.source), b = index.at(e.target);
        if (a == b)
            return;
        links.emplace_back(a, b);
        neighbours[a].push_back(b);
        neighbours[b].push_back(a);
    });

    const double k = options.edgeLength;
    const double radius = k * std::sqrt(double(std::max<size_t>(n, 1))) * 0.5;
    std::mt19937 rng(options.seed);
    std::uniform_real_distribution<double> unit(-1.0, 1.0);

    std::vector<Vec> pos(n);
    std::vector<char> fixed(n, 0);
    for (size_t i = 0; i < n; ++i) {
        if (pinned.count(ids[i]) && graph.node(ids[i])->position) {
            const QPointF p = *graph.node(ids[i])->position;
            pos[i] = {p.x(), p.y()};
            fixed[i] = 1;
        }
    }
    // Free nodes start near their pinned neighbours if they have any, else anywhere in the area.
    for (size_t i = 0; i < n; ++i) {
        if (fixed[i])
            continue;
        Vec sum;
        int count = 0;
        for (int j : neighbours[i])
            if (fixed[j]) {
                sum.x += pos[j].x;
                sum.y += pos[j].y;
                ++count;
            }
        if (count > 0)
            pos[i] = {sum.x / count + unit(rng) * k * 0.5, sum.y / count + unit(rng) * k * 0.5};
        else
            pos[i] = {unit(rng) * radius, unit(rng) * radius};
    }

    Vec centre;
    for (const Vec& p : pos) {
        centre.x += p.x / double(std::max<size_t>(n, 1));
        centre.y += p.y / double(std::max<size_t>(n, 1));
    }

    std::vector<Vec> disp(n);
    double temperature = radius * 0.2 + k;
    const double cooling = std::pow(0.02 * k / temperature, 1.0 / std::max(1, options.iterations));
    const double gravity = 0.02; // keeps separate components from drifting apart
    for (int iteration = 0; iteration < options.iterations; ++iteration) {
        if (progress && iteration % 10 == 0 && !progress(iteration, options.iterations))
            return Error{QStringLiteral("layout cancelled")};
        std::fill(disp.begin(), disp.end(), Vec{});
        const Grid grid(pos, 2.0 * k);
        for (size_t i = 0; i < n; ++i) {
            grid.forNeighbours(pos[i], [&](int j) {
                if (size_t(j) == i)
                    return;
                double dx = pos[i].x - pos[j].x, dy = pos[i].y - pos[j].y;
                double d2 = dx * dx + dy * dy;
                if (d2 < 1e-6) { // coincident: push apart in a seeded direction
                    dx = unit(rng);
                    dy = unit(rng);
                    d2 = dx * dx + dy * dy + 1e-6;
                }
                const double force = k * k / d2; // (k^2 / d) along the unit vector
                disp[i].x += dx * force;
                disp[i].y += dy * force;
            });
        }
        for (const auto& [a, b] : links) {
            const double dx = pos[a].x - pos[b].x, dy = pos[a].y - pos[b].y;
            const double d = std::sqrt(dx * dx + dy * dy) + 1e-9;
            const double force = d / k; // (d^2 / k) along the unit vector
            disp[a].x -= dx * force;
            disp[a].y -= dy * force;
            disp[b].x += dx * force;
            disp[b].y += dy * force;
        }
        for (size_t i = 0; i < n; ++i) {
            if (fixed[i])
                continue;
            disp[i].x -= (pos[i].x - centre.x) * gravity * k / 10.0;
            disp[i].y -= (pos[i].y - centre.y) * gravity * k / 10.0;
            const double d = std::sqrt(disp[i].x * disp[i].x + disp[i].y * disp[i].y);
            if (d > 0) {
                const double step = std::min(d, temperature);
                pos[i].x += disp[i].x / d * step;
                pos[i].y += disp[i].y / d * step;
            }
        }
        temperature *= cooling;
    }
    if (progress)
        progress(options.iterations, options.iterations);

    std::unordered_map<NodeId, QPointF> result;
    for (size_t i = 0; i < n; ++i)
        if (!fixed[i])
            result.emplace(ids[i],
                           QPointF(std::round(pos[i].x * 10) / 10, std::round(pos[i].y * 10) / 10));
    return result;
}

std::vector<std::pair<NodeId, QPointF>> placeUnpositionedNodes(const KnowledgeGraph& graph) {
    std::unordered_set<NodeId> pinned;
    bool anyFree = false;
    graph.forEachNode([&](const NodeData& node) {
        if (node.position)
            pinned.insert(node.id);
        else
            anyFree = true;
    });
    std::vector<std::pair<NodeId, QPointF>> result;
    if (!anyFree)
        return result;
    auto layout = forceLayout(graph, pinned);
    for (const auto& [id, point] : layout.value())
        result.emplace_back(id, point);
    std::sort(result.begin(), result.end(),
              [](const auto& a, const auto& b) { return a.first < b.first; });
    return result;
}

} // namespace kizuna
