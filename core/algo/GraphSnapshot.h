#pragma once
// A compact, index-based copy of the graph for analyses: nodes 0..n-1 in id order, adjacency
// lists that carry edge ids. Built once per analysis; O(n + m).

#include "model/KnowledgeGraph.h"

#include <unordered_map>
#include <vector>

namespace kizuna {

struct GraphSnapshot {
    struct Arc {
        int to;       // node index
        EdgeId edge;  // the map's edge
        bool forward; // false: the edge is walked against its direction
    };
    std::vector<NodeId> ids;
    std::unordered_map<NodeId, int> index;
    std::vector<std::vector<Arc>> out; // along edges (and, if undirected, both ways)
    size_t edgeCount = 0;

    // `undirected`: every edge can be walked both ways. Self-loops are left out.
    static GraphSnapshot of(const KnowledgeGraph& graph, bool undirected);
    int size() const { return int(ids.size()); }
};

} // namespace kizuna
