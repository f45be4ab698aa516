// validateChange: checks a change set against the state it leads to, before anything is written.

#include "document/GraphDocument.h"
#include "document/Validation.h"

#include <algorithm>
#include <cmath>
#include <map>
#include <unordered_map>
#include <unordered_set>

namespace kizuna {
namespace {

// The document as the change set would leave it, for validation before anything is written.
class PendingState {
public:
    PendingState(const KnowledgeGraph& graph, const Provenance& provenance, const Schema& schema)
        : m_graph(graph), m_provenance(provenance), schema(schema) {}

    const NodeData* node(NodeId id) const {
        if (auto it = nodes.find(id); it != nodes.end())
            return it->second;
        return m_graph.node(id);
    }
    const EdgeData* edge(EdgeId id) const {
        if (auto it = edges.find(id); it != edges.end())
            return it->second;
        return m_graph.edge(id);
    }
    const Source* source(SourceId id) const {
        if (auto it = sources.find(id); it != sources.end())
            return it->second ? &*it->second : nullptr;
        return m_provenance.source(id);
    }
    const Citation* citation(CitationId id) const {
        if (auto it = citations.find(id); it != citations.end())
            return it->second;
        return m_provenance.citation(id);
    }
    bool elementExists(qint64 id) const { return node(NodeId(id)) || edge(EdgeId(id)); }

    // Edges touching `id` in the pending state.
    std::vector<EdgeId> incidentEdges(NodeId id) const {
        std::vector<EdgeId> result;
        for (EdgeId edgeId : m_graph.incidentEdges(id))
            if (edge(edgeId) && (edge(edgeId)->source == id || edge(edgeId)->target == id))
                result.push_back(edgeId);
        indexAddedEdges();
        if (auto it = addedEdgesAt.find(id); it != addedEdgesAt.end())
            for (EdgeId edgeId : it->second)
                if (const EdgeData* data = edge(edgeId);
                    data && (data->source == id || data->target == id) &&
                    !m_graph.contains(edgeId) &&
                    std::find(result.begin(), result.end(), edgeId) == result.end())
                    result.push_back(edgeId);
        return result;
    }
    // True if a citation (as the change leaves it) still refers to source `id`.
    bool citesSource(SourceId id) const {
        for (CitationId c : m_provenance.citationsOfSource(id))
            if (citation(c) && citation(c)->source == id)
                return true;
        if (auto it = pendingCitationsOfSource.find(id); it != pendingCitationsOfSource.end())
            for (CitationId c : it->second)
                if (citation(c) && citation(c)->source == id)
                    return true;
        return false;
    }
    bool hasCitations(qint64 elementId) const {
        for (const Citation& c : m_provenance.citationsOf(elementId))
            if (citation(c.id) && citation(c.id)->elementId == elementId)
                return true;
        if (auto it = pendingCitationsOf.find(elementId); it != pendingCitationsOf.end())
            for (CitationId c : it->second)
                if (citation(c) && citation(c)->elementId == elementId)
                    return true;
        return false;
    }

    // The change's values are pointed at, not copied (the change outlives the check); a null
    // pointer is a removal. The indexes below find what the change adds without a scan per
    // removal (undoing a big import removes half a million relations).
    void record(NodeId id, const HeapOptional<NodeData>& after) {
        nodes[id] = after ? &*after : nullptr;
    }
    void record(EdgeId id, const HeapOptional<EdgeData>& after) {
        edges[id] = after ? &*after : nullptr;
        if (after && !m_graph.contains(id))
            addedEdges.push_back(&*after);
    }
    // addedEdgesAt catches up with addedEdges when a check needs it: an import adds half a
    // million relations and removes no node, so never needs it.
    void indexAddedEdges() const {
        for (; m_indexedEdges < addedEdges.size(); ++m_indexedEdges) {
            const EdgeData* edge = addedEdges[m_indexedEdges];
            addedEdgesAt[edge->source].push_back(edge->id);
            if (edge->target != edge->source)
                addedEdgesAt[edge->target].push_back(edge->id);
        }
    }
    void record(CitationId id, const HeapOptional<Citation>& after) {
        citations[id] = after ? &*after : nullptr;
        if (after) {
            pendingCitationsOf[after->elementId].push_back(id);
            pendingCitationsOfSource[after->source].push_back(id);
        }
    }

    const KnowledgeGraph& m_graph;
    const Provenance& m_provenance;
    Schema schema;
    std::unordered_map<NodeId, const NodeData*> nodes;
    std::unordered_map<EdgeId, const EdgeData*> edges;
    std::unordered_map<SourceId, std::optional<Source>> sources;
    std::unordered_map<CitationId, const Citation*> citations;
    std::vector<const EdgeData*> addedEdges; // in the order recorded
    mutable size_t m_indexedEdges = 0;
    mutable std::unordered_map<NodeId, std::vector<EdgeId>> addedEdgesAt;
    std::unordered_map<qint64, std::vector<CitationId>> pendingCitationsOf;
    std::unordered_map<SourceId, std::vector<CitationId>> pendingCitationsOfSource;
    std::unordered_set<NodeId> retypedNodes;
    std::map<AnnotationId, std::optional<Annotation>> annotations;
    std::map<ViewId, std::optional<SavedView>> views;
    const std::map<ViewId, SavedView>* existingViews = nullptr;

    const SavedView* view(ViewId id) const {
        if (auto it = views.find(id); it != views.end())
            return it->second ? &*it->second : nullptr;
        auto it = existingViews->find(id);
        return it == existingViews->end() ? nullptr : &it->second;
    }
    bool viewNameTaken(const QString& name, ViewId except) const {
        for (const auto& [id, v] : *existingViews)
            if (id != except && view(id) && view(id)->name == name)
                return true;
        for (const auto& [id, v] : views)
            if (id != except && v && v->name == name && !existingViews->count(id))
                return true;
        return false;
    }
    const std::map<AnnotationId, Annotation>* existingAnnotations = nullptr;

    const Annotation* annotation(AnnotationId id) const {
        if (auto it = annotations.find(id); it != annotations.end())
            return it->second ? &*it->second : nullptr;
        auto it = existingAnnotations->find(id);
        return it == existingAnnotations->end() ? nullptr : &it->second;
    }
    // True if a callout (as the change leaves it) still points at `elementId`.
    bool isCalloutTarget(qint64 elementId) const {
        for (const auto& [id, a] : *existingAnnotations)
            if (a.target == elementId && annotation(id) && annotation(id)->target == elementId)
                return true;
        for (const auto& [id, a] : annotations)
            if (a && a->target == elementId)
                return true;
        return false;
    }
};

Schema withoutNodeType(const Schema& schema, const QString& key) {
    Schema result;
    for (const auto& type : schema.nodeTypes())
        if (type.key != key)
            result.putNodeType(type);
    for (const auto& type : schema.relationTypes())
        result.putRelationType(type);
    return result;
}

Schema withoutRelationType(const Schema& schema, const QString& key) {
    Schema result;
    for (const auto& type : schema.nodeTypes())
        result.putNodeType(type);
    for (const auto& type : schema.relationTypes())
        if (type.key != key)
            result.putRelationType(type);
    return result;
}

// Checks one operation and records its effect in `state`. `before` must match what is there now,
// so a stale change (say, an undo after an outside edit) is refused instead of corrupting the map.
class Checker {
public:
    explicit Checker(PendingState& state) : s(state) {}

    Status operator()(const NodeOp& op) {
        const NodeId id = op.after ? op.after->id : op.before->id;
        const NodeData* current = s.node(id);
        if (op.before && (!current || !(*current == *op.before)))
            return Error{
                QStringLiteral("node %1 has changed since this edit was made").arg(id.value)};
        if (!op.before && (current || s.edge(EdgeId(id.value))))
            return Error{QStringLiteral("id %1 is already in use").arg(id.value)};
        if (op.after) {
            if (Status valid = validateNode(s.schema, *op.after); !valid)
                return valid;
            if (op.before && op.before->type != op.after->type)
                s.retypedNodes.insert(id);
        } else {
            if (!s.incidentEdges(id).empty())
                return Error{QStringLiteral("node %1 still has relations").arg(id.value)};
            if (s.hasCitations(id.value))
                return Error{QStringLiteral("node %1 still has citations").arg(id.value)};
            if (s.isCalloutTarget(id.value))
                return Error{QStringLiteral("a callout still points at node %1").arg(id.value)};
        }
        s.record(id, op.after);
        return Status::success();
    }

    Status operator()(const EdgeOp& op) {
        const EdgeId id = op.after ? op.after->id : op.before->id;
        const EdgeData* current = s.edge(id);
        if (op.before && (!current || !(*current == *op.before)))
            return Error{
                QStringLiteral("edge %1 has changed since this edit was made").arg(id.value)};
        if (!op.before && (current || s.node(NodeId(id.value))))
            return Error{QStringLiteral("id %1 is already in use").arg(id.value)};
        if (op.after) {
            const NodeData* source = s.node(op.after->source);
            const NodeData* target = s.node(op.after->target);
            if (!source)
                return Error{
                    QStringLiteral("source: there is no node %1").arg(op.after->source.value)};
            if (!target)
                return Error{
                    QStringLiteral("target: there is no node %1").arg(op.after->target.value)};
            if (Status valid = validateEdge(s.schema, *op.after, source->type, target->type);
                !valid)
                return valid;
        } else if (s.hasCitations(id.value)) {
            return Error{QStringLiteral("edge %1 still has citations").arg(id.value)};
        } else if (s.isCalloutTarget(id.value)) {
            return Error{QStringLiteral("a callout still points at edge %1").arg(id.value)};
        }
        s.record(id, op.after);
        return Status::success();
    }

    Status operator()(const SourceOp& op) {
        const SourceId id = op.after ? op.after->id : op.before->id;
        const Source* current = s.source(id);
        if (op.before && (!current || !(*current == *op.before)))
            return Error{
                QStringLiteral("source %1 has changed since this edit was made").arg(id.value)};
        if (!op.before && current)
            return Error{QStringLiteral("source id %1 is already in use").arg(id.value)};
        if (op.after) {
            if (Status valid = validateSource(*op.after); !valid)
                return valid;
        } else if (s.citesSource(id)) {
            return Error{QStringLiteral("source %1 is still cited").arg(id.value)};
        }
        s.sources[id] = op.after.copy();
        return Status::success();
    }

    Status operator()(const CitationOp& op) {
        const CitationId id = op.after ? op.after->id : op.before->id;
        const Citation* current = s.citation(id);
        if (op.before && (!current || !(*current == *op.before)))
            return Error{
                QStringLiteral("citation %1 has changed since this edit was made").arg(id.value)};
        if (!op.before && current)
            return Error{QStringLiteral("citation id %1 is already in use").arg(id.value)};
        if (op.after) {
            if (!s.elementExists(op.after->elementId))
                return Error{QStringLiteral("there is no node or edge %1 to cite for")
                                 .arg(op.after->elementId)};
            if (!s.source(op.after->source))
                return Error{
                    QStringLiteral("source: there is no source %1").arg(op.after->source.value)};
        }
        s.record(id, op.after);
        return Status::success();
    }

    Status operator()(const NodeTypeOp& op) {
        if (op.after) {
            if (Status valid = s.schema.validate(*op.after); !valid)
                return valid;
            s.schema.putNodeType(*op.after);
            return Status::success();
        }
        const QString key = op.before->key;
        bool used = false;
        s.m_graph.forEachNode([&](const NodeData& node) {
            const NodeData* pending = s.node(node.id);
            used = used || (pending && pending->type == key);
        });
        for (const auto& [id, node] : s.nodes)
            used = used || (node && node->type == key);
        if (used)
            return Error{QStringLiteral("node type \"%1\" is still used by nodes").arg(key)};
        for (const auto& relation : s.schema.relationTypes())
            if (relation.sourceTypes.contains(key) || relation.targetTypes.contains(key))
                return Error{
                    QStringLiteral("node type \"%1\" is still named by relation type \"%2\"")
                        .arg(key, relation.key)};
        s.schema = withoutNodeType(s.schema, key);
        return Status::success();
    }

    Status operator()(const RelationTypeOp& op) {
        if (op.after) {
            if (Status valid = s.schema.validate(*op.after); !valid)
                return valid;
            s.schema.putRelationType(*op.after);
            return Status::success();
        }
        const QString key = op.before->key;
        bool used = false;
        s.m_graph.forEachEdge([&](const EdgeData& edge) {
            const EdgeData* pending = s.edge(edge.id);
            used = used || (pending && pending->relation == key);
        });
        for (const auto& [id, edge] : s.edges)
            used = used || (edge && edge->relation == key);
        if (used)
            return Error{QStringLiteral("relation type \"%1\" is still used by edges").arg(key)};
        s.schema = withoutRelationType(s.schema, key);
        return Status::success();
    }

    Status operator()(const AnnotationOp& op) {
        const AnnotationId id = op.after ? op.after->id : op.before->id;
        const Annotation* current = s.annotation(id);
        if (op.before && (!current || !(*current == *op.before)))
            return Error{
                QStringLiteral("annotation %1 has changed since this edit was made").arg(id.value)};
        if (!op.before && current)
            return Error{QStringLiteral("annotation id %1 is already in use").arg(id.value)};
        if (op.after) {
            if (op.after->text.trimmed().isEmpty())
                return Error{QStringLiteral("text: an annotation needs some text")};
            if (!(op.after->width > 0) || !std::isfinite(op.after->position.x()) ||
                !std::isfinite(op.after->position.y()))
                return Error{
                    QStringLiteral("position: an annotation needs a finite position and a width")};
            if (op.after->target && !s.elementExists(op.after->target))
                return Error{
                    QStringLiteral("target: there is no node or edge %1").arg(op.after->target)};
        }
        s.annotations[id] = op.after.copy();
        return Status::success();
    }

    Status operator()(const ViewOp& op) {
        const ViewId id = op.after ? op.after->id : op.before->id;
        const SavedView* current = s.view(id);
        if (op.before && (!current || !(*current == *op.before)))
            return Error{
                QStringLiteral("view %1 has changed since this edit was made").arg(id.value)};
        if (!op.before && current)
            return Error{QStringLiteral("view id %1 is already in use").arg(id.value)};
        if (op.after) {
            if (op.after->name.trimmed().isEmpty())
                return Error{QStringLiteral("name: a view needs a name")};
            if (s.viewNameTaken(op.after->name, id))
                return Error{
                    QStringLiteral("name: there is already a view \"%1\"").arg(op.after->name)};
            if (!(op.after->zoom > 0) || !std::isfinite(op.after->centre.x()) ||
                !std::isfinite(op.after->centre.y()))
                return Error{
                    QStringLiteral("camera: a view needs a finite centre and a positive zoom")};
        }
        s.views[id] = op.after.copy();
        return Status::success();
    }

    Status operator()(const MapInfoOp& op) {
        if (!op.after)
            return Error{QStringLiteral("the map's information cannot be removed")};
        return Status::success();
    }

private:
    PendingState& s;
};

} // namespace

Status validateChange(const GraphDocument& document, const ChangeSet& change, Schema& finalSchema) {
    PendingState pending(document.graph(), document.provenance(), document.schema());
    pending.existingAnnotations = &document.annotations();
    pending.existingViews = &document.views();
    pending.nodes.reserve(change.operations.size());
    pending.edges.reserve(change.operations.size());
    Checker checker(pending);
    for (const Operation& operation : change.operations)
        if (Status valid = std::visit(checker, operation); !valid)
            return valid;
    // A node that changed type must still fit every relation it takes part in.
    for (NodeId id : pending.retypedNodes) {
        for (EdgeId edgeId : pending.incidentEdges(id)) {
            const EdgeData& edge = *pending.edge(edgeId);
            if (Status fits = validateEdge(pending.schema, edge, pending.node(edge.source)->type,
                                           pending.node(edge.target)->type);
                !fits)
                return Error{QStringLiteral("type: relation %1 would no longer fit: %2")
                                 .arg(edgeId.value)
                                 .arg(fits.error())};
        }
    }
    finalSchema = pending.schema;
    return Status::success();
}

} // namespace kizuna
