#pragma once
// Graphviz DOT: graphs and digraphs (strict or not), node and edge statements with attributes,
// edge chains (a -> b -> c), default attribute statements, and subgraphs and clusters, which are
// flattened (an edge to a subgraph joins every node in it). Positions come from `pos` (as written
// by `dot -Tdot`). fillcolor (else color), shape, width (else height) and edge color and penwidth
// become style overrides (model/StyleOverrides.h). Written so that `dot` renders it, coloured by
// type or by the element's own overrides.
// A subgraph is a set, as in Graphviz: a -> {b c b} makes two edges. Limits (README, Interchange
// formats): subgraphs nest at most 200 levels, one edge statement makes at most 100,000 edges, a
// file at most maxImportElements() nodes and edges (io/TextFiles.h); beyond, the file is refused
// with its line and column.

#include "io/ImportedGraph.h"
#include "model/Progress.h"
#include "model/Result.h"

namespace kizuna {

class GraphDocument;

Result<ImportedGraph> readDot(const QString& path, const ProgressCallback& progress = {});
Status writeDot(const GraphDocument& document, const QString& path);

} // namespace kizuna
