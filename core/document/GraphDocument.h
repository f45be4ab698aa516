#pragma once
// The single entry point for changes to a map, used by the app and the CLI alike. The file is the
// truth and memory a mirror of it: each change is first brought up to date with what other
// programs committed (read from the map's change log), merged onto it field by field, validated,
// written in one SQLite transaction together with its journal record, and applied to memory only
// after the commit succeeded. A failed or refused change leaves file and memory as they were
// (apart from catching up with other programs).

#include "document/ChangeSet.h"
#include "document/IdRanges.h"
#include "model/Checkpoint.h"
#include "model/GraphObserver.h"
#include "model/JournalRecord.h"
#include "model/KnowledgeGraph.h"
#include "model/MapContents.h"
#include "model/Progress.h"
#include "model/Provenance.h"
#include "store/MapStore.h"

#include <functional>
#include <map>
#include <memory>
#include <unordered_set>
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

    // Commits a change set, all or nothing: catches up with other programs first, then merges
    // each operation onto the current state field by field (an edit of a field another program
    // changed since `before` was read is refused, naming element and field; other fields and
    // elements keep the other program's values), gives new things ids from the file, validates,
    // writes it with its journal record in one transaction, and applies it in memory. Returns the
    // change as committed; undo is commit(committed.inverted()).
    Result<ChangeSet> commit(const ChangeSet& change, const ProgressCallback& progress = {});
    // commit() for callers that need no result. Progress is reported while writing (big imports);
    // cancelling rolls everything back.
    Status apply(const ChangeSet& change);
    Status apply(const ChangeSet& change, const ProgressCallback& progress);
    // apply() for a program that closes the map next (kizuna-cli's import): the change is
    // committed as apply() commits it, but memory is not brought along; should the document be
    // used again, it catches up from the file as with another program's change. A million-row
    // import's copy in memory takes a tenth of its time and a third of its memory.
    Status applyToFileOnly(const ChangeSet& change, const ProgressCallback& progress = {});

    // Reads what other programs committed since this document last looked (the journal records
    // after the last one seen, then only the rows they name) into memory, and tells observers.
    // Cheap when nothing changed.
    Status catchUp();
    // True when another program committed since the last call (PRAGMA data_version): for timers.
    bool changedByOthers();
    // True while commit() runs (it may report progress, and so run the event loop).
    bool isCommitting() const { return m_committing; }
    // The last change-log record memory includes.
    qint64 journalSeq() const { return m_journalSeq; }
    // Change-log records after `afterSeq` and at or after `sinceTime` (ISO UTC; empty: any).
    Result<std::vector<JournalRecord>> journal(qint64 afterSeq, const QString& sinceTime = {},
                                               bool withOperations = false,
                                               qint64 limit = -1) const;
    // Checkpoints, oldest first. A new checkpoint names the file's last change-log record now
    // (not memory's); names are unique (trimmed, not empty, at most 200 characters).
    Result<std::vector<Checkpoint>> checkpoints() const;
    Result<Checkpoint> addCheckpoint(const QString& name);
    Status removeCheckpoint(const QString& name);
    // Who is editing and with which program, written into every journal record. The author
    // defaults to $KIZUNA_AUTHOR, else the OS user name; the program to the application's name.
    void setAuthor(const QString& author) { m_author = author; }
    const QString& author() const { return m_author; }
    void setProgram(const QString& program) { m_program = program; }

    // Ids for new things. They are provisional: commit() keeps them unless another program took
    // them meanwhile, then allocates others from the file (the committed change set says which).
    NodeId newNodeId() { return NodeId(provisional(m_provisional.elements, ++m_lastElementId)); }
    EdgeId newEdgeId() { return EdgeId(provisional(m_provisional.elements, ++m_lastElementId)); }
    SourceId newSourceId() {
        return SourceId(provisional(m_provisional.sources, ++m_lastSourceId));
    }
    CitationId newCitationId() {
        return CitationId(provisional(m_provisional.citations, ++m_lastCitationId));
    }
    AnnotationId newAnnotationId() {
        return AnnotationId(provisional(m_provisional.annotations, ++m_lastAnnotationId));
    }
    ViewId newViewId() { return ViewId(provisional(m_provisional.views, ++m_lastViewId)); }

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
    // ids, references remapped) in one transaction: all or nothing.
    Status append(const MapContents& contents);

    // Ids handed out by new...Id() and not committed yet, by kind.
    struct ProvisionalIds {
        IdRanges elements, sources, citations, annotations, views;
    };

private:
    GraphDocument(std::unique_ptr<MapStore> store, MapContents contents);
    void replaceContents(MapContents contents);
    void notify(const ChangeNotice& notice);
    static qint64 provisional(IdRanges& ids, qint64 id) {
        ids.insert(id);
        return id;
    }
    // Catch-up helpers (CatchUp.cpp): patch memory from rows reread by id.
    Status catchUpInto(ChangeNotice& notice);
    void applyToMemory(const ChangeSet& change, ChangeNotice& notice);
    // commit() and apply(): `rebased` holds the merged change when it differs from `requested`;
    // memory follows unless `fileOnly`.
    Status commitChange(const ChangeSet& requested, const ProgressCallback& progress,
                        std::optional<ChangeSet>& rebased, bool fileOnly = false);

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
    qint64 m_journalSeq = 0;
    bool m_committing = false;
    ProvisionalIds m_provisional;
    QString m_author;
    QString m_program;
};

// $KIZUNA_AUTHOR, else the OS user name ($USER, $USERNAME, $LOGNAME), else "unknown".
QString defaultAuthor();

} // namespace kizuna
