#include "model/KnowledgeGraph.h"

#include <algorithm>

namespace kizuna {

const NodeData* KnowledgeGraph::node(NodeId id) const {
    auto it = m_nodes.find(id);
    return it == m_nodes.end() ? nullptr : &m_graph[it->second];
}

const EdgeData* KnowledgeGraph::edge(EdgeId id) const {
    auto it = m_edges.find(id);
    return it == m_edges.end() ? nullptr : &m_graph[it->second];
}

std::vector<NodeId> KnowledgeGraph::nodeIds() const {
    std::vector<NodeId> ids;
    ids.reserve(m_nodes.size());
    for (const auto& [id, v] : m_nodes)
        ids.push_back(id);
    std::sort(ids.begin(), ids.end());
    return ids;
}

std::vector<EdgeId> KnowledgeGraph::edgeIds() const {
    std::vector<EdgeId> ids;
    ids.reserve(m_edges.size());
    for (const auto& [id, e] : m_edges)
        ids.push_back(id);
    std::sort(ids.begin(), ids.end());
    return ids;
}

std::vector<EdgeId> KnowledgeGraph::incidentEdges(NodeId id) const {
    std::vector<EdgeId> result;
    auto it = m_nodes.find(id);
    if (it == m_nodes.end())
        return result;
    for (auto [e, end] = boost::out_edges(it->second, m_graph); e != end; ++e)
        result.push_back(m_graph[*e].id);
    for (auto [e, end] = boost::in_edges(it->second, m_graph); e != end; ++e)
        if (m_graph[*e].source != m_graph[*e].target) // a self-loop is listed once
            result.push_back(m_graph[*e].id);
    std::sort(result.begin(), result.end());
    return result;
}

void KnowledgeGraph::forEachNode(const std::function<void(const NodeData&)>& visit) const {
    for (auto [v, end] = boost::vertices(m_graph); v != end; ++v)
        visit(m_graph[*v]);
}

void KnowledgeGraph::forEachEdge(const std::function<void(const EdgeData&)>& visit) const {
    for (auto [e, end] = boost::edges(m_graph); e != end; ++e)
        visit(m_graph[*e]);
}

namespace {

// Adds `delta` to the count of `key`; a count that reaches zero is dropped.
void addTo(QHash<QString, qint64>& counts, const QString& key, qint64 delta) {
    auto it = counts.find(key);
    if (it == counts.end())
        it = counts.insert(key, 0);
    if ((*it += delta) <= 0)
        counts.erase(it);
}

} // namespace

void KnowledgeGraph::countNode(const NodeData& node, qint64 delta) {
    addTo(m_nodeTypeCounts, node.type, delta);
    for (auto it = node.properties.keyBegin(); it != node.properties.keyEnd(); ++it)
        addTo(m_propertyKeyCounts, *it, delta);
}

void KnowledgeGraph::countEdge(const EdgeData& edge, qint64 delta) {
    addTo(m_relationCounts, edge.relation, delta);
}

void KnowledgeGraph::insertNode(const NodeData& data) {
    m_nodes[data.id] = boost::add_vertex(data, m_graph);
    countNode(data, +1);
}

void KnowledgeGraph::insertEdge(const EdgeData& data) {
    auto [edge, added] =
        boost::add_edge(m_nodes.at(data.source), m_nodes.at(data.target), data, m_graph);
    (void)added; // always true for listS out-edge lists (parallel edges allowed)
    m_edges[data.id] = edge;
    countEdge(data, +1);
}

void KnowledgeGraph::replaceNode(const NodeData& data) {
    NodeData& node = m_graph[m_nodes.at(data.id)];
    countNode(node, -1);
    node = data;
    countNode(node, +1);
}

void KnowledgeGraph::replaceEdge(const EdgeData& data) {
    const Edge current = m_edges.at(data.id);
    EdgeData& old = m_graph[current];
    countEdge(old, -1);
    if (old.source == data.source && old.target == data.target) {
        old = data;
        countEdge(old, +1);
        return;
    }
    boost::remove_edge(current, m_graph);
    m_edges.erase(data.id);
    insertEdge(data); // counts it
}

void KnowledgeGraph::setPosition(NodeId id, QPointF position) {
    m_graph[m_nodes.at(id)].position = position;
}

void KnowledgeGraph::removeEdge(EdgeId id) {
    auto it = m_edges.find(id);
    if (it == m_edges.end())
        return;
    countEdge(m_graph[it->second], -1);
    boost::remove_edge(it->second, m_graph);
    m_edges.erase(it);
}

void KnowledgeGraph::removeNode(NodeId id) {
    auto it = m_nodes.find(id);
    if (it == m_nodes.end())
        return;
    for (EdgeId edgeId : incidentEdges(id)) {
        if (auto edge = m_edges.find(edgeId); edge != m_edges.end()) {
            countEdge(m_graph[edge->second], -1);
            m_edges.erase(edge);
        }
    }
    countNode(m_graph[it->second], -1);
    boost::clear_vertex(it->second, m_graph);
    boost::remove_vertex(it->second, m_graph);
    m_nodes.erase(it);
}

void KnowledgeGraph::clear() {
    m_graph.clear();
    m_nodes.clear();
    m_edges.clear();
    m_nodeTypeCounts.clear();
    m_relationCounts.clear();
    m_propertyKeyCounts.clear();
}

} // namespace kizuna
