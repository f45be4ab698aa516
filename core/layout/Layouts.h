#pragma once
// The layouts a user can apply: force-directed, circular, hierarchical (layered), radial around a
// node, and grid. One entry point for the app and kizuna-cli; each returns new positions and
// leaves the graph alone (the caller commits them as one edit).

#include "model/KnowledgeGraph.h"
#include "model/Labels.h"
#include "model/Progress.h"
#include "model/Result.h"

#include <QPointF>
#include <optional>
#include <unordered_map>
#include <unordered_set>

namespace kizuna {

enum class LayoutAlgorithm { Force = 0, Circular = 1, Layered = 2, Radial = 3, Grid = 4 };

QString layoutKey(LayoutAlgorithm algorithm); // "force", "circular", …
std::optional<LayoutAlgorithm> layoutFromKey(const QString& key);

struct LayoutOptions {
    std::unordered_set<NodeId> nodes;  // lay out only these (and keep the rest); empty: all
    std::unordered_set<NodeId> pinned; // force: these stay where they are
    NodeId centre;                     // radial: the node in the middle (default: most connected)
    double spacing = 140.0;            // distance between neighbouring nodes, canvas units
    Language language = Language::En;  // the labels shown: how much room each node needs
    bool compact = true; // pack disconnected parts and remove overlaps (a whole-map layout)
};

using Positions = std::unordered_map<NodeId, QPointF>;

// New positions for the nodes laid out (all of them, or options.nodes), centred where those nodes
// were. A whole-map layout with nothing pinned ends compacted (layout/Compaction.h). An error when
// cancelled or when the options name nodes that are not in the map.
Result<Positions> computeLayout(const KnowledgeGraph& graph, LayoutAlgorithm algorithm,
                                const LayoutOptions& options = {},
                                const ProgressCallback& progress = {});

// The positions in node id order, as moveNodesChange takes them.
std::vector<std::pair<NodeId, QPointF>> inIdOrder(const Positions& positions);

// The pieces, on the node indexes of `ids` with undirected `neighbours` (and, for the layered
// layout, directed `successors`), around (0, 0).
std::vector<QPointF> circularPositions(const std::vector<std::vector<int>>& neighbours,
                                       double spacing);
std::vector<QPointF> gridPositions(size_t count, double spacing);
std::vector<QPointF> radialPositions(const std::vector<std::vector<int>>& neighbours, int centre,
                                     double spacing);
std::vector<QPointF> layeredPositions(const std::vector<std::vector<int>>& successors,
                                      double spacing);

} // namespace kizuna
