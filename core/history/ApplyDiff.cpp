// Taking selected changes from another map: one change set on ours, so one undo takes it back.

#include "history/MapDiff.h"

#include "document/Edits.h"
#include "document/Fields.h"
#include "document/GraphDocument.h"
#include "history/ElementText.h"

#include <set>

namespace kizuna {
namespace {

class DiffApplier {
public:
    DiffApplier(GraphDocument& ours, const GraphDocument& theirs, const MapDiff& diff)
        : m_ours(ours), m_theirs(theirs), m_diff(diff) {}

    void addNode(qint64 theirId) {
        if (m_addedNodes.count(theirId))
            return;
        NodeData node = *m_theirs.graph().node(NodeId(theirId));
        node.id = m_ours.newNodeId();
        if (auto it = m_diff.placement.find(theirId); it != m_diff.placement.end())
            node.position = it->second;
        m_addedNodes[theirId] = node.id;
        m_change.operations.push_back(NodeOp{std::nullopt, node});
        copyCitations(theirId, node.id.value, {});
    }

    void addEdge(qint64 theirId) {
        EdgeData edge = *m_theirs.graph().edge(EdgeId(theirId));
        for (NodeId* end : {&edge.source, &edge.target}) {
            auto matched = m_diff.nodeTheirsToOurs.find(end->value);
            if (matched == m_diff.nodeTheirsToOurs.end())
                addNode(end->value); // its end comes along
            *end = matched != m_diff.nodeTheirsToOurs.end() ? NodeId(matched->second)
                                                            : m_addedNodes.at(end->value);
        }
        edge.id = m_ours.newEdgeId();
        m_change.operations.push_back(EdgeOp{std::nullopt, edge});
        copyCitations(theirId, edge.id.value, {});
    }

    template <typename T> void update(const T& now, const ElementChange& change) {
        Fields target;
        bool sources = false;
        for (const FieldChange& field : change.fields) {
            if (field.field == QLatin1String("sources"))
                sources = true;
            else if (field.field != QLatin1String("source") &&
                     field.field != QLatin1String("target"))
                target[field.field] = field.after;
        }
        if (!target.empty()) {
            const T after = withFields(now, target);
            if (!(after == now))
                m_change.operations.push_back(Op<T>{now, after});
        }
        if (!sources)
            return;
        // Citations: theirs that ours lacks come over; ours that theirs lacks go.
        const QJsonArray mine = citationLines(m_ours.provenance(), change.id);
        const QJsonArray other = citationLines(m_theirs.provenance(), change.otherId);
        copyCitations(change.otherId, change.id, mine);
        for (const Citation& citation : m_ours.provenance().citationsOf(change.id))
            if (!other.contains(lineOf(m_ours, citation)))
                m_change.operations.push_back(CitationOp{citation, std::nullopt});
    }

    ChangeSet& change() { return m_change; }

private:
    static QString lineOf(const GraphDocument& document, const Citation& citation) {
        const Source* source = document.provenance().source(citation.source);
        return citationText(source ? source->title : QString(), citation.excerpt, citation.locator);
    }

    // Their citations of `theirElement` that are not among `skip` lines, onto `ourElement`.
    void copyCitations(qint64 theirElement, qint64 ourElement, const QJsonArray& skip) {
        for (const Citation& theirs : m_theirs.provenance().citationsOf(theirElement)) {
            if (skip.contains(lineOf(m_theirs, theirs)))
                continue;
            Citation citation = theirs;
            citation.id = m_ours.newCitationId();
            citation.elementId = ourElement;
            citation.source = ourSource(theirs.source);
            m_change.operations.push_back(CitationOp{std::nullopt, citation});
        }
    }

    // Our source for one of theirs: the same title, URL and document, else a copy.
    SourceId ourSource(SourceId theirId) {
        if (auto it = m_sources.find(theirId.value); it != m_sources.end())
            return it->second;
        const Source* theirs = m_theirs.provenance().source(theirId);
        for (const Source& mine : m_ours.provenance().sources())
            if (theirs && mine.title == theirs->title && mine.url == theirs->url &&
                mine.document == theirs->document)
                return m_sources[theirId.value] = mine.id;
        Source copy = theirs ? *theirs : Source{};
        copy.id = m_ours.newSourceId();
        m_change.operations.push_back(SourceOp{std::nullopt, copy});
        return m_sources[theirId.value] = copy.id;
    }

    GraphDocument& m_ours;
    const GraphDocument& m_theirs;
    const MapDiff& m_diff;
    ChangeSet m_change;
    std::map<qint64, NodeId> m_addedNodes; // their id → our new id
    std::map<qint64, SourceId> m_sources;  // their source → ours
};

} // namespace

Result<ChangeSet> applyDiffChange(GraphDocument& ours, const GraphDocument& theirs,
                                  const MapDiff& diff, const QStringList& keys) {
    const bool all = keys.contains(QStringLiteral("all"));
    std::set<QString> unknown(keys.begin(), keys.end());
    unknown.erase(QStringLiteral("all"));
    std::vector<const ElementChange*> selected;
    for (const ElementChange& change : diff.changes.changes)
        if (all || unknown.count(change.key())) {
            selected.push_back(&change);
            unknown.erase(change.key());
        }
    if (!unknown.empty())
        return Error{QStringLiteral("The comparison has no change %1; the keys are listed by "
                                    "`kizuna-cli diff` (node:12, edge:40, other-node:17 ...).")
                         .arg(*unknown.begin())};
    if (selected.empty())
        return Error{QStringLiteral("No changes were selected.")};

    DiffApplier applier(ours, theirs, diff);
    std::vector<qint64> removals;
    std::set<qint64> removedNodes;
    for (const ElementChange* change : selected)
        if (change->kind == ChangeKind::Removed) {
            removals.push_back(change->id);
            if (change->element == ElementKind::Node)
                removedNodes.insert(change->id);
        }
    for (const ElementChange* change : selected)
        if (change->kind == ChangeKind::Added && change->element == ElementKind::Node)
            applier.addNode(change->otherId);
    for (const ElementChange* change : selected)
        if (change->kind == ChangeKind::Added && change->element == ElementKind::Edge)
            applier.addEdge(change->otherId);
    for (const ElementChange* change : selected) {
        if (change->kind != ChangeKind::Changed)
            continue;
        if (change->element == ElementKind::Node) {
            if (const NodeData* now = ours.graph().node(NodeId(change->id));
                now && !removedNodes.count(change->id))
                applier.update(*now, *change);
        } else if (const EdgeData* now = ours.graph().edge(EdgeId(change->id));
                   now && !removedNodes.count(now->source.value) &&
                   !removedNodes.count(now->target.value)) {
            applier.update(*now, *change);
        }
    }
    ChangeSet change = std::move(applier.change());
    if (!removals.empty())
        change.append(removeElementsChange(ours, removals));
    change.description = QStringLiteral("Apply %1 change%2 from %3")
                             .arg(selected.size())
                             .arg(selected.size() == 1 ? "" : "s")
                             .arg(diff.changes.baseline);
    return change;
}

} // namespace kizuna
