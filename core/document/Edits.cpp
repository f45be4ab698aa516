#include "document/Edits.h"

#include "document/GraphDocument.h"

#include <algorithm>
#include <set>

namespace kizuna {
namespace {

void removeCitationsOf(const GraphDocument& document, qint64 elementId, ChangeSet& change) {
    for (const Citation& citation : document.provenance().citationsOf(elementId))
        change.operations.push_back(CitationOp{citation, std::nullopt});
}

} // namespace

ChangeSet addNodeChange(GraphDocument& document, NodeData node) {
    if (!node.id.isValid())
        node.id = document.newNodeId();
    return ChangeSet{QStringLiteral("Add node"), {NodeOp{std::nullopt, node}}};
}

ChangeSet addEdgeChange(GraphDocument& document, EdgeData edge) {
    if (!edge.id.isValid())
        edge.id = document.newEdgeId();
    return ChangeSet{QStringLiteral("Add relation"), {EdgeOp{std::nullopt, edge}}};
}

ChangeSet updateNodeChange(const GraphDocument& document, const NodeData& after) {
    const NodeData* before = document.graph().node(after.id);
    if (!before)
        return ChangeSet{QStringLiteral("Edit node"),
                         {NodeOp{std::nullopt, after}}}; // apply() refuses: id in use/unknown
    if (*before == after)
        return ChangeSet{QStringLiteral("Edit node"), {}};
    return ChangeSet{QStringLiteral("Edit node"), {NodeOp{*before, after}}};
}

ChangeSet updateEdgeChange(const GraphDocument& document, const EdgeData& after) {
    const EdgeData* before = document.graph().edge(after.id);
    if (!before)
        return ChangeSet{QStringLiteral("Edit relation"), {EdgeOp{std::nullopt, after}}};
    if (*before == after)
        return ChangeSet{QStringLiteral("Edit relation"), {}};
    return ChangeSet{QStringLiteral("Edit relation"), {EdgeOp{*before, after}}};
}

ChangeSet setPropertiesChange(const GraphDocument& document, qint64 elementId,
                              const Properties& properties) {
    ChangeSet change;
    if (const NodeData* node = document.graph().node(NodeId(elementId))) {
        NodeData after = *node;
        after.properties = properties;
        change = updateNodeChange(document, after);
    } else if (const EdgeData* edge = document.graph().edge(EdgeId(elementId))) {
        EdgeData after = *edge;
        after.properties = properties;
        change = updateEdgeChange(document, after);
    }
    change.description = QStringLiteral("Edit properties");
    return change;
}

ChangeSet removeElementsChange(const GraphDocument& document,
                               const std::vector<qint64>& elementIds) {
    const KnowledgeGraph& graph = document.graph();
    std::set<EdgeId> edges;
    std::set<NodeId> nodes;
    for (qint64 id : elementIds) {
        if (graph.contains(NodeId(id))) {
            nodes.insert(NodeId(id));
            for (EdgeId edge : graph.incidentEdges(NodeId(id)))
                edges.insert(edge);
        } else if (graph.contains(EdgeId(id))) {
            edges.insert(EdgeId(id));
        }
    }
    ChangeSet change;
    // A callout pointing at something deleted stays, as a plain text box (undo points it again).
    for (const auto& [id, annotation] : document.annotations()) {
        if (!annotation.target ||
            !(nodes.count(NodeId(annotation.target)) || edges.count(EdgeId(annotation.target))))
            continue;
        Annotation detached = annotation;
        detached.target = 0;
        change.operations.push_back(AnnotationOp{annotation, detached});
    }
    for (EdgeId id : edges) {
        removeCitationsOf(document, id.value, change);
        change.operations.push_back(EdgeOp{*graph.edge(id), std::nullopt});
    }
    for (NodeId id : nodes) {
        removeCitationsOf(document, id.value, change);
        change.operations.push_back(NodeOp{*graph.node(id), std::nullopt});
    }
    if (nodes.empty())
        change.description = edges.size() == 1
                                 ? QStringLiteral("Delete relation")
                                 : QStringLiteral("Delete %1 relations").arg(edges.size());
    else if (nodes.size() == 1)
        change.description = QStringLiteral("Delete node");
    else
        change.description = QStringLiteral("Delete %1 nodes").arg(nodes.size());
    return change;
}

ChangeSet moveNodesChange(const GraphDocument& document,
                          const std::vector<std::pair<NodeId, QPointF>>& positions) {
    ChangeSet change;
    change.description = positions.size() == 1
                             ? QStringLiteral("Move node")
                             : QStringLiteral("Move %1 nodes").arg(positions.size());
    for (const auto& [id, point] : positions) {
        const NodeData* before = document.graph().node(id);
        if (!before || before->position == point)
            continue;
        NodeData after = *before;
        after.position = point;
        change.operations.push_back(NodeOp{*before, after});
    }
    return change;
}

ChangeSet reverseEdgeChange(const GraphDocument& document, EdgeId id) {
    const EdgeData* before = document.graph().edge(id);
    if (!before)
        return {};
    EdgeData after = *before;
    std::swap(after.source, after.target);
    return ChangeSet{QStringLiteral("Reverse relation"), {EdgeOp{*before, after}}};
}

ChangeSet addSourceChange(GraphDocument& document, Source source) {
    if (!source.id.isValid())
        source.id = document.newSourceId();
    return ChangeSet{QStringLiteral("Add source"), {SourceOp{std::nullopt, source}}};
}

ChangeSet addCitationChange(GraphDocument& document, Citation citation) {
    if (!citation.id.isValid())
        citation.id = document.newCitationId();
    return ChangeSet{QStringLiteral("Cite source"), {CitationOp{std::nullopt, citation}}};
}

ChangeSet removeCitationChange(const GraphDocument& document, CitationId id) {
    const Citation* citation = document.provenance().citation(id);
    if (!citation)
        return {};
    return ChangeSet{QStringLiteral("Remove citation"), {CitationOp{*citation, std::nullopt}}};
}

ChangeSet putNodeTypeChange(const GraphDocument& document, const NodeType& type) {
    const NodeType* before = document.schema().nodeType(type.key);
    if (before && *before == type)
        return {};
    return ChangeSet{before ? QStringLiteral("Edit node type") : QStringLiteral("Add node type"),
                     {NodeTypeOp{before ? std::optional(*before) : std::nullopt, type}}};
}

ChangeSet putRelationTypeChange(const GraphDocument& document, const RelationType& type) {
    const RelationType* before = document.schema().relationType(type.key);
    if (before && *before == type)
        return {};
    return ChangeSet{before ? QStringLiteral("Edit relation type")
                            : QStringLiteral("Add relation type"),
                     {RelationTypeOp{before ? std::optional(*before) : std::nullopt, type}}};
}

Result<ChangeSet> removeNodeTypeChange(const GraphDocument& document, const QString& key,
                                       const QString& replacement) {
    const NodeType* type = document.schema().nodeType(key);
    if (!type)
        return Error{QStringLiteral("there is no node type \"%1\"").arg(key)};
    if (!replacement.isEmpty() && (replacement == key || !document.schema().nodeType(replacement)))
        return Error{QStringLiteral("cannot move the nodes to node type \"%1\"").arg(replacement)};
    ChangeSet change;
    change.description = QStringLiteral("Delete node type");
    std::vector<qint64> doomed;
    for (NodeId id : document.graph().nodeIds()) {
        const NodeData& node = *document.graph().node(id);
        if (node.type != key)
            continue;
        if (replacement.isEmpty()) {
            doomed.push_back(id.value);
        } else {
            NodeData after = node;
            after.type = replacement;
            change.operations.push_back(NodeOp{node, after});
        }
    }
    if (!doomed.empty())
        change.append(removeElementsChange(document, doomed));
    for (const RelationType& relation : document.schema().relationTypes()) {
        if (!relation.sourceTypes.contains(key) && !relation.targetTypes.contains(key))
            continue;
        RelationType after = relation;
        for (QStringList* list : {&after.sourceTypes, &after.targetTypes}) {
            list->removeAll(key);
            if (!replacement.isEmpty() && !list->contains(replacement) &&
                (list == &after.sourceTypes ? relation.sourceTypes : relation.targetTypes)
                    .contains(key))
                list->append(replacement);
        }
        change.operations.push_back(RelationTypeOp{relation, after});
    }
    change.operations.push_back(NodeTypeOp{*type, std::nullopt});
    return change;
}

Result<ChangeSet> removeRelationTypeChange(const GraphDocument& document, const QString& key,
                                           const QString& replacement) {
    const RelationType* type = document.schema().relationType(key);
    if (!type)
        return Error{QStringLiteral("there is no relation type \"%1\"").arg(key)};
    if (!replacement.isEmpty() &&
        (replacement == key || !document.schema().relationType(replacement)))
        return Error{
            QStringLiteral("cannot move the relations to relation type \"%1\"").arg(replacement)};
    ChangeSet change;
    change.description = QStringLiteral("Delete relation type");
    std::vector<qint64> doomed;
    for (EdgeId id : document.graph().edgeIds()) {
        const EdgeData& edge = *document.graph().edge(id);
        if (edge.relation != key)
            continue;
        if (replacement.isEmpty()) {
            doomed.push_back(id.value);
        } else {
            EdgeData after = edge;
            after.relation = replacement;
            change.operations.push_back(EdgeOp{edge, after});
        }
    }
    if (!doomed.empty())
        change.append(removeElementsChange(document, doomed));
    change.operations.push_back(RelationTypeOp{*type, std::nullopt});
    return change;
}

ChangeSet addAnnotationChange(GraphDocument& document, Annotation annotation) {
    if (!annotation.id.isValid())
        annotation.id = document.newAnnotationId();
    return ChangeSet{annotation.target ? QStringLiteral("Add callout")
                                       : QStringLiteral("Add text box"),
                     {AnnotationOp{std::nullopt, annotation}}};
}

ChangeSet updateAnnotationChange(const GraphDocument& document, const Annotation& after) {
    auto it = document.annotations().find(after.id);
    if (it == document.annotations().end() || it->second == after)
        return {};
    return ChangeSet{it->second.position != after.position ? QStringLiteral("Move annotation")
                                                           : QStringLiteral("Edit annotation"),
                     {AnnotationOp{it->second, after}}};
}

ChangeSet removeAnnotationChange(const GraphDocument& document, AnnotationId id) {
    auto it = document.annotations().find(id);
    if (it == document.annotations().end())
        return {};
    return ChangeSet{QStringLiteral("Delete annotation"), {AnnotationOp{it->second, std::nullopt}}};
}

ChangeSet saveViewChange(GraphDocument& document, SavedView view) {
    if (const SavedView* existing = document.view(view.name)) {
        view.id = existing->id;
        if (*existing == view)
            return {};
        return ChangeSet{QStringLiteral("Update view “%1”").arg(view.name),
                         {ViewOp{*existing, view}}};
    }
    if (!view.id.isValid())
        view.id = document.newViewId();
    return ChangeSet{QStringLiteral("Save view “%1”").arg(view.name), {ViewOp{std::nullopt, view}}};
}

ChangeSet removeViewChange(const GraphDocument& document, ViewId id) {
    auto it = document.views().find(id);
    if (it == document.views().end())
        return {};
    return ChangeSet{QStringLiteral("Delete view “%1”").arg(it->second.name),
                     {ViewOp{it->second, std::nullopt}}};
}

ChangeSet setMapInfoChange(const GraphDocument& document, const MapInfo& info) {
    if (document.info() == info)
        return {};
    return ChangeSet{QStringLiteral("Edit map information"), {MapInfoOp{document.info(), info}}};
}

} // namespace kizuna
