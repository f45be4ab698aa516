#pragma once
// GraphML (graphml.graphdrawing.org), as written by yEd, networkx, Gephi and igraph: typed keys
// with defaults, directed and undirected graphs, edges with or without ids, and yEd's yFiles
// extensions (labels, positions; fill colour, size and shape, and edge line colour and width as
// style overrides). Nested graphs and hyperedges are refused with a message: Kizuna maps are flat.
// Written as plain GraphML (no yEd realizers): style overrides are data keys like any property.

#include "io/ImportedGraph.h"
#include "model/Progress.h"
#include "model/Result.h"

namespace kizuna {

class GraphDocument;

Result<ImportedGraph> readGraphMl(const QString& path, const ProgressCallback& progress = {});
Status writeGraphMl(const GraphDocument& document, const QString& path);

} // namespace kizuna
