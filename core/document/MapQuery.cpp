#include "document/MapQuery.h"

#include "document/NodeLookup.h"

#include <QFileInfo>
#include <QHash>
#include <algorithm>
#include <atomic>
#include <exception>
#include <iterator>
#include <limits>
#include <system_error>
#include <thread>

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
    options.memoryMapped = true;
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

bool MapQuery::sharesWork() const {
    return !m_store->readsUpgradedCopy() && QFileInfo(m_store->path()).size() > m_shareWorkFrom;
}

Result<bool> MapQuery::readBoth(qint64& seq, const std::function<void(MapStore&)>& here,
                                const std::function<void(MapStore&)>& there) {
    if (!m_second) {
        MapStore::Options options;
        options.checkAtOpen = false;
        options.memoryMapped = true;
        auto second = MapStore::open(m_store->path(), MapStore::Access::ReadOnly, options);
        if (!second) {
            m_shareWorkFrom = std::numeric_limits<qint64>::max(); // not tried again
            return Error{second.error()};
        }
        m_second = std::move(second).value();
    }
    qint64 hereSeq = -1, thereSeq = -1;
    Status thereStatus = Status::success();
    std::exception_ptr thereFailed; // out of memory, say: rethrown here once both are done
    std::thread helper;
    try {
        helper = std::thread([&] {
            try {
                thereStatus = m_second->read([&] {
                    thereSeq = m_second->lastJournalSeq();
                    there(*m_second);
                });
            } catch (...) {
                thereFailed = std::current_exception();
            }
        });
    } catch (const std::system_error& error) { // no thread to be had: one connection does it
        return Error{QString::fromLocal8Bit(error.what())};
    }
    struct Joined { // however `here` ends, the helper is waited for
        std::thread& thread;
        ~Joined() { thread.join(); }
    };
    Status hereStatus = Status::success();
    {
        Joined joined{helper};
        hereStatus = m_store->read([&] {
            hereSeq = m_store->lastJournalSeq();
            here(*m_store);
        });
    }
    if (thereFailed)
        std::rethrow_exception(thereFailed);
    if (!hereStatus)
        return Error{hereStatus.error()};
    if (!thereStatus)
        return Error{thereStatus.error()};
    if (hereSeq != thereSeq || (seq != -1 && hereSeq != seq))
        return false;
    seq = hereSeq;
    return true;
}

Result<MapStore::Counts> MapQuery::counts() {
    // Counting by relation type walks the relation index: 45 ms on a million relations.
    if (sharesWork())
        if (auto shared = countsOnTwoCores(); shared)
            return shared;
    return reading([&] { return m_store->readCounts(); });
}

Result<MapStore::Counts> MapQuery::countsOnTwoCores() {
    // Each takes the next type not taken yet (one type may have most of the relations).
    std::atomic<size_t> next = 0;
    auto count = [&next](MapStore& store, MapStore::Counts& counts) {
        const std::vector<QString> keys = store.readRelationKeys();
        for (size_t i = next++; i < keys.size(); i = next++)
            if (const qint64 n = store.readRelationCount(keys[i]); n > 0) {
                counts.relationTypes[keys[i]] = n;
                counts.edges += n;
            }
    };
    for (int attempt = 0; attempt < 3; ++attempt) {
        MapStore::Counts mine, theirs;
        next = 0;
        qint64 seq = -1;
        auto same = readBoth(
            seq,
            [&](MapStore& store) {
                store.readNodeCounts(mine);
                count(store, mine);
            },
            [&](MapStore& store) { count(store, theirs); });
        if (!same)
            return Error{same.error()}; // counts() counts on one connection
        if (!same.value())
            continue; // a write came between them: count again
        mine.relationTypes.merge(theirs.relationTypes);
        mine.edges += theirs.edges;
        return mine;
    }
    return reading([&] { return m_store->readCounts(); }); // the map is busy: one connection
}

Result<std::vector<NodeData>> MapQuery::nodes(const std::vector<qint64>& ids) {
    if (sharesWork() && ids.size() >= 1000) { // half here, half on the second connection
        const std::vector<qint64> first(ids.begin(), ids.begin() + ids.size() / 2),
            second(ids.begin() + ids.size() / 2, ids.end());
        std::vector<NodeData> nodes, rest;
        qint64 seq = -1;
        auto same = readBoth(
            seq, [&](MapStore& store) { nodes = store.readNodes(first); },
            [&](MapStore& store) { rest = store.readNodes(second); });
        if (same && same.value()) {
            std::move(rest.begin(), rest.end(), std::back_inserter(nodes));
            return nodes;
        }
    }
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
    if (!sharesWork() || depth < 1)
        return neighbourhoodOnOneCore(centre, depth);
    // Each hop's frontier is read half here, half on the second connection (a hub's neighbours
    // at depth 2 on a million relations: 66,000 relation rows read), all of one state of the
    // file; if a write comes between, the walk is made again on one connection.
    std::map<NodeId, int> result;
    std::vector<qint64> frontier{centre.value};
    qint64 seq = -1;
    bool found = false;
    for (int hop = 1; hop <= depth && !frontier.empty(); ++hop) {
        const size_t half = frontier.size() / 2;
        std::vector<qint64> near, far;
        auto read = [&](MapStore& store, size_t from, size_t to, std::vector<qint64>& into) {
            for (size_t i = from; i < to; ++i)
                for (qint64 other : store.readAdjacent(frontier[i]))
                    into.push_back(other);
        };
        auto same = readBoth(
            seq,
            [&](MapStore& store) {
                if (hop == 1)
                    found = store.hasNode(centre.value);
                read(store, 0, half, near);
            },
            [&](MapStore& store) { read(store, half, frontier.size(), far); });
        if (!same || !same.value()) // an error is told by the walk on one connection
            return neighbourhoodOnOneCore(centre, depth);
        if (hop == 1) {
            if (!found)
                return result;
            result.emplace(centre, 0);
        }
        std::vector<qint64> next;
        for (const std::vector<qint64>* part : {&near, &far})
            for (qint64 other : *part)
                if (result.emplace(NodeId(other), hop).second)
                    next.push_back(other);
        frontier = std::move(next);
    }
    return result;
}

Result<std::map<NodeId, int>> MapQuery::neighbourhoodOnOneCore(NodeId centre, int depth) {
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
