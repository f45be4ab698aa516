#pragma once
// Collects the nodes and edges an importer finds, keyed by their ids in the file; edges may come
// before their nodes (GraphML, GEXF allow it), so endpoints are resolved at the end. Errors (an
// edge to an unknown node) are ReadErrors naming where in the file they are. A node id used again
// is kept as a repeated node (ImportedGraph::repeated) for resolveDuplicateIds.

#include "io/ImportedGraph.h"
#include "io/KeyIndex.h"
#include "model/Progress.h"
#include "model/Result.h"

#include <optional>

namespace kizuna {

class GraphAssembler {
public:
    // The node `key` stands for: the new one, or the earlier one with that key.
    NodeId addNode(NodeData node, const QString& key, const QString& where);
    void addEdge(EdgeData edge, const QString& source, const QString& target, const QString& where);
    ImportedGraph& graph() { return m_graph; }
    // Resolves the edges' endpoints and hands the graph over.
    ImportedGraph finish();

private:
    struct PendingEdge {
        EdgeData data;
        QString source, target, where;
    };
    NodeId resolve(const QString& key, const QString& where, const char* role) const;

    ImportedGraph m_graph;
    KeyIndex<NodeId> m_nodes;
    std::vector<PendingEdge> m_edges;
};

// What to do with rows (records, elements) whose node id an earlier one used already.
enum class DuplicateIds {
    Error = 0, // refuse the file, naming the first repeated row
    First = 1, // the first row wins; the others are left out (and counted)
    Merge = 2, // one node: the later rows fill what the first lacks, other values are kept
};
std::optional<DuplicateIds> duplicateIdsFromName(const QString& name); // "error", "first", "merge"

// Applies `policy` to graph.repeated, then completes the schema against `existing` (see
// completeImportedSchema; readGraphFile leaves both to its caller when it is given no policy).
// Merge: labels fill the languages the first row lacks; a label that differs from the node's is
// kept as an "alias" property; description, type and dates fill when empty; a property or field
// value that differs from the one kept is kept too, as NAME_2, NAME_3, … ("alias_2", "tier_2",
// "description_2"), equal values once; style overrides and the position are the first row's.
// Edges naming the id go to the one node either way. Nothing repeated: nothing happens.
Status resolveDuplicateIds(ImportedGraph& graph, DuplicateIds policy, const Schema& existing);

} // namespace kizuna
