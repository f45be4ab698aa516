#include "document/MapQuery.h"

#include "document/NodeLookup.h"

#include <QHash>
#include <algorithm>

namespace kizuna {

template <typename Work> auto MapQuery::reading(Work work) -> Result<decltype(work())> {
    decltype(work()) value{};
    const Status status = m_store->read([&] { value = work(); });
    if (!status)
        return Error{status.error()};
    return value;
}

Result<std::unique_ptr<MapQuery>> MapQuery::open(const QString& path) {
    MapStore::Options options;
    options.checkAtOpen = false;
    auto store = MapStore::open(path, MapStore::Access::ReadOnly, options);
    if (!store)
        return Error{store.error()};
    std::unique_ptr<MapQuery> query(new MapQuery(std::move(store).value()));
    MapStore& mapStore = *query->m_store;
    const Status status = mapStore.read([&] {
        query->m_info = mapStore.readInfo();
        query->m_schema = mapStore.readSchema();
    });
    if (!status)
        return Error{status.error()};
    return query;
}

namespace {

// Pages of rows, each read in its own short transaction: a listing piped into a pager never holds
// the map's read lock (other programs' commits wait for no one).
constexpr qint64 kPage = 5000;

template <typename Read> Status inPages(MapStore& store, Read read) {
    qint64 after = 0;
    for (;;) {
        qint64 last = after;
        if (Status status = store.read([&] { last = read(after); }); !status)
            return status;
        if (last == after)
            return Status::success();
        after = last;
    }
}

} // namespace

Status MapQuery::forEachNode(bool withProperties,
                             const std::function<void(const NodeData&)>& visit) {
    return inPages(*m_store, [&](qint64 after) {
        return m_store->forEachNode(withProperties, after, kPage, visit);
    });
}

Status MapQuery::forEachEdge(bool withProperties,
                             const std::function<void(const EdgeData&)>& visit) {
    return inPages(*m_store, [&](qint64 after) {
        return m_store->forEachEdge(withProperties, after, kPage, visit);
    });
}

Result<std::unique_ptr<KnowledgeGraph>> MapQuery::shape() {
    auto graph = std::make_unique<KnowledgeGraph>();
    if (Status status = m_store->read([&] {
            // A relation whose end is missing (a damaged file, not checked at open on a big
            // map) is left out rather than taken for a way through.
            m_store->readShape([&](const NodeData& node) { graph->insertNode(node); },
                               [&](const EdgeData& edge) {
                                   if (graph->node(edge.source) && graph->node(edge.target))
                                       graph->insertEdge(edge);
                               });
        });
        !status)
        return Error{status.error()};
    return graph;
}

Result<NodePlaces> MapQuery::placedNodes() {
    return reading([&] {
        NodePlaces places;
        QHash<QString, int> typeIndex;
        places.unplaced = m_store->readPlacedNodes([&](QPointF position, const QString& type) {
            auto it = typeIndex.constFind(type);
            if (it == typeIndex.constEnd()) {
                it = typeIndex.insert(type, int(places.typeKeys.size()));
                places.typeKeys.push_back(type);
            }
            places.positions.push_back(position);
            places.types.push_back(it.value());
        });
        return places;
    });
}

Result<Provenance> MapQuery::provenanceOf(const std::vector<qint64>& elements) {
    Provenance provenance;
    if (Status status = m_store->read([&] {
            const std::vector<Citation> citations =
                m_store->readCitations(m_store->readCitationIdsOf(elements));
            std::vector<qint64> sources;
            for (const Citation& citation : citations)
                sources.push_back(citation.source.value);
            std::sort(sources.begin(), sources.end());
            sources.erase(std::unique(sources.begin(), sources.end()), sources.end());
            for (const Source& source : m_store->readSources(sources))
                provenance.putSource(source);
            for (const Citation& citation : citations)
                provenance.putCitation(citation);
        });
        !status)
        return Error{status.error()};
    return provenance;
}

Result<MapStore::Counts> MapQuery::counts() {
    return reading([&] { return m_store->readCounts(); });
}

Result<std::vector<NodeData>> MapQuery::nodes(const std::vector<qint64>& ids) {
    return reading([&] { return m_store->readNodes(ids); });
}

Result<std::vector<NodeData>> MapQuery::search(const QString& query, int limit) {
    auto hits = m_store->search(query, std::max(limit * 4, 200));
    if (!hits)
        return Error{hits.error()};
    std::vector<qint64> ids;
    for (NodeId id : hits.value())
        ids.push_back(id.value);
    auto found = nodes(ids);
    if (!found)
        return found;
    std::vector<NodeData> ordered = std::move(found).value(); // in the index's order
    const QString wanted = searchText(query).trimmed();
    auto rank = [&](const NodeData& node) { return searchRank(node.labels, wanted); };
    std::stable_sort(ordered.begin(), ordered.end(),
                     [&](const NodeData& a, const NodeData& b) { return rank(a) < rank(b); });
    if (int(ordered.size()) > limit)
        ordered.resize(size_t(limit));
    return ordered;
}

Result<NodeData> MapQuery::findNode(const QString& idOrLabel) {
    bool isNumber = false;
    const qint64 id = idOrLabel.toLongLong(&isNumber);
    if (isNumber) {
        auto byId = nodes({id});
        if (!byId)
            return Error{byId.error()};
        if (!byId.value().empty())
            return byId.value().front();
    }
    const QString wanted = normalizedLabel(idOrLabel);
    auto labelled = [&](const Labels& labels) {
        for (const QString* label : {&labels.en, &labels.ja, &labels.zh})
            if (!label->isEmpty() && normalizedLabel(*label) == wanted)
                return true;
        return false;
    };
    std::vector<qint64> matches;
    constexpr int kNarrowed = 2000; // more candidates than this: read every label instead
    auto hits = searchText(idOrLabel).trimmed().toUcs4().size() >= 3
                    ? m_store->search(idOrLabel, kNarrowed)
                    : Result<std::vector<NodeId>>(std::vector<NodeId>(kNarrowed));
    if (!hits)
        return Error{hits.error()};
    if (hits.value().size() < size_t(kNarrowed)) {
        // The search index narrows it down: a node labelled so has that text in its entry.
        std::vector<qint64> ids;
        for (NodeId hit : hits.value())
            ids.push_back(hit.value);
        auto candidates = nodes(ids);
        if (!candidates)
            return Error{candidates.error()};
        for (const NodeData& node : candidates.value())
            if (labelled(node.labels))
                matches.push_back(node.id.value);
    } else {
        auto all = reading([&] { return m_store->readAllLabels(); });
        if (!all)
            return Error{all.error()};
        for (const auto& [node, labels] : all.value())
            if (labelled(labels))
                matches.push_back(node);
    }
    std::sort(matches.begin(), matches.end());
    if (matches.empty())
        return Error{isNumber ? QStringLiteral("there is no node with id %1").arg(id)
                              : QStringLiteral("no node is labelled \"%1\"").arg(idOrLabel)};
    auto found = nodes(matches);
    if (!found)
        return Error{found.error()};
    if (found.value().size() == 1)
        return found.value().front();
    QStringList candidates;
    for (const NodeData& node : found.value())
        candidates << QStringLiteral("%1 (%2, %3)")
                          .arg(node.id.value)
                          .arg(node.labels.display(m_info.defaultLanguage), node.type);
    return Error{QStringLiteral("\"%1\" is ambiguous: it could be %2. Use the id.")
                     .arg(idOrLabel, candidates.join(QStringLiteral(", ")))};
}

Result<std::map<NodeId, int>> MapQuery::neighbourhood(NodeId centre, int depth) {
    return reading([&] {
        std::map<NodeId, int> result;
        if (!m_store->hasNode(centre.value))
            return result;
        result[centre] = 0;
        std::vector<qint64> frontier{centre.value};
        for (int hop = 1; hop <= depth && !frontier.empty(); ++hop) {
            std::vector<qint64> next;
            for (qint64 node : frontier)
                for (qint64 other : m_store->readAdjacent(node))
                    if (result.emplace(NodeId(other), hop).second)
                        next.push_back(other);
            frontier = std::move(next);
        }
        return result;
    });
}

} // namespace kizuna
