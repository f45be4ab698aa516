#include "document/Rebase.h"

#include "document/Fields.h"

#include <algorithm>
#include <unordered_map>
#include <vector>

namespace kizuna {
namespace {

// Old -> new ids, by kind, for provisional ids another program has taken.
struct IdRemap {
    std::unordered_map<qint64, qint64> elements, sources, citations, annotations, views;

    static qint64 map(const std::unordered_map<qint64, qint64>& table, qint64 id) {
        auto it = table.find(id);
        return it == table.end() ? id : it->second;
    }
    bool isEmpty() const {
        return elements.empty() && sources.empty() && citations.empty() && annotations.empty() &&
               views.empty();
    }
    void apply(NodeData& n) const { n.id = NodeId(map(elements, n.id.value)); }
    void apply(EdgeData& e) const {
        e.id = EdgeId(map(elements, e.id.value));
        e.source = NodeId(map(elements, e.source.value));
        e.target = NodeId(map(elements, e.target.value));
    }
    void apply(Source& s) const { s.id = SourceId(map(sources, s.id.value)); }
    void apply(Citation& c) const {
        c.id = CitationId(map(citations, c.id.value));
        c.elementId = map(elements, c.elementId);
        c.source = SourceId(map(sources, c.source.value));
    }
    void apply(Annotation& a) const {
        a.id = AnnotationId(map(annotations, a.id.value));
        if (a.target)
            a.target = map(elements, a.target);
    }
    void apply(SavedView& v) const {
        v.id = ViewId(map(views, v.id.value));
        for (qint64& id : v.shown)
            id = map(elements, id);
        std::map<NodeId, QPointF> positions;
        for (const auto& [id, point] : v.positions)
            positions[NodeId(map(elements, id.value))] = point;
        v.positions = std::move(positions);
    }
    template <typename T> void apply(T&) const {} // types and map information have no ids
    template <typename T> void apply(Op<T>& op) const {
        if (op.before)
            apply(*op.before);
        if (op.after)
            apply(*op.after);
    }
};

// Finds provisional ids of insertions that are no longer free in the file.
IdRemap remapTakenIds(const ChangeSet& change, const RebaseContext& c) {
    IdRemap remap;
    const GraphDocument& doc = c.document;
    auto check = [&](const IdRanges& provisional, qint64 fileLast, qint64 id, bool inUse,
                     std::unordered_map<qint64, qint64>& table, IdKind kind) {
        if (provisional.count(id) && (id <= fileLast || inUse) && !table.count(id))
            table[id] = c.allocate(kind);
    };
    for (const Operation& operation : change.operations) {
        if (auto* op = std::get_if<NodeOp>(&operation); op && !op->before) {
            const qint64 id = op->after->id.value;
            check(c.provisional.elements, c.fileLast.element, id,
                  doc.graph().contains(NodeId(id)) || doc.graph().contains(EdgeId(id)),
                  remap.elements, IdKind::Element);
        } else if (auto* op = std::get_if<EdgeOp>(&operation); op && !op->before) {
            const qint64 id = op->after->id.value;
            check(c.provisional.elements, c.fileLast.element, id,
                  doc.graph().contains(NodeId(id)) || doc.graph().contains(EdgeId(id)),
                  remap.elements, IdKind::Element);
        } else if (auto* op = std::get_if<SourceOp>(&operation); op && !op->before) {
            const SourceId id = op->after->id;
            check(c.provisional.sources, c.fileLast.source, id.value,
                  doc.provenance().source(id) != nullptr, remap.sources, IdKind::Source);
        } else if (auto* op = std::get_if<CitationOp>(&operation); op && !op->before) {
            const CitationId id = op->after->id;
            check(c.provisional.citations, c.fileLast.citation, id.value,
                  doc.provenance().citation(id) != nullptr, remap.citations, IdKind::Citation);
        } else if (auto* op = std::get_if<AnnotationOp>(&operation); op && !op->before) {
            const AnnotationId id = op->after->id;
            check(c.provisional.annotations, c.fileLast.annotation, id.value,
                  doc.annotations().count(id) > 0, remap.annotations, IdKind::Annotation);
        } else if (auto* op = std::get_if<ViewOp>(&operation); op && !op->before) {
            const ViewId id = op->after->id;
            check(c.provisional.views, c.fileLast.view, id.value, doc.views().count(id) > 0,
                  remap.views, IdKind::View);
        }
    }
    return remap;
}

// What memory holds now, as the change set so far would leave it.
template <typename Key, typename T> class Staged {
public:
    template <typename Lookup> const T* get(const Key& key, const Lookup& lookup) const {
        if (auto it = m_values.find(key); it != m_values.end())
            return it->second ? &*it->second : nullptr;
        return lookup(key);
    }
    void set(const Key& key, const std::optional<T>& value) { m_values[key] = value; }

private:
    std::map<Key, std::optional<T>> m_values;
};

QString describe(const GraphDocument& doc, const NodeData& node) {
    return QStringLiteral("node %1 \"%2\"")
        .arg(node.id.value)
        .arg(node.labels.display(doc.info().defaultLanguage));
}
QString describe(const GraphDocument& doc, const EdgeData& edge) {
    return QStringLiteral("relation %1 (%2 → %3)")
        .arg(edge.id.value)
        .arg(doc.displayLabel(edge.source), doc.displayLabel(edge.target));
}
QString describe(const GraphDocument&, const Source& s) {
    return QStringLiteral("source %1 \"%2\"").arg(s.id.value).arg(s.title);
}
QString describe(const GraphDocument&, const Citation& c) {
    return QStringLiteral("citation %1").arg(c.id.value);
}
QString describe(const GraphDocument&, const Annotation& a) {
    return QStringLiteral("annotation %1").arg(a.id.value);
}
QString describe(const GraphDocument&, const SavedView& v) {
    return QStringLiteral("view \"%1\"").arg(v.name);
}
QString describe(const GraphDocument&, const NodeType& t) {
    return QStringLiteral("node type \"%1\"").arg(t.key);
}
QString describe(const GraphDocument&, const RelationType& t) {
    return QStringLiteral("relation type \"%1\"").arg(t.key);
}
QString describe(const GraphDocument&, const MapInfo&) {
    return QStringLiteral("the map's information");
}

// Rebases one operation onto `current`. Returns nullopt when the operation has nothing left to
// do; an error when another program changed a field this operation changes.
template <typename T>
Result<std::optional<Op<T>>> rebaseOp(const Op<T>& op, const T* current, const GraphDocument& doc) {
    using Out = std::optional<Op<T>>;
    if (!op.before) { // an insertion
        if (!current)
            return Out(op);
        if (*current == *op.after)
            return Out(); // another program added exactly this
        return Error{QStringLiteral("%1 already exists: another program added it since this "
                                    "edit was made. Nothing was changed; the map now shows it.")
                         .arg(describe(doc, *current))};
    }
    if (!op.after) { // a removal
        if (!current)
            return Out();              // already removed by another program
        if (!(*current == *op.before)) // e.g. an edge moved to another node by a merge meanwhile
            return Error{QStringLiteral("%1 has changed since this edit was made, so it was not "
                                        "deleted. Nothing was changed; the map shows its current "
                                        "state.")
                             .arg(describe(doc, *op.before))};
        return Out(op);
    }
    if (!current)
        return Error{QStringLiteral("%1 was deleted by another program since this edit was made. "
                                    "Nothing was changed.")
                         .arg(describe(doc, *op.before))};
    const Fields before = fieldsOf(*op.before);
    const Fields after = fieldsOf(*op.after);
    const Fields now = fieldsOf(*current);
    Fields wanted;
    for (const QString& field : changedFields(before, after)) {
        const QJsonValue value = fieldValue(now, field);
        if (value != fieldValue(before, field) && value != fieldValue(after, field))
            return Error{QStringLiteral("%1: %2 has changed since this edit was made (it is now "
                                        "%3, set by a later edit or another program). Nothing "
                                        "was changed; the map shows the current value.")
                             .arg(describe(doc, *op.before), field, describeValue(value))};
        wanted[field] = fieldValue(after, field);
    }
    T merged = withFields(*current, wanted);
    if (merged == *current)
        return Out();
    return Out(Op<T>{*current, std::move(merged)});
}

class Rebaser {
public:
    explicit Rebaser(const GraphDocument& doc) : m_doc(doc) {}

    template <typename T, typename Key, typename Lookup>
    Status step(const Op<T>& op, Key key, Staged<Key, T>& staged, const Lookup& lookup) {
        auto rebased = rebaseOp(op, staged.get(key, lookup), m_doc);
        if (!rebased)
            return Error{rebased.error()};
        if (const auto& out = rebased.value()) {
            staged.set(key, out->after.copy());
            m_result.operations.push_back(*out);
        }
        return Status::success();
    }

    Status operator()(const NodeOp& op) {
        return step(op, (op.after ? op.after : op.before)->id, m_nodes,
                    [&](NodeId id) { return m_doc.graph().node(id); });
    }
    Status operator()(const EdgeOp& op) {
        return step(op, (op.after ? op.after : op.before)->id, m_edges,
                    [&](EdgeId id) { return m_doc.graph().edge(id); });
    }
    Status operator()(const SourceOp& op) {
        return step(op, (op.after ? op.after : op.before)->id, m_sources,
                    [&](SourceId id) { return m_doc.provenance().source(id); });
    }
    Status operator()(const CitationOp& op) {
        return step(op, (op.after ? op.after : op.before)->id, m_citations,
                    [&](CitationId id) { return m_doc.provenance().citation(id); });
    }
    Status operator()(const AnnotationOp& op) {
        return step(op, (op.after ? op.after : op.before)->id, m_annotations,
                    [&](AnnotationId id) -> const Annotation* {
                        auto it = m_doc.annotations().find(id);
                        return it == m_doc.annotations().end() ? nullptr : &it->second;
                    });
    }
    Status operator()(const ViewOp& op) {
        return step(op, (op.after ? op.after : op.before)->id, m_views,
                    [&](ViewId id) -> const SavedView* {
                        auto it = m_doc.views().find(id);
                        return it == m_doc.views().end() ? nullptr : &it->second;
                    });
    }
    Status operator()(const NodeTypeOp& op) {
        return step(op, (op.after ? op.after : op.before)->key, m_nodeTypes,
                    [&](const QString& key) { return m_doc.schema().nodeType(key); });
    }
    Status operator()(const RelationTypeOp& op) {
        return step(op, (op.after ? op.after : op.before)->key, m_relationTypes,
                    [&](const QString& key) { return m_doc.schema().relationType(key); });
    }
    Status operator()(const MapInfoOp& op) {
        if (!op.after) // refused by validation
            return (m_result.operations.push_back(op), Status::success());
        MapInfoOp update = op;
        if (!update.before)
            update.before = m_doc.info();
        return step(update, 0, m_info, [&](int) { return &m_doc.info(); });
    }

    ChangeSet m_result;

private:
    const GraphDocument& m_doc;
    Staged<NodeId, NodeData> m_nodes;
    Staged<EdgeId, EdgeData> m_edges;
    Staged<SourceId, Source> m_sources;
    Staged<CitationId, Citation> m_citations;
    Staged<AnnotationId, Annotation> m_annotations;
    Staged<ViewId, SavedView> m_views;
    Staged<QString, NodeType> m_nodeTypes;
    Staged<QString, RelationType> m_relationTypes;
    Staged<int, MapInfo> m_info;
};

// Whether one operation applies to memory as it is, without merging.
class CurrentCheck {
public:
    explicit CurrentCheck(const RebaseContext& c) : m_c(c), m_doc(c.document) {}

    bool operator()(const NodeOp& op) const {
        return matches(op, m_doc.graph().node((op.after ? op.after : op.before)->id)) &&
               (op.before || freshElement(op.after->id.value));
    }
    bool operator()(const EdgeOp& op) const {
        return matches(op, m_doc.graph().edge((op.after ? op.after : op.before)->id)) &&
               (op.before || freshElement(op.after->id.value));
    }
    bool operator()(const SourceOp& op) const {
        const SourceId id = (op.after ? op.after : op.before)->id;
        return matches(op, m_doc.provenance().source(id)) &&
               (op.before || fresh(m_c.provisional.sources, m_c.fileLast.source, id.value));
    }
    bool operator()(const CitationOp& op) const {
        const CitationId id = (op.after ? op.after : op.before)->id;
        return matches(op, m_doc.provenance().citation(id)) &&
               (op.before || fresh(m_c.provisional.citations, m_c.fileLast.citation, id.value));
    }
    bool operator()(const AnnotationOp& op) const {
        const AnnotationId id = (op.after ? op.after : op.before)->id;
        auto it = m_doc.annotations().find(id);
        return matches(op, it == m_doc.annotations().end() ? nullptr : &it->second) &&
               (op.before || fresh(m_c.provisional.annotations, m_c.fileLast.annotation, id.value));
    }
    bool operator()(const ViewOp& op) const {
        const ViewId id = (op.after ? op.after : op.before)->id;
        auto it = m_doc.views().find(id);
        return matches(op, it == m_doc.views().end() ? nullptr : &it->second) &&
               (op.before || fresh(m_c.provisional.views, m_c.fileLast.view, id.value));
    }
    bool operator()(const NodeTypeOp& op) const {
        return matches(op, m_doc.schema().nodeType((op.after ? op.after : op.before)->key));
    }
    bool operator()(const RelationTypeOp& op) const {
        return matches(op, m_doc.schema().relationType((op.after ? op.after : op.before)->key));
    }
    bool operator()(const MapInfoOp& op) const { return op.before && *op.before == m_doc.info(); }

private:
    template <typename T> static bool matches(const Op<T>& op, const T* current) {
        return op.before ? current && *current == *op.before : current == nullptr;
    }
    static bool fresh(const IdRanges& provisional, qint64 fileLast, qint64 id) {
        return !provisional.count(id) || id > fileLast;
    }
    bool freshElement(qint64 id) const {
        return fresh(m_c.provisional.elements, m_c.fileLast.element, id) &&
               !m_doc.graph().contains(NodeId(id)) && !m_doc.graph().contains(EdgeId(id));
    }

    const RebaseContext& m_c;
    const GraphDocument& m_doc;
};

} // namespace

bool isCurrent(const ChangeSet& change, const RebaseContext& context) {
    const CurrentCheck check(context);
    std::vector<qint64> touched; // an element touched twice needs the staged rebase
    touched.reserve(change.operations.size());
    for (const Operation& operation : change.operations) {
        if (!std::visit(check, operation))
            return false;
        const qint64 id = std::visit(
            [](const auto& op) -> qint64 {
                using T = std::decay_t<decltype(*op.after)>;
                if constexpr (std::is_same_v<T, NodeData> || std::is_same_v<T, EdgeData>)
                    return (op.after ? op.after : op.before)->id.value;
                else
                    return 0;
            },
            operation);
        if (id)
            touched.push_back(id);
    }
    // Sorted rather than hashed: an import's ids come in order, and a hash set of half a million
    // ids costs an allocation each.
    std::sort(touched.begin(), touched.end());
    return std::adjacent_find(touched.begin(), touched.end()) == touched.end();
}

Result<ChangeSet> rebase(const ChangeSet& change, const RebaseContext& context) {
    const IdRemap remap = remapTakenIds(change, context);
    Rebaser rebaser(context.document);
    rebaser.m_result.description = change.description;
    for (Operation operation : change.operations) {
        if (!remap.isEmpty())
            std::visit([&](auto& op) { remap.apply(op); }, operation);
        if (Status status = std::visit(rebaser, operation); !status)
            return Error{status.error()};
    }
    return std::move(rebaser.m_result);
}

} // namespace kizuna
