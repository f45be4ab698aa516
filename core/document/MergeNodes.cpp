// Merging nodes that stand for the same actor ("米国" and "United States").

#include "document/Edits.h"
#include "document/FieldEdit.h"
#include "document/GraphDocument.h"

#include <set>

namespace kizuna {
namespace {

// Every mergeable field of a node, by the name used in conflicts and in `set`.
std::vector<std::pair<QString, QString>> fieldsOf(const NodeData& node) {
    std::vector<std::pair<QString, QString>> fields = {
        {QStringLiteral("type"), node.type},
        {QStringLiteral("label.en"), node.labels.en},
        {QStringLiteral("label.ja"), node.labels.ja},
        {QStringLiteral("label.zh"), node.labels.zh},
        {QStringLiteral("description"), node.description},
        {QStringLiteral("valid_from"), node.validFrom},
        {QStringLiteral("valid_to"), node.validTo},
    };
    for (auto it = node.properties.begin(); it != node.properties.end(); ++it)
        fields.emplace_back(QStringLiteral("prop.") + it.key(), it.value());
    return fields;
}

QString fieldValue(const NodeData& node, const QString& field) {
    for (const auto& [name, value] : fieldsOf(node))
        if (name == field)
            return value;
    return {};
}

} // namespace

std::vector<MergeConflict> mergeConflicts(const GraphDocument& document, NodeId survivor,
                                          const std::vector<NodeId>& others) {
    std::vector<MergeConflict> conflicts;
    const NodeData* kept = document.graph().node(survivor);
    if (!kept)
        return conflicts;
    for (NodeId otherId : others) {
        const NodeData* other = document.graph().node(otherId);
        if (!other || otherId == survivor)
            continue;
        for (const auto& [field, value] : fieldsOf(*other)) {
            const QString mine = fieldValue(*kept, field);
            if (!mine.isEmpty() && !value.isEmpty() && mine != value)
                conflicts.push_back(MergeConflict{field, mine, value, otherId});
        }
    }
    return conflicts;
}

Result<ChangeSet> mergeNodesChange(const GraphDocument& document, NodeId survivor,
                                   const std::vector<NodeId>& others, MergePreference preference,
                                   const QMap<QString, QString>& choices) {
    const KnowledgeGraph& graph = document.graph();
    const NodeData* kept = graph.node(survivor);
    if (!kept)
        return Error{QStringLiteral("there is no node %1 to merge into").arg(survivor.value)};
    std::set<NodeId> merged;
    for (NodeId id : others) {
        if (id == survivor)
            return Error{QStringLiteral("node %1 cannot be merged into itself").arg(id.value)};
        if (!graph.contains(id))
            return Error{QStringLiteral("there is no node %1").arg(id.value)};
        merged.insert(id);
    }
    if (merged.empty())
        return Error{
            QStringLiteral("name at least one node to merge into node %1").arg(survivor.value)};

    NodeData after = *kept;
    for (NodeId id : merged) {
        for (const auto& [field, value] : fieldsOf(*graph.node(id))) {
            const QString mine = fieldValue(after, field);
            if (value.isEmpty() || mine == value)
                continue;
            if (mine.isEmpty() || preference == MergePreference::Other)
                setNodeField(document, after, field, value);
        }
    }
    for (auto it = choices.begin(); it != choices.end(); ++it)
        setNodeField(document, after, it.key(), it.value());

    ChangeSet change;
    change.description = QStringLiteral("Merge %1 nodes").arg(merged.size() + 1);
    if (!(after == *kept))
        change.operations.push_back(NodeOp{*kept, after});
    std::set<EdgeId> edges;
    for (NodeId id : merged)
        for (EdgeId edge : graph.incidentEdges(id))
            edges.insert(edge);
    for (EdgeId id : edges) {
        const EdgeData& before = *graph.edge(id);
        EdgeData moved = before;
        if (merged.count(moved.source))
            moved.source = survivor;
        if (merged.count(moved.target))
            moved.target = survivor;
        change.operations.push_back(EdgeOp{before, moved});
    }
    for (NodeId id : merged) {
        for (const Citation& citation : document.provenance().citationsOf(id.value)) {
            Citation moved = citation;
            moved.elementId = survivor.value;
            change.operations.push_back(CitationOp{citation, moved});
        }
    }
    for (const auto& [id, annotation] : document.annotations()) { // callouts follow their node
        if (!merged.count(NodeId(annotation.target)))
            continue;
        Annotation moved = annotation;
        moved.target = survivor.value;
        change.operations.push_back(AnnotationOp{annotation, moved});
    }
    for (NodeId id : merged)
        change.operations.push_back(NodeOp{*graph.node(id), std::nullopt});
    return change;
}

} // namespace kizuna
