// Big batches of new rows (imports) are written in bulk: foreign keys checked once after the
// rows, element rows in one statement, indexes made again after. The file must end up exactly as
// the row-by-row path leaves it, and a bulk write that breaks a rule must change nothing.
#include "RawSqlite.h"
#include "SampleMap.h"
#include "store/MapStore.h"

#include <catch2/catch.hpp>

using namespace kizuna;
using test::RawSqlite;

namespace {

// Nodes and relations enough for the bulk path (CommitChange's kBulkFrom is 5,000), with
// properties, dates and a cited source, so every table the bulk path touches has rows (unless
// `cite` is false: the search index of uncited new nodes in an empty map is built apart).
ChangeSet bigBatch(GraphDocument& document, int nodes, bool cite = true) {
    ChangeSet change;
    change.description = QStringLiteral("Import");
    const Source source = [&] {
        Source s = test::makeSource(QStringLiteral("Entity list"));
        s.id = document.newSourceId();
        return s;
    }();
    change.operations.push_back(SourceOp{std::nullopt, source});
    std::vector<NodeId> ids;
    for (int i = 0; i < nodes; ++i) {
        NodeData node =
            test::makeNode(i % 2 ? QStringLiteral("company") : QStringLiteral("country"),
                           QStringLiteral("Entity %1").arg(i));
        node.id = document.newNodeId();
        node.position = QPointF(i % 100, i / 100);
        node.properties.insert(QStringLiteral("rank"), QString::number(i));
        // Half the nodes' texts are ASCII (folded without Qt when filled in bulk), half not.
        node.properties.insert(QStringLiteral("sector"),
                               i % 2 ? QStringLiteral("Semiconductors")
                                     : QStringLiteral("Ｓｅｍｉｃｏｎｄｕｃｔｏｒｓ"));
        if (i % 7 == 0)
            node.validFrom = QStringLiteral("2024-01");
        ids.push_back(node.id);
        change.operations.push_back(NodeOp{std::nullopt, node});
        if (cite && i % 1000 == 0) { // the search index has its sources' titles
            Citation citation =
                test::makeCitation(node.id.value, source.id, QStringLiteral("node %1").arg(i));
            citation.id = document.newCitationId();
            change.operations.push_back(CitationOp{std::nullopt, citation});
        }
    }
    for (int i = 0; i + 1 < nodes; ++i) {
        EdgeData edge = test::makeEdge(QStringLiteral("competes_with"), ids[size_t(i)],
                                       ids[size_t((i * 7919 + 1) % nodes)]);
        edge.id = document.newEdgeId();
        edge.properties.insert(QStringLiteral("weight"), QString::number(i % 10));
        change.operations.push_back(EdgeOp{std::nullopt, edge});
        if (cite && i % 1000 == 0) {
            Citation citation =
                test::makeCitation(edge.id.value, source.id, QStringLiteral("row %1").arg(i));
            citation.id = document.newCitationId();
            change.operations.push_back(CitationOp{std::nullopt, citation});
        }
    }
    return change;
}

// The same change in parts too small for the bulk path.
void applyInParts(GraphDocument& document, const ChangeSet& change, size_t part) {
    for (size_t from = 0; from < change.operations.size(); from += part) {
        ChangeSet piece;
        piece.description = change.description;
        const size_t to = std::min(change.operations.size(), from + part);
        piece.operations.assign(change.operations.begin() + qsizetype(from),
                                change.operations.begin() + qsizetype(to));
        test::requireOk(document.apply(piece));
    }
}

struct FileFacts {
    qint64 nodes, edges, properties, citations, elementsNode, elementsEdge, sequence, indexes;
    QString integrity, foreignKeys;
    QStringList searchIndex; // each entry's text, in id order
    bool operator==(const FileFacts&) const = default;
};

FileFacts factsOf(const QString& path) {
    RawSqlite db(path, SQLITE_OPEN_READONLY);
    return FileFacts{
        db.queryInt("SELECT count(*) FROM node"),
        db.queryInt("SELECT count(*) FROM edge"),
        db.queryInt("SELECT count(*) FROM property"),
        db.queryInt("SELECT count(*) FROM citation"),
        db.queryInt("SELECT count(*) FROM element e JOIN node n ON n.id = e.id WHERE e.kind = 1"),
        db.queryInt("SELECT count(*) FROM element e JOIN edge r ON r.id = e.id WHERE e.kind = 2"),
        db.queryInt("SELECT coalesce((SELECT seq FROM sqlite_sequence WHERE name = 'element'), 0)"),
        db.queryInt("SELECT count(*) FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL"),
        db.queryText("PRAGMA integrity_check"),
        db.queryText("SELECT coalesce((SELECT \"table\" FROM pragma_foreign_key_check), 'none')"),
        // The bulk path fills the index in one statement, the other node by node: same texts.
        db.queryText("SELECT group_concat(rowid || ':' || element_id || ':' || text, '\n') FROM "
                     "(SELECT rowid, element_id, text FROM search_index ORDER BY rowid)")
            .split(QLatin1Char('\n')),
    };
}

// Two empty maps given the same big change: one in a single (bulk) write, one in parts.
struct BulkAndRows {
    test::TempFolder folder;
    QString bulkPath = folder.file(QStringLiteral("bulk.kizuna"));
    QString rowsPath = folder.file(QStringLiteral("rows.kizuna"));
    std::unique_ptr<GraphDocument> bulk, rows;
    ChangeSet change;

    BulkAndRows(int nodes, bool cite) {
        test::writeEmptyMap(bulkPath);
        test::writeEmptyMap(rowsPath);
        bulk = test::openMap(bulkPath);
        rows = test::openMap(rowsPath);
        change = bigBatch(*bulk, nodes, cite);
        REQUIRE(bigBatch(*rows, nodes, cite).operations.size() == change.operations.size());
        test::requireOk(bulk->apply(change));
        applyInParts(*rows, change, 1000);
    }
};

} // namespace

TEST_CASE("A big import written in bulk leaves the file as the row by row path does",
          "[core][store][bulk]") {
    BulkAndRows maps(6000, true); // same ids in both
    const QString &bulkPath = maps.bulkPath, &rowsPath = maps.rowsPath;
    auto &bulk = maps.bulk, &rows = maps.rows;
    const ChangeSet& change = maps.change;

    const FileFacts written = factsOf(bulkPath);
    CHECK(written.nodes == 6000);
    CHECK(written.edges == 5999);
    CHECK(written.elementsNode == 6000);
    CHECK(written.elementsEdge == 5999);
    CHECK(written.properties == 17999);
    CHECK(written.citations == 12);
    CHECK(written.integrity == QStringLiteral("ok"));
    CHECK(written.foreignKeys == QStringLiteral("none"));
    REQUIRE(written.searchIndex.size() == 6000);
    CHECK(written.searchIndex.front().contains(QStringLiteral("sector semiconductors")));
    CHECK(written.searchIndex.front().contains(QStringLiteral("entity list"))); // cited source
    CHECK(written.searchIndex.at(1).contains(QStringLiteral(":entity 1 ")));    // ASCII, folded
    CHECK(written.searchIndex.at(1).contains(QStringLiteral("sector semiconductors")));
    CHECK(written == factsOf(rowsPath)); // the indexes are back, the id sequence is the same

    // Reopened, both files hold the same map, and the search index has the new names.
    const test::MapSnapshot inMemory = test::snapshotOf(*bulk);
    bulk.reset();
    rows.reset();
    bulk = test::openMap(bulkPath);
    rows = test::openMap(rowsPath);
    CHECK(test::snapshotOf(*bulk) == inMemory);
    test::MapSnapshot bulkRead = test::snapshotOf(*bulk), rowsRead = test::snapshotOf(*rows);
    rowsRead.info = bulkRead.info; // named after their files
    CHECK(bulkRead.nodes == rowsRead.nodes);
    CHECK(bulkRead.edges == rowsRead.edges);
    CHECK(bulkRead == rowsRead);
    const auto found = test::valueOf(bulk->search(QStringLiteral("Entity 4321")));
    REQUIRE_FALSE(found.empty());
    CHECK(bulk->graph().node(found.front())->labels.en == QStringLiteral("Entity 4321"));

    SECTION("the foreign keys are enforced again after it: a removal cascades") {
        const NodeId first = inMemory.nodes.front().id;
        ChangeSet remove;
        for (const EdgeData& edge : inMemory.edges)
            if (edge.source == first || edge.target == first) {
                for (const Citation& citation : bulk->provenance().citationsOf(edge.id.value))
                    remove.operations.push_back(CitationOp{citation, std::nullopt});
                remove.operations.push_back(EdgeOp{edge, std::nullopt});
            }
        for (const Citation& citation : bulk->provenance().citationsOf(first.value))
            remove.operations.push_back(CitationOp{citation, std::nullopt});
        remove.operations.push_back(NodeOp{*bulk->graph().node(first), std::nullopt});
        test::requireOk(bulk->apply(remove));
        RawSqlite db(bulkPath, SQLITE_OPEN_READONLY);
        CHECK(db.queryInt(QByteArray("SELECT count(*) FROM property WHERE element_id = ") +
                          QByteArray::number(first.value)) == 0);
        CHECK(db.queryInt("SELECT count(*) FROM element WHERE id = " +
                          QByteArray::number(first.value)) == 0);
    }
    SECTION("undoing it removes every row") {
        test::requireOk(bulk->apply(change.inverted()));
        const FileFacts undone = factsOf(bulkPath);
        CHECK(undone.nodes == 0);
        CHECK(undone.edges == 0);
        CHECK(undone.properties == 0);
        CHECK(undone.citations == 0);
        CHECK(undone.elementsNode == 0);
        CHECK(undone.foreignKeys == QStringLiteral("none"));
    }
    SECTION("a second big import into the map keeps its indexes and adds to it") {
        ChangeSet more = bigBatch(*bulk, 5000);
        test::requireOk(bulk->apply(more));
        const FileFacts after = factsOf(bulkPath);
        CHECK(after.nodes == 11000);
        CHECK(after.elementsEdge == 5999 + 4999);
        CHECK(after.indexes == written.indexes);
        CHECK(after.foreignKeys == QStringLiteral("none"));
    }
}

TEST_CASE("A big import of uncited nodes into an empty map has the search index row by row "
          "writes give",
          "[core][store][bulk][search]") {
    // Its index is built on another core and copied in (store/PreparedSearchIndex.h).
    BulkAndRows maps(6000, false);
    const FileFacts written = factsOf(maps.bulkPath);
    REQUIRE(written.searchIndex.size() == 6000);
    CHECK(written.searchIndex.front().contains(QStringLiteral("sector semiconductors")));
    CHECK(written == factsOf(maps.rowsPath));
    RawSqlite db(maps.bulkPath);
    CHECK(db.tryExec("INSERT INTO search_index(search_index) VALUES('integrity-check')") == 0);
    const auto found = test::valueOf(maps.bulk->search(QStringLiteral("Entity 4321")));
    REQUIRE(found.size() == 1);
    CHECK(maps.bulk->graph().node(found.front())->labels.en == QStringLiteral("Entity 4321"));
}

TEST_CASE("A big import that renames one of its own new nodes is found by the new name",
          "[core][store][bulk][search]") {
    // The file holds the node's last state, so its search entry must too (an index built
    // from the inserted nodes alone would hold the first name).
    test::TempFolder folder;
    const QString path = folder.file(QStringLiteral("map.kizuna"));
    test::writeEmptyMap(path);
    auto document = test::openMap(path);
    ChangeSet change = bigBatch(*document, 6000, false);
    const auto inserted =
        std::find_if(change.operations.begin(), change.operations.end(),
                     [](const Operation& op) { return std::holds_alternative<NodeOp>(op); });
    REQUIRE(inserted != change.operations.end());
    const NodeData first = *std::get<NodeOp>(*inserted).after;
    NodeData renamed = first;
    renamed.labels.en = QStringLiteral("Renamed Holdings");
    change.operations.push_back(NodeOp{first, renamed});
    test::requireOk(document->apply(change));

    CHECK(test::valueOf(document->search(QStringLiteral("Renamed Holdings"))) ==
          std::vector<NodeId>{first.id});
    CHECK(test::valueOf(document->search(QStringLiteral("Entity 0"))).empty());
    RawSqlite db(path);
    CHECK(db.tryExec("INSERT INTO search_index(search_index) VALUES('integrity-check')") == 0);
}

TEST_CASE("A bulk write that breaks a rule changes nothing and leaves the rules on",
          "[core][store][bulk]") {
    test::TempFolder folder;
    const QString path = folder.file(QStringLiteral("map.kizuna"));
    test::writeEmptyMap(path);
    const FileFacts before = factsOf(path);
    auto store = test::valueOf(MapStore::open(path, MapStore::Access::ReadWrite));

    NodeData node = test::makeNode(QStringLiteral("country"), QStringLiteral("Japan"));
    node.id = NodeId(1);
    EdgeData dangling = test::makeEdge(QStringLiteral("competes_with"), NodeId(1), NodeId(99));
    dangling.id = EdgeId(2);
    const Status bulk = store->transact(
        [&] {
            store->insertNode(node);
            store->insertEdge(dangling);
        },
        MapStore::WriteMode{true, true});
    REQUIRE_FALSE(bulk.ok());
    CHECK(bulk.error().contains(QStringLiteral("edge")));
    CHECK(bulk.error().contains(QStringLiteral("missing node")));

    SECTION("a delete is refused in a bulk write") {
        const Status deleting =
            store->transact([&] { store->deleteElement(1); }, MapStore::WriteMode{true, false});
        REQUIRE_FALSE(deleting.ok());
        CHECK(deleting.error().contains(QStringLiteral("cannot delete")));
    }
    SECTION("the next ordinary write checks every row again") {
        const Status ordinary = store->transact([&] {
            store->insertNode(node);
            store->insertEdge(dangling);
        });
        REQUIRE_FALSE(ordinary.ok());
        CHECK(ordinary.error().contains(QStringLiteral("FOREIGN KEY")));
    }
    store.reset();
    const FileFacts after = factsOf(path);
    CHECK(after == before); // the indexes are back, no row was written
}

TEST_CASE("A bulk write's references are all checked before it commits", "[core][store][bulk]") {
    test::TempFolder folder;
    const QString path = folder.file(QStringLiteral("map.kizuna"));
    test::writeEmptyMap(path);
    const FileFacts before = factsOf(path);
    auto store = test::valueOf(MapStore::open(path, MapStore::Access::ReadWrite));
    // More rows than one batched statement holds, so the bad row is not in the last batch.
    std::vector<NodeData> nodes;
    for (int i = 1; i <= 200; ++i) {
        NodeData node = test::makeNode(QStringLiteral("country"), QStringLiteral("N%1").arg(i));
        node.id = NodeId(i);
        nodes.push_back(node);
    }
    auto writeWith = [&](const std::function<void()>& extra) {
        return store->transact(
            [&] {
                for (const NodeData& node : nodes)
                    store->insertNode(node);
                for (int i = 1; i < 200; ++i) {
                    EdgeData edge =
                        test::makeEdge(QStringLiteral("competes_with"), NodeId(i), NodeId(i + 1));
                    edge.id = EdgeId(1000 + i);
                    store->insertEdge(edge);
                }
                extra();
            },
            MapStore::WriteMode{true, true});
    };
    SECTION("a relation of a type the map does not have") {
        const Status written = writeWith([&] {
            EdgeData edge =
                test::makeEdge(QStringLiteral("no_such_relation"), NodeId(1), NodeId(2));
            edge.id = EdgeId(5000);
            store->insertEdge(edge);
        });
        REQUIRE_FALSE(written.ok());
        CHECK(written.error().contains(QStringLiteral("relation_key")));
        CHECK(written.error().contains(QStringLiteral("no_such_relation")));
        CHECK(written.error().contains(QStringLiteral("missing relation_type")));
    }
    SECTION("a relation whose source is not there") {
        const Status written = writeWith([&] {
            EdgeData edge = test::makeEdge(QStringLiteral("competes_with"), NodeId(777), NodeId(2));
            edge.id = EdgeId(5000);
            store->insertEdge(edge);
        });
        REQUIRE_FALSE(written.ok());
        CHECK(store->pageCacheKiB() == 65536); // the indexes' small cache is given back
        CHECK(written.error().contains(QStringLiteral("source_id = 777")));
        CHECK(written.error().contains(QStringLiteral("missing node")));
    }
    SECTION("a node of a type the map does not have") {
        const Status written = writeWith([&] {
            NodeData node = test::makeNode(QStringLiteral("no_such_type"), QStringLiteral("X"));
            node.id = NodeId(4000);
            store->insertNode(node);
        });
        REQUIRE_FALSE(written.ok());
        CHECK(written.error().contains(QStringLiteral("of node")));
        CHECK(written.error().contains(QStringLiteral("missing node_type")));
    }
    SECTION("a row still gathered for a batched insert is there for the next statement") {
        test::requireOk(writeWith([&] {
            NodeData renamed = nodes[199]; // 200 = 3 x 64 + 8: in the batch not written yet
            renamed.labels.en = QStringLiteral("Renamed");
            store->updateNode(renamed);
        }));
        RawSqlite db(path, SQLITE_OPEN_READONLY);
        CHECK(db.queryText("SELECT label_en FROM node WHERE id = 200") ==
              QStringLiteral("Renamed"));
        CHECK(db.queryInt("SELECT count(*) FROM search_index WHERE text LIKE 'renamed%'") == 1);
        return;
    }
    SECTION("without a bad row the same write commits") {
        test::requireOk(writeWith([] {}));
        CHECK(store->pageCacheKiB() == 65536);
        RawSqlite db(path, SQLITE_OPEN_READONLY);
        CHECK(db.queryInt("SELECT count(*) FROM node") == 200);
        CHECK(db.queryInt("SELECT count(*) FROM edge") == 199);
        CHECK(db.queryText("SELECT coalesce((SELECT \"table\" FROM pragma_foreign_key_check), "
                           "'none')") == QStringLiteral("none"));
        return;
    }
    store.reset();
    CHECK(factsOf(path) == before); // refused: not a row written
}

TEST_CASE("A big change is checked while it is written: a broken rule refuses it in the rule's "
          "words and writes nothing",
          "[core][store][bulk]") {
    test::TempFolder folder;
    const QString path = folder.file(QStringLiteral("map.kizuna"));
    test::writeEmptyMap(path);
    const FileFacts before = factsOf(path);
    auto document = test::openMap(path);
    // Over CommitChange's kCheckAlongsideFrom (20,000 operations): checked on a second thread.
    ChangeSet change = bigBatch(*document, 11000);
    REQUIRE(change.operations.size() > 20000);

    // What the rules say of a bad node when a small change is checked before it is written.
    auto smallChangeError = [&](const NodeData& bad) {
        ChangeSet small;
        small.operations.push_back(NodeOp{std::nullopt, bad});
        const Status refused = document->apply(small);
        REQUIRE_FALSE(refused.ok());
        return refused.error();
    };
    SECTION("a node of a type the map does not have, last in the change") {
        NodeData bad = test::makeNode(QStringLiteral("no_such_type"), QStringLiteral("X"));
        bad.id = document->newNodeId();
        const QString expected = smallChangeError(bad);
        CHECK(expected.contains(QStringLiteral("no_such_type")));
        change.operations.push_back(NodeOp{std::nullopt, bad});
        const Status refused = document->apply(change);
        REQUIRE_FALSE(refused.ok());
        CHECK(refused.error() == expected);
    }
    SECTION("a node without a label, which SQLite refuses too, is told as the rules tell it") {
        NodeData bad = test::makeNode(QStringLiteral("country"), QString());
        bad.labels = Labels{};
        bad.id = document->newNodeId();
        const QString expected = smallChangeError(bad);
        change.operations.insert(change.operations.begin() + 100, NodeOp{std::nullopt, bad});
        const Status refused = document->apply(change);
        REQUIRE_FALSE(refused.ok());
        CHECK(refused.error() == expected);
        CHECK_FALSE(refused.error().contains(QStringLiteral("CHECK")));
    }
    CHECK(document->graph().nodeCount() == 0);
    document.reset();
    CHECK(factsOf(path) == before); // nothing written, the indexes are back
}

TEST_CASE("A big valid change checked while it is written is committed whole, once",
          "[core][store][bulk]") {
    test::TempFolder folder;
    const QString path = folder.file(QStringLiteral("map.kizuna"));
    test::writeEmptyMap(path);
    // A map this program has just made (kizuna-cli import into a new file) and that is empty:
    // the pages go through the rollback journal (written once), no write-ahead log is made.
    // The next write uses one.
    MapStore::Options options;
    options.newMap = GENERATE(true, false);
    auto document = test::valueOf(GraphDocument::open(path, MapStore::Access::ReadWrite, options));
    const ChangeSet change = bigBatch(*document, 11000);
    test::requireOk(document->apply(change));
    CHECK(QFile::exists(path + QStringLiteral("-wal")) == !options.newMap);
    const FileFacts written = factsOf(path);
    CHECK(written.nodes == 11000);
    CHECK(written.edges == 10999);
    CHECK(written.integrity == QStringLiteral("ok"));
    CHECK(written.foreignKeys == QStringLiteral("none"));
    CHECK(document->graph().nodeCount() == 11000);

    NodeData more = test::makeNode(QStringLiteral("country"), QStringLiteral("Japan"));
    more.id = document->newNodeId();
    ChangeSet small;
    small.operations.push_back(NodeOp{std::nullopt, more});
    test::requireOk(document->apply(small));
    CHECK(QFile::exists(path + QStringLiteral("-wal")));
    RawSqlite db(path, SQLITE_OPEN_READONLY);
    CHECK(db.queryInt("SELECT count(*) FROM node") == 11001);
    CHECK(db.queryInt("SELECT count(*) FROM journal WHERE command = 'Import'") == 1);
}
