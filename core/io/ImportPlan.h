#pragma once
// Turns what an importer read into one change set against a map: new types, new nodes and edges,
// and (when merging) updates of the nodes that match. The preview counts come from the same plan
// that is applied, so what the user confirms is what happens.

#include "document/ChangeSet.h"
#include "io/ImportedGraph.h"
#include "model/Result.h"

namespace kizuna {

class GraphDocument;

enum class MergeBy {
    None = 0,  // every node in the file is new
    Id = 1,    // a node whose id in the file is the id of a node in the map updates that node
    Label = 2, // a node with the same type and a label equal in any language (NFKC, any case)
};

struct ImportSummary {
    int nodesAdded = 0;
    int nodesUpdated = 0;
    int nodesUnchanged = 0; // matched, and the file says nothing new about them
    int edgesAdded = 0;
    int edgesSkipped = 0; // the same relation between the same nodes is already in the map
    int typesAdded = 0;
    int sourcesAdded = 0;
    int repeatedMerged = 0;  // rows repeating an id, merged into the first (resolveDuplicateIds)
    int repeatedDropped = 0; // rows repeating an id, left out
    QString text() const;    // "12 nodes added, 3 updated, …"
};

struct ImportPlan {
    ChangeSet change;
    ImportSummary summary;
};

// Plans the import of `graph` into `document` (graph's schema must be complete: see
// completeImportedSchema). Ids from the file are kept when they are map ids (Kizuna JSON) and
// the map is empty, so a map exported and imported again is identical. Nodes that arrive without a
// position are placed (layout/Placement.h). Rows repeating a node id must have been resolved
// (io/GraphAssembler.h: resolveDuplicateIds; readGraphFile does it unless told not to).
ImportPlan planImport(GraphDocument& document, const ImportedGraph& graph, MergeBy mergeBy);

} // namespace kizuna
