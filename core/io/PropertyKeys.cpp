#include "io/PropertyKeys.h"

namespace kizuna {

PropertyKeys propertyKeys(const KnowledgeGraph& graph) {
    PropertyKeys keys;
    graph.forEachNode([&](const NodeData& node) {
        for (auto it = node.properties.begin(); it != node.properties.end(); ++it)
            keys.nodes.insert(it.key());
    });
    graph.forEachEdge([&](const EdgeData& edge) {
        for (auto it = edge.properties.begin(); it != edge.properties.end(); ++it)
            keys.edges.insert(it.key());
    });
    return keys;
}

} // namespace kizuna
