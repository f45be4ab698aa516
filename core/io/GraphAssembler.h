#pragma once
// Collects the nodes and edges an importer finds, keyed by their ids in the file; edges may come
// before their nodes (GraphML, GEXF allow it), so endpoints are resolved at the end. Errors (an id
// used twice, an edge to an unknown node) are ReadErrors naming where in the file they are.

#include "io/ImportedGraph.h"
#include "model/Progress.h"

#include <unordered_map>

namespace kizuna {

class GraphAssembler {
public:
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
    std::unordered_map<QString, NodeId> m_nodes;
    std::vector<PendingEdge> m_edges;
};

} // namespace kizuna
