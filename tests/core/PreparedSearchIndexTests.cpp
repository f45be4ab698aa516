// An import into a map without nodes has its search index built on another core and copied in
// (store/PreparedSearchIndex.h). The copy must be the index the map itself would have built:
// the same entries, FTS5's own check passing, and later edits keeping it right.
#include "RawSqlite.h"
#include "SampleMap.h"
#include "store/MapStore.h"
#include "store/PreparedSearchIndex.h"

#include <atomic>
#include <catch2/catch.hpp>
#include <future>

using namespace kizuna;
using test::RawSqlite;

namespace {

// Texts of every kind the index folds: ASCII, full-width, Japanese and Chinese labels,
// descriptions, and properties whose keys order differently in UTF-16 (QMap) and UTF-8 (the
// file): "Ａ" (U+FF21) sorts after "𠮷" (U+20BB7) by UTF-16 units and before it by UTF-8 bytes.
std::vector<NodeData> variedNodes(int count) {
    std::vector<NodeData> nodes;
    for (int i = 0; i < count; ++i) {
        NodeData node =
            test::makeNode(i % 2 ? QStringLiteral("company") : QStringLiteral("country"),
                           i % 3 ? QStringLiteral("Entity %1").arg(i) : QString());
        node.id = NodeId(i + 1);
        if (i % 3 != 1)
            node.labels.ja = QStringLiteral("団体%1").arg(i);
        if (i % 5 == 0)
            node.labels.zh = QStringLiteral("机构%1").arg(i);
        if (i % 4 == 0)
            node.description = QStringLiteral("Ｆｕｌｌ-width ＤＥＳＣ %1").arg(i);
        node.properties.insert(QStringLiteral("rank"), QString::number(i));
        if (i % 2 == 0) {
            node.properties.insert(QStringLiteral("Ａkey"), QStringLiteral("wide"));
            node.properties.insert(QStringLiteral("𠮷key"), QStringLiteral("吉野 %1").arg(i));
        }
        nodes.push_back(node);
    }
    return nodes;
}

QStringList indexEntries(const QString& path) {
    RawSqlite db(path, SQLITE_OPEN_READONLY);
    return db
        .queryText("SELECT group_concat(rowid || ':' || element_id || ':' || text, '\n') "
                   "FROM (SELECT rowid, element_id, text FROM search_index ORDER BY rowid)")
        .split(QLatin1Char('\n'));
}

QString ftsCheck(const QString& path) {
    RawSqlite db(path);
    if (db.tryExec("INSERT INTO search_index(search_index) VALUES('integrity-check')") != 0)
        return db.lastError();
    return QStringLiteral("ok");
}

// Writes `nodes` in one bulk write, with their search index prepared on another thread.
void importWithPreparedIndex(MapStore& store, const std::vector<NodeData>& nodes) {
    const std::atomic<bool> never = false;
    std::future<std::unique_ptr<PreparedSearchIndex>> prepared =
        std::async(std::launch::async, [&] {
            std::vector<const NodeData*> all;
            for (const NodeData& node : nodes)
                all.push_back(&node);
            return std::make_unique<PreparedSearchIndex>(all, never);
        });
    test::requireOk(store.transact(
        [&] {
            for (const NodeData& node : nodes)
                store.insertNode(node);
        },
        MapStore::WriteMode{true, true, &prepared}));
}

// Renames node 4322 ("Entity 4321") through `editor`; `searcher` then finds it by its new name
// only, and FTS5's check of the map's index passes.
void renameAndFind(MapStore& editor, MapStore& searcher, const NodeData& node,
                   const QString& path) {
    NodeData renamed = node;
    renamed.labels.en = QStringLiteral("Renamed Holdings");
    test::requireOk(editor.transact([&] { editor.updateNode(renamed); }));
    CHECK(test::valueOf(searcher.search(QStringLiteral("renamed holdings"), 50)) ==
          std::vector<NodeId>{node.id});
    CHECK(test::valueOf(searcher.search(QStringLiteral("Entity 4321"), 50)).empty());
    CHECK(ftsCheck(path) == QStringLiteral("ok"));
}

} // namespace

TEST_CASE("A search index built on another core is the one the map builds itself",
          "[core][store][bulk][search]") {
    test::TempFolder folder;
    const QString preparedPath = folder.file(QStringLiteral("prepared.kizuna"));
    const QString rowsPath = folder.file(QStringLiteral("rows.kizuna"));
    test::writeEmptyMap(preparedPath);
    test::writeEmptyMap(rowsPath);
    const std::vector<NodeData> nodes = variedNodes(6000);

    // The row by row path writes each node's entry from the file.
    auto rows = test::valueOf(MapStore::open(rowsPath, MapStore::Access::ReadWrite));
    test::requireOk(rows->transact([&] {
        for (const NodeData& node : nodes)
            rows->insertNode(node);
    }));
    CHECK_FALSE(rows->adoptedPreparedSearchIndex());

    // FTS5 keeps what it read of an index per connection: one that has searched this map must
    // not be given rows under it, and builds the index itself.
    const bool searchedFirst = GENERATE(false, true);
    auto store = test::valueOf(MapStore::open(preparedPath, MapStore::Access::ReadWrite));
    if (searchedFirst)
        REQUIRE(test::valueOf(store->search(QStringLiteral("entity"), 50)).empty());
    importWithPreparedIndex(*store, nodes);
    CHECK(store->adoptedPreparedSearchIndex() == !searchedFirst);

    const QStringList entries = indexEntries(preparedPath);
    REQUIRE(entries.size() == 6000);
    CHECK(entries.at(0) == QStringLiteral("1:1: 団体0 机构0 ｆｕｌｌ-width ｄｅｓｃ 0 rank 0 ａkey "
                                          "wide 𠮷key 吉野 0")
                               .normalized(QString::NormalizationForm_KC));
    CHECK(entries == indexEntries(rowsPath));
    CHECK(ftsCheck(preparedPath) == QStringLiteral("ok"));
    CHECK(test::valueOf(store->search(QStringLiteral("ENTITY 4321"), 50)) ==
          std::vector<NodeId>{NodeId(4322)});
    CHECK(test::valueOf(store->search(QStringLiteral("吉野 4320"), 50)) ==
          std::vector<NodeId>{NodeId(4321)});

    SECTION("an edit afterwards, on the same connection, rewrites its node's entry") {
        renameAndFind(*store, *store, nodes.at(4321), preparedPath);
    }
    SECTION("a second import, from a connection that never read the index, rebuilds it whole") {
        store.reset();
        auto second = test::valueOf(MapStore::open(preparedPath, MapStore::Access::ReadWrite));
        std::vector<NodeData> more = variedNodes(6000);
        for (NodeData& node : more)
            node.id = NodeId(node.id.value + 10000);
        importWithPreparedIndex(*second, more);
        CHECK_FALSE(second->adoptedPreparedSearchIndex()); // the map's index was not empty
        const QStringList all = indexEntries(preparedPath);
        REQUIRE(all.size() == 12000); // not only the 6,000 prepared
        CHECK(all.mid(0, 6000) == entries);
        CHECK(ftsCheck(preparedPath) == QStringLiteral("ok"));
    }
    SECTION("a stopped build ends early") {
        const std::atomic<bool> stopped = true;
        std::vector<const NodeData*> all;
        for (const NodeData& node : nodes)
            all.push_back(&node);
        CHECK(PreparedSearchIndex(all, stopped).entries() == 0);
    }
}

TEST_CASE("Another program that searched the map before a prepared index was copied in finds "
          "the new nodes and can edit them",
          "[core][store][bulk][search]") {
    test::TempFolder folder;
    const QString path = folder.file(QStringLiteral("shared.kizuna"));
    test::writeEmptyMap(path);
    // A window with the map open has searched it while it was empty (FTS5 then holds what it
    // read of the empty index); another program imports into it.
    auto window = test::valueOf(MapStore::open(path, MapStore::Access::ReadWrite));
    REQUIRE(test::valueOf(window->search(QStringLiteral("entity"), 50)).empty());
    auto importer = test::valueOf(MapStore::open(path, MapStore::Access::ReadWrite));
    const std::vector<NodeData> nodes = variedNodes(6000);
    importWithPreparedIndex(*importer, nodes);
    REQUIRE(importer->adoptedPreparedSearchIndex());

    CHECK(test::valueOf(window->search(QStringLiteral("Entity 4321"), 50)) ==
          std::vector<NodeId>{NodeId(4322)});
    renameAndFind(*window, *importer, nodes.at(4321), path);
}
