#include "layout/Layouts.h"

#include "layout/Compaction.h"
#include "layout/ForceLayout.h"

#include <algorithm>
#include <cmath>
#include <deque>
#include <numeric>

namespace kizuna {
namespace {

const std::pair<LayoutAlgorithm, const char*> kKeys[] = {{LayoutAlgorithm::Force, "force"},
                                                         {LayoutAlgorithm::Circular, "circular"},
                                                         {LayoutAlgorithm::Layered, "layered"},
                                                         {LayoutAlgorithm::Radial, "radial"},
                                                         {LayoutAlgorithm::Grid, "grid"}};

// The nodes to lay out as indexes 0..n-1 (in id order), with the relations among them.
struct SubGraph {
    std::vector<NodeId> ids;
    std::unordered_map<NodeId, int> index;
    std::vector<std::vector<int>> neighbours; // both ways, no self-loops, no duplicates
    std::vector<std::vector<int>> successors; // along the relation's direction
};

SubGraph subGraph(const KnowledgeGraph& graph, const std::unordered_set<NodeId>& only) {
    SubGraph g;
    for (NodeId id : graph.nodeIds())
        if (only.empty() || only.count(id)) {
            g.index[id] = int(g.ids.size());
            g.ids.push_back(id);
        }
    g.neighbours.resize(g.ids.size());
    g.successors.resize(g.ids.size());
    for (EdgeId id : graph.edgeIds()) {
        const EdgeData& edge = *graph.edge(id);
        auto a = g.index.find(edge.source), b = g.index.find(edge.target);
        if (a == g.index.end() || b == g.index.end() || a->second == b->second)
            continue;
        g.neighbours[size_t(a->second)].push_back(b->second);
        g.neighbours[size_t(b->second)].push_back(a->second);
        g.successors[size_t(a->second)].push_back(b->second);
    }
    for (auto* lists : {&g.neighbours, &g.successors})
        for (auto& list : *lists) {
            std::sort(list.begin(), list.end());
            list.erase(std::unique(list.begin(), list.end()), list.end());
        }
    return g;
}

QPointF centroid(const KnowledgeGraph& graph, const std::vector<NodeId>& ids) {
    QPointF sum;
    int count = 0;
    for (NodeId id : ids)
        if (const auto& p = graph.node(id)->position) {
            sum += *p;
            ++count;
        }
    return count ? sum / count : QPointF();
}

QPointF rounded(QPointF p) {
    return QPointF(std::round(p.x() * 10) / 10, std::round(p.y() * 10) / 10);
}

// Nodes in the order a depth-first walk meets them, component by component, starting each
// component at its least connected node (the end of a chain): neighbours end up next to each
// other on a circle.
std::vector<int> walkOrder(const std::vector<std::vector<int>>& neighbours) {
    const size_t n = neighbours.size();
    std::vector<int> byDegree(n);
    std::iota(byDegree.begin(), byDegree.end(), 0);
    std::stable_sort(byDegree.begin(), byDegree.end(), [&](int a, int b) {
        return neighbours[size_t(a)].size() < neighbours[size_t(b)].size();
    });
    std::vector<char> seen(n, 0);
    std::vector<int> order;
    order.reserve(n);
    for (int start : byDegree) {
        if (seen[size_t(start)])
            continue;
        std::vector<int> stack{start};
        while (!stack.empty()) {
            const int v = stack.back();
            stack.pop_back();
            if (seen[size_t(v)])
                continue;
            seen[size_t(v)] = 1;
            order.push_back(v);
            const auto& next = neighbours[size_t(v)];
            for (auto it = next.rbegin(); it != next.rend(); ++it)
                if (!seen[size_t(*it)])
                    stack.push_back(*it);
        }
    }
    return order;
}

// The parts the centre cannot reach get rings of their own, around their most connected node
// (instead of one outer ring that stretches their relations across the picture); packing then
// puts them beside the main rings.
void ringOtherParts(const std::vector<std::vector<int>>& neighbours, int centre, double spacing,
                    std::vector<QPointF>& points) {
    const size_t n = neighbours.size();
    std::vector<int> part(n, -1);
    int parts = 0;
    for (size_t start = 0; start < n; ++start) {
        if (part[start] >= 0)
            continue;
        std::vector<int> members{int(start)};
        part[start] = parts;
        for (size_t k = 0; k < members.size(); ++k)
            for (int w : neighbours[size_t(members[k])])
                if (part[size_t(w)] < 0) {
                    part[size_t(w)] = parts;
                    members.push_back(w);
                }
        ++parts;
        if (part[size_t(centre)] == part[start])
            continue;
        // This part alone, on local indexes.
        std::unordered_map<int, int> local;
        for (int v : members)
            local.emplace(v, int(local.size()));
        std::vector<std::vector<int>> sub(members.size());
        int hub = 0;
        for (int v : members) {
            for (int w : neighbours[size_t(v)])
                sub[size_t(local.at(v))].push_back(local.at(w));
            if (neighbours[size_t(v)].size() > neighbours[size_t(members[size_t(hub)])].size())
                hub = local.at(v);
        }
        const std::vector<QPointF> ringed = radialPositions(sub, hub, spacing);
        const QPointF offset = points[size_t(members.front())]; // anywhere: packing moves it
        for (int v : members)
            points[size_t(v)] = ringed[size_t(local.at(v))] + offset;
    }
}

} // namespace

std::vector<std::pair<NodeId, QPointF>> inIdOrder(const Positions& positions) {
    std::vector<std::pair<NodeId, QPointF>> moves(positions.begin(), positions.end());
    std::sort(moves.begin(), moves.end(),
              [](const auto& a, const auto& b) { return a.first < b.first; });
    return moves;
}

QString layoutKey(LayoutAlgorithm algorithm) {
    for (const auto& [value, key] : kKeys)
        if (value == algorithm)
            return QString::fromLatin1(key);
    return {};
}

std::optional<LayoutAlgorithm> layoutFromKey(const QString& key) {
    for (const auto& [value, name] : kKeys)
        if (key == QLatin1String(name))
            return value;
    return std::nullopt;
}

std::vector<QPointF> circularPositions(const std::vector<std::vector<int>>& neighbours,
                                       double spacing) {
    const size_t n = neighbours.size();
    std::vector<QPointF> result(n);
    if (n <= 1)
        return result;
    const double radius = std::max(spacing, spacing * double(n) / (2 * M_PI));
    const std::vector<int> order = walkOrder(neighbours);
    for (size_t k = 0; k < n; ++k) {
        const double angle = 2 * M_PI * double(k) / double(n) - M_PI / 2; // first at the top
        result[size_t(order[k])] = QPointF(radius * std::cos(angle), radius * std::sin(angle));
    }
    return result;
}

std::vector<QPointF> gridPositions(size_t count, double spacing) {
    std::vector<QPointF> result(count);
    const size_t columns = size_t(std::ceil(std::sqrt(double(count))));
    if (columns == 0)
        return result;
    const size_t rows = (count + columns - 1) / columns;
    const QPointF offset((double(columns) - 1) * spacing / 2, (double(rows) - 1) * spacing / 2);
    for (size_t i = 0; i < count; ++i)
        result[i] = QPointF(double(i % columns) * spacing, double(i / columns) * spacing) - offset;
    return result;
}

std::vector<QPointF> radialPositions(const std::vector<std::vector<int>>& neighbours, int centre,
                                     double spacing) {
    const size_t n = neighbours.size();
    std::vector<QPointF> result(n);
    if (n == 0)
        return result;
    // Breadth-first tree from the centre; unreachable nodes form one more ring outside.
    std::vector<int> depth(n, -1), parent(n, -1), order;
    std::deque<int> queue{centre};
    depth[size_t(centre)] = 0;
    while (!queue.empty()) {
        const int v = queue.front();
        queue.pop_front();
        order.push_back(v);
        for (int w : neighbours[size_t(v)])
            if (depth[size_t(w)] < 0) {
                depth[size_t(w)] = depth[size_t(v)] + 1;
                parent[size_t(w)] = v;
                queue.push_back(w);
            }
    }
    const int maxDepth = depth[size_t(order.back())];
    std::vector<int> unreachable;
    for (size_t v = 0; v < n; ++v)
        if (depth[v] < 0)
            unreachable.push_back(int(v));
    // Each node gets a wedge of its parent's wedge in proportion to the leaves below it, so
    // branches keep apart.
    std::vector<double> leaves(n, 1.0);
    for (auto it = order.rbegin(); it != order.rend(); ++it) {
        bool hasChildren = false;
        for (int w : neighbours[size_t(*it)])
            if (parent[size_t(w)] == *it)
                hasChildren = true;
        if (hasChildren) {
            leaves[size_t(*it)] = 0;
            for (int w : neighbours[size_t(*it)])
                if (parent[size_t(w)] == *it)
                    leaves[size_t(*it)] += leaves[size_t(w)];
        }
    }
    // Rings far enough apart, and wide enough for the nodes they carry.
    std::vector<int> perRing(size_t(maxDepth) + 2, 0);
    for (int v : order)
        ++perRing[size_t(depth[size_t(v)])];
    perRing.back() = int(unreachable.size());
    std::vector<double> radius(perRing.size(), 0);
    for (size_t ring = 1; ring < perRing.size(); ++ring)
        radius[ring] =
            std::max(radius[ring - 1] + spacing, spacing * 0.8 * perRing[ring] / (2 * M_PI));
    std::vector<double> start(n, 0), width(n, 2 * M_PI);
    for (int v : order) {
        double next = start[size_t(v)];
        for (int w : neighbours[size_t(v)]) {
            if (parent[size_t(w)] != v)
                continue;
            start[size_t(w)] = next;
            width[size_t(w)] = width[size_t(v)] * leaves[size_t(w)] / leaves[size_t(v)];
            next += width[size_t(w)];
        }
        if (v == centre)
            continue;
        const double angle = start[size_t(v)] + width[size_t(v)] / 2 - M_PI / 2;
        const double r = radius[size_t(depth[size_t(v)])];
        result[size_t(v)] = QPointF(r * std::cos(angle), r * std::sin(angle));
    }
    for (size_t k = 0; k < unreachable.size(); ++k) {
        const double angle = 2 * M_PI * double(k) / double(unreachable.size()) - M_PI / 2;
        result[size_t(unreachable[k])] =
            QPointF(radius.back() * std::cos(angle), radius.back() * std::sin(angle));
    }
    return result;
}

Result<Positions> computeLayout(const KnowledgeGraph& graph, LayoutAlgorithm algorithm,
                                const LayoutOptions& options, const ProgressCallback& progress) {
    for (NodeId id : options.nodes)
        if (!graph.contains(id))
            return Error{QStringLiteral("node %1 is not in the map").arg(id.value)};
    if (options.centre.isValid() && !graph.contains(options.centre))
        return Error{QStringLiteral("node %1 is not in the map").arg(options.centre.value)};
    if (algorithm == LayoutAlgorithm::Force) {
        std::unordered_set<NodeId> pinned = options.pinned;
        if (!options.nodes.empty())
            for (NodeId id : graph.nodeIds())
                if (!options.nodes.count(id) && graph.node(id)->position)
                    pinned.insert(id); // the rest of the map stays as it is
        ForceLayoutOptions force;
        force.edgeLength = options.spacing;
        force.fromCurrent = true; // as users expect of a force layout: it continues from here
        auto placed = forceLayout(graph, pinned, force, progress);
        if (!placed)
            return Error{placed.error()};
        if (options.nodes.empty()) {
            if (options.compact && pinned.empty()) {
                CompactOptions compact;
                compact.language = options.language;
                compactLayout(graph, placed.value(), compact);
            }
            return placed;
        }
        Positions only;
        for (const auto& [id, point] : placed.value())
            if (options.nodes.count(id))
                only.emplace(id, point);
        return only;
    }
    const SubGraph g = subGraph(graph, options.nodes);
    std::vector<QPointF> points;
    QPointF anchor = centroid(graph, g.ids);
    NodeId radialCentre;
    switch (algorithm) {
    case LayoutAlgorithm::Circular:
        points = circularPositions(g.neighbours, options.spacing);
        break;
    case LayoutAlgorithm::Grid: {
        // Row by row, grouped by type (then id), so a grid reads like a sorted table.
        std::vector<int> order(g.ids.size());
        std::iota(order.begin(), order.end(), 0);
        std::stable_sort(order.begin(), order.end(), [&](int a, int b) {
            return graph.node(g.ids[size_t(a)])->type < graph.node(g.ids[size_t(b)])->type;
        });
        const std::vector<QPointF> cells = gridPositions(g.ids.size(), options.spacing);
        points.resize(g.ids.size());
        for (size_t k = 0; k < order.size(); ++k)
            points[size_t(order[k])] = cells[k];
        break;
    }
    case LayoutAlgorithm::Layered:
        points = layeredPositions(g.successors, options.spacing);
        break;
    case LayoutAlgorithm::Radial: {
        int centre = 0;
        if (options.centre.isValid() && g.index.count(options.centre)) {
            centre = g.index.at(options.centre);
        } else {
            for (size_t v = 0; v < g.ids.size(); ++v)
                if (g.neighbours[v].size() > g.neighbours[size_t(centre)].size())
                    centre = int(v);
        }
        if (g.ids.empty())
            break;
        points = radialPositions(g.neighbours, centre, options.spacing);
        radialCentre = g.ids[size_t(centre)];
        if (options.compact && options.nodes.empty())
            ringOtherParts(g.neighbours, centre, options.spacing, points);
        // The centre stays where it is; the rings form around it.
        if (const auto& p = graph.node(g.ids[size_t(centre)])->position)
            anchor = *p;
        break;
    }
    case LayoutAlgorithm::Force:
        break;
    }
    if (progress && !progress(1, 1))
        return Error{QStringLiteral("layout cancelled")};
    Positions result;
    result.reserve(g.ids.size());
    for (size_t v = 0; v < g.ids.size(); ++v)
        result.emplace(g.ids[v], rounded(points[v] + anchor));
    if (options.compact && options.nodes.empty()) {
        CompactOptions compact;
        compact.language = options.language;
        compact.pack = algorithm != LayoutAlgorithm::Grid;
        if (algorithm == LayoutAlgorithm::Radial && !g.ids.empty())
            compact.anchor = radialCentre;
        compactLayout(graph, result, compact);
    }
    return result;
}

} // namespace kizuna
