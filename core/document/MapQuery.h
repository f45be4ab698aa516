#pragma once
// Answers about a map straight from the file, without loading it: counts by type, search, a
// node by id or label, a node's neighbourhood. kizuna-cli's quick read-only commands use it, so
// they answer in milliseconds on a 100,000-node map (GraphDocument loads everything: seconds).
// The answers are the same as GraphDocument's (same ranking, same label rules).

#include "model/Elements.h"
#include "model/KnowledgeGraph.h"
#include "model/Provenance.h"
#include "model/Result.h"
#include "model/Schema.h"
#include "store/MapStore.h"

#include <functional>
#include <map>
#include <memory>

namespace kizuna {

// Where the placed nodes are and what type each is, as flat arrays (no per-node strings).
struct NodePlaces {
    std::vector<QPointF> positions;
    std::vector<int> types;        // index into typeKeys, per position
    std::vector<QString> typeKeys; // as met
    qint64 unplaced = 0;           // nodes without a position yet
};

class MapQuery {
public:
    // Opens read-only; skips the integrity check at open on big maps (damage still shows as an
    // error when read).
    static Result<std::unique_ptr<MapQuery>> open(const QString& path);

    const MapInfo& info() const { return m_info; }
    const Schema& schema() const { return m_schema; }
    // On a map file over 32 MiB the relations are counted on two cores (countsOnTwoCores).
    Result<MapStore::Counts> counts();
    // The same counts, the relation types shared out between this connection and a second one
    // on another core, each reading the same state of the file (public for tests).
    Result<MapStore::Counts> countsOnTwoCores();
    // As GraphDocument::search: label matches first, then by relevance.
    Result<std::vector<NodeData>> search(const QString& query, int limit);
    // As findNode (document/NodeLookup.h): an id, or an exact label in any language (NFKC,
    // case-insensitive); an ambiguous label is an error listing the candidates.
    Result<NodeData> findNode(const QString& idOrLabel);
    // As neighbourhood() (algo/Paths.h): nodes within `depth` hops, relations walked both ways,
    // with their distance (the centre at 0).
    Result<std::map<NodeId, int>> neighbourhood(NodeId centre, int depth);
    Result<std::vector<NodeData>> nodes(const std::vector<qint64>& ids);
    // The graph's shape: nodes with their types, relations with their ends (no labels, texts
    // or properties), for shortestPaths (algo/Paths.h) without a full load.
    Result<std::unique_ptr<KnowledgeGraph>> shape();
    // Every placed node's position and type: a big map's picture in a fraction of a second.
    Result<NodePlaces> placedNodes();
    // The citations of these elements and the sources they cite (a path's evidence).
    Result<Provenance> provenanceOf(const std::vector<qint64>& elements);
    // Every node (edge) in id order, one at a time (a listing of a big map in little memory),
    // read in pages of short transactions (no lock held while the caller writes its output).
    Status forEachNode(bool withProperties, const std::function<void(const NodeData&)>& visit);
    Status forEachEdge(bool withProperties, const std::function<void(const EdgeData&)>& visit);
    // For tests: the file size above which work is shared with a second connection.
    void setShareWorkFrom(qint64 bytes) { m_shareWorkFrom = bytes; }

private:
    explicit MapQuery(std::unique_ptr<MapStore> store) : m_store(std::move(store)) {}
    template <typename Work> auto reading(Work work) -> Result<decltype(work())>;
    Result<std::map<NodeId, int>> neighbourhoodOnOneCore(NodeId centre, int depth);

    // A big map's work is shared with a second read-only connection on another core: on a map
    // file over 32 MiB (not an older map read through an upgraded copy, which a second
    // connection would copy again).
    bool sharesWork() const;
    // Runs `here` on this connection and `there` on the second one at once, each in a read
    // transaction of its own. False when they did not read the same state of the file (the
    // same last change-log record: every write adds one), or not the state `seq` names (-1:
    // any; set to the one read). Only `here` runs when there is no second connection.
    Result<bool> readBoth(qint64& seq, const std::function<void(MapStore&)>& here,
                          const std::function<void(MapStore&)>& there);

    std::unique_ptr<MapStore> m_store;
    std::unique_ptr<MapStore> m_second; // opened by readBoth when first needed
    qint64 m_shareWorkFrom = qint64(32) << 20;
    MapInfo m_info;
    Schema m_schema;
};

} // namespace kizuna
