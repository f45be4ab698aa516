#pragma once
// The single entry point for changes to a map, used by the app and the CLI alike. Each change is
// validated, written in one SQLite transaction, and applied to the in-memory graph only after the
// commit succeeded; a failed change leaves file and memory as they were.

#include "document/ChangeSet.h"
#include "model/GraphObserver.h"
#include "model/KnowledgeGraph.h"
#include "model/MapContents.h"
#include "model/Progress.h"
#include "model/Provenance.h"
#include "store/MapStore.h"

#include <functional>
#include <map>
#include <memory>
#include <vector>

namespace kizuna {

class GraphDocument {
public:
    static Result<std::unique_ptr<GraphDocument>> open(const QString& path, MapStore::Access access,
                                                       MapStore::Options options = {});
    static Result<std::unique_ptr<GraphDocument>> create(const QString& path, const MapInfo& info);
    ~GraphDocument();

    const KnowledgeGraph& graph() const { return m_graph; }
    const Schema& schema() const { return m_schema; }
    const Provenance& provenance() const { return m_provenance; }
    // Text boxes and callouts on the diagram, by id.
    const std::map<AnnotationId, Annotation>& annotations() const { return m_annotations; }
    const std::map<ViewId, SavedView>& views() const { return m_views; }
    const SavedView* view(const QString& name) const;
    const MapInfo& info() const { return m_info; }
    const QString& path() const { return m_store->path(); }
    bool isReadOnly() const { return m_store->isReadOnly(); }
    // Nodes found by full-text search (labels in every language, description, properties,
    // cited sources' titles; substrings, NFKC and case-insensitive), best first: nodes whose
    // label is the query, then those whose label contains it, then the rest by relevance.
    Result<std::vector<NodeId>> search(const QString& query, int limit = 50) const;
    // The label to show for a node, in the map's default language when it has one.
    QString displayLabel(NodeId id) const;

    void addObserver(GraphObserver* observer);
    void removeObserver(GraphObserver* observer);

    // Applies a change set in one transaction: checked first against the state it leads to (and
    // each operation's `before` against what is there now), then committed, then applied in
    // memory. All or nothing. Undo is apply(change.inverted()).
    Status apply(const ChangeSet& change);
    // The same, reporting progress while writing (big imports); cancelling rolls everything back.
    Status apply(const ChangeSet& change, const ProgressCallback& progress);

    // Fresh ids for new things; never reused in this file, even after a delete.
    NodeId newNodeId() { return NodeId(++m_lastElementId); }
    EdgeId newEdgeId() { return EdgeId(++m_lastElementId); }
    SourceId newSourceId() { return SourceId(++m_lastSourceId); }
    CitationId newCitationId() { return CitationId(++m_lastCitationId); }
    AnnotationId newAnnotationId() { return AnnotationId(++m_lastAnnotationId); }
    ViewId newViewId() { return ViewId(++m_lastViewId); }

    // Conveniences over apply() for single edits. An id of 0 on a new thing means "assign one".
    Result<NodeId> addNode(const NodeData& node);
    Result<EdgeId> addEdge(const EdgeData& edge);
    Status updateNode(const NodeData& node);
    Status updateEdge(const EdgeData& edge);
    Status removeEdge(EdgeId id); // and its citations
    Status removeNode(NodeId id); // and its edges and citations
    Status setPositions(const std::vector<std::pair<NodeId, QPointF>>& positions);
    Result<SourceId> addSource(const Source& source);
    Result<CitationId> addCitation(const Citation& citation);
    Status removeCitation(CitationId id);
    Status putNodeType(const NodeType& type);
    Status putRelationType(const RelationType& type);
    Status setMapInfo(const MapInfo& info);

    // Adds all of `contents` (types merged by key; nodes, edges, sources and citations with new
    // ids, references remapped) in one transaction: all or nothing. Sends one reset.
    Status append(const MapContents& contents);

private:
    GraphDocument(std::unique_ptr<MapStore> store, MapContents contents);
    void notify(const std::function<void(GraphObserver&)>& notice);

    std::unique_ptr<MapStore> m_store;
    MapInfo m_info;
    Schema m_schema;
    KnowledgeGraph m_graph;
    Provenance m_provenance;
    std::vector<GraphObserver*> m_observers;
    qint64 m_lastElementId = 0;
    qint64 m_lastSourceId = 0;
    qint64 m_lastCitationId = 0;
    qint64 m_lastAnnotationId = 0;
    std::map<AnnotationId, Annotation> m_annotations;
    qint64 m_lastViewId = 0;
    std::map<ViewId, SavedView> m_views;
};

} // namespace kizuna
