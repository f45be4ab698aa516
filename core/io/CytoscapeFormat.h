#pragma once
// Cytoscape.js JSON (also what networkx's cytoscape_data writes): "elements" with "data" and
// "position", either as {"nodes": […], "edges": […]} or as one list with "group" fields. An
// element's "style" (background-color/-opacity, width, shape; line-color/-opacity, width) and,
// in files Kizuna did not write, a colour in data.color are its style overrides; written back as
// the element's "style".

#include "io/ImportedGraph.h"
#include "model/Progress.h"
#include "model/Result.h"

namespace kizuna {

class GraphDocument;

Result<ImportedGraph> readCytoscapeJson(const QString& path, const ProgressCallback& progress = {});
Status writeCytoscapeJson(const GraphDocument& document, const QString& path);

} // namespace kizuna
