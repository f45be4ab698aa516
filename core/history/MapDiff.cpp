#include "history/MapDiff.h"

#include "document/GraphDocument.h"
#include "document/NodeLookup.h"
#include "history/ElementText.h"

#include <algorithm>
#include <cmath>
#include <unordered_map>

namespace kizuna {
namespace {

QStringList normalizedLabels(const NodeData& node) {
    QStringList labels;
    for (const QString* label : {&node.labels.en, &node.labels.ja, &node.labels.zh})
        if (!label->trimmed().isEmpty())
            labels << normalizedLabel(*label);
    return labels;
}

bool shareLabel(const NodeData& a, const NodeData& b) {
    const QStringList other = normalizedLabels(b);
    for (const QString& label : normalizedLabels(a))
        if (other.contains(label))
            return true;
    return false;
}

// Ids up to this one name the same thing in both maps: their change logs begin with the same
// records (one is a copy of the other, edited since), and these ids were given out before the
// copies parted. Ids given out later may coincide by chance (both copies count on from the same
// number), so they pair only with a label in common.
qint64 sharedIdLimit(const GraphDocument& ours, const GraphDocument& theirs) {
    auto a = ours.journal(0);
    auto b = theirs.journal(0);
    if (!a || !b)
        return 0;
    qint64 limit = 0;
    for (size_t i = 0; i < std::min(a.value().size(), b.value().size()); ++i) {
        const JournalRecord& x = a.value()[i];
        const JournalRecord& y = b.value()[i];
        if (x.seq != y.seq || x.time != y.time || x.author != y.author || x.command != y.command)
            break;
        for (const std::vector<qint64>* ids : {&x.ids.nodes, &x.ids.edges})
            if (!ids->empty())
                limit = std::max(limit, *std::max_element(ids->begin(), ids->end()));
    }
    return limit;
}

void matchNodes(const KnowledgeGraph& ours, const KnowledgeGraph& theirs, qint64 sharedIds,
                MapDiff& diff) {
    for (NodeId id : ours.nodeIds()) {
        const NodeData* b = theirs.node(id);
        if (!b)
            continue;
        const NodeData* a = ours.node(id);
        if (id.value <= sharedIds || shareLabel(*a, *b)) {
            diff.nodeOursToTheirs[id.value] = id.value;
            diff.nodeTheirsToOurs[id.value] = id.value;
        }
    }
    std::unordered_map<QString, std::vector<qint64>> byLabel; // "type\x1flabel" → their ids
    for (NodeId id : theirs.nodeIds()) {
        if (diff.nodeTheirsToOurs.count(id.value))
            continue;
        const NodeData* node = theirs.node(id);
        for (const QString& label : normalizedLabels(*node))
            byLabel[node->type + QChar(0x1f) + label].push_back(id.value);
    }
    for (NodeId id : ours.nodeIds()) {
        if (diff.nodeOursToTheirs.count(id.value))
            continue;
        const NodeData* node = ours.node(id);
        for (const QString& label : normalizedLabels(*node)) {
            auto it = byLabel.find(node->type + QChar(0x1f) + label);
            if (it == byLabel.end())
                continue;
            auto free = std::find_if(it->second.begin(), it->second.end(), [&](qint64 other) {
                return !diff.nodeTheirsToOurs.count(other);
            });
            if (free == it->second.end())
                continue;
            diff.nodeOursToTheirs[id.value] = *free;
            diff.nodeTheirsToOurs[*free] = id.value;
            break;
        }
    }
}

qint64 mapped(const std::map<qint64, qint64>& map, qint64 id) {
    auto it = map.find(id);
    return it == map.end() ? 0 : it->second;
}

void matchEdges(const KnowledgeGraph& ours, const KnowledgeGraph& theirs, qint64 sharedIds,
                MapDiff& diff) {
    auto endsAgree = [&](const EdgeData& a, const EdgeData& b) {
        return mapped(diff.nodeOursToTheirs, a.source.value) == b.source.value &&
               mapped(diff.nodeOursToTheirs, a.target.value) == b.target.value;
    };
    for (EdgeId id : ours.edgeIds()) {
        const EdgeData* b = theirs.edge(id);
        if (b && endsAgree(*ours.edge(id), *b) &&
            (id.value <= sharedIds || ours.edge(id)->relation == b->relation)) {
            diff.edgeOursToTheirs[id.value] = id.value;
            diff.edgeTheirsToOurs[id.value] = id.value;
        }
    }
    std::map<std::tuple<qint64, qint64, QString>, std::vector<qint64>> byEnds; // their edges
    for (EdgeId id : theirs.edgeIds())
        if (!diff.edgeTheirsToOurs.count(id.value)) {
            const EdgeData* edge = theirs.edge(id);
            byEnds[{edge->source.value, edge->target.value, edge->relation}].push_back(id.value);
        }
    for (EdgeId id : ours.edgeIds()) {
        if (diff.edgeOursToTheirs.count(id.value))
            continue;
        const EdgeData* edge = ours.edge(id);
        auto it = byEnds.find({mapped(diff.nodeOursToTheirs, edge->source.value),
                               mapped(diff.nodeOursToTheirs, edge->target.value), edge->relation});
        if (it == byEnds.end())
            continue;
        auto free = std::find_if(it->second.begin(), it->second.end(),
                                 [&](qint64 other) { return !diff.edgeTheirsToOurs.count(other); });
        if (free == it->second.end())
            continue;
        diff.edgeOursToTheirs[id.value] = *free;
        diff.edgeTheirsToOurs[*free] = id.value;
    }
}

// Their positions when most matched nodes sit where ours do (a copy of the same map), else each
// new node beside its matched neighbours, else in a row right of our drawing.
void placeTheirNodes(const GraphDocument& ours, const GraphDocument& theirs, MapDiff& diff) {
    size_t same = 0, compared = 0;
    for (const auto& [a, b] : diff.nodeOursToTheirs) {
        const NodeData* mine = ours.graph().node(NodeId(a));
        const NodeData* other = theirs.graph().node(NodeId(b));
        if (mine->position && other->position) {
            ++compared;
            same += QLineF(*mine->position, *other->position).length() < 1.0;
        }
    }
    const bool sameLayout = compared > 0 && same * 2 >= compared;
    double right = 0, top = 0;
    ours.graph().forEachNode([&](const NodeData& node) {
        if (node.position) {
            right = std::max(right, node.position->x());
            top = std::min(top, node.position->y());
        }
    });
    int row = 0;
    for (NodeId id : theirs.graph().nodeIds()) {
        if (diff.nodeTheirsToOurs.count(id.value))
            continue;
        const NodeData* node = theirs.graph().node(id);
        if (sameLayout && node->position) {
            diff.placement[id.value] = *node->position;
            continue;
        }
        QPointF sum;
        int n = 0;
        for (EdgeId edge : theirs.graph().incidentEdges(id)) {
            const EdgeData* e = theirs.graph().edge(edge);
            const qint64 other = e->source == id ? e->target.value : e->source.value;
            if (const qint64 mine = mapped(diff.nodeTheirsToOurs, other))
                if (const NodeData* neighbour = ours.graph().node(NodeId(mine));
                    neighbour && neighbour->position) {
                    sum += *neighbour->position;
                    ++n;
                }
        }
        if (n > 0) {
            const double angle = double(id.value % 12) * 3.14159265 / 6;
            diff.placement[id.value] = sum / n + QPointF(std::cos(angle), std::sin(angle)) * 70.0;
        } else {
            diff.placement[id.value] = QPointF(right + 160, top + 90.0 * row++);
        }
    }
}

QString nodeName(const GraphDocument& document, qint64 id) {
    const NodeData* node = document.graph().node(NodeId(id));
    return node ? nodeLabel(*node, document.info().defaultLanguage) : QString::number(id);
}

QString edgeName(const GraphDocument& document, const EdgeData& edge) {
    return edgeLabel(nodeName(document, edge.source.value),
                     document.schema().relationName(edge.relation, document.info().defaultLanguage),
                     nodeName(document, edge.target.value));
}

Fields edgeFactFields(const GraphDocument& document, const EdgeData& edge) {
    Fields fields = factFieldsOf(edge);
    fields[QStringLiteral("source")] = nodeName(document, edge.source.value);
    fields[QStringLiteral("target")] = nodeName(document, edge.target.value);
    return fields;
}

void addSourcesField(ElementChange& change, const QJsonArray& before, const QJsonArray& after) {
    if (before != after)
        change.fields.push_back({QStringLiteral("sources"),
                                 before.isEmpty() ? QJsonValue() : QJsonValue(before),
                                 after.isEmpty() ? QJsonValue() : QJsonValue(after)});
}

void addFields(ElementChange& change, const Fields& before, const Fields& after) {
    for (const auto& [field, values] : differingFields(before, after))
        change.fields.push_back({field, values.first, values.second});
}

} // namespace

MapDiff diffMaps(const GraphDocument& ours, const GraphDocument& theirs, const QString& theirName,
                 const ProgressCallback& progress) {
    MapDiff diff;
    diff.changes.baseline = theirName;
    // Steps: matching (a quarter), then each element of both maps compared.
    const qint64 total = qint64(ours.graph().nodeCount() + ours.graph().edgeCount() +
                                theirs.graph().nodeCount() + theirs.graph().edgeCount()) *
                         5 / 4;
    qint64 done = 0;
    auto step = [&](qint64 n) {
        done += n;
        if (progress && !diff.cancelled && (done % 4096 < n || n > 1))
            diff.cancelled = !progress(done, std::max<qint64>(total, 1));
        return !diff.cancelled;
    };
    if (!step(0)) {
        diff.changes.changes.clear();
        return diff;
    }
    const qint64 sharedIds = sharedIdLimit(ours, theirs);
    matchNodes(ours.graph(), theirs.graph(), sharedIds, diff);
    matchEdges(ours.graph(), theirs.graph(), sharedIds, diff);
    placeTheirNodes(ours, theirs, diff);
    if (!step(total / 5)) {
        diff.changes.changes.clear();
        return diff;
    }
    const Language language = ours.info().defaultLanguage;
    std::vector<ElementChange>& out = diff.changes.changes;
    auto changeOf = [](ElementKind element, ChangeKind kind, qint64 id, qint64 otherId,
                       const QString& label, const QString& type) {
        ElementChange change;
        change.element = element;
        change.kind = kind;
        change.id = id;
        change.otherId = otherId;
        change.label = label;
        change.type = type;
        return change;
    };

    ours.graph().forEachNode([&](const NodeData& node) {
        if (!step(1))
            return;
        ElementChange change = changeOf(ElementKind::Node, ChangeKind::Changed, node.id.value, 0,
                                        nodeLabel(node, language), node.type);
        const qint64 other = mapped(diff.nodeOursToTheirs, node.id.value);
        const QJsonArray mine = citationLines(ours.provenance(), node.id.value);
        if (!other) {
            change.kind = ChangeKind::Removed;
            addFields(change, factFieldsOf(node), {});
            addSourcesField(change, mine, {});
        } else {
            change.otherId = other;
            addFields(change, factFieldsOf(node),
                      factFieldsOf(*theirs.graph().node(NodeId(other))));
            addSourcesField(change, mine, citationLines(theirs.provenance(), other));
            if (change.fields.empty())
                return;
        }
        out.push_back(std::move(change));
    });
    theirs.graph().forEachNode([&](const NodeData& node) {
        if (!step(1) || diff.nodeTheirsToOurs.count(node.id.value))
            return;
        ElementChange change = changeOf(ElementKind::Node, ChangeKind::Added, 0, node.id.value,
                                        nodeLabel(node, language), node.type);
        addFields(change, {}, factFieldsOf(node));
        addSourcesField(change, {}, citationLines(theirs.provenance(), node.id.value));
        NodeData ghost = node;
        ghost.id = NodeId(-node.id.value);
        ghost.position = diff.placement[node.id.value];
        change.ghostNode = ghost;
        out.push_back(std::move(change));
    });
    ours.graph().forEachEdge([&](const EdgeData& edge) {
        if (!step(1))
            return;
        ElementChange change = changeOf(ElementKind::Edge, ChangeKind::Changed, edge.id.value, 0,
                                        edgeName(ours, edge), edge.relation);
        const qint64 other = mapped(diff.edgeOursToTheirs, edge.id.value);
        const QJsonArray mine = citationLines(ours.provenance(), edge.id.value);
        if (!other) {
            change.kind = ChangeKind::Removed;
            addFields(change, edgeFactFields(ours, edge), {});
            addSourcesField(change, mine, {});
        } else {
            change.otherId = other;
            Fields a = factFieldsOf(edge), b = factFieldsOf(*theirs.graph().edge(EdgeId(other)));
            for (Fields* fields : {&a, &b}) { // matched ends: ids differ between copies
                fields->erase(QStringLiteral("source"));
                fields->erase(QStringLiteral("target"));
            }
            addFields(change, a, b);
            addSourcesField(change, mine, citationLines(theirs.provenance(), other));
            if (change.fields.empty())
                return;
        }
        out.push_back(std::move(change));
    });
    theirs.graph().forEachEdge([&](const EdgeData& edge) {
        if (!step(1) || diff.edgeTheirsToOurs.count(edge.id.value))
            return;
        ElementChange change = changeOf(ElementKind::Edge, ChangeKind::Added, 0, edge.id.value,
                                        edgeName(theirs, edge), edge.relation);
        addFields(change, {}, edgeFactFields(theirs, edge));
        addSourcesField(change, {}, citationLines(theirs.provenance(), edge.id.value));
        EdgeData ghost = edge;
        ghost.id = EdgeId(-edge.id.value);
        for (NodeId* end : {&ghost.source, &ghost.target}) {
            const qint64 mine = mapped(diff.nodeTheirsToOurs, end->value);
            *end = NodeId(mine ? mine : -end->value);
        }
        change.ghostEdge = ghost;
        out.push_back(std::move(change));
    });
    if (diff.cancelled) {
        out.clear();
        return diff;
    }
    std::stable_sort(out.begin(), out.end(), [](const ElementChange& a, const ElementChange& b) {
        if (a.element != b.element)
            return a.element < b.element;
        if (a.kind != b.kind)
            return a.kind < b.kind;
        return a.label.localeAwareCompare(b.label) < 0;
    });
    if (!(ours.schema() == theirs.schema()))
        diff.changes.otherChanges << QStringLiteral("The node and relation types differ.");
    if (ours.info().name != theirs.info().name ||
        ours.info().description != theirs.info().description)
        diff.changes.otherChanges << QStringLiteral("The map's name or description differs.");
    return diff;
}

} // namespace kizuna
