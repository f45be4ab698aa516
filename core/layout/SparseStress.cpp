#include "layout/SparseStress.h"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <limits>
#include <random>

namespace kizuna::layout {
namespace {

constexpr std::uint8_t kFar = 255; // not reached, or farther than 254 hops

// Hops from `source` to every node (kFar where not reached).
void hopsFrom(const Adjacency& graph, int source, std::vector<std::uint8_t>& hops,
              std::vector<int>& queue) {
    std::fill(hops.begin(), hops.end(), kFar);
    queue.clear();
    queue.push_back(source);
    hops[size_t(source)] = 0;
    for (size_t at = 0; at < queue.size(); ++at) {
        const int u = queue[at];
        const std::uint8_t next = hops[size_t(u)] + 1;
        if (next >= kFar)
            continue;
        for (int e = graph.first[size_t(u)]; e < graph.first[size_t(u) + 1]; ++e) {
            const int v = graph.other[size_t(e)];
            if (hops[size_t(v)] == kFar) {
                hops[size_t(v)] = next;
                queue.push_back(v);
            }
        }
    }
}

} // namespace

bool refineSparseStress(const Adjacency& graph, std::vector<Vec>& pos, const StressOptions& options,
                        const std::function<bool(int)>& tick) {
    const int pivotCount = options.pivots, iterations = options.iterations;
    const unsigned seed = options.seed;
    const size_t n = pos.size();
    if (n < 3 || pivotCount <= 0 || iterations <= 0)
        return true;
    // Each pivot keeps a byte per node: at most 32 MB of them (200 pivots at 100,000 nodes, 32 at
    // a million).
    constexpr size_t kHopsBudget = size_t(32) << 20;
    const size_t p = std::min({size_t(pivotCount), n, std::max<size_t>(16, kHopsBudget / n)});
    // Pivots far apart (each the node farthest from those chosen so far), their hops to every
    // node, and each node's nearest pivot (the pivot's region).
    std::vector<int> pivots;
    std::vector<std::vector<std::uint8_t>> hops(p, std::vector<std::uint8_t>(n));
    std::vector<std::uint8_t> nearest(n, kFar);
    std::vector<int> region(n, -1);
    std::vector<int> queue;
    queue.reserve(n);
    std::mt19937 rng(seed);
    int next = int(rng() % n);
    for (size_t k = 0; k < p; ++k) {
        pivots.push_back(next);
        hopsFrom(graph, next, hops[k], queue);
        std::uint8_t farthest = 0;
        for (size_t i = 0; i < n; ++i) {
            if (hops[k][i] < nearest[i]) {
                nearest[i] = hops[k][i];
                region[i] = int(k);
            }
            // The next pivot: the reached node farthest from every pivot so far.
            if (nearest[i] != kFar && nearest[i] > farthest) {
                farthest = nearest[i];
                next = int(i);
            }
        }
        if (farthest == 0) { // every node is a pivot or unreached from them: pick at random
            next = int(rng() % n);
        }
    }
    // A pivot stands for the nodes of its region within half the distance to the node it pulls
    // on: count them by distance once.
    std::vector<std::vector<int>> within(p, std::vector<int>(256, 0));
    for (size_t i = 0; i < n; ++i)
        if (region[i] >= 0)
            ++within[size_t(region[i])][nearest[i]];
    for (auto& counts : within)
        for (size_t d = 1; d < counts.size(); ++d)
            counts[d] += counts[d - 1];

    // The length of a hop that fits the start best (least squares over the same terms), so the
    // refinement reshapes the drawing without shrinking or growing it.
    auto forEachTerm = [&](size_t i, const auto& visit) {
        for (int e = graph.first[i]; e < graph.first[i + 1]; ++e)
            if (size_t(graph.other[size_t(e)]) != i)
                visit(size_t(graph.other[size_t(e)]), 1.0, options.neighbourWeight);
        for (size_t k = 0; k < p; ++k) {
            const std::uint8_t h = hops[k][i];
            if (h == kFar || h <= 1)
                continue; // unreached, itself, or a neighbour (counted above)
            visit(size_t(pivots[k]), double(h),
                  double(std::max(1, within[k][h / 2])) / double(h * h));
        }
    };
    double drawnTimesHops = 0, hopsSquared = 0;
    for (size_t i = 0; i < n; ++i)
        forEachTerm(i, [&](size_t j, double h, double w) {
            drawnTimesHops += w * h * std::hypot(pos[i].x - pos[j].x, pos[i].y - pos[j].y);
            hopsSquared += w * h * h;
        });
    if (hopsSquared <= 0 || drawnTimesHops <= 0)
        return true; // no terms (no links), or every node on one spot
    const double hopLength = drawnTimesHops / hopsSquared;

    std::vector<Vec> moved(n);
    for (int iteration = 0; iteration < iterations; ++iteration) {
        if (!tick(iteration))
            return false;
        auto work = [&](size_t begin, size_t end) {
            for (size_t i = begin; i < end; ++i) {
                double sx = 0, sy = 0, sw = 0;
                // Moves i towards where each term (j at h hops, weight w) would put it.
                forEachTerm(i, [&](size_t j, double h, double w) {
                    const double d = h * hopLength;
                    const double dx = pos[i].x - pos[j].x, dy = pos[i].y - pos[j].y;
                    const double len = std::sqrt(dx * dx + dy * dy);
                    const double scale = len > 1e-9 ? d / len : 0.0;
                    sx += w * (pos[j].x + dx * scale);
                    sy += w * (pos[j].y + dy * scale);
                    sw += w;
                });
                moved[i] = sw > 0 ? Vec{sx / sw, sy / sw} : pos[i];
            }
        };
        inParallel(n, n > 2000 ? workerCount() : 1, work);
        pos.swap(moved);
    }
    return true;
}

} // namespace kizuna::layout
