#include "layout/ForceLayout.h"

#include "layout/Compaction.h"

#include <QRectF>
#include <algorithm>
#include <cmath>
#include <numeric>
#include <random>
#include <thread>

namespace kizuna {
namespace {

constexpr double kTheta = 0.9; // Barnes–Hut opening angle

size_t workerCount() {
    return std::clamp<size_t>(std::thread::hardware_concurrency(), 1, 4);
}

// A direction that depends only on the seed and the pair; the other node of the pair gets the
// opposite one, so the two move apart.
double pairAngle(quint32 seed, int i, int j) {
    quint64 h = (quint64(std::min(i, j)) << 32 | quint64(std::max(i, j))) ^ (quint64(seed) << 17);
    h ^= h >> 33;
    h *= 0xff51afd7ed558ccdULL;
    h ^= h >> 33;
    return double(h % 100000) / 100000.0 * 2 * M_PI + (i < j ? 0 : M_PI);
}

struct Vec {
    double x = 0, y = 0;
};

// Barnes–Hut quadtree: far-off groups of nodes repel as one body at their centre of mass, so an
// iteration is O(n log n) and still feels every node. (A cut-off radius instead lets hubs pull
// the graph into a dense core that gets slower every iteration.)
class QuadTree {
public:
    static constexpr int kLeafSize = 8;
    static constexpr int kMaxDepth = 32;

    explicit QuadTree(const std::vector<Vec>& pos) : m_pos(pos), m_order(pos.size()) {
        std::iota(m_order.begin(), m_order.end(), 0);
        if (pos.empty())
            return;
        double minX = pos[0].x, maxX = pos[0].x, minY = pos[0].y, maxY = pos[0].y;
        for (const Vec& p : pos) {
            minX = std::min(minX, p.x);
            maxX = std::max(maxX, p.x);
            minY = std::min(minY, p.y);
            maxY = std::max(maxY, p.y);
        }
        const double half = std::max(maxX - minX, maxY - minY) / 2 + 1;
        m_cells.reserve(pos.size() / 2 + 16);
        build((minX + maxX) / 2, (minY + maxY) / 2, half, 0, int(pos.size()), 0);
    }

    // Adds the repulsion (k^2 / d along the line between them) that the tree's nodes, but node
    // `self` (-1: none), exert on a node at `p`; `theta` trades accuracy for speed.
    template <typename Coincident>
    void repel(const Vec& p, int self, double k2, double theta, Vec& disp,
               Coincident pushApart) const {
        if (m_cells.empty())
            return;
        int stack[4 * kMaxDepth + 8];
        int top = 0;
        stack[top++] = 0;
        while (top > 0) {
            const Cell& c = m_cells[size_t(stack[--top])];
            const double dx = p.x - c.mx, dy = p.y - c.my;
            const double d2 = dx * dx + dy * dy;
            if (c.children[0] < 0 && c.children[1] < 0 && c.children[2] < 0 &&
                c.children[3] < 0) { // a leaf: its nodes one by one
                for (int k = c.first; k < c.last; ++k) {
                    const int j = m_order[size_t(k)];
                    if (j == self)
                        continue;
                    double ex = p.x - m_pos[size_t(j)].x, ey = p.y - m_pos[size_t(j)].y;
                    double e2 = ex * ex + ey * ey;
                    if (e2 < 1e-6)
                        pushApart(j, ex, ey, e2);
                    disp.x += ex * k2 / e2;
                    disp.y += ey * k2 / e2;
                }
            } else if (4 * c.half * c.half < theta * theta * d2) { // far: one body
                const double f = k2 * double(c.last - c.first) / d2;
                disp.x += dx * f;
                disp.y += dy * f;
            } else {
                for (int child : c.children)
                    if (child >= 0)
                        stack[top++] = child;
            }
        }
    }

private:
    struct Cell {
        double half = 0, mx = 0, my = 0; // half the side; centre of mass
        int first = 0, last = 0;         // the cell's nodes: m_order[first, last)
        int children[4] = {-1, -1, -1, -1};
    };

    int build(double cx, double cy, double half, int first, int last, int depth) {
        const int index = int(m_cells.size());
        m_cells.push_back(Cell{});
        double sx = 0, sy = 0;
        for (int k = first; k < last; ++k) {
            sx += m_pos[size_t(m_order[size_t(k)])].x;
            sy += m_pos[size_t(m_order[size_t(k)])].y;
        }
        const double count = double(last - first);
        m_cells[size_t(index)].half = half;
        m_cells[size_t(index)].mx = sx / count;
        m_cells[size_t(index)].my = sy / count;
        m_cells[size_t(index)].first = first;
        m_cells[size_t(index)].last = last;
        if (last - first <= kLeafSize || depth >= kMaxDepth)
            return index;
        // Split into quadrants in place: first by y, then each half by x.
        auto begin = m_order.begin();
        auto below = [&](int j) { return m_pos[size_t(j)].y < cy; };
        auto left = [&](int j) { return m_pos[size_t(j)].x < cx; };
        const int midY = int(std::partition(begin + first, begin + last, below) - begin);
        const int q0 = int(std::partition(begin + first, begin + midY, left) - begin);
        const int q2 = int(std::partition(begin + midY, begin + last, left) - begin);
        const int bounds[5] = {first, q0, midY, q2, last};
        const double h = half / 2;
        const double offsets[4][2] = {{-h, -h}, {h, -h}, {-h, h}, {h, h}};
        for (int q = 0; q < 4; ++q)
            if (bounds[q + 1] > bounds[q]) {
                const int child = build(cx + offsets[q][0], cy + offsets[q][1], h, bounds[q],
                                        bounds[q + 1], depth + 1);
                m_cells[size_t(index)].children[q] = child;
            }
        return index;
    }

    const std::vector<Vec>& m_pos;
    std::vector<int> m_order;
    std::vector<Cell> m_cells;
};

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
    const double cooling = std::pow(0.02 * k / temperature, 1.0 / std::max(1, options.iterations));
    const double gravity = 0.02; // keeps separate components from drifting apart
    for (int iteration = 0; iteration < options.iterations; ++iteration) {
        if (progress && iteration % 10 == 0 && !progress(iteration, options.iterations))
            return Error{QStringLiteral("layout cancelled")};
        std::fill(disp.begin(), disp.end(), Vec{});
        for (size_t f = 0; f < freeNodes.size(); ++f)
            freePos[f] = pos[size_t(freeNodes[f])];
        const QuadTree freeTree(freePos);
        // Each node's repulsion only reads the trees, so the nodes are shared among threads; the
        // result does not depend on how many.
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
        const size_t threads = m > 2000 ? workerCount() : 1;
        std::vector<std::thread> workers;
        for (size_t t = 1; t < threads; ++t)
            workers.emplace_back(repelRange, m * t / threads, m * (t + 1) / threads);
        repelRange(0, m / threads);
        for (std::thread& worker : workers)
            worker.join();
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
    gatherLoneNodes(pos, fixed, neighbours, centre, k);

    std::unordered_map<NodeId, QPointF> result;
    for (size_t i = 0; i < n; ++i)
        if (!fixed[i])
            result.emplace(ids[i],
                           QPointF(std::round(pos[i].x * 10) / 10, std::round(pos[i].y * 10) / 10));
    return result;
}

namespace {

// The unplaced nodes on a square grid (id order) to the right of the placed ones.
std::vector<std::pair<NodeId, QPointF>> gridBeside(const KnowledgeGraph& graph) {
    const double spacing = ForceLayoutOptions{}.edgeLength;
    std::vector<NodeId> free;
    double right = -spacing * 2, top = 0;
    bool any = false;
    for (NodeId id : graph.nodeIds()) {
        const auto& p = graph.node(id)->position;
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

} // namespace

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
    if (graph.nodeCount() - pinned.size() > kForcePlacementLimit)
        return gridBeside(graph);
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
