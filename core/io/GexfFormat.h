#pragma once
// GEXF (Gephi): 1.2 and 1.3 files are read — attributes with defaults, viz positions, viz colour,
// size, shape and edge thickness (as style overrides), dynamic start/end as validity dates;
// hierarchical (nested) nodes are refused.
// Written as GEXF 1.2 (what Gephi and networkx read), with partial dates kept in attributes.

#include "io/ImportedGraph.h"
#include "model/Progress.h"
#include "model/Result.h"

namespace kizuna {

class GraphDocument;

Result<ImportedGraph> readGexf(const QString& path, const ProgressCallback& progress = {});
Status writeGexf(const GraphDocument& document, const QString& path);

} // namespace kizuna
