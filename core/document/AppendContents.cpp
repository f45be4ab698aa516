// GraphDocument::append: bulk insertion of imported contents in one transaction.

#include "document/GraphDocument.h"
#include "document/Validation.h"

#include <unordered_map>

namespace kizuna {

Status GraphDocument::append(const MapContents& contents) {
    // Validate everything against the merged schema before writing anything.
    Schema schema = m_schema;
    for (const auto& type : contents.schema.nodeTypes()) {
        if (Status valid = schema.validate(type); !valid)
            return valid;
        schema.putNodeType(type);
    }
    for (const auto& type : contents.schema.relationTypes()) {
        if (Status valid = schema.validate(type); !valid)
            return valid;
        schema.putRelationType(type);
    }
    std::unordered_map<qint64, const NodeData*> nodesByOldId;
    for (const auto& node : contents.nodes) {
        if (Status valid = validateNode(schema, node); !valid)
            return Error{QStringLiteral("node %1: %2").arg(node.id.value).arg(valid.error())};
        if (!nodesByOldId.emplace(node.id.value, &node).second)
            return Error{QStringLiteral("node %1: the id is used twice").arg(node.id.value)};
    }
    for (const auto& edge : contents.edges) {
        auto source = nodesByOldId.find(edge.source.value);
        auto target = nodesByOldId.find(edge.target.value);
        if (source == nodesByOldId.end() || target == nodesByOldId.end())
            return Error{
                QStringLiteral("edge %1: refers to a node that is not in the data (%2)")
                    .arg(edge.id.value)
                    .arg(source == nodesByOldId.end() ? edge.source.value : edge.target.value)};
        if (Status valid = validateEdge(schema, edge, source->second->type, target->second->type);
            !valid)
            return Error{QStringLiteral("edge %1: %2").arg(edge.id.value).arg(valid.error())};
    }
    std::unordered_map<qint64, bool> sourceIds;
    for (const auto& source : contents.sources) {
        if (Status valid = validateSource(source); !valid)
            return Error{QStringLiteral("source %1: %2").arg(source.id.value).arg(valid.error())};
        sourceIds[source.id.value] = true;
    }
    for (const auto& citation : contents.citations)
        if (!sourceIds.count(citation.source.value))
            return Error{QStringLiteral("citation of %1: refers to an unknown source %2")
                             .arg(citation.elementId)
                             .arg(citation.source.value)};

    // One change set with fresh ids, references remapped: committed like any edit.
    ChangeSet change;
    change.description = QStringLiteral("Append %1 nodes and %2 relations")
                             .arg(contents.nodes.size())
                             .arg(contents.edges.size());
    for (const auto& type : contents.schema.nodeTypes()) {
        const NodeType* existing = m_schema.nodeType(type.key);
        if (!existing || !(*existing == type))
            change.operations.push_back(
                NodeTypeOp{existing ? std::optional<NodeType>(*existing) : std::nullopt, type});
    }
    for (const auto& type : contents.schema.relationTypes()) {
        const RelationType* existing = m_schema.relationType(type.key);
        if (!existing || !(*existing == type))
            change.operations.push_back(RelationTypeOp{
                existing ? std::optional<RelationType>(*existing) : std::nullopt, type});
    }
    std::unordered_map<qint64, qint64> elementIds, newSourceIds;
    for (Source source : contents.sources) {
        const qint64 old = source.id.value;
        source.id = newSourceId();
        newSourceIds[old] = source.id.value;
        change.operations.push_back(SourceOp{std::nullopt, source});
    }
    for (NodeData node : contents.nodes) {
        const qint64 old = node.id.value;
        node.id = newNodeId();
        elementIds[old] = node.id.value;
        change.operations.push_back(NodeOp{std::nullopt, node});
    }
    for (EdgeData edge : contents.edges) {
        const qint64 old = edge.id.value;
        edge.id = newEdgeId();
        edge.source = NodeId(elementIds.at(edge.source.value));
        edge.target = NodeId(elementIds.at(edge.target.value));
        elementIds[old] = edge.id.value;
        change.operations.push_back(EdgeOp{std::nullopt, edge});
    }
    for (Citation citation : contents.citations) {
        auto element = elementIds.find(citation.elementId);
        if (element == elementIds.end())
            return Error{QStringLiteral("citation of %1: refers to a node or edge that is not in "
                                        "the data")
                             .arg(citation.elementId)};
        citation.id = newCitationId();
        citation.elementId = element->second;
        citation.source = SourceId(newSourceIds.at(citation.source.value));
        change.operations.push_back(CitationOp{std::nullopt, citation});
    }
    return apply(change);
}

} // namespace kizuna
