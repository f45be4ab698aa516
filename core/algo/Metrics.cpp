#include "algo/Metrics.h"

#include "algo/GraphSnapshot.h"

#include <algorithm>
#include <boost/graph/adjacency_list.hpp>
#include <boost/graph/connected_components.hpp>
#include <cmath>
#include <map>
#include <numeric>

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

} // namespace

// Brandes' algorithm on the undirected graph (each unordered pair counted once). Exact up to
// kExactLimit nodes; beyond, the dependencies of kPivots evenly spread sources are scaled up (the
// exact O(n·m) would take hours at 100,000 nodes). Written here rather than taken from Boost for
// that sampling.
std::vector<double> betweenness(const KnowledgeGraph& graph) {
    constexpr int kExactLimit = 5000;
    constexpr int kPivots = 500;
    const GraphSnapshot g = GraphSnapshot::of(graph, true);
    const int n = g.size();
    std::vector<double> centrality(size_t(n), 0.0);
    std::vector<int> sources;
    if (n <= kExactLimit) {
        sources.resize(size_t(n));
        std::iota(sources.begin(), sources.end(), 0);
    } else {
        for (int i = 0; i < kPivots; ++i)
            sources.push_back(int(qint64(i) * n / kPivots));
    }
    const size_t size = size_t(n);
    std::vector<int> distance(size, -1), stack;
    std::vector<double> paths(size, 0.0), dependency(size, 0.0);
    std::vector<std::vector<int>> predecessors(size);
    std::vector<int> queue;
    for (int s : sources) {
        std::fill(distance.begin(), distance.end(), -1);
        std::fill(paths.begin(), paths.end(), 0.0);
        std::fill(dependency.begin(), dependency.end(), 0.0);
        for (auto& list : predecessors)
            list.clear();
        stack.clear();
        queue.assign(1, s);
        distance[size_t(s)] = 0;
        paths[size_t(s)] = 1;
        for (size_t head = 0; head < queue.size(); ++head) {
            const int v = queue[head];
            stack.push_back(v);
            for (const GraphSnapshot::Arc& arc : g.out[size_t(v)]) {
                const int w = arc.to;
                if (distance[size_t(w)] < 0) {
                    distance[size_t(w)] = distance[size_t(v)] + 1;
                    queue.push_back(w);
                }
                if (distance[size_t(w)] == distance[size_t(v)] + 1) {
                    paths[size_t(w)] += paths[size_t(v)];
                    predecessors[size_t(w)].push_back(v);
                }
            }
        }
        for (auto it = stack.rbegin(); it != stack.rend(); ++it) {
            const int w = *it;
            for (int v : predecessors[size_t(w)])
                dependency[size_t(v)] +=
                    paths[size_t(v)] / paths[size_t(w)] * (1.0 + dependency[size_t(w)]);
            if (w != s)
                centrality[size_t(w)] += dependency[size_t(w)];
        }
    }
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
    // Weighted adjacency of the current level (node -> neighbour -> weight).
    std::vector<std::map<int, double>> adjacency(n);
    for (size_t v = 0; v < n; ++v)
        for (const GraphSnapshot::Arc& arc : g.out[v])
            adjacency[v][arc.to] += 1.0;
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
        bool moved = false;
        for (int pass = 0; pass < 100; ++pass) {
            bool changed = false;
            for (size_t v = 0; v < count; ++v) {
                std::map<int, double> links; // community -> weight from v (self-loops excluded)
                for (const auto& [u, w] : adjacency[v])
                    if (size_t(u) != v)
                        links[community[size_t(u)]] += w;
                const int current = community[v];
                communityStrength[size_t(current)] -= strength[v];
                int best = current;
                double bestGain =
                    links[current] - communityStrength[size_t(current)] * strength[v] / total;
                for (const auto& [c, w] : links) {
                    const double gain = w - communityStrength[size_t(c)] * strength[v] / total;
                    if (gain > bestGain + 1e-12) {
                        bestGain = gain;
                        best = c;
                    }
                }
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
        // Aggregate: communities become the nodes of the next level.
        std::map<int, int> renumber;
        for (int c : community)
            renumber.emplace(c, int(renumber.size()));
        for (int& m : membership)
            m = renumber[community[size_t(m)]];
        std::vector<std::map<int, double>> next(renumber.size());
        for (size_t v = 0; v < count; ++v)
            for (const auto& [u, w] : adjacency[v])
                next[size_t(renumber[community[v]])][renumber[community[size_t(u)]]] += w;
        adjacency.swap(next);
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
