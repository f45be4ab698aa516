#pragma once
// The map file: a SQLite database in Kizuna's format. All SQL of the project lives in store/.
// Opening checks the file is a Kizuna map this build can read before anything could write to it.

#include "model/Checkpoint.h"
#include "model/JournalRecord.h"
#include "model/MapContents.h"
#include "model/Result.h"

#include <QByteArray>
#include <QString>
#include <functional>
#include <future>
#include <map>
#include <memory>
#include <set>
#include <unordered_map>
#include <vector>

namespace kizuna {

class Database;
class Statement;
class RowBatch;
class PreparedSearchIndex;

// A saved view from its stored settings (JSON); also used by the JSON map reader.
SavedView viewFromSettings(ViewId id, const QString& name, const QString& settings);

// Text as the search index holds it: NFKC-normalised and case-folded.
QString searchText(const QString& text);
// How well a node's labels match a search (`wanted` as searchText gives it): 0 a label is it,
// 1 a label contains it, 2 neither (a match elsewhere: description, properties, sources).
int searchRank(const Labels& labels, const QString& wanted);

class MapStore {
public:
    enum class Access { ReadOnly, ReadWrite };
    struct Options {
        int busyTimeoutMs = 3000; // how long a write waits for another program's lock
        // SQLite's integrity check at open (full up to kFullCheckUpTo, quick above). Quick
        // read-only answers (kizuna-cli stats, search) skip it on big maps: damage still shows
        // as an error when a damaged page is read.
        bool checkAtOpen = true;
        // The map was just made by this program, so no other has it open (kizuna-cli import into
        // a new file): a bulk write while it is still empty goes through the rollback journal and
        // writes its pages once, not to the log and again into the file. Another program reading
        // the map meanwhile would wait for the commit, so only for a map no one else can see yet.
        bool newMap = false;
        // Read-only: read the file through a memory map (kizuna-cli's quick commands, which seek
        // all over it). Not for a whole load: the mapped pages would add the file's size to the
        // peak memory of an export for no gain.
        bool memoryMapped = false;
    };

    static Result<std::unique_ptr<MapStore>> open(const QString& path, Access access,
                                                  Options options);
    static Result<std::unique_ptr<MapStore>> open(const QString& path, Access access) {
        return open(path, access, Options{});
    }
    // Creates a new, empty map; refuses a path that exists.
    static Result<std::unique_ptr<MapStore>> create(const QString& path, const MapInfo& info);
    ~MapStore();

    const QString& path() const { return m_path; }
    // Maps up to this size get SQLite's full integrity check (and a foreign-key check) at every
    // open; bigger ones the quick check (see checkIntegrity).
    static constexpr qint64 kFullCheckUpTo = 32 * 1024 * 1024;
    // The full check, whatever the size: empty when the map is sound, else what is wrong.
    Result<QString> fullCheck();
    // Whether a write has filled the search index from a PreparedSearchIndex (for tests).
    bool adoptedPreparedSearchIndex() const { return m_adoptedSearchIndex; }
    // The connection's page cache in KiB (for tests: a bulk write shrinks it for its indexes).
    qint64 pageCacheKiB() const;
    // How much of the file the connection reads through a memory map (Options::memoryMapped).
    qint64 memoryMapBytes() const;
    bool isReadOnly() const { return m_access == Access::ReadOnly; }
    // An older map opened read-only is read through an upgraded copy in memory.
    bool readsUpgradedCopy() const { return m_upgradedCopy; }

    // Everything in the file, read in one transaction (with the journal's last seq).
    Result<MapContents> load();

    // How transact() writes. Bulk is for a big batch of new rows (an import): the foreign-key
    // rules are checked once over the file after the rows instead of row by row, and the new
    // nodes' and relations' element rows are written in one statement; with rebuildIndexes the
    // node and relation indexes are dropped first and made again after the rows (cheaper when
    // the batch is at least as big as what is there). A bulk write deletes nothing: the
    // cascades of a delete would not run (the delete helpers throw).
    // preparedSearch: the search index of a bulk write's new nodes being built on another
    // thread (PreparedSearchIndex); used instead of filling the index here when the map had no
    // nodes, else waited for and dropped. It must cover exactly the write's new nodes.
    struct WriteMode {
        bool bulk = false;
        bool rebuildIndexes = false;
        std::future<std::unique_ptr<PreparedSearchIndex>>* preparedSearch = nullptr;
    };
    // Runs `work` in one IMMEDIATE transaction and commits before returning. If `work` throws
    // SqlError or the commit fails, everything is rolled back and the error says why.
    Status transact(const std::function<void()>& work, WriteMode mode);
    Status transact(const std::function<void()>& work);

    // Write helpers: call only inside transact(); they throw SqlError.
    void writeMapInfo(const MapInfo& info);
    void writeNodeType(const NodeType& type, int order);
    void writeRelationType(const RelationType& type, int order);
    qint64 insertNode(const NodeData& node); // uses node.id when valid, else assigns one
    void updateNode(const NodeData& node);
    void writePosition(NodeId id, QPointF position);
    qint64 insertEdge(const EdgeData& edge);
    void updateEdge(const EdgeData& edge);
    void deleteElement(qint64 id); // a node's edges must be deleted first
    qint64 insertSource(const Source& source);
    qint64 insertCitation(const Citation& citation);
    void deleteCitation(CitationId id);
    void updateCitation(const Citation& citation);
    void updateSource(const Source& source);
    void deleteSource(SourceId id);
    void deleteNodeType(const QString& key);
    void insertAnnotation(const Annotation& annotation);
    void updateAnnotation(const Annotation& annotation);
    void deleteAnnotation(AnnotationId id);
    void insertView(const SavedView& view);
    void updateView(const SavedView& view);
    void deleteView(ViewId id);
    void deleteRelationType(const QString& key);
    // Nodes whose labels, description, properties or cited sources match `query` (NFKC,
    // case-insensitive, substrings in any script), best first.
    Result<std::vector<NodeId>> search(const QString& query, int limit);

    // Answers without loading the map (kizuna-cli's quick commands). Throw SqlError.
    struct Counts {
        qint64 nodes = 0, edges = 0;
        std::map<QString, qint64> nodeTypes, relationTypes; // only the types in use
    };
    Counts readCounts();
    // Parts of it, for counting on two connections (MapQuery::counts): the nodes by type; the
    // relation types' keys in key order; the relations of one type.
    void readNodeCounts(Counts& counts);
    std::vector<QString> readRelationKeys();
    qint64 readRelationCount(const QString& key);
    // The nodes related to `node`, either way, once per relation (self-relations included).
    std::vector<qint64> readAdjacent(qint64 node);
    // Every node's labels (for label lookups too short for the search index).
    std::vector<std::pair<qint64, Labels>> readAllLabels();
    bool hasNode(qint64 id);
    // Up to `limit` nodes (edges) with ids above `afterId`, in id order, one at a time,
    // properties included when asked; returns the last id visited (`afterId` when none): a
    // listing of a big map page by page, without holding it in memory.
    qint64 forEachNode(bool withProperties, qint64 afterId, qint64 limit,
                       const std::function<void(const NodeData&)>& visit);
    qint64 forEachEdge(bool withProperties, qint64 afterId, qint64 limit,
                       const std::function<void(const EdgeData&)>& visit);

    // The highest element id ever given out (ids of deleted elements are not reused).
    qint64 lastElementId();
    // The highest ids in the file, by kind (new ids are allocated above these).
    struct LastIds {
        qint64 element = 0, source = 0, citation = 0, annotation = 0, view = 0;
    };
    LastIds lastIds();

    // The change log (map format 5). appendJournal only inside transact(); returns the seq.
    qint64 appendJournal(const JournalRecord& record);
    qint64 lastJournalSeq();
    // Records after `afterSeq` (and at or after `sinceTime` when given), oldest first.
    // At most `limit` records (negative: all).
    std::vector<JournalRecord> readJournal(qint64 afterSeq, const QString& sinceTime,
                                           bool withOperations, qint64 limit = -1);
    // Checkpoints (map format 6), oldest first. insertCheckpoint only inside transact(); a name
    // already taken throws SqlError (SQLITE_CONSTRAINT). deleteCheckpoint says whether it existed.
    void insertCheckpoint(const Checkpoint& checkpoint);
    bool deleteCheckpoint(const QString& name);
    std::vector<Checkpoint> readCheckpoints();
    // True when another connection committed since the last call (PRAGMA data_version): cheap
    // enough for a timer.
    bool changedByOthers();

    // Runs `work` in one read transaction, so everything it reads is one consistent state of the
    // file; SqlError from `work` becomes an error naming the file.
    Status read(const std::function<void()>& work);
    // Current rows by id, for catching up; ids not in the file are left out. Throw SqlError.
    std::vector<NodeData> readNodes(const std::vector<qint64>& ids);
    std::vector<EdgeData> readEdges(const std::vector<qint64>& ids);
    std::vector<Source> readSources(const std::vector<qint64>& ids);
    std::vector<Citation> readCitations(const std::vector<qint64>& ids);
    // The citations of these elements (their ids, in citation order).
    std::vector<qint64> readCitationIdsOf(const std::vector<qint64>& elements);
    // The graph's shape alone: each node's id and type, each relation's id, relation and ends,
    // in id order (what path finding needs, without texts or properties).
    // Every placed node's position and type key, in no order (the dots shown while a big map
    // opens); returns how many nodes have no position yet.
    qint64 readPlacedNodes(const std::function<void(QPointF, const QString&)>& visit);
    void readShape(const std::function<void(const NodeData&)>& node,
                   const std::function<void(const EdgeData&)>& edge);
    std::vector<Annotation> readAnnotations(const std::vector<qint64>& ids);
    std::vector<SavedView> readViews(const std::vector<qint64>& ids);
    Schema readSchema();
    MapInfo readInfo();

private:
    MapStore(QString path, Access access, std::unique_ptr<Database> db);
    static Status recoverInterruptedWrite(const QString& path, int busyTimeoutMs);
    void mapIntoMemory(); // Options::memoryMapped
    static QString checkIntegrity(Database& db, qint64 fileSize);
    Statement& statement(const char* sql); // prepared once, reset before use
    void writeProperties(qint64 elementId, const Properties& properties, bool isNew);
    void insertElement(qint64 id, int kind); // unless a bulk write adds the row after
    // Bulk writes (see WriteMode): before the rows (returns the dropped indexes' SQL) and after.
    std::vector<QByteArray> beginBulk(bool rebuildIndexes);
    void finishBulk(const std::vector<QByteArray>& indexes);
    void refuseDeleteInBulk() const;
    void flushRows();       // a bulk write's gathered rows, before any other statement runs
    void checkReferences(); // after a bulk write: what its rows refer to exists
    void configureConnection(int busyTimeoutMs);
    void enableWriteAheadLog();
    // The search index follows each transaction's changes before it commits.
    void markForSearch(qint64 elementId);
    void flushSearchIndex();
    void rebuildSearchIndex();
    bool adoptPreparedSearchIndex();
    void registerSearchFunction(); // kizuna_search_text(text): searchText in SQL
    void writeIndexEntry(qint64 elementId);
    QString indexTextOf(qint64 nodeId);

    QString m_path;
    Access m_access;
    std::unique_ptr<Database> m_db;
    std::unordered_map<const char*, std::unique_ptr<Statement>> m_statements;
    bool m_walEnabled = false;   // switched on by the first write, off again on close
    bool m_newMap = false;       // Options::newMap
    bool m_upgradedCopy = false; // reads an older map through an upgraded copy in memory
    std::set<qint64> m_dirty;    // nodes whose search entry is out of date in this transaction
    bool m_dirtyAll = false;
    bool m_searchIndexUsed = false; // this connection has read or written the search index
    bool m_adoptedSearchIndex = false;
    std::future<std::unique_ptr<PreparedSearchIndex>>* m_preparedSearch = nullptr; // WriteMode's
    qint64 m_dataVersion = -1;
    bool m_bulk = false;     // inside a bulk write
    qint64 m_bulkAbove = -1; // elements above this id without an element row are the batch's
    // A bulk write's new nodes, relations and properties, written many rows per statement.
    std::unique_ptr<RowBatch> m_nodeRows, m_edgeRows, m_propertyRows;
};

} // namespace kizuna
