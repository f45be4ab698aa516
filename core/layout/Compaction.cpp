#include "layout/Compaction.h"

#include <algorithm>
#include <cmath>
#include <numeric>
#include <unordered_set>

namespace kizuna {
namespace {

constexpr double kShape = 21.0;        // a node's half extent (radius 16 and its outline, squares)
constexpr size_t kLabelRoomUpTo = 400; // nodes whose names get room in the layout
constexpr size_t kFullOverlapRemovalUpTo = 20000; // beyond, overlaps are left (see below)

std::int64_t cellKey(int x, int y) {
    return (std::int64_t(y) << 32) ^ std::int64_t(std::uint32_t(x));
}

// Connected components as lists of node indexes, largest first.
std::vector<std::vector<int>> components(const std::vector<std::vector<int>>& neighbours) {
    const size_t n = neighbours.size();
    std::vector<int> component(n, -1);
    std::vector<std::vector<int>> result;
    for (size_t start = 0; start < n; ++start) {
        if (component[start] >= 0)
            continue;
        std::vector<int> members{int(start)};
        component[start] = int(result.size());
        for (size_t k = 0; k < members.size(); ++k)
            for (int w : neighbours[size_t(members[k])])
                if (component[size_t(w)] < 0) {
                    component[size_t(w)] = int(result.size());
                    members.push_back(w);
                }
        result.push_back(std::move(members));
    }
    std::stable_sort(result.begin(), result.end(),
                     [](const auto& a, const auto& b) { return a.size() > b.size(); });
    return result;
}

} // namespace

QRectF nodeFootprint(const QString& label) {
    // About 7 units per Latin letter and 12 per CJK character at the 12-unit label font.
    double width = 0;
    for (QChar c : label)
        width += c.unicode() >= 0x2E80 ? 12.0 : 7.0;
    width = std::min(width, 260.0);
    if (label.isEmpty())
        return QRectF(-kShape, -kShape, 2 * kShape, 2 * kShape);
    return QRectF(-kShape, -kShape, 2 * kShape + 5 + width, 2 * kShape);
}

void packComponents(std::vector<QPointF>& points, const std::vector<std::vector<int>>& neighbours,
                    const std::vector<QRectF>& footprints, double gap) {
    const std::vector<std::vector<int>> parts = components(neighbours);
    if (parts.size() < 2)
        return;
    // Cells about a node across: fine enough to nest small parts into the big one's bays.
    const double cell = 2 * kShape + gap;
    auto toCell = [&](double v) { return int(std::floor(v / cell)); };
    std::unordered_set<std::int64_t> taken;
    int lastRing = 0;
    std::pair<size_t, QSizeF> lastShape{0, {}};
    QPointF firstCentre;
    for (size_t p = 0; p < parts.size(); ++p) {
        const std::vector<int>& part = parts[p];
        // The part's cells around its own centre: footprints (with the gap) and its relations.
        QRectF bounds;
        for (int v : part) {
            const QRectF box = footprints[size_t(v)].translated(points[size_t(v)]);
            bounds = bounds.isNull() ? box : bounds.united(box);
        }
        const QPointF centre = bounds.center();
        std::unordered_set<std::int64_t> own;
        auto mark = [&](const QRectF& box) {
            for (int y = toCell(box.top() - centre.y()); y <= toCell(box.bottom() - centre.y());
                 ++y)
                for (int x = toCell(box.left() - centre.x()); x <= toCell(box.right() - centre.x());
                     ++x)
                    own.insert(cellKey(x, y));
        };
        for (int v : part) {
            mark(footprints[size_t(v)]
                     .translated(points[size_t(v)])
                     .adjusted(-gap / 2, -gap / 2, gap / 2, gap / 2));
            for (int w : neighbours[size_t(v)]) {
                if (w < v)
                    continue;
                const QPointF a = points[size_t(v)], b = points[size_t(w)];
                const int steps = int(std::hypot(b.x() - a.x(), b.y() - a.y()) / (cell / 2));
                for (int s = 1; s < steps; ++s) {
                    const QPointF q = a + (b - a) * (double(s) / steps);
                    own.insert(cellKey(toCell(q.x() - centre.x()), toCell(q.y() - centre.y())));
                }
            }
        }
        std::vector<std::pair<int, int>> cells;
        cells.reserve(own.size());
        for (std::int64_t key : own)
            cells.emplace_back(int(std::int32_t(key & 0xffffffff)), int(key >> 32));
        auto fits = [&](int dx, int dy) {
            for (const auto& [x, y] : cells)
                if (taken.count(cellKey(x + dx, y + dy)))
                    return false;
            return true;
        };
        // Rings of offsets around the first part's centre, nearest first (a wide ellipse: pages
        // are landscape); within the first ring that has room, the nearest free offset.
        int ring = 0;
        const std::pair<size_t, QSizeF> shape{cells.size(), bounds.size()};
        if (p > 0 && shape == lastShape)
            ring = std::max(0, lastRing - 1); // the same shape again: nearer rings are full
        std::pair<int, int> best{0, 0};
        for (bool found = p == 0; !found; ++ring) {
            double bestDistance = 0;
            for (int dy = -ring; dy <= ring; ++dy)
                for (int dx = -ring * 3 / 2; dx <= ring * 3 / 2; ++dx) {
                    if (std::abs(dy) != ring && std::abs(dx) != ring * 3 / 2)
                        continue; // inside: an earlier ring
                    const double distance = dx * dx / 2.25 + dy * dy;
                    if ((found && distance >= bestDistance) || !fits(dx, dy))
                        continue;
                    found = true;
                    bestDistance = distance;
                    best = {dx, dy};
                }
            if (found)
                lastRing = ring;
        }
        lastShape = shape;
        for (const auto& [x, y] : cells)
            taken.insert(cellKey(x + best.first, y + best.second));
        // Cells are relative to the part's centre; the first part stays where it is.
        if (p == 0)
            firstCentre = centre;
        const QPointF shift =
            p == 0 ? QPointF()
                   : firstCentre + QPointF(best.first * cell, best.second * cell) - centre;
        for (int v : part)
            points[size_t(v)] += shift;
    }
}

size_t removeOverlaps(std::vector<QPointF>& points, const std::vector<QRectF>& footprints,
                      const std::vector<char>& fixed, double gap, int rounds) {
    const size_t n = points.size();
    double cell = 1;
    for (const QRectF& f : footprints)
        cell = std::max({cell, f.width() + gap, f.height() + gap});
    size_t overlapping = 0;
    std::vector<std::pair<std::int64_t, int>> grid;
    grid.reserve(n);
    for (int round = 0; round < rounds; ++round) {
        auto box = [&](size_t v) {
            return footprints[v].translated(points[v]).adjusted(-gap / 2, -gap / 2, gap / 2,
                                                                gap / 2);
        };
        // The nodes by cell (sorted (cell, node) pairs: a hash map of lists costs most of a
        // round on a big map).
        grid.clear();
        for (size_t v = 0; v < n; ++v) {
            const QPointF c = box(v).center();
            grid.emplace_back(cellKey(int(std::floor(c.x() / cell)), int(std::floor(c.y() / cell))),
                              int(v));
        }
        std::sort(grid.begin(), grid.end());
        overlapping = 0;
        for (size_t v = 0; v < n; ++v) {
            const QPointF c = box(v).center();
            const int cx = int(std::floor(c.x() / cell)), cy = int(std::floor(c.y() / cell));
            for (int y = cy - 1; y <= cy + 1; ++y)
                for (int x = cx - 1; x <= cx + 1; ++x) {
                    const std::int64_t key = cellKey(x, y);
                    auto it = std::lower_bound(grid.begin(), grid.end(), std::make_pair(key, 0));
                    for (; it != grid.end() && it->first == key; ++it) {
                        const int w = it->second;
                        if (size_t(w) <= v || (fixed[v] && fixed[size_t(w)]))
                            continue;
                        const QRectF a = box(v), b = box(size_t(w));
                        const double ox =
                            std::min(a.right(), b.right()) - std::max(a.left(), b.left());
                        const double oy =
                            std::min(a.bottom(), b.bottom()) - std::max(a.top(), b.top());
                        if (ox <= 0.5 || oy <= 0.5) // touching is fine: the gap is air already
                            continue;
                        ++overlapping;
                        // Out along the shorter way, each half (all of it when one is fixed).
                        QPointF push;
                        if (ox < oy)
                            push.setX((a.center().x() < b.center().x() ||
                                       (a.center().x() == b.center().x() && v < size_t(w)))
                                          ? -ox
                                          : ox);
                        else
                            push.setY((a.center().y() < b.center().y() ||
                                       (a.center().y() == b.center().y() && v < size_t(w)))
                                          ? -oy
                                          : oy);
                        push *= 1.0 + 1.0 / std::max(std::abs(push.x() + push.y()), 1.0);
                        if (fixed[v])
                            points[size_t(w)] -= push;
                        else if (fixed[size_t(w)])
                            points[v] += push;
                        else {
                            points[v] += push / 2;
                            points[size_t(w)] -= push / 2;
                        }
                    }
                }
        }
        if (overlapping == 0)
            break;
    }
    return overlapping;
}

void compactLayout(const KnowledgeGraph& graph, std::unordered_map<NodeId, QPointF>& positions,
                   const CompactOptions& options) {
    std::vector<NodeId> ids;
    std::unordered_map<NodeId, int> index;
    for (NodeId id : graph.nodeIds())
        if (positions.count(id)) {
            index[id] = int(ids.size());
            ids.push_back(id);
        }
    if (ids.size() < 2)
        return;
    std::vector<QPointF> points(ids.size());
    std::vector<QRectF> footprints(ids.size());
    QPointF before;
    for (size_t v = 0; v < ids.size(); ++v) {
        points[v] = positions.at(ids[v]);
        before += points[v];
        // Up to a few hundred nodes every name gets room; beyond, names that do not fit are
        // hidden by the label placement anyway, and room for all would spread hubs' neighbours
        // far apart: only the shapes are kept apart.
        footprints[v] = nodeFootprint(ids.size() <= kLabelRoomUpTo
                                          ? graph.node(ids[v])->labels.display(options.language)
                                          : QString());
    }
    std::vector<std::vector<int>> neighbours(ids.size());
    for (EdgeId id : graph.edgeIds()) {
        const EdgeData& edge = *graph.edge(id);
        auto a = index.find(edge.source), b = index.find(edge.target);
        if (a == index.end() || b == index.end() || a->second == b->second)
            continue;
        neighbours[size_t(a->second)].push_back(b->second);
        neighbours[size_t(b->second)].push_back(a->second);
    }
    const auto anchor = index.find(options.anchor);
    const QPointF anchorWas = anchor != index.end() ? points[size_t(anchor->second)] : QPointF();
    if (options.pack)
        packComponents(points, neighbours, footprints);
    std::vector<char> fixed(ids.size(), 0);
    if (anchor != index.end()) { // the anchor's part back where it was, the anchor held there
        const QPointF back = anchorWas - points[size_t(anchor->second)];
        for (QPointF& p : points)
            p += back;
        fixed[size_t(anchor->second)] = 1;
    }
    // Where pushing apart does not settle (a dense hub), spread the whole picture a little and
    // push again: a uniform spread keeps the shape. Not on a big map: the dense core of a big
    // small-world graph (its hubs and what hangs on them; 100,000 nodes: 350,000 overlapping
    // pairs, 2 % fewer a round) would need the picture spread many times over, for minutes.
    // The canvas draws such a core as dots and names what fits as one zooms in.
    const int attempts = ids.size() > kFullOverlapRemovalUpTo ? 0 : 8;
    for (int attempt = 0; attempt < attempts && removeOverlaps(points, footprints, fixed) > 0;
         ++attempt) {
        QPointF centre;
        for (const QPointF& p : points)
            centre += p;
        centre /= double(points.size());
        const QPointF hold = anchor != index.end() ? points[size_t(anchor->second)] : centre;
        for (QPointF& p : points)
            p = hold + (p - hold) * 1.15;
    }
    QPointF after;
    for (const QPointF& p : points)
        after += p;
    const QPointF shift = anchor != index.end() ? QPointF() : (before - after) / double(ids.size());
    for (size_t v = 0; v < ids.size(); ++v)
        positions[ids[v]] = QPointF(std::round((points[v].x() + shift.x()) * 10) / 10,
                                    std::round((points[v].y() + shift.y()) * 10) / 10);
}

} // namespace kizuna
