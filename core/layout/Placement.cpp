#include "layout/Placement.h"

#include "layout/ForceLayout.h"

namespace kizuna {
namespace {

// The added nodes that have no position, in the change's order.
std::vector<NodeData*> unplaced(ChangeSet& change) {
    std::vector<NodeData*> nodes;
    for (Operation& operation : change.operations)
        if (auto* op = std::get_if<NodeOp>(&operation);
            op && !op->before && op->after && !op->after->position)
            nodes.push_back(&*op->after);
    return nodes;
}

} // namespace

void placeNewNodes(const KnowledgeGraph& graph, ChangeSet& change) {
    const std::vector<NodeData*> nodes = unplaced(change);
    if (nodes.empty())
        return;
    // The map as it will be: its nodes and relations, and the added ones.
    KnowledgeGraph after;
    graph.forEachNode([&](const NodeData& node) { after.insertNode(node); });
    for (const Operation& operation : change.operations)
        if (auto* op = std::get_if<NodeOp>(&operation); op && op->after) {
            if (op->before)
                after.replaceNode(*op->after);
            else
                after.insertNode(*op->after);
        }
    // Past the force placement's limit the new nodes go on a grid beside the map, which needs
    // no relations (copying half a million of them took most of a big import's planning).
    if (nodes.size() <= kForcePlacementLimit) {
        graph.forEachEdge([&](const EdgeData& edge) { after.insertEdge(edge); });
        for (const Operation& operation : change.operations)
            if (auto* op = std::get_if<EdgeOp>(&operation); op && !op->before && op->after &&
                                                            after.contains(op->after->source) &&
                                                            after.contains(op->after->target))
                after.insertEdge(*op->after);
    }
    std::unordered_map<NodeId, QPointF> placed;
    for (const auto& [id, point] : placeUnpositionedNodes(after))
        placed.emplace(id, point);
    for (NodeData* node : nodes)
        if (auto it = placed.find(node->id); it != placed.end())
            node->position = it->second;
}

} // namespace kizuna
