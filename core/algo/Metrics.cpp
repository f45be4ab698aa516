#include "algo/Metrics.h"

#include "algo/GraphSnapshot.h"

#include <algorithm>
#include <boost/graph/adjacency_list.hpp>
#include <boost/graph/connected_components.hpp>
#include <cmath>
#include <map>
#include <numeric>
#include <thread>

namespace kizuna {
namespace {

using Undirected = boost::adjacency_list<boost::vecS, boost::vecS, boost::undirectedS>;

Undirected undirectedCopy(const GraphSnapshot& g) {
    Undirected u(size_t(g.size()));
    for (int v = 0; v < g.size(); ++v)
        for (const GraphSnapshot::Arc& arc : g.out[size_t(v)])
            boost::add_edge(size_t(v), size_t(arc.to), u);
    return u;
}

// Renumbers labels so that 0 is the largest group, then by first appearance (stable output).
std::vector<int> byGroupSize(const std::vector<int>& labels) {
    std::map<int, int> sizes, first;
    for (size_t i = 0; i < labels.size(); ++i) {
        ++sizes[labels[i]];
        first.emplace(labels[i], int(i));
    }
    std::vector<int> order;
    for (const auto& [label, size] : sizes)
        order.push_back(label);
    std::sort(order.begin(), order.end(), [&](int a, int b) {
        return sizes[a] != sizes[b] ? sizes[a] > sizes[b] : first[a] < first[b];
    });
    std::map<int, int> rank;
    for (size_t i = 0; i < order.size(); ++i)
        rank[order[i]] = int(i);
    std::vector<int> result(labels.size());
    for (size_t i = 0; i < labels.size(); ++i)
        result[i] = rank[labels[i]];
    return result;
}

// Sorts links by neighbour and adds up the weights of repeated ones.
void mergeLinks(std::vector<std::pair<int, double>>& links) {
    std::sort(links.begin(), links.end(),
              [](const auto& a, const auto& b) { return a.first < b.first; });
    size_t out = 0;
    for (size_t i = 0; i < links.size(); ++i) {
        if (out > 0 && links[out - 1].first == links[i].first)
            links[out - 1].second += links[i].second;
        else
            links[out++] = links[i];
    }
    links.resize(out);
}

} // namespace

// Brandes' algorithm on the undirected graph (each unordered pair counted once). Exact up to
// kExactLimit nodes; beyond, the dependencies of kPivots evenly spread sources are scaled up (the
// exact O(n·m) would take hours at 100,000 nodes). Written here rather than taken from Boost for
// that sampling. The adjacency is flattened (CSR), predecessors are found again from the
// distances instead of being listed, and the sources are shared among a few threads, each
// summing into its own array; the sums are added in thread order, so results do not vary.
std::vector<double> betweenness(const KnowledgeGraph& graph) {
    constexpr int kExactLimit = 5000;
    constexpr int kPivots = 500;
    const GraphSnapshot g = GraphSnapshot::of(graph, true);
    const int n = g.size();
    const size_t size = size_t(n);
    std::vector<int> offsets(size + 1, 0), targets;
    targets.reserve(g.edgeCount * 2);
    for (size_t v = 0; v < size; ++v) {
        for (const GraphSnapshot::Arc& arc : g.out[v])
            targets.push_back(arc.to);
        offsets[v + 1] = int(targets.size());
    }
    std::vector<int> sources;
    if (n <= kExactLimit) {
        sources.resize(size);
        std::iota(sources.begin(), sources.end(), 0);
    } else {
        for (int i = 0; i < kPivots; ++i)
            sources.push_back(int(qint64(i) * n / kPivots));
    }
    const int threads = int(std::clamp<unsigned>(std::thread::hardware_concurrency(), 1, 4));
    std::vector<std::vector<double>> partial(size_t(threads), std::vector<double>(size, 0.0));
    auto run = [&](int part) {
        std::vector<double>& centrality = partial[size_t(part)];
        std::vector<int> distance(size, -1), order;
        std::vector<double> paths(size, 0.0), dependency(size, 0.0);
        order.reserve(size);
        for (size_t k = size_t(part); k < sources.size(); k += size_t(threads)) {
            const int s = sources[k];
            order.assign(1, s);
            distance[size_t(s)] = 0;
            paths[size_t(s)] = 1;
            for (size_t head = 0; head < order.size(); ++head) { // breadth first
                const int v = order[head];
                for (int e = offsets[size_t(v)]; e < offsets[size_t(v) + 1]; ++e) {
                    const int w = targets[size_t(e)];
                    if (distance[size_t(w)] < 0) {
                        distance[size_t(w)] = distance[size_t(v)] + 1;
                        order.push_back(w);
                    }
                    if (distance[size_t(w)] == distance[size_t(v)] + 1)
                        paths[size_t(w)] += paths[size_t(v)];
                }
            }
            for (auto it = order.rbegin(); it != order.rend(); ++it) { // farthest first
                const int w = *it;
                const double share = (1.0 + dependency[size_t(w)]) / paths[size_t(w)];
                for (int e = offsets[size_t(w)]; e < offsets[size_t(w) + 1]; ++e) {
                    const int v = targets[size_t(e)];
                    if (distance[size_t(v)] == distance[size_t(w)] - 1)
                        dependency[size_t(v)] += paths[size_t(v)] * share;
                }
                if (w != s)
                    centrality[size_t(w)] += dependency[size_t(w)];
            }
            for (int v : order) { // only what this search touched
                distance[size_t(v)] = -1;
                paths[size_t(v)] = 0;
                dependency[size_t(v)] = 0;
            }
        }
    };
    std::vector<std::thread> workers;
    for (int part = 1; part < threads; ++part)
        workers.emplace_back(run, part);
    run(0);
    for (std::thread& worker : workers)
        worker.join();
    std::vector<double> centrality(size, 0.0);
    for (const std::vector<double>& sums : partial)
        for (size_t v = 0; v < size; ++v)
            centrality[v] += sums[v];
    // Each pair was seen from both ends; sampled sources stand for all n.
    const double scale = 0.5 * double(n) / double(std::max<size_t>(sources.size(), 1));
    for (double& c : centrality)
        c *= scale;
    return centrality;
}

std::vector<double> pageRank(const KnowledgeGraph& graph, double damping) {
    const GraphSnapshot g = GraphSnapshot::of(graph, false);
    const size_t n = size_t(g.size());
    std::vector<double> rank(n, n ? 1.0 / double(n) : 0.0), next(n);
    for (int iteration = 0; iteration < 200 && n > 0; ++iteration) {
        double dangling = 0;
        for (size_t v = 0; v < n; ++v)
            if (g.out[v].empty())
                dangling += rank[v];
        std::fill(next.begin(), next.end(),
                  (1.0 - damping) / double(n) + damping * dangling / double(n));
        for (size_t v = 0; v < n; ++v)
            for (const GraphSnapshot::Arc& arc : g.out[v])
                next[size_t(arc.to)] += damping * rank[v] / double(g.out[v].size());
        double change = 0;
        for (size_t v = 0; v < n; ++v)
            change += std::abs(next[v] - rank[v]);
        rank.swap(next);
        if (change < 1e-12)
            break;
    }
    return rank;
}

// Louvain: move nodes to the neighbouring community that most raises modularity, then merge
// communities into single nodes and repeat while modularity improves. Parallel edges add weight.
std::vector<int> louvainCommunities(const KnowledgeGraph& graph) {
    const GraphSnapshot g = GraphSnapshot::of(graph, true);
    const size_t n = size_t(g.size());
    std::vector<int> membership(n);
    std::iota(membership.begin(), membership.end(), 0);
    // Weighted adjacency of the current level: (neighbour, weight), one entry per neighbour.
    using Links = std::vector<std::pair<int, double>>;
    std::vector<Links> adjacency(n);
    for (size_t v = 0; v < n; ++v) {
        for (const GraphSnapshot::Arc& arc : g.out[v])
            adjacency[v].emplace_back(arc.to, 1.0);
        mergeLinks(adjacency[v]);
    }
    for (int level = 0; level < 32; ++level) {
        const size_t count = adjacency.size();
        std::vector<double> strength(count, 0);
        double total = 0; // 2m
        for (size_t v = 0; v < count; ++v)
            for (const auto& [u, w] : adjacency[v]) {
                strength[v] += w;
                total += w;
            }
        if (total == 0)
            break;
        std::vector<int> community(count);
        std::iota(community.begin(), community.end(), 0);
        std::vector<double> communityStrength = strength;
        // Weight from the node being moved to each community, and which entries are set; tried
        // in ascending community order, as a map would, so ties break the same way every run.
        std::vector<double> weightTo(count, 0.0);
        std::vector<int> touched;
        bool moved = false;
        for (int pass = 0; pass < 100; ++pass) {
            bool changed = false;
            for (size_t v = 0; v < count; ++v) {
                touched.clear();
                for (const auto& [u, w] : adjacency[v]) {
                    if (size_t(u) == v)
                        continue; // self-loops excluded
                    const int c = community[size_t(u)];
                    if (weightTo[size_t(c)] == 0.0)
                        touched.push_back(c);
                    weightTo[size_t(c)] += w;
                }
                std::sort(touched.begin(), touched.end());
                const int current = community[v];
                communityStrength[size_t(current)] -= strength[v];
                int best = current;
                double bestGain = weightTo[size_t(current)] -
                                  communityStrength[size_t(current)] * strength[v] / total;
                for (int c : touched) {
                    const double gain =
                        weightTo[size_t(c)] - communityStrength[size_t(c)] * strength[v] / total;
                    if (gain > bestGain + 1e-12) {
                        bestGain = gain;
                        best = c;
                    }
                }
                for (int c : touched)
                    weightTo[size_t(c)] = 0.0;
                communityStrength[size_t(best)] += strength[v];
                if (best != current) {
                    community[v] = best;
                    changed = moved = true;
                }
            }
            if (!changed)
                break;
        }
        if (!moved)
            break;
        // Aggregate: communities become the nodes of the next level, numbered in order of
        // their smallest member community id (as the map did).
        std::vector<int> renumber(count, -1);
        {
            std::vector<int> used(community.begin(), community.end());
            std::sort(used.begin(), used.end());
            used.erase(std::unique(used.begin(), used.end()), used.end());
            for (size_t i = 0; i < used.size(); ++i)
                renumber[size_t(used[i])] = int(i);
            std::vector<Links> next(used.size());
            for (size_t v = 0; v < count; ++v)
                for (const auto& [u, w] : adjacency[v])
                    next[size_t(renumber[size_t(community[v])])].emplace_back(
                        renumber[size_t(community[size_t(u)])], w);
            for (Links& links : next)
                mergeLinks(links);
            for (int& m : membership)
                m = renumber[size_t(community[size_t(m)])];
            adjacency.swap(next);
        }
    }
    return byGroupSize(membership);
}

Result<std::vector<NodeMetrics>> computeMetrics(const KnowledgeGraph& graph,
                                                const ProgressCallback& progress) {
    const GraphSnapshot directed = GraphSnapshot::of(graph, false);
    const size_t n = size_t(directed.size());
    std::vector<NodeMetrics> metrics(n);
    for (size_t v = 0; v < n; ++v) {
        metrics[v].id = directed.ids[v];
        metrics[v].outDegree = int(directed.out[v].size());
        for (const GraphSnapshot::Arc& arc : directed.out[v])
            ++metrics[size_t(arc.to)].inDegree;
    }
    for (NodeMetrics& m : metrics)
        m.degree = m.inDegree + m.outDegree;
    if (progress && !progress(1, 4))
        return Error{QStringLiteral("metrics cancelled")};

    const std::vector<double> centrality = betweenness(graph);
    for (size_t v = 0; v < n; ++v)
        metrics[v].betweenness = centrality[v];
    if (progress && !progress(2, 4))
        return Error{QStringLiteral("metrics cancelled")};

    const Undirected undirected = undirectedCopy(GraphSnapshot::of(graph, false));
    const std::vector<double> ranks = pageRank(graph);
    std::vector<int> components(n);
    boost::connected_components(undirected, components.data());
    components = byGroupSize(components);
    if (progress && !progress(3, 4))
        return Error{QStringLiteral("metrics cancelled")};
    const std::vector<int> communities = louvainCommunities(graph);
    for (size_t v = 0; v < n; ++v) {
        metrics[v].pageRank = ranks[v];
        metrics[v].component = components[v];
        metrics[v].community = communities[v];
    }
    if (progress)
        progress(4, 4);
    return metrics;
}

} // namespace kizuna
