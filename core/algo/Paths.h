#pragma once
// "How is A connected to B": the shortest paths between two nodes, hop by hop, and the k-hop
// neighbourhood of a node. Breadth-first search straight on the graph, from both ends for paths.

#include "model/KnowledgeGraph.h"
#include "model/Result.h"

#include <map>
#include <set>
#include <vector>

namespace kizuna {

struct PathOptions {
    bool undirected = false;     // walk edges against their direction too
    std::set<NodeId> avoidNodes; // never pass through these
    QStringList avoidTypes;      // nor through nodes of these types (the ends may be of them)
    int maxPaths = 10;           // how many shortest paths to return at most
};

struct PathStep {
    NodeId node;         // where this step arrives
    EdgeId edge;         // the edge taken to get there (invalid for the first step)
    bool forward = true; // the edge was walked in its own direction
};
using Path = std::vector<PathStep>;

// All shortest paths from `from` to `to` (up to options.maxPaths), in a stable order; empty if
// there is none.
std::vector<Path> shortestPaths(const KnowledgeGraph& graph, NodeId from, NodeId to,
                                const PathOptions& options = {});

// Nodes within `depth` hops of `centre` (edges walked both ways), with their distance; the
// centre itself at 0.
std::map<NodeId, int> neighbourhood(const KnowledgeGraph& graph, NodeId centre, int depth);

} // namespace kizuna
