#include "layout/ForceLayout.h"

#include "layout/BarnesHut.h"
#include "layout/Compaction.h"
#include "layout/MultilevelLayout.h"

#include <QRectF>
#include <algorithm>
#include <cmath>
#include <numeric>
#include <random>
#include <thread>

namespace kizuna {
namespace {

using layout::inParallel;
using layout::kTheta;
using layout::pairAngle;
using layout::QuadTree;
using layout::stepWithin;
using layout::Vec;
using layout::workerCount;

// Nodes with no relation feel only repulsion and gravity, which balance far outside the rest of
// the map (the more nodes, the farther: tens of thousands of units at 100,000 nodes). Bring each
// one that ended up beyond the connected nodes back to a ring just outside them, at its angle.
void gatherLoneNodes(std::vector<Vec>& pos, const std::vector<char>& fixed,
                     const std::vector<std::vector<int>>& neighbours, Vec centre, double k) {
    std::vector<double> radii;
    for (size_t i = 0; i < pos.size(); ++i)
        if (!neighbours[i].empty())
            radii.push_back(std::hypot(pos[i].x - centre.x, pos[i].y - centre.y));
    if (radii.empty())
        return; // nothing but lone nodes: the layout is theirs alone
    // The connected nodes' extent, ignoring the farthest tenth (long chains, small components).
    const size_t at = radii.size() * 9 / 10;
    std::nth_element(radii.begin(), radii.begin() + std::ptrdiff_t(at), radii.end());
    const double ring = radii[at] + k;
    int placed = 0;
    for (size_t i = 0; i < pos.size(); ++i) {
        if (fixed[i] || !neighbours[i].empty())
            continue;
        const double dx = pos[i].x - centre.x, dy = pos[i].y - centre.y;
        const double d = std::hypot(dx, dy);
        if (d <= ring)
            continue;
        const double r =
            ring + k * 0.5 * double(placed++ % 4); // a few rows, so they do not pile up
        pos[i] = {centre.x + dx / d * r, centre.y + dy / d * r};
    }
}

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
    // Refine the current picture, unless it is far more spread out than a force layout would be
    // (a circle of 100,000 nodes, say): from there the forces cannot pull it together in a few
    // hundred steps, so start afresh.
    bool refining = false;
    if (options.fromCurrent) {
        QRectF spread;
        for (NodeId id : ids)
            if (const auto& p = graph.node(id)->position)
                spread |= QRectF(*p, QSizeF(1, 1));
        refining = !spread.isNull() && std::max(spread.width(), spread.height()) < 8 * radius;
    }
    // Free nodes start where they are (when refining), else near their pinned neighbours if they
    // have any, else anywhere in the area.
    for (size_t i = 0; i < n; ++i) {
        if (fixed[i])
            continue;
        if (refining && graph.node(ids[i])->position) {
            const QPointF p = *graph.node(ids[i])->position;
            pos[i] = {p.x(), p.y()};
            continue;
        }
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

    // A big map with nothing pinned: coarse to fine, which is faster and finds a better
    // overall shape than hundreds of iterations over every node.
    if (n >= kMultilevelFrom &&
        std::none_of(fixed.begin(), fixed.end(), [](char f) { return f; })) {
        layout::MultilevelOptions multilevel;
        multilevel.edgeLength = k;
        multilevel.seed = options.seed;
        multilevel.coarsestIterations = options.iterations;
        auto placed = layout::multilevelLayout(n, links, refining ? pos : std::vector<Vec>{},
                                               multilevel, progress);
        if (!placed)
            return Error{QStringLiteral("layout cancelled")};
        pos = std::move(*placed);
        centre = {};
        for (const Vec& p : pos) {
            centre.x += p.x / double(n);
            centre.y += p.y / double(n);
        }
    } else {
        // Pinned nodes never move: their tree is built once, the free nodes' every iteration (so
        // placing a few new nodes on a big map costs little).
        std::vector<int> freeNodes;
        std::vector<Vec> pinnedPos;
        for (size_t i = 0; i < n; ++i) {
            if (fixed[i])
                pinnedPos.push_back(pos[i]);
            else
                freeNodes.push_back(int(i));
        }
        const QuadTree pinnedTree(pinnedPos);
        std::vector<Vec> freePos(freeNodes.size());

        std::vector<Vec> disp(n);
        // Refining moves nodes a few edge lengths at most; a fresh layout may cross the whole area.
        double temperature = refining ? 3 * k : radius * 0.2 + k;
        const double cooling =
            std::pow(0.02 * k / temperature, 1.0 / std::max(1, options.iterations));
        const double gravity = 0.02; // keeps separate components from drifting apart
        for (int iteration = 0; iteration < options.iterations; ++iteration) {
            if (progress && iteration % 10 == 0 && !progress(iteration, options.iterations))
                return Error{QStringLiteral("layout cancelled")};
            std::fill(disp.begin(), disp.end(), Vec{});
            for (size_t f = 0; f < freeNodes.size(); ++f)
                freePos[f] = pos[size_t(freeNodes[f])];
            const QuadTree freeTree(freePos);
            // Each node's repulsion only reads the trees, so the nodes are shared among threads;
            // the result does not depend on how many.
            auto repelRange = [&](size_t first, size_t last) {
                for (size_t f = first; f < last; ++f) {
                    const int i = freeNodes[f];
                    // Coincident with `other`: apart in a direction fixed by the pair.
                    auto apart = [&](int other, double& dx, double& dy, double& d2) {
                        const double angle = pairAngle(options.seed, i, other);
                        dx = std::cos(angle);
                        dy = std::sin(angle);
                        d2 = 1.0 + 1e-6;
                    };
                    Vec& d = disp[size_t(i)];
                    freeTree.repel(freePos[f], int(f), k * k, kTheta, d,
                                   [&](int j, double& dx, double& dy, double& d2) {
                                       apart(freeNodes[size_t(j)], dx, dy, d2);
                                   });
                    pinnedTree.repel(freePos[f], -1, k * k, kTheta, d,
                                     [&](int j, double& dx, double& dy, double& d2) {
                                         apart(int(n) + j, dx, dy, d2); // pinned: ids past the free
                                     });
                }
            };
            const size_t m = freeNodes.size();
            inParallel(m, m > 2000 ? workerCount() : 1, repelRange);
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
                stepWithin(pos[i], disp[i], temperature);
            }
            temperature *= cooling;
        }
        if (progress)
            progress(options.iterations, options.iterations);
    }
    gatherLoneNodes(pos, fixed, neighbours, centre, k);

    std::unordered_map<NodeId, QPointF> result;
    for (size_t i = 0; i < n; ++i)
        if (!fixed[i])
            result.emplace(ids[i],
                           QPointF(std::round(pos[i].x * 10) / 10, std::round(pos[i].y * 10) / 10));
    return result;
}

// The unplaced nodes on a square grid (id order) to the right of the placed ones.
std::vector<std::pair<NodeId, QPointF>>
gridBeside(const std::vector<std::pair<NodeId, std::optional<QPointF>>>& nodes) {
    const double spacing = ForceLayoutOptions{}.edgeLength;
    std::vector<NodeId> free;
    double right = -spacing * 2, top = 0;
    bool any = false;
    for (const auto& [id, p] : nodes) {
        if (!p) {
            free.push_back(id);
            continue;
        }
        right = any ? std::max(right, p->x()) : p->x();
        top = any ? std::min(top, p->y()) : p->y();
        any = true;
    }
    const size_t columns = size_t(std::ceil(std::sqrt(double(free.size()))));
    std::vector<std::pair<NodeId, QPointF>> result;
    for (size_t i = 0; i < free.size(); ++i)
        result.emplace_back(free[i], QPointF(right + spacing * (2 + double(i % columns)),
                                             top + spacing * double(i / columns)));
    return result;
}

std::vector<std::pair<NodeId, QPointF>> placeUnpositionedNodes(const KnowledgeGraph& graph,
                                                               Language language) {
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
    if (graph.nodeCount() - pinned.size() > kForcePlacementLimit) {
        std::vector<std::pair<NodeId, std::optional<QPointF>>> nodes;
        nodes.reserve(graph.nodeCount());
        for (NodeId id : graph.nodeIds())
            nodes.emplace_back(id, graph.node(id)->position);
        return gridBeside(nodes);
    }
    auto layout = forceLayout(graph, pinned);
    if (pinned.empty()) // a map laid out for the first time: compact, names clear of each other
    {
        CompactOptions compact;
        compact.language = language;
        compactLayout(graph, layout.value(), compact);
    }
    for (const auto& [id, point] : layout.value())
        result.emplace_back(id, point);
    std::sort(result.begin(), result.end(),
              [](const auto& a, const auto& b) { return a.first < b.first; });
    return result;
}

} // namespace kizuna
