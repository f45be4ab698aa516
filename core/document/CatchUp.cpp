// GraphDocument::catchUp: memory follows what other programs committed, read from the change
// log. Only the rows the new records name are read again (a full reload when there are too many
// or a record is a summary of a bulk change), then observers get one notice.

#include "document/Fields.h"
#include "document/GraphDocument.h"
#include "store/SqlError.h"

#include <unordered_set>

namespace kizuna {
namespace {

// Beyond this many touched ids rereading the whole map is quicker than row by row.
constexpr size_t kReloadAbove = 20000;

void appendAll(std::vector<qint64>& into, const std::vector<qint64>& ids) {
    into.insert(into.end(), ids.begin(), ids.end());
}

void unique(std::vector<qint64>& ids) {
    std::sort(ids.begin(), ids.end());
    ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
}

template <typename T, typename Id> std::unordered_map<qint64, T> byId(std::vector<T> rows) {
    std::unordered_map<qint64, T> table;
    for (T& row : rows) {
        const qint64 id = row.id.value;
        table.emplace(id, std::move(row));
    }
    return table;
}

} // namespace

Status GraphDocument::catchUp() {
    ChangeNotice notice;
    const Status status = catchUpInto(notice);
    notify(notice);
    return status;
}

Status GraphDocument::catchUpInto(ChangeNotice& notice) {
    std::vector<JournalRecord> records;
    TouchedIds touched;
    bool reload = false;
    MapContents fresh; // the rows the new records name, as the file holds them now
    MapStore::LastIds last;
    qint64 seq = m_journalSeq;
    bool rewound = false; // the file holds fewer records than memory has seen: a restored copy
    const Status read = m_store->read([&] {
        const qint64 lastSeq = m_store->lastJournalSeq();
        if (lastSeq == m_journalSeq)
            return;
        if (lastSeq < m_journalSeq) {
            rewound = true;
            return;
        }
        records = m_store->readJournal(m_journalSeq, QString(), false);
        for (const JournalRecord& record : records) {
            reload = reload || !record.summary.isEmpty();
            appendAll(touched.nodes, record.ids.nodes);
            appendAll(touched.edges, record.ids.edges);
            appendAll(touched.sources, record.ids.sources);
            appendAll(touched.citations, record.ids.citations);
            appendAll(touched.annotations, record.ids.annotations);
            appendAll(touched.views, record.ids.views);
            touched.schema = touched.schema || record.ids.schema;
            touched.info = touched.info || record.ids.info;
            seq = record.seq;
        }
        reload = reload || touched.count() > kReloadAbove;
        if (reload)
            return;
        for (auto* ids : {&touched.nodes, &touched.edges, &touched.sources, &touched.citations,
                          &touched.annotations, &touched.views})
            unique(*ids);
        fresh.nodes = m_store->readNodes(touched.nodes);
        fresh.edges = m_store->readEdges(touched.edges);
        fresh.sources = m_store->readSources(touched.sources);
        fresh.citations = m_store->readCitations(touched.citations);
        fresh.annotations = m_store->readAnnotations(touched.annotations);
        fresh.views = m_store->readViews(touched.views);
        if (touched.schema)
            fresh.schema = m_store->readSchema();
        if (touched.info)
            fresh.info = m_store->readInfo();
        last = m_store->lastIds();
    });
    if (!read)
        return read;
    if (rewound) {
        auto contents = m_store->load();
        if (!contents)
            return Error{contents.error()};
        replaceContents(std::move(contents).value());
        notice.reset = true;
        notice.fromOtherProgram = true;
        notice.command = QStringLiteral("Replace the map file");
        return Status::success();
    }
    if (records.empty())
        return Status::success();

    notice.fromOtherProgram = true;
    const JournalRecord& latest = records.back();
    notice.author = latest.author;
    notice.program = latest.program;
    notice.command =
        records.size() == 1 ? latest.command : QStringLiteral("%1 changes").arg(records.size());

    if (reload) {
        auto contents = m_store->load();
        if (!contents)
            return Error{contents.error()};
        replaceContents(std::move(contents).value());
        notice.reset = true;
        return Status::success();
    }

    // Edges that went away first, then nodes, then edges that came or changed: the graph never
    // holds an edge without its ends.
    auto freshEdges = byId<EdgeData, EdgeId>(std::move(fresh.edges));
    auto freshNodes = byId<NodeData, NodeId>(std::move(fresh.nodes));
    for (qint64 id : touched.edges)
        if (!freshEdges.count(id) && m_graph.contains(EdgeId(id))) {
            m_graph.removeEdge(EdgeId(id));
            notice.edgesRemoved.push_back(EdgeId(id));
        }
    for (qint64 id : touched.nodes) {
        const NodeId nodeId(id);
        auto fresh = freshNodes.find(id);
        if (fresh == freshNodes.end()) {
            if (!m_graph.contains(nodeId))
                continue;
            for (EdgeId edge : m_graph.incidentEdges(nodeId))
                if (!freshEdges.count(edge.value)) // else it comes back at its new ends below
                    notice.edgesRemoved.push_back(edge);
            m_graph.removeNode(nodeId);
            notice.nodesRemoved.push_back(nodeId);
        } else if (const NodeData* current = m_graph.node(nodeId)) {
            if (*current == fresh->second)
                continue;
            for (const QString& field : changedFields(fieldsOf(*current), fieldsOf(fresh->second)))
                notice.fields.insert(field);
            m_graph.replaceNode(fresh->second);
            notice.nodesChanged.push_back(nodeId);
        } else {
            m_graph.insertNode(fresh->second);
            notice.nodesAdded.push_back(nodeId);
        }
    }
    for (qint64 id : touched.edges) {
        auto fresh = freshEdges.find(id);
        if (fresh == freshEdges.end())
            continue;
        const EdgeData& edge = fresh->second;
        if (!m_graph.contains(edge.source) || !m_graph.contains(edge.target)) {
            // The log and the rows disagree (a change made without Kizuna): read everything.
            auto contents = m_store->load();
            if (!contents)
                return Error{contents.error()};
            replaceContents(std::move(contents).value());
            notice = ChangeNotice();
            notice.reset = true;
            notice.fromOtherProgram = true;
            return Status::success();
        }
        if (const EdgeData* current = m_graph.edge(edge.id)) {
            if (*current == edge)
                continue;
            for (const QString& field : changedFields(fieldsOf(*current), fieldsOf(edge)))
                notice.fields.insert(field);
            m_graph.replaceEdge(edge);
            notice.edgesChanged.push_back(edge.id);
        } else {
            m_graph.insertEdge(edge);
            notice.edgesAdded.push_back(edge.id);
        }
    }

    // Citations before sources: a removed source's citations are gone too.
    auto freshCitations = byId<Citation, CitationId>(std::move(fresh.citations));
    for (qint64 id : touched.citations) {
        const CitationId citationId(id);
        if (const Citation* old = m_provenance.citation(citationId)) {
            notice.citationsOf.push_back(old->elementId);
            m_provenance.removeCitation(citationId);
        }
        if (auto fresh = freshCitations.find(id); fresh != freshCitations.end()) {
            m_provenance.putCitation(fresh->second);
            notice.citationsOf.push_back(fresh->second.elementId);
        }
    }
    auto freshSources = byId<Source, SourceId>(std::move(fresh.sources));
    for (qint64 id : touched.sources) {
        if (auto fresh = freshSources.find(id); fresh != freshSources.end())
            m_provenance.putSource(fresh->second);
        else if (m_provenance.source(SourceId(id)))
            m_provenance.removeSource(SourceId(id));
        notice.sources = true;
    }
    auto freshAnnotations = byId<Annotation, AnnotationId>(std::move(fresh.annotations));
    for (qint64 id : touched.annotations) {
        if (auto fresh = freshAnnotations.find(id); fresh != freshAnnotations.end())
            m_annotations[AnnotationId(id)] = fresh->second;
        else
            m_annotations.erase(AnnotationId(id));
        notice.annotations = true;
    }
    auto freshViews = byId<SavedView, ViewId>(std::move(fresh.views));
    for (qint64 id : touched.views) {
        if (auto fresh = freshViews.find(id); fresh != freshViews.end())
            m_views[ViewId(id)] = fresh->second;
        else
            m_views.erase(ViewId(id));
        notice.views = true;
    }
    if (touched.schema && !(fresh.schema == m_schema)) {
        m_schema = std::move(fresh.schema);
        notice.schema = true;
    }
    if (touched.info && !(fresh.info == m_info)) {
        m_info = std::move(fresh.info);
        notice.info = true;
    }
    m_lastElementId = std::max(m_lastElementId, last.element);
    m_lastSourceId = std::max(m_lastSourceId, last.source);
    m_lastCitationId = std::max(m_lastCitationId, last.citation);
    m_lastAnnotationId = std::max(m_lastAnnotationId, last.annotation);
    m_lastViewId = std::max(m_lastViewId, last.view);
    m_journalSeq = seq;
    return Status::success();
}

} // namespace kizuna
