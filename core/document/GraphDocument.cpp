#include "document/GraphDocument.h"

#include "document/Edits.h"

#include <algorithm>

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
      m_schema(std::move(contents.schema)), m_lastElementId(contents.lastElementId) {
    for (const auto& node : contents.nodes)
        m_graph.insertNode(node);
    for (const auto& edge : contents.edges)
        m_graph.insertEdge(edge);
    for (const auto& source : contents.sources) {
        m_provenance.putSource(source);
        m_lastSourceId = std::max(m_lastSourceId, source.id.value);
    }
    for (const auto& citation : contents.citations) {
        m_provenance.putCitation(citation);
        m_lastCitationId = std::max(m_lastCitationId, citation.id.value);
    }
    for (const auto& view : contents.views) {
        m_views[view.id] = view;
        m_lastViewId = std::max(m_lastViewId, view.id.value);
    }
    for (const auto& annotation : contents.annotations) {
        m_annotations[annotation.id] = annotation;
        m_lastAnnotationId = std::max(m_lastAnnotationId, annotation.id.value);
    }
}

GraphDocument::~GraphDocument() = default;

QString GraphDocument::displayLabel(NodeId id) const {
    const NodeData* node = m_graph.node(id);
    return node ? node->labels.display(m_info.defaultLanguage) : QString();
}

const SavedView* GraphDocument::view(const QString& name) const {
    for (const auto& [id, view] : m_views)
        if (view.name == name)
            return &view;
    return nullptr;
}

Result<std::vector<NodeId>> GraphDocument::search(const QString& query, int limit) const {
    // Take more than asked from the index (ranked by text relevance), then put label matches first.
    auto hits = m_store->search(query, std::max(limit * 4, 200));
    if (!hits)
        return hits;
    const QString wanted = searchText(query).trimmed();
    auto rank = [&](NodeId id) {
        int best = 2;
        const NodeData* node = m_graph.node(id);
        for (const QString* label : {&node->labels.en, &node->labels.ja, &node->labels.zh}) {
            const QString text = searchText(*label);
            if (text == wanted)
                return 0;
            if (text.contains(wanted))
                best = 1;
        }
        return best;
    };
    std::vector<NodeId> ordered;
    for (NodeId id : hits.value())
        if (m_graph.contains(id))
            ordered.push_back(id);
    std::stable_sort(ordered.begin(), ordered.end(),
                     [&](NodeId a, NodeId b) { return rank(a) < rank(b); });
    if (int(ordered.size()) > limit)
        ordered.resize(size_t(limit));
    return ordered;
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

Result<NodeId> GraphDocument::addNode(const NodeData& node) {
    const ChangeSet change = addNodeChange(*this, node);
    if (Status status = apply(change); !status)
        return Error{status.error()};
    return std::get<NodeOp>(change.operations.front()).after->id;
}

Result<EdgeId> GraphDocument::addEdge(const EdgeData& edge) {
    const ChangeSet change = addEdgeChange(*this, edge);
    if (Status status = apply(change); !status)
        return Error{status.error()};
    return std::get<EdgeOp>(change.operations.front()).after->id;
}

Status GraphDocument::updateNode(const NodeData& node) {
    if (!m_graph.contains(node.id))
        return Error{QStringLiteral("there is no node %1").arg(node.id.value)};
    return apply(updateNodeChange(*this, node));
}

Status GraphDocument::updateEdge(const EdgeData& edge) {
    if (!m_graph.contains(edge.id))
        return Error{QStringLiteral("there is no edge %1").arg(edge.id.value)};
    return apply(updateEdgeChange(*this, edge));
}

Status GraphDocument::removeEdge(EdgeId id) {
    if (!m_graph.contains(id))
        return Error{QStringLiteral("there is no edge %1").arg(id.value)};
    return apply(removeElementsChange(*this, {id.value}));
}

Status GraphDocument::removeNode(NodeId id) {
    if (!m_graph.contains(id))
        return Error{QStringLiteral("there is no node %1").arg(id.value)};
    return apply(removeElementsChange(*this, {id.value}));
}

Status GraphDocument::setPositions(const std::vector<std::pair<NodeId, QPointF>>& positions) {
    for (const auto& [id, point] : positions)
        if (!m_graph.contains(id))
            return Error{QStringLiteral("there is no node %1").arg(id.value)};
    return apply(moveNodesChange(*this, positions));
}

Result<SourceId> GraphDocument::addSource(const Source& source) {
    const ChangeSet change = addSourceChange(*this, source);
    if (Status status = apply(change); !status)
        return Error{status.error()};
    return std::get<SourceOp>(change.operations.front()).after->id;
}

Result<CitationId> GraphDocument::addCitation(const Citation& citation) {
    const ChangeSet change = addCitationChange(*this, citation);
    if (Status status = apply(change); !status)
        return Error{status.error()};
    return std::get<CitationOp>(change.operations.front()).after->id;
}

Status GraphDocument::removeCitation(CitationId id) {
    if (!m_provenance.citation(id))
        return Error{QStringLiteral("there is no citation %1").arg(id.value)};
    return apply(removeCitationChange(*this, id));
}

Status GraphDocument::putNodeType(const NodeType& type) {
    return apply(putNodeTypeChange(*this, type));
}

Status GraphDocument::putRelationType(const RelationType& type) {
    return apply(putRelationTypeChange(*this, type));
}

Status GraphDocument::setMapInfo(const MapInfo& info) {
    return apply(setMapInfoChange(*this, info));
}

} // namespace kizuna
