#pragma once
// Per-node measures of structure: degree, betweenness, PageRank, connected component and
// community (Louvain modularity). Deterministic: the same map gives the same numbers.

#include "model/KnowledgeGraph.h"
#include "model/Progress.h"
#include "model/Result.h"

#include <vector>

namespace kizuna {

struct NodeMetrics {
    NodeId id;
    int inDegree = 0;
    int outDegree = 0;
    int degree = 0;         // in + out (a relation counted once per end)
    double betweenness = 0; // on the undirected graph, unnormalised (pairs counted once)
    double pageRank = 0;    // directed, damping 0.85; sums to 1 over the map
    int component = 0;      // weakly connected component, 0 = the largest
    int community = 0;      // Louvain community, 0 = the largest
};

// In node id order. An error only when cancelled through `progress`.
Result<std::vector<NodeMetrics>> computeMetrics(const KnowledgeGraph& graph,
                                                const ProgressCallback& progress = {});

// The pieces, for tests and for callers that need one measure.
std::vector<double> pageRank(const KnowledgeGraph& graph, double damping = 0.85);
std::vector<double> betweenness(const KnowledgeGraph& graph);
std::vector<int> louvainCommunities(const KnowledgeGraph& graph);

} // namespace kizuna
