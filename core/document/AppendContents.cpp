// GraphDocument::append: bulk insertion of imported contents in one transaction.

#include "document/GraphDocument.h"
#include "document/Validation.h"
#include "store/SqlError.h"

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

    // Write with fresh ids, remembering old -> new for references.
    std::unordered_map<qint64, qint64> elementIds, newSourceIds;
    std::vector<NodeData> nodes = contents.nodes;
    std::vector<EdgeData> edges = contents.edges;
    std::vector<Source> sources = contents.sources;
    std::vector<Citation> citations = contents.citations;
    const Status status = m_store->transact([&] {
        int order = 0;
        for (const auto& type : schema.nodeTypes())
            m_store->writeNodeType(type, order++);
        order = 0;
        for (const auto& type : schema.relationTypes())
            m_store->writeRelationType(type, order++);
        for (auto& source : sources) {
            const qint64 old = source.id.value;
            source.id = newSourceId();
            m_store->insertSource(source);
            newSourceIds[old] = source.id.value;
        }
        for (auto& node : nodes) {
            const qint64 old = node.id.value;
            node.id = newNodeId();
            m_store->insertNode(node);
            elementIds[old] = node.id.value;
        }
        for (auto& edge : edges) {
            const qint64 old = edge.id.value;
            edge.id = newEdgeId();
            edge.source = NodeId(elementIds.at(edge.source.value));
            edge.target = NodeId(elementIds.at(edge.target.value));
            m_store->insertEdge(edge);
            elementIds[old] = edge.id.value;
        }
        for (auto& citation : citations) {
            auto element = elementIds.find(citation.elementId);
            if (element == elementIds.end())
                throw SqlError("a citation refers to a node or edge that is not in the data", 0);
            citation.id = newCitationId();
            citation.elementId = element->second;
            citation.source = SourceId(newSourceIds.at(citation.source.value));
            m_store->insertCitation(citation);
        }
    });
    if (!status)
        return status;

    m_schema = std::move(schema);
    for (const auto& source : sources)
        m_provenance.putSource(source);
    for (const auto& node : nodes)
        m_graph.insertNode(node);
    for (const auto& edge : edges)
        m_graph.insertEdge(edge);
    for (const auto& citation : citations)
        m_provenance.putCitation(citation);
    notify([](GraphObserver& o) { o.reset(); });
    return Status::success();
}

} // namespace kizuna
