#include "io/GraphAssembler.h"

#include "io/AttributeMapping.h"
#include "io/ReadError.h"

namespace kizuna {

NodeId GraphAssembler::addNode(NodeData node, const QString& key, const QString& where) {
    auto [it, added] = m_nodes.emplace(key, NodeId(qint64(m_graph.contents.nodes.size()) + 1));
    if (!added)
        throw ReadError{QStringLiteral("%1: the node id \"%2\" is used twice").arg(where, key)};
    node.id = it->second;
    ensureLabel(node, key);
    m_graph.contents.nodes.push_back(std::move(node));
    m_graph.nodeKeys.push_back(key);
    return it->second;
}

void GraphAssembler::addEdge(EdgeData edge, const QString& source, const QString& target,
                             const QString& where) {
    // Provisional ids apart from the nodes' (GraphDocument gives real ones).
    edge.id = EdgeId(1000000000000LL + qint64(m_edges.size()));
    m_edges.push_back({std::move(edge), source, target, where});
}

NodeId GraphAssembler::resolve(const QString& key, const QString& where, const char* role) const {
    auto it = m_nodes.find(key);
    if (it == m_nodes.end())
        throw ReadError{QStringLiteral("%1: the edge's %2 \"%3\" is not a node of the graph")
                            .arg(where, QLatin1String(role), key)};
    return it->second;
}

ImportedGraph GraphAssembler::finish() {
    m_graph.contents.edges.reserve(m_edges.size());
    for (PendingEdge& edge : m_edges) {
        edge.data.source = resolve(edge.source, edge.where, "source");
        edge.data.target = resolve(edge.target, edge.where, "target");
        m_graph.contents.edges.push_back(std::move(edge.data));
    }
    m_edges.clear();
    return std::move(m_graph);
}

} // namespace kizuna
