#include "io/ImportPlan.h"

#include "layout/Placement.h"

#include "document/Edits.h"
#include "document/GraphDocument.h"
#include "document/NodeLookup.h"

#include <QHash>
#include <map>
#include <optional>
#include <set>
#include <unordered_map>

namespace kizuna {
namespace {

// The existing node a file node stands for, if any.
class NodeMatcher {
public:
    NodeMatcher(const GraphDocument& document, MergeBy mergeBy)
        : m_document(document), m_mergeBy(mergeBy) {
        if (mergeBy != MergeBy::Label)
            return;
        for (NodeId id : document.graph().nodeIds()) {
            const NodeData& node = *document.graph().node(id);
            for (const QString* label : {&node.labels.en, &node.labels.ja, &node.labels.zh})
                if (!label->isEmpty())
                    m_byLabel.insert(node.type + QLatin1Char('\n') + normalizedLabel(*label),
                                     id); // lowest id first
        }
    }

    std::optional<NodeId> match(const NodeData& node, const QString& key) const {
        if (m_mergeBy == MergeBy::Id) {
            bool isNumber = false;
            const qint64 id = key.toLongLong(&isNumber);
            if (isNumber && m_document.graph().contains(NodeId(id)))
                return NodeId(id);
        } else if (m_mergeBy == MergeBy::Label) {
            for (const QString* label : {&node.labels.en, &node.labels.ja, &node.labels.zh}) {
                if (label->isEmpty())
                    continue;
                const auto values =
                    m_byLabel.values(node.type + QLatin1Char('\n') + normalizedLabel(*label));
                if (!values.isEmpty())
                    return *std::min_element(values.begin(), values.end());
            }
        }
        return std::nullopt;
    }

private:
    const GraphDocument& m_document;
    MergeBy m_mergeBy;
    QMultiHash<QString, NodeId> m_byLabel;
};

// A file's provisional element ids to the map's. Importers number elements in runs (nodes
// 1, 2, 3 ..., relations from another base), so runs of consecutive ids are kept as arrays: a
// hash table took a fifth of a second for the million lookups of half a million relations.
class ElementIds {
    // The slot of `from` in its run, if a run holds it (Runs: the map, const or not).
    template <typename Runs> static auto inRun(Runs& runs, qint64 from) {
        auto run = runs.upper_bound(from);
        using Slot = decltype(&run->second[0]);
        if (run == runs.begin())
            return Slot(nullptr);
        --run;
        const qint64 offset = from - run->first;
        return offset < qint64(run->second.size()) ? &run->second[size_t(offset)] : Slot(nullptr);
    }

public:
    void reserve(size_t count) { m_scattered.reserve(count / 16); }

    void set(qint64 from, qint64 to) {
        if (qint64* slot = inRun(m_runs, from)) {
            *slot = to;
        } else if (!m_runs.empty() && from == m_last->first + qint64(m_last->second.size())) {
            m_last->second.push_back(to);
        } else if (m_runs.size() < kMaxRuns) {
            m_last = m_runs.emplace(from, std::vector<qint64>{to}).first;
        } else {
            m_scattered[from] = to;
        }
    }

    std::optional<qint64> find(qint64 from) const {
        if (const qint64* slot = inRun(m_runs, from))
            return *slot;
        if (auto it = m_scattered.find(from); it != m_scattered.end())
            return it->second;
        return std::nullopt;
    }

private:
    static constexpr size_t kMaxRuns = 64;
    std::map<qint64, std::vector<qint64>> m_runs; // first id of a run -> the map ids
    std::map<qint64, std::vector<qint64>>::iterator m_last;
    std::unordered_map<qint64, qint64> m_scattered;
};

// What the file says about a node it matched: non-empty values win, properties are merged.
NodeData updated(const NodeData& existing, const NodeData& imported) {
    NodeData result = existing;
    // A label equal but for width or case ("ＯＰＥＮＡＩ" for "OpenAI") keeps the map's spelling.
    for (Language language : {Language::En, Language::Ja, Language::Zh}) {
        const QString& label = imported.labels.get(language);
        if (!label.isEmpty() &&
            normalizedLabel(label) != normalizedLabel(result.labels.get(language)))
            result.labels.set(language, label);
    }
    if (!imported.description.isEmpty())
        result.description = imported.description;
    if (!imported.validFrom.isEmpty())
        result.validFrom = imported.validFrom;
    if (!imported.validTo.isEmpty())
        result.validTo = imported.validTo;
    if (!result.position)
        result.position = imported.position;
    for (auto it = imported.properties.begin(); it != imported.properties.end(); ++it)
        result.properties.insert(it.key(), it.value());
    return result;
}

} // namespace

QString ImportSummary::text() const {
    QString repeated;
    auto rows = [&](int count, const char* what) {
        if (count > 0)
            repeated += QStringLiteral("; %1 %2 with a repeated id %3")
                            .arg(count)
                            .arg(count == 1 ? QStringLiteral("row") : QStringLiteral("rows"),
                                 QLatin1String(what));
    };
    rows(repeatedMerged, "merged");
    rows(repeatedDropped, "dropped");
    return QStringLiteral("%1 nodes added, %2 updated, %3 unchanged; %4 edges added, %5 skipped as "
                          "already present; "
                          "%6 types added; %7 sources added")
               .arg(nodesAdded)
               .arg(nodesUpdated)
               .arg(nodesUnchanged)
               .arg(edgesAdded)
               .arg(edgesSkipped)
               .arg(typesAdded)
               .arg(sourcesAdded) +
           repeated;
}

ImportPlan planImport(GraphDocument& document, const ImportedGraph& graph, MergeBy mergeBy) {
    Q_ASSERT(graph.repeated.empty()); // resolveDuplicateIds first
    ImportPlan plan;
    plan.summary.repeatedMerged = graph.repeatedMerged;
    plan.summary.repeatedDropped = graph.repeatedDropped;
    ChangeSet& change = plan.change;
    change.description = QStringLiteral("Import");
    const MapContents& in = graph.contents;
    const bool keepIds = graph.idsAreMapIds && mergeBy == MergeBy::None &&
                         document.annotations().empty() && document.graph().nodeCount() == 0 &&
                         document.graph().edgeCount() == 0 &&
                         document.provenance().sources().empty() && document.views().empty();

    // A whole map imported into an empty one brings its name and language too.
    if (keepIds && !in.info.name.isEmpty()) {
        MapInfo info = in.info;
        info.created = document.info().created;
        change.operations.push_back(MapInfoOp{document.info(), info});
    }
    for (const NodeType& type : in.schema.nodeTypes())
        if (!document.schema().nodeType(type.key)) {
            change.operations.push_back(NodeTypeOp{std::nullopt, type});
            ++plan.summary.typesAdded;
        }
    for (const RelationType& type : in.schema.relationTypes())
        if (!document.schema().relationType(type.key)) {
            change.operations.push_back(RelationTypeOp{std::nullopt, type});
            ++plan.summary.typesAdded;
        }

    std::unordered_map<qint64, qint64> sourceIds;
    for (Source source : in.sources) {
        const qint64 fileId = source.id.value;
        source.id = keepIds ? source.id : document.newSourceId();
        sourceIds[fileId] = source.id.value;
        change.operations.push_back(SourceOp{std::nullopt, source});
        ++plan.summary.sourcesAdded;
    }

    change.operations.reserve(change.operations.size() + in.sources.size() + in.nodes.size() +
                              in.edges.size() + in.annotations.size() + in.views.size() +
                              in.citations.size());
    ElementIds elementIds; // provisional id -> map id
    elementIds.reserve(in.nodes.size() + in.edges.size());
    const NodeMatcher matcher(document, mergeBy);
    for (size_t i = 0; i < in.nodes.size(); ++i) {
        const NodeData& node = in.nodes[i];
        const QString key = i < graph.nodeKeys.size() ? graph.nodeKeys[i] : QString();
        if (auto existing = matcher.match(node, key)) {
            elementIds.set(node.id.value, existing->value);
            const NodeData& before = *document.graph().node(*existing);
            NodeData after = updated(before, node);
            if (after == before) {
                ++plan.summary.nodesUnchanged;
            } else {
                change.operations.push_back(NodeOp{before, after});
                ++plan.summary.nodesUpdated;
            }
            continue;
        }
        NodeData added = node;
        added.id = keepIds ? node.id : document.newNodeId();
        elementIds.set(node.id.value, added.id.value);
        change.operations.push_back(NodeOp{std::nullopt, std::move(added)});
        ++plan.summary.nodesAdded;
    }

    // Relations already in the map (when merging) are not added twice.
    std::set<std::tuple<QString, qint64, qint64>> present;
    if (mergeBy != MergeBy::None)
        document.graph().forEachEdge([&](const EdgeData& edge) {
            present.emplace(edge.relation, edge.source.value, edge.target.value);
        });
    for (const EdgeData& edge : in.edges) {
        EdgeData added = edge;
        added.source = NodeId(elementIds.find(edge.source.value).value());
        added.target = NodeId(elementIds.find(edge.target.value).value());
        if (present.count({added.relation, added.source.value, added.target.value})) {
            ++plan.summary.edgesSkipped;
            continue;
        }
        added.id = keepIds ? edge.id : document.newEdgeId();
        elementIds.set(edge.id.value, added.id.value);
        change.operations.push_back(EdgeOp{std::nullopt, std::move(added)});
        ++plan.summary.edgesAdded;
    }

    for (Annotation annotation : in.annotations) {
        annotation.id = keepIds ? annotation.id : document.newAnnotationId();
        if (annotation.target) {
            annotation.target = elementIds.find(annotation.target).value_or(0);
        }
        change.operations.push_back(AnnotationOp{std::nullopt, annotation});
    }
    for (SavedView view : in.views) {
        if (document.view(view.name))
            continue; // the map has a view of that name: it stays as it is
        view.id = keepIds ? view.id : document.newViewId();
        std::vector<qint64> shown;
        for (qint64 element : view.shown)
            if (auto id = elementIds.find(element))
                shown.push_back(*id);
        view.shown = shown;
        std::map<NodeId, QPointF> positions; // a view's own layout follows its nodes
        for (const auto& [node, point] : view.positions)
            if (auto id = elementIds.find(node.value))
                positions[NodeId(*id)] = point;
        view.positions = std::move(positions);
        change.operations.push_back(ViewOp{std::nullopt, view});
    }
    for (Citation citation : in.citations) {
        auto element = elementIds.find(citation.elementId);
        auto source = sourceIds.find(citation.source.value);
        if (!element || source == sourceIds.end())
            continue; // a citation of a skipped duplicate edge
        citation.id = keepIds ? citation.id : document.newCitationId();
        citation.elementId = *element;
        citation.source = SourceId(source->second);
        change.operations.push_back(CitationOp{std::nullopt, citation});
    }
    // New nodes without a layout of their own go next to their neighbours, so what is imported
    // is in view at once and the map's picture stays as it was.
    placeNewNodes(document.graph(), change);
    return plan;
}

} // namespace kizuna
