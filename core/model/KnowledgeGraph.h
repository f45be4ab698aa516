#pragma once
// The in-memory graph: a Boost.Graph adjacency list with bundled node and edge data, indexed by
// the stable ids of the map file. Only GraphDocument changes it, after the file has committed.

#include "model/Elements.h"

#include <QHash>
#include <boost/graph/adjacency_list.hpp>
#include <functional>
#include <unordered_map>
#include <vector>

namespace kizuna {

class KnowledgeGraph {
public:
    // listS: descriptors stay valid when other nodes are removed.
    using Graph = boost::adjacency_list<boost::listS, boost::listS, boost::bidirectionalS, NodeData,
                                        EdgeData>;
    using Vertex = Graph::vertex_descriptor;
    using Edge = Graph::edge_descriptor;

    size_t nodeCount() const { return m_nodes.size(); }
    size_t edgeCount() const { return m_edges.size(); }

    bool contains(NodeId id) const { return m_nodes.count(id) > 0; }
    bool contains(EdgeId id) const { return m_edges.count(id) > 0; }
    const NodeData* node(NodeId id) const;
    const EdgeData* edge(EdgeId id) const;

    // Ids in ascending order (stable output for lists and exports).
    std::vector<NodeId> nodeIds() const;
    std::vector<EdgeId> edgeIds() const;
    // Edges touching a node, in either direction.
    std::vector<EdgeId> incidentEdges(NodeId id) const;

    // How many nodes there are of each type, relations of each relation type, and nodes with
    // each property key: kept up to date by the mutators, so a legend on a 100,000-node map reads
    // them at once instead of walking the graph (a quarter of a second) after every edit.
    const QHash<QString, qint64>& nodeTypeCounts() const { return m_nodeTypeCounts; }
    const QHash<QString, qint64>& relationCounts() const { return m_relationCounts; }
    const QHash<QString, qint64>& nodePropertyKeyCounts() const { return m_propertyKeyCounts; }

    void forEachNode(const std::function<void(const NodeData&)>& visit) const;
    void forEachEdge(const std::function<void(const EdgeData&)>& visit) const;

    // Mutators: the caller (GraphDocument) has validated and committed.
    void insertNode(const NodeData& data);
    void insertEdge(const EdgeData& data); // both endpoints must exist
    void replaceNode(const NodeData& data);
    void replaceEdge(const EdgeData& data); // endpoints may change
    void setPosition(NodeId id, QPointF position);
    void removeEdge(EdgeId id);
    void removeNode(NodeId id); // and its edges
    void clear();
    void reserve(size_t nodes, size_t edges) { // before inserting a whole map
        m_nodes.reserve(nodes);
        m_edges.reserve(edges);
    }

    // Read access for algorithms; vertex index maps must be built by the algorithm (listS).
    const Graph& graph() const { return m_graph; }
    Vertex vertex(NodeId id) const { return m_nodes.at(id); }

private:
    void countNode(const NodeData& node, qint64 delta);
    void countEdge(const EdgeData& edge, qint64 delta);

    Graph m_graph;
    QHash<QString, qint64> m_nodeTypeCounts, m_relationCounts, m_propertyKeyCounts;
    std::unordered_map<NodeId, Vertex> m_nodes;
    std::unordered_map<EdgeId, Edge> m_edges;
};

} // namespace kizuna
