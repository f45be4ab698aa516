#include "layout/Placement.h"

#include "layout/ForceLayout.h"

#include <algorithm>
#include <unordered_map>

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

// Gives `nodes` their places (others placed, an unplaced node of the map, are not written).
void givePlaces(const std::vector<std::pair<NodeId, QPointF>>& places,
                const std::vector<NodeData*>& nodes) {
    std::unordered_map<NodeId, QPointF> placed;
    placed.reserve(places.size());
    for (const auto& [id, point] : places)
        placed.emplace(id, point);
    for (NodeData* node : nodes)
        if (auto it = placed.find(node->id); it != placed.end())
            node->position = it->second;
}

} // namespace

void placeNewNodes(const KnowledgeGraph& graph, ChangeSet& change) {
    const std::vector<NodeData*> nodes = unplaced(change);
    if (nodes.empty())
        return;
    // Past the force placement's limit the new nodes go on a grid beside the map, which needs
    // only where the map's nodes will be (copying them into a graph took a tenth of a second of
    // a 100,000-node import).
    if (nodes.size() > kForcePlacementLimit) {
        struct Changed {
            NodeId id;
            std::optional<QPointF> position;
            bool removed;
        };
        std::vector<Changed> changed; // the last operation on each node, by id
        for (const Operation& operation : change.operations)
            if (auto* op = std::get_if<NodeOp>(&operation))
                changed.push_back({op->after ? op->after->id : op->before->id,
                                   op->after ? op->after->position : std::nullopt, !op->after});
        auto byId = [](const auto& a, const auto& b) { return a.id < b.id; };
        std::stable_sort(changed.begin(), changed.end(), byId);
        auto last = changed.begin();
        for (auto it = changed.begin(); it != changed.end(); ++it)
            if (std::next(it) == changed.end() || std::next(it)->id != it->id)
                *last++ = *it;
        changed.erase(last, changed.end());
        std::vector<std::pair<NodeId, std::optional<QPointF>>> after;
        after.reserve(graph.nodeCount() + changed.size());
        graph.forEachNode([&](const NodeData& node) {
            if (!std::binary_search(changed.begin(), changed.end(), Changed{node.id, {}, false},
                                    byId))
                after.emplace_back(node.id, node.position);
        });
        for (const Changed& node : changed)
            if (!node.removed)
                after.emplace_back(node.id, node.position);
        std::sort(after.begin(), after.end(),
                  [](const auto& a, const auto& b) { return a.first < b.first; });
        givePlaces(gridBeside(after), nodes);
        return;
    }
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
    graph.forEachEdge([&](const EdgeData& edge) { after.insertEdge(edge); });
    for (const Operation& operation : change.operations)
        if (auto* op = std::get_if<EdgeOp>(&operation); op && !op->before && op->after &&
                                                        after.contains(op->after->source) &&
                                                        after.contains(op->after->target))
            after.insertEdge(*op->after);
    givePlaces(placeUnpositionedNodes(after), nodes);
}

} // namespace kizuna
