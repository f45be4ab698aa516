#include "layout/MultilevelLayout.h"

#include "layout/SparseStress.h"

#include <algorithm>
#include <cmath>
#include <functional>
#include <numeric>
#include <random>
#include <thread>
#include <utility>

namespace kizuna::layout {
namespace {

// One level: nodes with a mass (how many of the original nodes they stand for) and weighted
// links (how many original relations join the two clusters), as adjacency arrays.
struct Level {
    std::vector<double> mass;
    std::vector<int> first;     // node i's links: [first[i], first[i + 1])
    std::vector<int> other;     // the node at the other end
    std::vector<double> weight; // how many original links
    std::vector<int> parent;    // node i's cluster in the next coarser level

    size_t size() const { return mass.size(); }
    int degree(size_t i) const { return first[i + 1] - first[i]; }
};

// Adjacency arrays from (a, b, weight) triples with a < b, sorted and merged.
void setLinks(Level& level, std::vector<std::pair<quint64, double>>& pairs) {
    std::sort(pairs.begin(), pairs.end(),
              [](const auto& x, const auto& y) { return x.first < y.first; });
    size_t merged = 0;
    for (size_t i = 0; i < pairs.size(); ++i) {
        if (merged > 0 && pairs[merged - 1].first == pairs[i].first)
            pairs[merged - 1].second += pairs[i].second;
        else
            pairs[merged++] = pairs[i];
    }
    pairs.resize(merged);
    const size_t n = level.size();
    std::vector<int> count(n + 1, 0);
    for (const auto& [key, w] : pairs) {
        ++count[size_t(key >> 32)];
        ++count[size_t(key & 0xffffffffu)];
    }
    level.first.assign(n + 1, 0);
    for (size_t i = 0; i < n; ++i)
        level.first[i + 1] = level.first[i] + count[i];
    level.other.resize(size_t(level.first[n]));
    level.weight.resize(size_t(level.first[n]));
    std::vector<int> at(level.first.begin(), level.first.end() - 1);
    for (const auto& [key, w] : pairs) {
        const int a = int(key >> 32), b = int(key & 0xffffffffu);
        level.other[size_t(at[size_t(a)])] = b;
        level.weight[size_t(at[size_t(a)]++)] = w;
        level.other[size_t(at[size_t(b)])] = a;
        level.weight[size_t(at[size_t(b)]++)] = w;
    }
}

quint64 pairKey(int a, int b) {
    return quint64(std::min(a, b)) << 32 | quint64(std::max(a, b));
}

Level finestLevel(size_t n, const std::vector<std::pair<int, int>>& links) {
    Level level;
    level.mass.assign(n, 1.0);
    std::vector<std::pair<quint64, double>> pairs;
    pairs.reserve(links.size());
    for (const auto& [a, b] : links)
        if (a != b)
            pairs.emplace_back(pairKey(a, b), 1.0);
    setLinks(level, pairs);
    return level;
}

// The next coarser level: each node, fewest links first, joins the neighbour not yet taken that
// is most tightly linked to it for its size (a matching). One whose neighbours are all taken joins
// the smallest of their clusters that has room, else pairs with another such node of the same
// neighbour (so the leaves around a hub shrink level by level too); nodes without links pair up
// among themselves. Fills fine.parent.
Level coarsen(Level& fine, quint32 seed) {
    const size_t n = fine.size();
    std::vector<int> order(n);
    std::iota(order.begin(), order.end(), 0);
    // In a seeded random order within each degree: in id order, neighbours pair the same way
    // (along rows, say) level after level.
    std::shuffle(order.begin(), order.end(), std::mt19937(seed));
    std::stable_sort(order.begin(), order.end(),
                     [&](int a, int b) { return fine.degree(size_t(a)) < fine.degree(size_t(b)); });
    constexpr int kClusterRoom = 3; // members a cluster may have when a taken neighbour's is joined
    fine.parent.assign(n, -1);
    std::vector<int> members;
    std::vector<int> waitingBeside(n, -1); // a one-node cluster of a leaf of this node
    int lonely = -1;                       // a one-node cluster of a node without links
    auto newCluster = [&](int u, int size) {
        fine.parent[size_t(u)] = int(members.size());
        members.push_back(size);
        return fine.parent[size_t(u)];
    };
    auto join = [&](int u, int cluster) {
        fine.parent[size_t(u)] = cluster;
        ++members[size_t(cluster)];
    };
    for (int u : order) {
        if (fine.parent[size_t(u)] >= 0)
            continue;
        const int begin = fine.first[size_t(u)], end = fine.first[size_t(u) + 1];
        if (begin == end) {
            if (lonely >= 0)
                join(u, std::exchange(lonely, -1));
            else
                lonely = newCluster(u, 1);
            continue;
        }
        // The neighbour most tightly bound to u for its size (heavy-edge matching): clusters
        // stay round instead of growing into strips that fold the coarse drawings.
        int best = -1;
        double bestScore = 0;
        for (int e = begin; e < end; ++e) {
            const int v = fine.other[size_t(e)];
            if (fine.parent[size_t(v)] >= 0)
                continue;
            const double score = fine.weight[size_t(e)] / fine.mass[size_t(v)];
            if (best < 0 || score > bestScore) {
                best = v;
                bestScore = score;
            }
        }
        if (best >= 0) {
            fine.parent[size_t(best)] = newCluster(u, 2);
            continue;
        }
        int roomy = -1;
        for (int e = begin; e < end; ++e) {
            const int cluster = fine.parent[size_t(fine.other[size_t(e)])];
            if (members[size_t(cluster)] < kClusterRoom &&
                (roomy < 0 || members[size_t(cluster)] < members[size_t(roomy)]))
                roomy = cluster;
        }
        int& sibling = waitingBeside[size_t(fine.other[size_t(begin)])];
        if (roomy >= 0)
            join(u, roomy);
        else if (sibling >= 0)
            join(u, std::exchange(sibling, -1));
        else
            sibling = newCluster(u, 1);
    }
    Level coarse;
    coarse.mass.assign(members.size(), 0.0);
    for (size_t i = 0; i < n; ++i)
        coarse.mass[size_t(fine.parent[i])] += fine.mass[i];
    std::vector<std::pair<quint64, double>> pairs;
    for (size_t u = 0; u < n; ++u)
        for (int e = fine.first[u]; e < fine.first[u + 1]; ++e) {
            const int v = fine.other[size_t(e)];
            const int a = fine.parent[u], b = fine.parent[size_t(v)];
            if (int(u) < v && a != b)
                pairs.emplace_back(pairKey(a, b), fine.weight[size_t(e)]);
        }
    setLinks(coarse, pairs);
    return coarse;
}

constexpr size_t kCoarsestSize = 50;
// A coarser Barnes–Hut approximation than a single-level layout's: measured on 100,000-node
// graphs, 1.2 gives the same stress as 0.9 in two thirds of the time.
constexpr double kMultilevelTheta = 1.2;
constexpr double kEnoughShrink = 0.85; // stop when a level keeps more of its nodes than this
// The finest level is then drawn closer to its distances in hops (layout/SparseStress.h).
// Measured on the 100,000-node benchmark graph (stress / crossings among 2,000 sampled
// relations, tests/bench/layout_quality.py): forces alone (30 iterations at the finest level)
// 0.188 / 208,000; then 12 stress rounds with 100 pivots 0.176 / 234,000 (long relations cross
// more). With a neighbour weighing as much as 20 pivots (which keeps the neighbourhoods forces
// made) and 60 force iterations before: 100 pivots 0.169 / 216,000, 200 pivots 0.166 / 207,000,
// 300 pivots 0.165 / 204,000 in 35% more time. 200 pivots after 30 / 40 force iterations:
// 0.165 / 210,000 and 0.165 / 205,000. On a million relations (100,000 nodes, twice as dense)
// that setting crossed as often as igraph's FR (262,000 against 257,000–273,000); a neighbour
// weighing more kept dense neighbourhoods together (weight 10 / 20 / 40 / 80 / 160: 266,000 /
// 262,000 / 257,000 / 254,000 / 251,000, stress 0.184–0.185 throughout). Weight 80 after 60
// force iterations: 249,000 and 0.183 there, 205,000 and 0.170 on 500,000 relations.
constexpr int kStressPivots = 200;
constexpr int kStressIterations = 12;
constexpr double kStressNeighbourWeight = 80.0;

std::vector<Level> hierarchy(size_t n, const std::vector<std::pair<int, int>>& links) {
    std::vector<Level> levels;
    levels.push_back(finestLevel(n, links));
    while (levels.back().size() > kCoarsestSize && levels.size() < 40) {
        Level coarse = coarsen(levels.back(), quint32(levels.size()) * 7919u);
        if (double(coarse.size()) > kEnoughShrink * double(levels.back().size())) {
            levels.back().parent.clear();
            break;
        }
        levels.push_back(std::move(coarse));
    }
    return levels;
}

// What an iteration at a level costs: a repulsion sum per node, an attraction per link.
qint64 costOf(const Level& level) {
    return qint64(level.size()) + qint64(level.other.size()) / 2;
}

// Iterations at a level: the finer the level, the closer its start is to where it ends. Coarse
// levels of a small-world graph keep most of its links (a cluster links to many others), so an
// iteration there costs about as much as on the finest level: each gets a budget.
int iterationsFor(const Level& level, bool finest, bool coarsest, int coarsestIterations) {
    constexpr double kBudget = 4e6; // links and nodes visited at a coarse level, all iterations
    if (coarsest)
        return coarsestIterations;
    if (finest)
        return 60;
    const int wanted = level.size() > 20000 ? 30 : level.size() > 2000 ? 50 : 80;
    return std::clamp(int(kBudget / double(costOf(level))), 10, wanted);
}

// Fruchterman–Reingold iterations on one level: Barnes–Hut repulsion weighted by mass, on every
// core; attraction along each link weighted by how many links it stands for; a gentle pull to
// the centre. The step shrinks from `hot` to `cold`. False when cancelled.
bool relax(const Level& level, std::vector<Vec>& pos, double k, int iterations, double hot,
           double cold, quint32 seed, const std::function<bool(int)>& tick) {
    const size_t n = level.size();
    if (n == 0)
        return true;
    double totalMass = 0;
    Vec centre;
    for (size_t i = 0; i < n; ++i) {
        centre.x += pos[i].x * level.mass[i];
        centre.y += pos[i].y * level.mass[i];
        totalMass += level.mass[i];
    }
    centre.x /= totalMass;
    centre.y /= totalMass;
    const double gravity = 0.02 * k / 10.0;
    const double cooling = std::pow(cold / hot, 1.0 / std::max(1, iterations));
    double temperature = hot;
    std::vector<Vec> disp(n);
    for (int iteration = 0; iteration < iterations; ++iteration) {
        if (!tick(iteration))
            return false;
        const QuadTree tree(pos, level.mass);
        const std::vector<int>& order = tree.order();
        auto work = [&](size_t begin, size_t end) {
            for (size_t at = begin; at < end; ++at) {
                const size_t i = size_t(order[at]);
                Vec d;
                tree.repel(pos[i], int(i), k * k, kMultilevelTheta, d,
                           [&](int j, double& dx, double& dy, double& d2) {
                               const double angle = pairAngle(seed, int(i), j);
                               dx = std::cos(angle);
                               dy = std::sin(angle);
                               d2 = 1.0 + 1e-6;
                           });
                d.x *= level.mass[i];
                d.y *= level.mass[i];
                for (int e = level.first[i]; e < level.first[i + 1]; ++e) {
                    const Vec& q = pos[size_t(level.other[size_t(e)])];
                    const double dx = pos[i].x - q.x, dy = pos[i].y - q.y;
                    const double force = level.weight[size_t(e)] * std::sqrt(dx * dx + dy * dy) / k;
                    d.x -= dx * force;
                    d.y -= dy * force;
                }
                d.x -= (pos[i].x - centre.x) * gravity * level.mass[i];
                d.y -= (pos[i].y - centre.y) * gravity * level.mass[i];
                disp[i] = d;
            }
        };
        inParallel(n, n > 2000 ? workerCount() : 1, work);
        for (size_t i = 0; i < n; ++i)
            stepWithin(pos[i], disp[i], temperature);
        temperature *= cooling;
    }
    return true;
}

} // namespace

size_t multilevelDepth(size_t n, const std::vector<std::pair<int, int>>& links) {
    return hierarchy(n, links).size();
}

std::optional<std::vector<Vec>> multilevelLayout(size_t n,
                                                 const std::vector<std::pair<int, int>>& links,
                                                 const std::vector<Vec>& start,
                                                 const MultilevelOptions& options,
                                                 const ProgressCallback& progress) {
    std::vector<Level> levels = hierarchy(n, links);
    const double k = options.edgeLength;

    // Work is counted in node-iterations, so progress moves evenly.
    qint64 total = 0, done = 0;
    for (size_t l = 0; l < levels.size(); ++l)
        total += costOf(levels[l]) * iterationsFor(levels[l], l == 0, l + 1 == levels.size(),
                                                   options.coarsestIterations);
    // A stress round visits each node's links and pivots: about two force iterations.
    const qint64 stressCost = 2 * costOf(levels[0]);
    total += stressCost * kStressIterations;
    auto tick = [&](qint64 cost) {
        return [&, cost](int) {
            const bool go = !progress || progress(done, total);
            done += cost;
            return go;
        };
    };

    // The coarsest level: from its members' centre when they have places, else at random.
    std::mt19937 rng(options.seed);
    std::uniform_real_distribution<double> unit(-1.0, 1.0);
    const Level& top = levels.back();
    std::vector<Vec> pos(top.size());
    const double radius = k * std::sqrt(double(std::max<size_t>(n, 1))) * 0.5;
    if (!start.empty()) {
        std::vector<Vec> sum = start;
        std::vector<double> count(n, 1.0);
        for (size_t l = 0; l + 1 < levels.size(); ++l) {
            std::vector<Vec> up(levels[l + 1].size());
            std::vector<double> upCount(levels[l + 1].size(), 0.0);
            for (size_t i = 0; i < levels[l].size(); ++i) {
                const size_t p = size_t(levels[l].parent[i]);
                up[p].x += sum[i].x;
                up[p].y += sum[i].y;
                upCount[p] += count[i];
            }
            sum = std::move(up);
            count = std::move(upCount);
        }
        for (size_t i = 0; i < pos.size(); ++i)
            pos[i] = {sum[i].x / count[i], sum[i].y / count[i]};
    } else {
        for (Vec& p : pos)
            p = {unit(rng) * radius, unit(rng) * radius};
    }
    if (!relax(top, pos, k,
               iterationsFor(top, levels.size() == 1, true, options.coarsestIterations),
               radius * 0.2 + k, 0.02 * k, options.seed, tick(costOf(top))))
        return std::nullopt;

    // Finer and finer: each node starts near its cluster, spread over about the room the cluster
    // took, and settles from there.
    for (size_t l = levels.size() - 1; l-- > 0;) {
        const Level& fine = levels[l];
        const Level& coarse = levels[l + 1];
        std::vector<Vec> finer(fine.size());
        double coarseMass = 0;
        for (double m : coarse.mass)
            coarseMass += m;
        const double spread = k * std::sqrt(coarseMass / double(coarse.size()));
        for (size_t i = 0; i < fine.size(); ++i) {
            const Vec& c = pos[size_t(fine.parent[i])];
            finer[i] = {c.x + unit(rng) * spread * 0.5, c.y + unit(rng) * spread * 0.5};
        }
        pos = std::move(finer);
        if (!relax(fine, pos, k, iterationsFor(fine, l == 0, false, options.coarsestIterations),
                   spread, 0.02 * k, options.seed, tick(costOf(fine))))
            return std::nullopt;
    }
    const StressOptions stress{kStressPivots, kStressIterations, kStressNeighbourWeight,
                               options.seed};
    if (!refineSparseStress(Adjacency{levels[0].first, levels[0].other}, pos, stress,
                            tick(stressCost)))
        return std::nullopt;
    if (progress)
        progress(total, total);
    return pos;
}

} // namespace kizuna::layout
