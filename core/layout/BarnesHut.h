#pragma once
// The Barnes–Hut quadtree of the force layouts: far-off groups of nodes repel as one body at
// their centre of mass, so an iteration is O(n log n) and still feels every node. (A cut-off
// radius instead lets hubs pull the graph into a dense core that gets slower every iteration.)

#include <QtGlobal>
#include <algorithm>
#include <cmath>
#include <numeric>
#include <thread>
#include <vector>

namespace kizuna::layout {

struct Vec {
    double x = 0, y = 0;
};

constexpr double kTheta = 0.9; // Barnes–Hut opening angle

// Threads that share an iteration's repulsion (each node's sum only reads the tree, so the
// result does not depend on how many).
inline size_t workerCount() {
    return std::clamp<size_t>(std::thread::hardware_concurrency(), 1, 4);
}

// Runs work(first, last) over [0, n) in `threads` consecutive parts, the first on this thread.
template <typename Work> void inParallel(size_t n, size_t threads, const Work& work) {
    std::vector<std::thread> workers;
    for (size_t t = 1; t < threads; ++t)
        workers.emplace_back(work, n * t / threads, n * (t + 1) / threads);
    work(size_t(0), n / threads);
    for (std::thread& worker : workers)
        worker.join();
}

// Moves `p` along `disp`, by at most `temperature`.
inline void stepWithin(Vec& p, const Vec& disp, double temperature) {
    const double d = std::sqrt(disp.x * disp.x + disp.y * disp.y);
    if (d > 0) {
        const double step = std::min(d, temperature);
        p.x += disp.x / d * step;
        p.y += disp.y / d * step;
    }
}

// A direction that depends only on the seed and the pair; the other node of the pair gets the
// opposite one, so two nodes at the same place move apart.
inline double pairAngle(quint32 seed, int i, int j) {
    quint64 h = (quint64(std::min(i, j)) << 32 | quint64(std::max(i, j))) ^ (quint64(seed) << 17);
    h ^= h >> 33;
    h *= 0xff51afd7ed558ccdULL;
    h ^= h >> 33;
    return double(h % 100000) / 100000.0 * 2 * M_PI + (i < j ? 0 : M_PI);
}

class QuadTree {
public:
    static constexpr int kLeafSize = 8;
    static constexpr int kMaxDepth = 32;

    // `mass` (empty: every node weighs 1) is how many nodes a point stands for: the clusters of
    // a multilevel layout's coarse levels repel as strongly as the nodes they hold.
    explicit QuadTree(const std::vector<Vec>& pos, const std::vector<double>& mass = {})
        : m_pos(pos), m_mass(mass.empty() ? nullptr : &mass), m_order(pos.size()) {
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

    // Adds the repulsion (k^2 · mass / d along the line between them) that the tree's nodes, but
    // node `self` (-1: none), exert on a node at `p`; `theta` trades accuracy for speed.
    // `pushApart(j, dx, dy, d2)` chooses the direction away from a node at the same place.
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
                    const double f = k2 * massOf(j) / e2;
                    disp.x += ex * f;
                    disp.y += ey * f;
                }
            } else if (4 * c.half * c.half < theta * theta * d2) { // far: one body
                const double f = k2 * c.mass / d2;
                disp.x += dx * f;
                disp.y += dy * f;
            } else {
                for (int child : c.children)
                    if (child >= 0)
                        stack[top++] = child;
            }
        }
    }

    // The nodes in the tree's order: neighbours in space are neighbours here, so visiting the
    // nodes in this order keeps the tree's cells in the cache from one node to the next.
    const std::vector<int>& order() const { return m_order; }

private:
    struct Cell {
        double half = 0, mx = 0, my = 0; // half the side; centre of mass
        double mass = 0;
        int first = 0, last = 0; // the cell's nodes: m_order[first, last)
        int children[4] = {-1, -1, -1, -1};
    };

    double massOf(int j) const { return m_mass ? (*m_mass)[size_t(j)] : 1.0; }

    int build(double cx, double cy, double half, int first, int last, int depth) {
        const int index = int(m_cells.size());
        m_cells.push_back(Cell{});
        double sx = 0, sy = 0, mass = 0;
        for (int k = first; k < last; ++k) {
            const int j = m_order[size_t(k)];
            const double m = massOf(j);
            sx += m_pos[size_t(j)].x * m;
            sy += m_pos[size_t(j)].y * m;
            mass += m;
        }
        Cell& cell = m_cells[size_t(index)];
        cell.half = half;
        cell.mx = sx / mass;
        cell.my = sy / mass;
        cell.mass = mass;
        cell.first = first;
        cell.last = last;
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
    const std::vector<double>* m_mass; // null: every node weighs 1 (the default argument dies)
    std::vector<int> m_order;
    std::vector<Cell> m_cells;
};

} // namespace kizuna::layout
