#include "document/GraphDocument.h"

#include "document/Validation.h"
#include "store/SqlError.h"

#include <algorithm>
#include <cmath>
#include <unordered_map>

namespace kizuna {

Result<std::unique_ptr<GraphDocument>>
GraphDocument::open(const QString& path, MapStore::Access access, MapStore::Options options) {
    auto store = MapStore::open(path, access, options);
    if (!store)
        return Error{store.error()};
    auto contents = store.value()->load();
    if (!contents)
        return Error{contents.error()};
    return std::unique_ptr<GraphDocument>(
        new GraphDocument(std::move(store).value(), std::move(contents).value()));
}

Result<std::unique_ptr<GraphDocument>> GraphDocument::create(const QString& path,
                                                             const MapInfo& info) {
    auto store = MapStore::create(path, info);
    if (!store)
        return Error{store.error()};
    auto contents = store.value()->load();
    if (!contents)
        return Error{contents.error()};
    return std::unique_ptr<GraphDocument>(
        new GraphDocument(std::move(store).value(), std::move(contents).value()));
}

GraphDocument::GraphDocument(std::unique_ptr<MapStore> store, MapContents contents)
    : m_store(std::move(store)), m_info(std::move(contents.info)),
      m_schema(std::move(contents.schema)) {
    for (const auto& node : contents.nodes)
        m_graph.insertNode(node);
    for (const auto& edge : contents.edges)
        m_graph.insertEdge(edge);
    for (const auto& source : contents.sources)
        m_provenance.putSource(source);
    for (const auto& citation : contents.citations)
        m_provenance.putCitation(citation);
}

GraphDocument::~GraphDocument() = default;

QString GraphDocument::displayLabel(NodeId id) const {
    const NodeData* node = m_graph.node(id);
    return node ? node->labels.display(m_info.defaultLanguage) : QString();
}

void GraphDocument::addObserver(GraphObserver* observer) {
    m_observers.push_back(observer);
}

void GraphDocument::removeObserver(GraphObserver* observer) {
    std::erase(m_observers, observer);
}

void GraphDocument::notify(const std::function<void(GraphObserver&)>& notice) {
    for (GraphObserver* observer : m_observers)
        notice(*observer);
}

Status GraphDocument::validateEdgeEndpoints(const EdgeData& edge) const {
    const NodeData* source = m_graph.node(edge.source);
    const NodeData* target = m_graph.node(edge.target);
    if (!source)
        return Error{QStringLiteral("source: there is no node %1").arg(edge.source.value)};
    if (!target)
        return Error{QStringLiteral("target: there is no node %1").arg(edge.target.value)};
    return validateEdge(m_schema, edge, source->type, target->type);
}

Result<NodeId> GraphDocument::addNode(const NodeData& node) {
    if (Status valid = validateNode(m_schema, node); !valid)
        return Error{valid.error()};
    if (node.id.isValid() && (m_graph.contains(node.id) || m_graph.contains(EdgeId(node.id.value))))
        return Error{QStringLiteral("id: %1 is already in use").arg(node.id.value)};
    NodeData stored = node;
    const Status status = m_store->transact([&] { stored.id = NodeId(m_store->insertNode(node)); });
    if (!status)
        return Error{status.error()};
    m_graph.insertNode(stored);
    notify([&](GraphObserver& o) { o.nodeAdded(stored.id); });
    return stored.id;
}

Result<EdgeId> GraphDocument::addEdge(const EdgeData& edge) {
    if (Status valid = validateEdgeEndpoints(edge); !valid)
        return Error{valid.error()};
    if (edge.id.isValid() && (m_graph.contains(edge.id) || m_graph.contains(NodeId(edge.id.value))))
        return Error{QStringLiteral("id: %1 is already in use").arg(edge.id.value)};
    EdgeData stored = edge;
    const Status status = m_store->transact([&] { stored.id = EdgeId(m_store->insertEdge(edge)); });
    if (!status)
        return Error{status.error()};
    m_graph.insertEdge(stored);
    notify([&](GraphObserver& o) { o.edgeAdded(stored.id); });
    return stored.id;
}

Status GraphDocument::updateNode(const NodeData& node) {
    const NodeData* current = m_graph.node(node.id);
    if (!current)
        return Error{QStringLiteral("there is no node %1").arg(node.id.value)};
    if (Status valid = validateNode(m_schema, node); !valid)
        return valid;
    if (node.type != current->type) {
        // A new type must still fit every relation the node takes part in.
        for (EdgeId edgeId : m_graph.incidentEdges(node.id)) {
            const EdgeData& edge = *m_graph.edge(edgeId);
            const QString sourceType =
                edge.source == node.id ? node.type : m_graph.node(edge.source)->type;
            const QString targetType =
                edge.target == node.id ? node.type : m_graph.node(edge.target)->type;
            if (Status fits = validateEdge(m_schema, edge, sourceType, targetType); !fits)
                return Error{QStringLiteral("type: edge %1 would no longer fit: %2")
                                 .arg(edgeId.value)
                                 .arg(fits.error())};
        }
    }
    if (Status status = m_store->transact([&] { m_store->updateNode(node); }); !status)
        return status;
    m_graph.replaceNode(node);
    notify([&](GraphObserver& o) { o.nodeChanged(node.id); });
    return Status::success();
}

Status GraphDocument::updateEdge(const EdgeData& edge) {
    if (!m_graph.contains(edge.id))
        return Error{QStringLiteral("there is no edge %1").arg(edge.id.value)};
    if (Status valid = validateEdgeEndpoints(edge); !valid)
        return valid;
    if (Status status = m_store->transact([&] { m_store->updateEdge(edge); }); !status)
        return status;
    m_graph.replaceEdge(edge);
    notify([&](GraphObserver& o) { o.edgeChanged(edge.id); });
    return Status::success();
}

Status GraphDocument::removeEdge(EdgeId id) {
    if (!m_graph.contains(id))
        return Error{QStringLiteral("there is no edge %1").arg(id.value)};
    if (Status status = m_store->transact([&] { m_store->deleteElement(id.value); }); !status)
        return status;
    m_graph.removeEdge(id);
    m_provenance.removeCitationsOf(id.value);
    notify([&](GraphObserver& o) { o.edgeRemoved(id); });
    return Status::success();
}

Status GraphDocument::removeNode(NodeId id) {
    if (!m_graph.contains(id))
        return Error{QStringLiteral("there is no node %1").arg(id.value)};
    const std::vector<EdgeId> edges = m_graph.incidentEdges(id);
    const Status status = m_store->transact([&] {
        for (EdgeId edge : edges)
            m_store->deleteElement(edge.value);
        m_store->deleteElement(id.value);
    });
    if (!status)
        return status;
    for (EdgeId edge : edges) {
        m_graph.removeEdge(edge);
        m_provenance.removeCitationsOf(edge.value);
        notify([&](GraphObserver& o) { o.edgeRemoved(edge); });
    }
    m_graph.removeNode(id);
    m_provenance.removeCitationsOf(id.value);
    notify([&](GraphObserver& o) { o.nodeRemoved(id); });
    return Status::success();
}

Status GraphDocument::setPositions(const std::vector<std::pair<NodeId, QPointF>>& positions) {
    for (const auto& [id, point] : positions) {
        if (!m_graph.contains(id))
            return Error{QStringLiteral("there is no node %1").arg(id.value)};
        if (!std::isfinite(point.x()) || !std::isfinite(point.y()))
            return Error{QStringLiteral("position: coordinates must be finite numbers")};
    }
    const Status status = m_store->transact([&] {
        for (const auto& [id, point] : positions)
            m_store->writePosition(id, point);
    });
    if (!status)
        return status;
    for (const auto& [id, point] : positions)
        m_graph.setPosition(id, point);
    notify([](GraphObserver& o) { o.positionsChanged(); });
    return Status::success();
}

Result<SourceId> GraphDocument::addSource(const Source& source) {
    if (Status valid = validateSource(source); !valid)
        return Error{valid.error()};
    Source stored = source;
    const Status status =
        m_store->transact([&] { stored.id = SourceId(m_store->insertSource(source)); });
    if (!status)
        return Error{status.error()};
    m_provenance.putSource(stored);
    return stored.id;
}

Result<CitationId> GraphDocument::addCitation(const Citation& citation) {
    if (!m_graph.contains(NodeId(citation.elementId)) &&
        !m_graph.contains(EdgeId(citation.elementId)))
        return Error{QStringLiteral("there is no node or edge %1").arg(citation.elementId)};
    if (!m_provenance.source(citation.source))
        return Error{QStringLiteral("source: there is no source %1").arg(citation.source.value)};
    Citation stored = citation;
    const Status status =
        m_store->transact([&] { stored.id = CitationId(m_store->insertCitation(citation)); });
    if (!status)
        return Error{status.error()};
    m_provenance.putCitation(stored);
    notify([&](GraphObserver& o) { o.provenanceChanged(stored.elementId); });
    return stored.id;
}

Status GraphDocument::removeCitation(CitationId id) {
    const Citation* citation = m_provenance.citation(id);
    if (!citation)
        return Error{QStringLiteral("there is no citation %1").arg(id.value)};
    const qint64 elementId = citation->elementId;
    const Status status = m_store->transact([&] { m_store->deleteCitation(id); });
    if (!status)
        return status;
    m_provenance.removeCitation(id);
    notify([&](GraphObserver& o) { o.provenanceChanged(elementId); });
    return Status::success();
}

Status GraphDocument::putNodeType(const NodeType& type) {
    if (Status valid = m_schema.validate(type); !valid)
        return valid;
    Schema next = m_schema;
    next.putNodeType(type);
    const auto& types = next.nodeTypes();
    const int order = int(std::find(types.begin(), types.end(), type) - types.begin());
    if (Status status = m_store->transact([&] { m_store->writeNodeType(type, order); }); !status)
        return status;
    m_schema = std::move(next);
    notify([](GraphObserver& o) { o.schemaChanged(); });
    return Status::success();
}

Status GraphDocument::putRelationType(const RelationType& type) {
    if (Status valid = m_schema.validate(type); !valid)
        return valid;
    Schema next = m_schema;
    next.putRelationType(type);
    const auto& types = next.relationTypes();
    const int order = int(std::find(types.begin(), types.end(), type) - types.begin());
    if (Status status = m_store->transact([&] { m_store->writeRelationType(type, order); });
        !status)
        return status;
    m_schema = std::move(next);
    notify([](GraphObserver& o) { o.schemaChanged(); });
    return Status::success();
}

Status GraphDocument::setMapInfo(const MapInfo& info) {
    if (Status status = m_store->transact([&] { m_store->writeMapInfo(info); }); !status)
        return status;
    m_info = info;
    notify([](GraphObserver& o) { o.mapInfoChanged(); });
    return Status::success();
}

} // namespace kizuna
