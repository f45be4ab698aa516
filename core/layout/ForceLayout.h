#pragma once
// Force-directed placement (Fruchterman–Reingold with Barnes–Hut repulsion, so one iteration is
// O(n log n)). Pinned nodes stay where they are; the others settle around them. Written here
// rather than taken from Boost because Boost's version has no pinning and is quadratic.

#include "model/KnowledgeGraph.h"
#include "model/Labels.h"
#include "model/Progress.h"
#include "model/Result.h"

#include <QPointF>
#include <functional>
#include <unordered_map>
#include <unordered_set>

namespace kizuna {

struct ForceLayoutOptions {
    int iterations = 300;
    double edgeLength = 140.0; // ideal distance between linked nodes, in canvas units
    quint32 seed = 1;          // same graph + same seed -> same picture
    bool fromCurrent = false;  // start from the nodes' positions (refine) instead of afresh
};

// From this many nodes, with none pinned, the layout is multilevel (layout/MultilevelLayout.h).
constexpr size_t kMultilevelFrom = 1000;

// New positions for every node that is not pinned. Pinned nodes must have a position.
// An error only when cancelled.
Result<std::unordered_map<NodeId, QPointF>> forceLayout(const KnowledgeGraph& graph,
                                                        const std::unordered_set<NodeId>& pinned,
                                                        const ForceLayoutOptions& options = {},
                                                        const ProgressCallback& progress = {});

// Positions for the nodes that have none yet, placed among the ones that have (which stay).
// Beyond kForcePlacementLimit of them, where the force layout would take a while, they go on a
// grid beside the map instead (Layout > Force-Directed arranges them, with progress and Cancel).
constexpr size_t kForcePlacementLimit = 5000;
// When no node has a position yet the whole map is laid out, and compacted for labels in
// `language`.
std::vector<std::pair<NodeId, QPointF>> placeUnpositionedNodes(const KnowledgeGraph& graph,
                                                               Language language = Language::En);
// The grid placeUnpositionedNodes uses past kForcePlacementLimit: `nodes` in id order, each with
// its position or none; the ones without one get a cell to the right of the placed ones.
std::vector<std::pair<NodeId, QPointF>>
gridBeside(const std::vector<std::pair<NodeId, std::optional<QPointF>>>& nodes);

} // namespace kizuna
