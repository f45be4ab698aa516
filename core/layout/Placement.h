#pragma once
// Places the nodes a change adds without a position (an import from a file with no layout) as
// placeUnpositionedNodes does: near their neighbours, every node already on the map left where
// it is.

#include "document/ChangeSet.h"
#include "model/KnowledgeGraph.h"

namespace kizuna {

void placeNewNodes(const KnowledgeGraph& graph, ChangeSet& change);

} // namespace kizuna
