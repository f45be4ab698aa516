#include "history/ChangesSince.h"

#include "document/GraphDocument.h"
#include "history/ElementText.h"
#include "history/JournalOperations.h"

#include <QRegularExpression>
#include <algorithm>
#include <map>
#include <set>
#include <unordered_set>

namespace kizuna {
namespace {

// What the change log says about one node, edge or citation since the baseline.
struct Tracked {
    bool existedAtStart = false;
    std::set<QString> known;     // fields whose value at the start is known
    Fields start;                // ... and those values (absent: not set)
    bool startComplete = false;  // every field's start value is known (a deletion recorded all)
    std::optional<Fields> ghost; // its fields when it was last deleted
    bool detailed = true;
    QStringList authors; // most recent first
    QString time;        // of the most recent change
};

using TrackedMap = std::map<qint64, Tracked>;

void noteAuthor(Tracked& t, const JournalRecord& record) {
    t.authors.removeAll(record.author);
    t.authors.prepend(record.author);
    t.time = record.time;
}

void track(Tracked& t, bool firstSeen, const JournalOperation& op, const JournalRecord& record) {
    if (firstSeen)
        t.existedAtStart = op.before.has_value();
    if (op.before && t.existedAtStart && !t.startComplete) {
        if (op.after) {
            for (const QString& field : op.changedFields())
                if (t.known.insert(field).second)
                    if (QJsonValue v = fieldValue(*op.before, field); !v.isNull())
                        t.start[field] = v;
        } else {
            for (const auto& [field, value] : *op.before)
                if (t.known.insert(field).second)
                    t.start[field] = value;
            t.startComplete = true;
        }
    }
    if (op.before && !op.after)
        t.ghost = *op.before;
    if (!(op.before && op.after && op.changedFields() == QStringList{QStringLiteral("position")}))
        noteAuthor(t, record); // moving a node is layout: its mover is not an author of changes
}

// A summarised record keeps ids only: what it added, removed and (the rest) changed.
void trackSummarised(TrackedMap& map, const std::vector<qint64>& ids,
                     const std::vector<qint64>& added, const std::vector<qint64>& removed,
                     bool onlyLayout, const JournalRecord& record) {
    const std::unordered_set<qint64> addedSet(added.begin(), added.end());
    const std::unordered_set<qint64> removedSet(removed.begin(), removed.end());
    for (qint64 id : ids) {
        const bool firstSeen = !map.count(id);
        Tracked& t = map[id];
        const bool wasAdded = addedSet.count(id) > 0;
        const bool wasRemoved = removedSet.count(id) > 0;
        if (firstSeen)
            t.existedAtStart = !wasAdded;
        if (wasRemoved) {
            t.ghost.reset();
            t.detailed = t.detailed && !t.existedAtStart;
        } else if (!wasAdded && !onlyLayout && t.existedAtStart && !t.startComplete) {
            t.detailed = false;
        }
        if (!onlyLayout || wasAdded || wasRemoved)
            noteAuthor(t, record);
    }
}

// The fields an element had at the start: what the log recorded, the rest as now.
Fields startFields(const Tracked& t, const Fields& current) {
    Fields start = t.startComplete ? Fields() : current;
    for (const QString& field : t.known) {
        auto it = t.start.find(field);
        if (it == t.start.end())
            start.erase(field);
        else
            start[field] = it->second;
    }
    start.erase(QStringLiteral("position"));
    return start;
}

QString sourceTitle(const Provenance& provenance, const QJsonValue& sourceId) {
    const Source* source = provenance.source(SourceId(sourceId.toInteger()));
    return source ? source->title : QString();
}

QString citationLine(const Provenance& provenance, const Fields& fields) {
    return citationText(sourceTitle(provenance, fieldValue(fields, QStringLiteral("source"))),
                        fieldValue(fields, QStringLiteral("excerpt")).toString(),
                        fieldValue(fields, QStringLiteral("locator")).toString());
}

} // namespace

Result<Baseline> resolveBaseline(const GraphDocument& document, const QString& text) {
    const QString wanted = text.trimmed();
    auto checkpoints = document.checkpoints();
    if (!checkpoints)
        return Error{checkpoints.error()};
    for (const Checkpoint& checkpoint : checkpoints.value())
        if (checkpoint.name == wanted)
            return Baseline{checkpoint.seq,
                            QStringLiteral("checkpoint \"%1\" (%2)")
                                .arg(checkpoint.name, checkpoint.time.left(16).replace(
                                                          QLatin1Char('T'), QLatin1Char(' ')))};
    static const QRegularExpression date(
        QStringLiteral(R"(^\d{4}(-\d{2}(-\d{2}([T ]\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?)?Z?)?)?$)"));
    if (!date.match(wanted).hasMatch()) {
        QStringList names;
        for (const Checkpoint& checkpoint : checkpoints.value())
            names << QLatin1Char('"') + checkpoint.name + QLatin1Char('"');
        return Error{QStringLiteral("\"%1\" is neither a checkpoint of this map nor a date such "
                                    "as 2026-11-01 or 2026-11-01T09:30. %2")
                         .arg(wanted, names.isEmpty()
                                          ? QStringLiteral("The map has no checkpoints yet.")
                                          : QStringLiteral("Its checkpoints: %1.")
                                                .arg(names.join(QStringLiteral(", "))))};
    }
    QString since = QString(wanted).replace(QLatin1Char(' '), QLatin1Char('T'));
    if (since.endsWith(QLatin1Char('Z')))
        since.chop(1);
    auto records = document.journal(0, since);
    if (!records)
        return Error{records.error()};
    const qint64 seq =
        records.value().empty() ? document.journalSeq() : records.value().front().seq - 1;
    return Baseline{seq, since + QStringLiteral(" (UTC)")};
}

Result<MapChanges> changesSince(const GraphDocument& document, const Baseline& baseline) {
    auto records = document.journal(baseline.seq, {}, true);
    if (!records)
        return Error{records.error()};
    const Provenance& provenance = document.provenance();
    const Language language = document.info().defaultLanguage;
    MapChanges changes;
    changes.baseline = baseline.description;
    TrackedMap nodes, edges, citations;
    std::map<qint64, qint64> citationElement; // citation → element at the start (or when seen)
    for (const JournalRecord& record : records.value()) {
        if (record.seq > document.journalSeq())
            break; // memory has not caught up with it: compare like with like
        if (record.operations.isEmpty()) {
            const bool onlyLayout = record.fields == QStringList{QStringLiteral("position")};
            trackSummarised(nodes, record.ids.nodes, record.added.nodes, record.removed.nodes,
                            onlyLayout, record);
            trackSummarised(edges, record.ids.edges, record.added.edges, record.removed.edges,
                            onlyLayout, record);
            for (qint64 id : record.ids.citations)
                if (!citations.count(id))
                    if (const Citation* now = provenance.citation(CitationId(id)))
                        citationElement[id] = now->elementId;
            trackSummarised(citations, record.ids.citations, record.added.citations,
                            record.removed.citations, onlyLayout, record);
            if (record.ids.schema || record.ids.info || !record.ids.views.empty())
                changes.otherChanges
                    << QStringLiteral("%1 %2: %3")
                           .arg(record.time.left(16), record.author, record.command);
            continue;
        }
        bool other = false;
        for (const JournalOperation& op : operationsOf(record)) {
            TrackedMap* map = op.kind == QLatin1String("node")       ? &nodes
                              : op.kind == QLatin1String("edge")     ? &edges
                              : op.kind == QLatin1String("citation") ? &citations
                                                                     : nullptr;
            if (!map) {
                other = other || !(op.kind == QLatin1String("source") && !op.before);
                continue;
            }
            const bool firstSeen = !map->count(op.id);
            track((*map)[op.id], firstSeen, op, record);
            if (map == &citations && firstSeen) {
                const Fields& any = op.before ? *op.before : *op.after;
                if (auto it = any.find(QStringLiteral("element")); it != any.end())
                    citationElement[op.id] = it->second.toInteger();
                else if (const Citation* now = provenance.citation(CitationId(op.id)))
                    citationElement[op.id] = now->elementId;
            }
        }
        if (other)
            changes.otherChanges << QStringLiteral("%1 %2: %3")
                                        .arg(record.time.left(16).replace(QLatin1Char('T'),
                                                                          QLatin1Char(' ')),
                                             record.author, record.command);
    }

    // The citation lines each element had at the start, where the log says they differ.
    std::map<qint64, QStringList> startLines; // element → lines of tracked citations
    std::set<qint64> citedChanged;            // elements whose citations changed
    for (const auto& [id, t] : citations) {
        const Citation* now = provenance.citation(CitationId(id));
        const Fields current = now ? fieldsOf(*now) : Fields();
        if (now)
            citedChanged.insert(now->elementId);
        if (!t.existedAtStart)
            continue;
        const Fields start = startFields(t, current);
        const qint64 element = fieldValue(start, QStringLiteral("element")).isNull()
                                   ? citationElement[id]
                                   : fieldValue(start, QStringLiteral("element")).toInteger();
        startLines[element] << citationLine(provenance, start);
        citedChanged.insert(element);
    }
    auto sourcesAtStart = [&](qint64 element) {
        QStringList lines = startLines[element];
        for (const Citation& citation : provenance.citationsOf(element))
            if (!citations.count(citation.id.value))
                lines << citationLine(provenance, fieldsOf(citation));
        lines.sort();
        return QJsonArray::fromStringList(lines);
    };

    // Nodes (kept for edge labels), then edges.
    std::map<qint64, NodeData> ghostNodes;
    auto nodeName = [&](qint64 id) {
        if (const NodeData* node = document.graph().node(NodeId(id)))
            return nodeLabel(*node, language);
        if (auto it = ghostNodes.find(id); it != ghostNodes.end())
            return nodeLabel(it->second, language);
        return QStringLiteral("node %1").arg(id);
    };
    auto finish = [&](ElementChange& change, const Tracked& t, const Fields& start,
                      const Fields& current, bool now, qint64 id) {
        change.id = id;
        change.kind = !t.existedAtStart ? ChangeKind::Added
                      : !now            ? ChangeKind::Removed
                                        : ChangeKind::Changed;
        change.authors = t.authors;
        change.time = t.time;
        change.detailed = t.detailed;
        for (const auto& [field, values] : differingFields(start, current))
            change.fields.push_back({field, values.first, values.second});
        if (t.existedAtStart || citedChanged.count(id)) {
            const QJsonArray before = t.existedAtStart ? sourcesAtStart(id) : QJsonArray();
            const QJsonArray after = now ? citationLines(provenance, id) : QJsonArray();
            if (before != after)
                change.fields.push_back({QStringLiteral("sources"),
                                         before.isEmpty() ? QJsonValue() : QJsonValue(before),
                                         after.isEmpty() ? QJsonValue() : QJsonValue(after)});
        }
        return change.kind != ChangeKind::Changed || !change.fields.empty() || !change.detailed;
    };

    // Elements whose citations changed but which the log does not otherwise mention.
    for (qint64 element : citedChanged) {
        if (document.graph().contains(NodeId(element)) && !nodes.count(element)) {
            Tracked& t = nodes[element];
            t.existedAtStart = true;
        } else if (document.graph().contains(EdgeId(element)) && !edges.count(element)) {
            Tracked& t = edges[element];
            t.existedAtStart = true;
        }
    }
    for (const auto& [id, t] : nodes) {
        if (t.ghost) {
            NodeData ghost = withFields(NodeData{}, *t.ghost);
            ghost.id = NodeId(id);
            ghostNodes[id] = ghost;
        }
    }
    for (const auto& [id, t] : nodes) {
        const NodeData* now = document.graph().node(NodeId(id));
        if (!t.existedAtStart && !now)
            continue;
        const Fields current = now ? factFieldsOf(*now) : Fields();
        ElementChange change;
        change.element = ElementKind::Node;
        if (!finish(change, t, t.existedAtStart ? startFields(t, current) : Fields(), current,
                    now != nullptr, id))
            continue;
        if (change.authors.isEmpty()) // only its citations changed: their authors
            for (const auto& [cid, ct] : citations)
                if (citationElement[cid] == id)
                    change.authors = ct.authors, change.time = ct.time;
        if (now) {
            change.label = nodeLabel(*now, language);
            change.type = now->type;
        } else if (auto it = ghostNodes.find(id); it != ghostNodes.end()) {
            change.ghostNode = it->second;
            change.label = nodeLabel(it->second, language);
            change.type = it->second.type;
        } else {
            change.label = QStringLiteral("node %1").arg(id);
        }
        changes.changes.push_back(std::move(change));
    }
    for (const auto& [id, t] : edges) {
        const EdgeData* now = document.graph().edge(EdgeId(id));
        if (!t.existedAtStart && !now)
            continue;
        const Fields current = now ? factFieldsOf(*now) : Fields();
        ElementChange change;
        change.element = ElementKind::Edge;
        if (!finish(change, t, t.existedAtStart ? startFields(t, current) : Fields(), current,
                    now != nullptr, id))
            continue;
        for (FieldChange& field : change.fields) // ends by name: ids mean nothing to a reader
            if (field.field == QLatin1String("source") || field.field == QLatin1String("target"))
                for (QJsonValue* value : {&field.before, &field.after})
                    if (!value->isNull())
                        *value = nodeName(value->toInteger());
        if (change.authors.isEmpty()) // only its citations changed: their authors
            for (const auto& [cid, ct] : citations)
                if (citationElement[cid] == id)
                    change.authors = ct.authors, change.time = ct.time;
        std::optional<EdgeData> shown;
        if (now) {
            shown = *now;
        } else if (t.ghost) {
            EdgeData ghost = withFields(EdgeData{}, *t.ghost);
            ghost.id = EdgeId(id);
            change.ghostEdge = ghost;
            shown = ghost;
        }
        if (shown) {
            change.type = shown->relation;
            change.label = edgeLabel(nodeName(shown->source.value),
                                     document.schema().relationName(shown->relation, language),
                                     nodeName(shown->target.value));
        } else {
            change.label = QStringLiteral("relation %1").arg(id);
        }
        changes.changes.push_back(std::move(change));
    }
    std::stable_sort(changes.changes.begin(), changes.changes.end(),
                     [](const ElementChange& a, const ElementChange& b) {
                         if (a.element != b.element)
                             return a.element < b.element;
                         if (a.kind != b.kind)
                             return a.kind < b.kind;
                         return a.label.localeAwareCompare(b.label) < 0;
                     });
    return changes;
}

MapChanges changesOfRecord(const GraphDocument& document, const JournalRecord& record) {
    MapChanges changes;
    changes.baseline = QStringLiteral("#%1 %2").arg(record.seq).arg(record.command);
    const Language language = document.info().defaultLanguage;
    std::map<qint64, NodeData> ghosts;
    auto name = [&](qint64 id) {
        if (const NodeData* node = document.graph().node(NodeId(id)))
            return nodeLabel(*node, language);
        if (auto it = ghosts.find(id); it != ghosts.end() && !it->second.labels.isEmpty())
            return nodeLabel(it->second, language);
        return QStringLiteral("node %1").arg(id);
    };
    auto kindOf = [](const JournalOperation& op) {
        return !op.before  ? ChangeKind::Added
               : !op.after ? ChangeKind::Removed
                           : ChangeKind::Changed;
    };
    const std::vector<JournalOperation> operations = operationsOf(record);
    for (const JournalOperation& op : operations) // an insertion or deletion has every field
        if (op.kind == QLatin1String("node") && !(op.before && op.after) &&
            !document.graph().contains(NodeId(op.id))) {
            NodeData ghost = withFields(NodeData{}, op.after ? *op.after : *op.before);
            ghost.id = NodeId(op.id);
            ghosts[op.id] = ghost;
        }
    std::set<std::pair<int, qint64>> seen;
    for (const JournalOperation& op : operations) {
        const bool isNode = op.kind == QLatin1String("node");
        if (!isNode && op.kind != QLatin1String("edge"))
            continue;
        ElementChange change;
        change.element = isNode ? ElementKind::Node : ElementKind::Edge;
        change.kind = kindOf(op);
        change.id = op.id;
        change.authors = {record.author};
        change.time = record.time;
        for (const auto& [field, values] :
             differingFields(op.before ? *op.before : Fields(), op.after ? *op.after : Fields()))
            change.fields.push_back({field, values.first, values.second});
        const Fields& any = op.after ? *op.after : *op.before;
        if (isNode) {
            change.type = fieldValue(any, QStringLiteral("type")).toString();
            if (const NodeData* now = document.graph().node(NodeId(op.id))) {
                change.label = nodeLabel(*now, language);
                change.type = now->type;
            } else {
                if (auto it = ghosts.find(op.id); it != ghosts.end()) {
                    change.ghostNode = it->second;
                    if (change.type.isEmpty())
                        change.type = it->second.type;
                }
                change.label = name(op.id);
            }
        } else {
            EdgeData edge = withFields(EdgeData{}, any);
            edge.id = EdgeId(op.id);
            if (const EdgeData* now = document.graph().edge(EdgeId(op.id)))
                edge = *now;
            else if (!(op.before && op.after)) // only whole values make a ghost
                change.ghostEdge = edge;
            change.type = edge.relation;
            change.label = edgeLabel(name(edge.source.value),
                                     document.schema().relationName(edge.relation, language),
                                     name(edge.target.value));
            for (FieldChange& field : change.fields)
                if (field.field == QLatin1String("source") ||
                    field.field == QLatin1String("target"))
                    for (QJsonValue* value : {&field.before, &field.after})
                        if (!value->isNull())
                            *value = name(value->toInteger());
        }
        if (seen.insert({int(change.element), op.id}).second)
            changes.changes.push_back(std::move(change));
    }
    if (operations.empty()) { // summarised: ids only
        auto add = [&](ElementKind element, const std::vector<qint64>& ids,
                       const std::vector<qint64>& added, const std::vector<qint64>& removed) {
            const std::unordered_set<qint64> a(added.begin(), added.end());
            const std::unordered_set<qint64> r(removed.begin(), removed.end());
            for (qint64 id : ids) {
                ElementChange change;
                change.element = element;
                change.id = id;
                change.kind = a.count(id)   ? ChangeKind::Added
                              : r.count(id) ? ChangeKind::Removed
                                            : ChangeKind::Changed;
                change.detailed = false;
                change.authors = {record.author};
                change.time = record.time;
                change.label =
                    element == ElementKind::Node ? name(id) : QStringLiteral("relation %1").arg(id);
                changes.changes.push_back(std::move(change));
            }
        };
        add(ElementKind::Node, record.ids.nodes, record.added.nodes, record.removed.nodes);
        add(ElementKind::Edge, record.ids.edges, record.added.edges, record.removed.edges);
    }
    return changes;
}

} // namespace kizuna
