#include "history/Revert.h"

#include "document/Edits.h"
#include "document/Fields.h"
#include "document/GraphDocument.h"
#include "history/JournalOperations.h"

#include <set>

namespace kizuna {
namespace {

// Reading the current value of each kind of thing the journal names.
std::optional<NodeData> current(const GraphDocument& d, const NodeData*, const JournalOperation& op) {
    const NodeData* node = d.graph().node(NodeId(op.id));
    return node ? std::optional<NodeData>(*node) : std::nullopt;
}
std::optional<EdgeData> current(const GraphDocument& d, const EdgeData*, const JournalOperation& op) {
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
void setIdentity(NodeData& v, const JournalOperation& op) { v.id = NodeId(op.id); }
void setIdentity(EdgeData& v, const JournalOperation& op) { v.id = EdgeId(op.id); }
void setIdentity(Source& v, const JournalOperation& op) { v.id = SourceId(op.id); }
void setIdentity(Citation& v, const JournalOperation& op) { v.id = CitationId(op.id); }
void setIdentity(Annotation& v, const JournalOperation& op) { v.id = AnnotationId(op.id); }
void setIdentity(SavedView& v, const JournalOperation& op) { v.id = ViewId(op.id); }
void setIdentity(NodeType& v, const JournalOperation& op) { v.key = op.key; }
void setIdentity(RelationType& v, const JournalOperation& op) { v.key = op.key; }
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
            m_removed.insert(op.id);
        } else if (op.before) { // a deletion: bring it back with its id
            if (now)
                return; // already back
            T restored = withFields(T{}, *op.before);
            setIdentity(restored, op);
            change.operations.push_back(Op<T>{std::nullopt, restored});
            m_restored.insert(op.id);
        }
    }

    // Elements the revert deletes must not keep things added to them later.
    void checkDependants(const ChangeSet& change) {
        std::set<qint64> removedEdges;
        for (const Operation& operation : change.operations)
            if (auto* edge = std::get_if<EdgeOp>(&operation); edge && !edge->after)
                removedEdges.insert(edge->before->id.value);
        std::set<qint64> removedCitations;
        for (const Operation& operation : change.operations)
            if (auto* citation = std::get_if<CitationOp>(&operation); citation && !citation->after)
                removedCitations.insert(citation->before->id.value);
        for (const Operation& operation : change.operations) {
            if (auto* node = std::get_if<NodeOp>(&operation); node && !node->after) {
                const NodeId id = node->before->id;
                for (EdgeId edge : m_document.graph().incidentEdges(id))
                    if (!removedEdges.count(edge.value))
                        m_conflicts << QStringLiteral("node \"%1\" has a relation added later "
                                                      "(id %2)")
                                           .arg(m_document.displayLabel(id))
                                           .arg(edge.value);
            }
            const qint64 element = [&]() -> qint64 {
                if (auto* node = std::get_if<NodeOp>(&operation); node && !node->after)
                    return node->before->id.value;
                if (auto* edge = std::get_if<EdgeOp>(&operation); edge && !edge->after)
                    return edge->before->id.value;
                return 0;
            }();
            if (element)
                for (const Citation& citation : m_document.provenance().citationsOf(element))
                    if (!removedCitations.count(citation.id.value))
                        m_conflicts << QStringLiteral("element %1 was cited later (citation %2)")
                                           .arg(element)
                                           .arg(citation.id.value);
            // A restored relation needs both ends.
            if (auto* edge = std::get_if<EdgeOp>(&operation); edge && !edge->before)
                for (NodeId end : {edge->after->source, edge->after->target})
                    if (!m_document.graph().contains(end) && !m_restored.count(end.value))
                        m_conflicts << QStringLiteral("relation %1 cannot come back: its node %2 "
                                                      "was deleted later")
                                           .arg(edge->after->id.value)
                                           .arg(end.value);
        }
    }

    const QStringList& conflicts() const { return m_conflicts; }

private:
    template <typename T> QString describe(const JournalOperation& op, const std::optional<T>& now) {
        if constexpr (std::is_same_v<T, NodeData>) {
            const Fields* fields = op.before ? &*op.before : op.after ? &*op.after : nullptr;
            QString label = now ? now->labels.display(m_document.info().defaultLanguage)
                                : QString();
            for (const char* key : {"label.en", "label.ja", "label.zh"})
                if (label.isEmpty() && fields)
                    label = fieldValue(*fields, QLatin1String(key)).toString();
            return QStringLiteral("node \"%1\"").arg(label.isEmpty() ? QString::number(op.id)
                                                                    : label);
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
    std::set<qint64> m_removed, m_restored;
};

} // namespace

Result<JournalRecord> journalRecord(const GraphDocument& document, qint64 seq) {
    auto records = document.journal(seq - 1, {}, true);
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
        const bool onlyAdded = record.ids.nodes.size() == record.added.nodes.size() &&
                               record.ids.edges.size() == record.added.edges.size() &&
                               record.removed.count() == 0 && !record.ids.schema &&
                               !record.ids.info && record.ids.annotations.empty() &&
                               record.ids.views.empty() && record.added.count() > 0;
        if (!onlyAdded)
            return Error{QStringLiteral("\"%1\" (#%2) changed more than %3 things, so the change "
                                        "log kept only a summary (%4) and it cannot be reverted. "
                                        "Restore a copy of the map from before it instead.")
                             .arg(record.command)
                             .arg(record.seq)
                             .arg(5000)
                             .arg(record.summary)};
        std::vector<qint64> ids = record.added.nodes;
        ids.insert(ids.end(), record.added.edges.begin(), record.added.edges.end());
        ChangeSet removal = removeElementsChange(document, ids);
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
