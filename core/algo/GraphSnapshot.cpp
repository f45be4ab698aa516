#include "algo/GraphSnapshot.h"

namespace kizuna {

GraphSnapshot GraphSnapshot::of(const KnowledgeGraph& graph, bool undirected) {
    GraphSnapshot snapshot;
    snapshot.ids = graph.nodeIds();
    snapshot.index.reserve(snapshot.ids.size());
    for (size_t i = 0; i < snapshot.ids.size(); ++i)
        snapshot.index[snapshot.ids[i]] = int(i);
    snapshot.out.resize(snapshot.ids.size());
    for (EdgeId id : graph.edgeIds()) { // id order: results do not depend on hash order
        const EdgeData& edge = *graph.edge(id);
        const int a = snapshot.index.at(edge.source), b = snapshot.index.at(edge.target);
        if (a == b)
            continue;
        snapshot.out[size_t(a)].push_back({b, id, true});
        if (undirected)
            snapshot.out[size_t(b)].push_back({a, id, false});
        ++snapshot.edgeCount;
    }
    return snapshot;
}

} // namespace kizuna
