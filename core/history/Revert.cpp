#include "history/Revert.h"

#include "document/Edits.h"
#include "document/Fields.h"
#include "document/GraphDocument.h"
#include "history/JournalOperations.h"

#include <map>
#include <set>

namespace kizuna {
namespace {

// Reading the current value of each kind of thing the journal names.
std::optional<NodeData> current(const GraphDocument& d, const NodeData*,
                                const JournalOperation& op) {
    const NodeData* node = d.graph().node(NodeId(op.id));
    return node ? std::optional<NodeData>(*node) : std::nullopt;
}
std::optional<EdgeData> current(const GraphDocument& d, const EdgeData*,
                                const JournalOperation& op) {
    const EdgeData* edge = d.graph().edge(EdgeId(op.id));
    return edge ? std::optional<EdgeData>(*edge) : std::nullopt;
}
std::optional<Source> current(const GraphDocument& d, const Source*, const JournalOperation& op) {
    const Source* source = d.provenance().source(SourceId(op.id));
    return source ? std::optional<Source>(*source) : std::nullopt;
}
std::optional<Citation> current(const GraphDocument& d, const Citation*,
                                const JournalOperation& op) {
    const Citation* citation = d.provenance().citation(CitationId(op.id));
    return citation ? std::optional<Citation>(*citation) : std::nullopt;
}
std::optional<Annotation> current(const GraphDocument& d, const Annotation*,
                                  const JournalOperation& op) {
    auto it = d.annotations().find(AnnotationId(op.id));
    return it == d.annotations().end() ? std::nullopt : std::optional<Annotation>(it->second);
}
std::optional<SavedView> current(const GraphDocument& d, const SavedView*,
                                 const JournalOperation& op) {
    auto it = d.views().find(ViewId(op.id));
    return it == d.views().end() ? std::nullopt : std::optional<SavedView>(it->second);
}
std::optional<NodeType> current(const GraphDocument& d, const NodeType*,
                                const JournalOperation& op) {
    const NodeType* type = d.schema().nodeType(op.key);
    return type ? std::optional<NodeType>(*type) : std::nullopt;
}
std::optional<RelationType> current(const GraphDocument& d, const RelationType*,
                                    const JournalOperation& op) {
    const RelationType* type = d.schema().relationType(op.key);
    return type ? std::optional<RelationType>(*type) : std::nullopt;
}
std::optional<MapInfo> current(const GraphDocument& d, const MapInfo*, const JournalOperation&) {
    return d.info();
}

// A fresh value with the operation's id (the fields carry the rest).
void setIdentity(NodeData& v, const JournalOperation& op) {
    v.id = NodeId(op.id);
}
void setIdentity(EdgeData& v, const JournalOperation& op) {
    v.id = EdgeId(op.id);
}
void setIdentity(Source& v, const JournalOperation& op) {
    v.id = SourceId(op.id);
}
void setIdentity(Citation& v, const JournalOperation& op) {
    v.id = CitationId(op.id);
}
void setIdentity(Annotation& v, const JournalOperation& op) {
    v.id = AnnotationId(op.id);
}
void setIdentity(SavedView& v, const JournalOperation& op) {
    v.id = ViewId(op.id);
}
void setIdentity(NodeType& v, const JournalOperation& op) {
    v.key = op.key;
}
void setIdentity(RelationType& v, const JournalOperation& op) {
    v.key = op.key;
}
void setIdentity(MapInfo&, const JournalOperation&) {}

class Reverter {
public:
    Reverter(const GraphDocument& document) : m_document(document) {}

    // Appends to `change` the operation that takes back `op`, or notes a conflict.
    template <typename T> void revert(const JournalOperation& op, ChangeSet& change) {
        const std::optional<T> now = current(m_document, static_cast<const T*>(nullptr), op);
        const QString what = describe(op, now);
        if (op.before && op.after) { // an update: put back each field it changed
            if (!now) {
                m_conflicts << QStringLiteral("%1 was deleted later").arg(what);
                return;
            }
            const Fields fields = fieldsOf(*now);
            Fields restore;
            for (const QString& field : op.changedFields()) {
                const QJsonValue is = fieldValue(fields, field);
                const QJsonValue wrote = fieldValue(*op.after, field);
                const QJsonValue was = fieldValue(*op.before, field);
                if (is == wrote)
                    restore[field] = was;
                else if (is != was)
                    m_conflicts << QStringLiteral("%1: %2 was changed later to %3")
                                       .arg(what, field, describeValue(is));
            }
            if (!restore.empty())
                change.operations.push_back(Op<T>{*now, withFields(*now, restore)});
        } else if (op.after) { // an insertion: delete it, unless it changed since
            if (!now)
                return; // already gone
            Fields is = fieldsOf(*now);
            Fields wrote = *op.after;
            is.erase(QStringLiteral("position")); // moving a node is no reason to keep it
            wrote.erase(QStringLiteral("position"));
            if (const QStringList changed = changedFields(wrote, is); !changed.isEmpty()) {
                m_conflicts << QStringLiteral("%1 was changed later (%2)")
                                   .arg(what, changed.join(QStringLiteral(", ")));
                return;
            }
            change.operations.push_back(Op<T>{*now, std::nullopt});
        } else if (op.before) { // a deletion: bring it back with its id
            if (now) {
                Fields is = fieldsOf(*now);
                Fields was = *op.before;
                is.erase(QStringLiteral("position"));
                was.erase(QStringLiteral("position"));
                if (!changedFields(was, is).isEmpty()) // the id now names something else
                    m_conflicts
                        << QStringLiteral("%1 was deleted and its id is used again").arg(what);
                return; // already back
            }
            T restored = withFields(T{}, *op.before);
            setIdentity(restored, op);
            change.operations.push_back(Op<T>{std::nullopt, restored});
        }
    }

    // What the revert deletes must not have gained dependants later (relations, citations,
    // callouts, uses of a source or type), and what it brings back or re-points must find what it
    // refers to: otherwise a clear conflict instead of a refusal by validation.
    void checkDependants(const ChangeSet& change) {
        std::set<qint64> removedNodes, removedEdges, removedCitations, removedSources;
        std::set<qint64> presentNodes, presentElements, presentSources; // after the revert
        std::set<QString> removedNodeTypes, removedRelationTypes;
        std::map<qint64, std::pair<qint64, qint64>> edgeEnds; // edges the revert re-points
        std::map<qint64, qint64> citationElements;            // citations it re-points
        for (const Operation& operation : change.operations) {
            if (auto* op = std::get_if<NodeOp>(&operation)) {
                (op->after ? presentNodes : removedNodes)
                    .insert((op->after ? *op->after : *op->before).id.value);
            } else if (auto* op = std::get_if<EdgeOp>(&operation)) {
                if (!op->after)
                    removedEdges.insert(op->before->id.value);
                else
                    edgeEnds[op->after->id.value] = {op->after->source.value,
                                                     op->after->target.value};
            } else if (auto* op = std::get_if<CitationOp>(&operation)) {
                if (!op->after)
                    removedCitations.insert(op->before->id.value);
                else
                    citationElements[op->after->id.value] = op->after->elementId;
            } else if (auto* op = std::get_if<SourceOp>(&operation)) {
                (op->after ? presentSources : removedSources)
                    .insert((op->after ? *op->after : *op->before).id.value);
            } else if (auto* op = std::get_if<NodeTypeOp>(&operation); op && !op->after) {
                removedNodeTypes.insert(op->before->key);
            } else if (auto* op = std::get_if<RelationTypeOp>(&operation); op && !op->after) {
                removedRelationTypes.insert(op->before->key);
            }
        }
        const KnowledgeGraph& graph = m_document.graph();
        auto nodeExists = [&](qint64 id) {
            return !removedNodes.count(id) &&
                   (graph.contains(NodeId(id)) || presentNodes.count(id));
        };
        auto elementExists = [&](qint64 id) {
            return nodeExists(id) ||
                   (!removedEdges.count(id) && (graph.contains(EdgeId(id)) || edgeEnds.count(id)));
        };
        for (qint64 node : removedNodes) {
            for (EdgeId edge : graph.incidentEdges(NodeId(node))) {
                if (removedEdges.count(edge.value))
                    continue;
                if (auto it = edgeEnds.find(edge.value);
                    it != edgeEnds.end() && it->second.first != node && it->second.second != node)
                    continue; // the revert moves it to another node
                m_conflicts << QStringLiteral("node \"%1\" has a relation added later (id %2)")
                                   .arg(m_document.displayLabel(NodeId(node)))
                                   .arg(edge.value);
            }
        }
        std::set<qint64> removedElements = removedNodes;
        removedElements.insert(removedEdges.begin(), removedEdges.end());
        for (qint64 element : removedElements)
            for (const Citation& citation : m_document.provenance().citationsOf(element)) {
                const auto moved = citationElements.find(citation.id.value);
                if (!removedCitations.count(citation.id.value) &&
                    (moved == citationElements.end() || moved->second == element))
                    m_conflicts << QStringLiteral("element %1 was cited later (citation %2)")
                                       .arg(element)
                                       .arg(citation.id.value);
            }
        for (const auto& [id, note] : m_document.annotations())
            if (note.target && removedElements.count(note.target))
                m_conflicts << QStringLiteral("a callout added later points at element %1")
                                   .arg(note.target);
        for (qint64 source : removedSources)
            for (CitationId citation : m_document.provenance().citationsOfSource(SourceId(source)))
                if (!removedCitations.count(citation.value))
                    m_conflicts << QStringLiteral("source %1 was cited later (citation %2)")
                                       .arg(source)
                                       .arg(citation.value);
        if (!removedNodeTypes.empty())
            graph.forEachNode([&](const NodeData& node) {
                if (removedNodeTypes.count(node.type) && nodeExists(node.id.value))
                    m_conflicts << QStringLiteral("node type \"%1\" is used by nodes added later")
                                       .arg(node.type);
            });
        if (!removedRelationTypes.empty())
            graph.forEachEdge([&](const EdgeData& edge) {
                if (removedRelationTypes.count(edge.relation) && !removedEdges.count(edge.id.value))
                    m_conflicts << QStringLiteral("relation type \"%1\" is used by relations "
                                                  "added later")
                                       .arg(edge.relation);
            });
        for (const auto& [edge, ends] : edgeEnds)
            for (qint64 end : {ends.first, ends.second})
                if (!nodeExists(end))
                    m_conflicts << QStringLiteral("relation %1 cannot come back: its node %2 was "
                                                  "deleted later")
                                       .arg(edge)
                                       .arg(end);
        for (const Operation& operation : change.operations)
            if (auto* op = std::get_if<CitationOp>(&operation); op && op->after) {
                if (!elementExists(op->after->elementId))
                    m_conflicts << QStringLiteral("citation %1 cannot come back: element %2 was "
                                                  "deleted later")
                                       .arg(op->after->id.value)
                                       .arg(op->after->elementId);
                const qint64 source = op->after->source.value;
                if (removedSources.count(source) ||
                    (!m_document.provenance().source(SourceId(source)) &&
                     !presentSources.count(source)))
                    m_conflicts << QStringLiteral("citation %1 cannot come back: its source %2 "
                                                  "was deleted later")
                                       .arg(op->after->id.value)
                                       .arg(source);
            }
        m_conflicts.removeDuplicates();
    }

    const QStringList& conflicts() const { return m_conflicts; }

private:
    template <typename T>
    QString describe(const JournalOperation& op, const std::optional<T>& now) {
        if constexpr (std::is_same_v<T, NodeData>) {
            const Fields* fields = op.before ? &*op.before : op.after ? &*op.after : nullptr;
            QString label =
                now ? now->labels.display(m_document.info().defaultLanguage) : QString();
            for (const char* key : {"label.en", "label.ja", "label.zh"})
                if (label.isEmpty() && fields)
                    label = fieldValue(*fields, QLatin1String(key)).toString();
            return QStringLiteral("node \"%1\"")
                .arg(label.isEmpty() ? QString::number(op.id) : label);
        } else if constexpr (std::is_same_v<T, EdgeData>) {
            return QStringLiteral("relation %1").arg(op.id);
        } else if constexpr (std::is_same_v<T, NodeType> || std::is_same_v<T, RelationType>) {
            return QStringLiteral("%1 \"%2\"").arg(op.kind, op.key);
        } else if constexpr (std::is_same_v<T, MapInfo>) {
            return QStringLiteral("the map's information");
        } else {
            return QStringLiteral("%1 %2").arg(op.kind).arg(op.id);
        }
    }

    const GraphDocument& m_document;
    QStringList m_conflicts;
};

} // namespace

Result<JournalRecord> journalRecord(const GraphDocument& document, qint64 seq) {
    auto records = document.journal(seq - 1, {}, true, 1);
    if (!records)
        return Error{records.error()};
    if (records.value().empty() || records.value().front().seq != seq)
        return Error{QStringLiteral("The map's change log has no record %1.").arg(seq)};
    return records.value().front();
}

Result<ChangeSet> revertChange(const GraphDocument& document, const JournalRecord& record) {
    ChangeSet change;
    change.description = QStringLiteral("Revert \"%1\" (#%2)").arg(record.command).arg(record.seq);
    if (record.operations.isEmpty()) {
        // A summarised record keeps ids only: an import (additions only) can still be taken back.
        const bool onlyAdded =
            record.ids.nodes.size() == record.added.nodes.size() &&
            record.ids.edges.size() == record.added.edges.size() && record.removed.count() == 0 &&
            (!record.ids.schema || record.added.schema) && !record.ids.info &&
            record.ids.annotations.empty() && record.ids.views.empty() && record.added.count() > 0;
        if (!onlyAdded)
            return Error{QStringLiteral("\"%1\" (#%2) changed more than %3 things, so the change "
                                        "log kept only a summary (%4) and it cannot be reverted. "
                                        "Restore a copy of the map from before it instead.")
                             .arg(record.command)
                             .arg(record.seq)
                             .arg(5000)
                             .arg(record.summary)};
        // Nothing added later may hang on what it added, and nothing it added may have been
        // changed since: the later records say which ids they touched.
        auto later = document.journal(record.seq, {}, true);
        if (!later)
            return Error{later.error()};
        const std::set<qint64> added = [&] {
            std::set<qint64> ids(record.added.nodes.begin(), record.added.nodes.end());
            ids.insert(record.added.edges.begin(), record.added.edges.end());
            return ids;
        }();
        QStringList conflicts;
        const QStringList layoutOnly{QStringLiteral("position")};
        for (const JournalRecord& next : later.value()) {
            qint64 touched = 0; // an added element this record changed beyond moving it
            if (next.operations.isEmpty()) {
                if (next.fields != layoutOnly)
                    for (const std::vector<qint64>* ids : {&next.ids.nodes, &next.ids.edges})
                        for (qint64 id : *ids)
                            if (!touched && added.count(id))
                                touched = id;
            } else {
                for (const JournalOperation& op : operationsOf(next))
                    if (!touched &&
                        (op.kind == QLatin1String("node") || op.kind == QLatin1String("edge")) &&
                        added.count(op.id) && op.changedFields() != layoutOnly)
                        touched = op.id;
            }
            if (touched)
                conflicts << QStringLiteral("#%1 \"%2\" changed element %3")
                                 .arg(next.seq)
                                 .arg(next.command)
                                 .arg(touched);
            if (conflicts.size() >= 8)
                break;
        }
        const std::set<qint64> addedCitations(record.added.citations.begin(),
                                              record.added.citations.end());
        for (qint64 id : added) {
            if (conflicts.size() >= 8)
                break;
            if (document.graph().contains(NodeId(id)))
                for (EdgeId edge : document.graph().incidentEdges(NodeId(id)))
                    if (!added.count(edge.value)) {
                        conflicts << QStringLiteral("node %1 has a relation added later (id %2)")
                                         .arg(id)
                                         .arg(edge.value);
                        break;
                    }
            for (const Citation& citation : document.provenance().citationsOf(id))
                if (!addedCitations.count(citation.id.value)) {
                    conflicts << QStringLiteral("element %1 was cited later (citation %2)")
                                     .arg(id)
                                     .arg(citation.id.value);
                    break;
                }
        }
        for (const auto& [id, note] : document.annotations())
            if (note.target && added.count(note.target))
                conflicts << QStringLiteral("a callout added later points at element %1")
                                 .arg(note.target);
        if (!conflicts.isEmpty())
            return Error{QStringLiteral("\"%1\" (#%2) cannot be reverted, because later changes "
                                        "touched what it added: %3. Revert those later changes "
                                        "first.")
                             .arg(record.command)
                             .arg(record.seq)
                             .arg(conflicts.join(QStringLiteral("; ")))};
        std::vector<qint64> ids(added.begin(), added.end());
        ChangeSet removal = removeElementsChange(document, ids);
        // Citations it added to elements that were there before, then the sources it added.
        std::set<qint64> gone;
        for (const Operation& operation : removal.operations)
            if (auto* citation = std::get_if<CitationOp>(&operation))
                gone.insert(citation->before->id.value);
        for (qint64 id : record.added.citations)
            if (const Citation* citation = document.provenance().citation(CitationId(id));
                citation && !gone.count(id)) {
                removal.operations.push_back(CitationOp{*citation, std::nullopt});
                gone.insert(id);
            }
        for (qint64 id : record.added.sources) {
            const Source* source = document.provenance().source(SourceId(id));
            if (!source)
                continue;
            bool citedElsewhere = false;
            for (CitationId citation : document.provenance().citationsOfSource(SourceId(id)))
                citedElsewhere = citedElsewhere || !gone.count(citation.value);
            if (!citedElsewhere)
                removal.operations.push_back(SourceOp{*source, std::nullopt});
        }
        if (removal.isEmpty())
            return Error{QStringLiteral("\"%1\" (#%2) has nothing left to revert: what it added "
                                        "is gone.")
                             .arg(record.command)
                             .arg(record.seq)};
        removal.description = change.description;
        return removal;
    }
    Reverter reverter(document);
    const std::vector<JournalOperation> operations = operationsOf(record);
    for (auto it = operations.rbegin(); it != operations.rend(); ++it) {
        const JournalOperation& op = *it;
        if (op.kind == QLatin1String("node"))
            reverter.revert<NodeData>(op, change);
        else if (op.kind == QLatin1String("edge"))
            reverter.revert<EdgeData>(op, change);
        else if (op.kind == QLatin1String("source"))
            reverter.revert<Source>(op, change);
        else if (op.kind == QLatin1String("citation"))
            reverter.revert<Citation>(op, change);
        else if (op.kind == QLatin1String("annotation"))
            reverter.revert<Annotation>(op, change);
        else if (op.kind == QLatin1String("view"))
            reverter.revert<SavedView>(op, change);
        else if (op.kind == QLatin1String("node_type"))
            reverter.revert<NodeType>(op, change);
        else if (op.kind == QLatin1String("relation_type"))
            reverter.revert<RelationType>(op, change);
        else if (op.kind == QLatin1String("map_info"))
            reverter.revert<MapInfo>(op, change);
    }
    reverter.checkDependants(change);
    if (!reverter.conflicts().isEmpty()) {
        QStringList shown = reverter.conflicts().mid(0, 8);
        if (reverter.conflicts().size() > 8)
            shown << QStringLiteral("… and %1 more").arg(reverter.conflicts().size() - 8);
        return Error{QStringLiteral("\"%1\" (#%2) cannot be reverted, because later changes "
                                    "touched the same things: %3. Revert those later changes "
                                    "first, or edit by hand.")
                         .arg(record.command)
                         .arg(record.seq)
                         .arg(shown.join(QStringLiteral("; ")))};
    }
    if (change.isEmpty())
        return Error{QStringLiteral("\"%1\" (#%2) has nothing left to revert: the map already "
                                    "holds the values from before it.")
                         .arg(record.command)
                         .arg(record.seq)};
    return change;
}

} // namespace kizuna
