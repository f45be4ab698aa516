#pragma once
// Graphviz DOT: graphs and digraphs (strict or not), node and edge statements with attributes,
// edge chains (a -> b -> c), default attribute statements, and subgraphs and clusters, which are
// flattened (an edge to a subgraph joins every node in it). Positions come from `pos` (as written
// by `dot -Tdot`). Written so that `dot` renders it, coloured by type.

#include "io/ImportedGraph.h"
#include "model/Progress.h"
#include "model/Result.h"

namespace kizuna {

class GraphDocument;

Result<ImportedGraph> readDot(const QString& path, const ProgressCallback& progress = {});
Status writeDot(const GraphDocument& document, const QString& path);

} // namespace kizuna
