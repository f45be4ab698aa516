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

void KnowledgeGraph::insertNode(const NodeData& data) {
    m_nodes[data.id] = boost::add_vertex(data, m_graph);
}

void KnowledgeGraph::insertEdge(const EdgeData& data) {
    auto [edge, added] =
        boost::add_edge(m_nodes.at(data.source), m_nodes.at(data.target), data, m_graph);
    (void)added; // always true for listS out-edge lists (parallel edges allowed)
    m_edges[data.id] = edge;
}

void KnowledgeGraph::replaceNode(const NodeData& data) {
    m_graph[m_nodes.at(data.id)] = data;
}

void KnowledgeGraph::replaceEdge(const EdgeData& data) {
    const Edge current = m_edges.at(data.id);
    const EdgeData& old = m_graph[current];
    if (old.source == data.source && old.target == data.target) {
        m_graph[current] = data;
        return;
    }
    boost::remove_edge(current, m_graph);
    m_edges.erase(data.id);
    insertEdge(data);
}

void KnowledgeGraph::setPosition(NodeId id, QPointF position) {
    m_graph[m_nodes.at(id)].position = position;
}

void KnowledgeGraph::removeEdge(EdgeId id) {
    auto it = m_edges.find(id);
    if (it == m_edges.end())
        return;
    boost::remove_edge(it->second, m_graph);
    m_edges.erase(it);
}

void KnowledgeGraph::removeNode(NodeId id) {
    auto it = m_nodes.find(id);
    if (it == m_nodes.end())
        return;
    for (EdgeId edgeId : incidentEdges(id))
        m_edges.erase(edgeId);
    boost::clear_vertex(it->second, m_graph);
    boost::remove_vertex(it->second, m_graph);
    m_nodes.erase(it);
}

void KnowledgeGraph::clear() {
    m_graph.clear();
    m_nodes.clear();
    m_edges.clear();
}

} // namespace kizuna
