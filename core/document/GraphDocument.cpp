#include "document/GraphDocument.h"

#include "document/Edits.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFileInfo>
#include <unordered_set>
#ifdef Q_OS_UNIX
#include <pwd.h>
#include <unistd.h>
#endif
#include <algorithm>

namespace kizuna {

namespace {

// A map whose rows disagree (possible only if it was changed without foreign keys) is refused
// with what is wrong, instead of failing somewhere later.
// Ids as sorted vectors (they are read in id order): a lookup is a binary search, and a big
// map costs no hash sets (a third of a second on 600,000 elements).
std::vector<qint64> sortedIds(std::vector<qint64> ids) {
    if (!std::is_sorted(ids.begin(), ids.end()))
        std::sort(ids.begin(), ids.end());
    return ids;
}

bool has(const std::vector<qint64>& sorted, qint64 id) {
    return std::binary_search(sorted.begin(), sorted.end(), id);
}

Status checkContents(const QString& path, const MapContents& contents) {
    std::vector<qint64> nodeIds, edgeIds, sourceIds;
    nodeIds.reserve(contents.nodes.size());
    for (const NodeData& node : contents.nodes)
        nodeIds.push_back(node.id.value);
    const std::vector<qint64> nodes = sortedIds(std::move(nodeIds));
    edgeIds.reserve(contents.edges.size());
    for (const EdgeData& edge : contents.edges) {
        edgeIds.push_back(edge.id.value);
        for (NodeId end : {edge.source, edge.target})
            if (!has(nodes, end.value))
                return Error{QStringLiteral("%1: the map is inconsistent: relation %2 refers to "
                                            "node %3, which is not in the map. Restore it from "
                                            "a backup.")
                                 .arg(QFileInfo(path).absoluteFilePath())
                                 .arg(edge.id.value)
                                 .arg(end.value)};
    }
    const std::vector<qint64> edges = sortedIds(std::move(edgeIds));
    for (const Source& source : contents.sources)
        sourceIds.push_back(source.id.value);
    const std::vector<qint64> sources = sortedIds(std::move(sourceIds));
    for (const Citation& citation : contents.citations)
        if (!(has(nodes, citation.elementId) || has(edges, citation.elementId)) ||
            !has(sources, citation.source.value))
            return Error{QStringLiteral("%1: the map is inconsistent: citation %2 refers to "
                                        "something that is not in the map. Restore it from a "
                                        "backup.")
                             .arg(QFileInfo(path).absoluteFilePath())
                             .arg(citation.id.value)};
    return Status::success();
}

} // namespace

Result<std::unique_ptr<GraphDocument>>
GraphDocument::open(const QString& path, MapStore::Access access, MapStore::Options options) {
    auto store = MapStore::open(path, access, options);
    if (!store)
        return Error{store.error()};
    auto contents = store.value()->load();
    if (!contents)
        return Error{contents.error()};
    if (Status sound = checkContents(path, contents.value()); !sound)
        return Error{sound.error()};
    return std::unique_ptr<GraphDocument>(
        new GraphDocument(std::move(store).value(), std::move(contents).value()));
}

Result<std::unique_ptr<GraphDocument>> GraphDocument::create(const QString& path,
                                                             const MapInfo& info) {
    auto store = MapStore::create(path, info);
    if (!store)
        return Error{store.error()};
    auto contents = store.value()->load();
    if (!contents)
        return Error{contents.error()};
    return std::unique_ptr<GraphDocument>(
        new GraphDocument(std::move(store).value(), std::move(contents).value()));
}

QString defaultAuthor() {
    for (const char* name : {"KIZUNA_AUTHOR", "USER", "USERNAME", "LOGNAME"}) {
        const QString value = qEnvironmentVariable(name).trimmed();
        if (!value.isEmpty())
            return value;
    }
#ifdef Q_OS_UNIX
    if (const passwd* user = getpwuid(getuid()); user && user->pw_name && *user->pw_name)
        return QString::fromLocal8Bit(user->pw_name);
#endif
    return QStringLiteral("unknown");
}

GraphDocument::GraphDocument(std::unique_ptr<MapStore> store, MapContents contents)
    : m_store(std::move(store)), m_author(defaultAuthor()),
      m_program(QCoreApplication::applicationName().isEmpty()
                    ? QStringLiteral("kizuna")
                    : QCoreApplication::applicationName()) {
    replaceContents(std::move(contents));
}

void GraphDocument::replaceContents(MapContents contents) {
    m_info = std::move(contents.info);
    m_schema = std::move(contents.schema);
    m_graph.clear();
    m_provenance.clear();
    m_views.clear();
    m_annotations.clear();
    m_lastElementId = std::max(m_lastElementId, contents.lastElementId);
    m_journalSeq = contents.journalSeq;
    m_graph.reserve(contents.nodes.size(), contents.edges.size());
    for (const auto& node : contents.nodes)
        m_graph.insertNode(node);
    for (const auto& edge : contents.edges)
        m_graph.insertEdge(edge);
    for (const auto& source : contents.sources) {
        m_provenance.putSource(source);
        m_lastSourceId = std::max(m_lastSourceId, source.id.value);
    }
    for (const auto& citation : contents.citations) {
        m_provenance.putCitation(citation);
        m_lastCitationId = std::max(m_lastCitationId, citation.id.value);
    }
    for (const auto& view : contents.views) {
        m_views[view.id] = view;
        m_lastViewId = std::max(m_lastViewId, view.id.value);
    }
    for (const auto& annotation : contents.annotations) {
        m_annotations[annotation.id] = annotation;
        m_lastAnnotationId = std::max(m_lastAnnotationId, annotation.id.value);
    }
}

GraphDocument::~GraphDocument() = default;

QString GraphDocument::displayLabel(NodeId id) const {
    const NodeData* node = m_graph.node(id);
    return node ? node->labels.display(m_info.defaultLanguage) : QString();
}

const SavedView* GraphDocument::view(const QString& name) const {
    for (const auto& [id, view] : m_views)
        if (view.name == name)
            return &view;
    return nullptr;
}

Result<std::vector<NodeId>> GraphDocument::search(const QString& query, int limit) const {
    // Take more than asked from the index (ranked by text relevance), then put label matches first.
    auto hits = m_store->search(query, std::max(limit * 4, 200));
    if (!hits)
        return hits;
    const QString wanted = searchText(query).trimmed();
    auto rank = [&](NodeId id) { return searchRank(m_graph.node(id)->labels, wanted); };
    std::vector<NodeId> ordered;
    for (NodeId id : hits.value())
        if (m_graph.contains(id))
            ordered.push_back(id);
    std::stable_sort(ordered.begin(), ordered.end(),
                     [&](NodeId a, NodeId b) { return rank(a) < rank(b); });
    if (int(ordered.size()) > limit)
        ordered.resize(size_t(limit));
    return ordered;
}

void GraphDocument::addObserver(GraphObserver* observer) {
    m_observers.push_back(observer);
}

void GraphDocument::removeObserver(GraphObserver* observer) {
    std::erase(m_observers, observer);
}

void GraphDocument::notify(const ChangeNotice& notice) {
    if (notice.isEmpty())
        return;
    for (GraphObserver* observer : m_observers)
        observer->changed(notice);
}

Status GraphDocument::apply(const ChangeSet& change) {
    return apply(change, ProgressCallback());
}

bool GraphDocument::changedByOthers() {
    return m_store->changedByOthers();
}

Result<std::vector<JournalRecord>> GraphDocument::journal(qint64 afterSeq, const QString& sinceTime,
                                                          bool withOperations, qint64 limit) const {
    std::vector<JournalRecord> records;
    const Status status = m_store->read(
        [&] { records = m_store->readJournal(afterSeq, sinceTime, withOperations, limit); });
    if (!status)
        return Error{status.error()};
    return records;
}

Result<std::vector<Checkpoint>> GraphDocument::checkpoints() const {
    std::vector<Checkpoint> checkpoints;
    const Status status = m_store->read([&] { checkpoints = m_store->readCheckpoints(); });
    if (!status)
        return Error{status.error()};
    return checkpoints;
}

Result<Checkpoint> GraphDocument::addCheckpoint(const QString& name) {
    Checkpoint checkpoint;
    checkpoint.name = name.trimmed();
    if (checkpoint.name.isEmpty())
        return Error{QStringLiteral("A checkpoint needs a name (such as \"October brief\").")};
    if (checkpoint.name.size() > 200)
        return Error{QStringLiteral("A checkpoint name is at most 200 characters.")};
    if (isReadOnly())
        return Error{QStringLiteral("%1: the map is open read-only, so no checkpoint can be added.")
                         .arg(path())};
    checkpoint.time = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
    checkpoint.author = m_author;
    bool taken = false;
    const Status written = m_store->transact([&] {
        for (const Checkpoint& existing : m_store->readCheckpoints())
            if (existing.name == checkpoint.name) {
                taken = true;
                return;
            }
        checkpoint.seq = m_store->lastJournalSeq();
        m_store->insertCheckpoint(checkpoint);
    });
    if (taken)
        return Error{QStringLiteral("The map already has a checkpoint named \"%1\"; choose "
                                    "another name.")
                         .arg(checkpoint.name)};
    if (!written)
        return Error{written.error()};
    return checkpoint;
}

Status GraphDocument::removeCheckpoint(const QString& name) {
    bool removed = false;
    const Status written =
        m_store->transact([&] { removed = m_store->deleteCheckpoint(name.trimmed()); });
    if (!written)
        return written;
    if (!removed)
        return Error{QStringLiteral("The map has no checkpoint named \"%1\".").arg(name)};
    return Status::success();
}

Result<NodeId> GraphDocument::addNode(const NodeData& node) {
    auto committed = commit(addNodeChange(*this, node));
    if (!committed)
        return Error{committed.error()};
    return std::get<NodeOp>(committed.value().operations.front()).after->id;
}

Result<EdgeId> GraphDocument::addEdge(const EdgeData& edge) {
    auto committed = commit(addEdgeChange(*this, edge));
    if (!committed)
        return Error{committed.error()};
    return std::get<EdgeOp>(committed.value().operations.front()).after->id;
}

Status GraphDocument::updateNode(const NodeData& node) {
    if (!m_graph.contains(node.id))
        return Error{QStringLiteral("there is no node %1").arg(node.id.value)};
    return apply(updateNodeChange(*this, node));
}

Status GraphDocument::updateEdge(const EdgeData& edge) {
    if (!m_graph.contains(edge.id))
        return Error{QStringLiteral("there is no edge %1").arg(edge.id.value)};
    return apply(updateEdgeChange(*this, edge));
}

Status GraphDocument::removeEdge(EdgeId id) {
    if (!m_graph.contains(id))
        return Error{QStringLiteral("there is no edge %1").arg(id.value)};
    return apply(removeElementsChange(*this, {id.value}));
}

Status GraphDocument::removeNode(NodeId id) {
    if (!m_graph.contains(id))
        return Error{QStringLiteral("there is no node %1").arg(id.value)};
    return apply(removeElementsChange(*this, {id.value}));
}

Status GraphDocument::setPositions(const std::vector<std::pair<NodeId, QPointF>>& positions) {
    for (const auto& [id, point] : positions)
        if (!m_graph.contains(id))
            return Error{QStringLiteral("there is no node %1").arg(id.value)};
    return apply(moveNodesChange(*this, positions));
}

Result<SourceId> GraphDocument::addSource(const Source& source) {
    auto committed = commit(addSourceChange(*this, source));
    if (!committed)
        return Error{committed.error()};
    return std::get<SourceOp>(committed.value().operations.front()).after->id;
}

Result<CitationId> GraphDocument::addCitation(const Citation& citation) {
    auto committed = commit(addCitationChange(*this, citation));
    if (!committed)
        return Error{committed.error()};
    return std::get<CitationOp>(committed.value().operations.front()).after->id;
}

Status GraphDocument::removeCitation(CitationId id) {
    if (!m_provenance.citation(id))
        return Error{QStringLiteral("there is no citation %1").arg(id.value)};
    return apply(removeCitationChange(*this, id));
}

Status GraphDocument::putNodeType(const NodeType& type) {
    return apply(putNodeTypeChange(*this, type));
}

Status GraphDocument::putRelationType(const RelationType& type) {
    return apply(putRelationTypeChange(*this, type));
}

Status GraphDocument::setMapInfo(const MapInfo& info) {
    return apply(setMapInfoChange(*this, info));
}

} // namespace kizuna
