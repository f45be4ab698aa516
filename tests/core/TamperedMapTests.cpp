// A map is an SQLite database from anyone: SQL hidden in its schema (a trigger, a view, a table
// defined differently) must never run. Such a map is refused with a message naming the object.
#include "RawSqlite.h"

#include "TestSupport.h"
#include "document/GraphDocument.h"

#include <QFileInfo>
#include <catch2/catch.hpp>

using namespace kizuna;
using test::RawSqlite;

namespace {

QString citationCount(const QString& path) {
    return RawSqlite(path).queryText("SELECT count(*) FROM citation");
}

} // namespace

TEST_CASE("A map whose schema holds SQL Kizuna did not write is refused before anything runs",
          "[core][store][security]") {
    test::TempFolder folder;
    const QString path = folder.file(QStringLiteral("map.kizuna"));
    test::writeBundledMap(path);
    const QString citations = citationCount(path);
    REQUIRE(citations.toInt() > 100);
    QString object;
    SECTION("a trigger that deletes every citation on the first new node") {
        RawSqlite(path).exec(
            "CREATE TRIGGER t AFTER INSERT ON element BEGIN DELETE FROM citation; END");
        object = QStringLiteral("trigger \"t\" on element");
    }
    SECTION("a view") {
        RawSqlite(path).exec("CREATE VIEW v AS SELECT * FROM node");
        object = QStringLiteral("view \"v\"");
    }
    SECTION("a table of its own") {
        RawSqlite(path).exec("CREATE TABLE extra(x)");
        object = QStringLiteral("table \"extra\"");
    }
    SECTION("a table redefined with other columns") {
        RawSqlite raw(path);
        raw.exec("PRAGMA foreign_keys = OFF");
        raw.exec("BEGIN");
        raw.exec("CREATE TABLE source_new(id INTEGER PRIMARY KEY, title TEXT, evil TEXT)");
        raw.exec("INSERT INTO source_new(id, title) SELECT id, title FROM source");
        raw.exec("DROP TABLE source");
        raw.exec("ALTER TABLE source_new RENAME TO source");
        raw.exec("COMMIT");
        object = QStringLiteral("table \"source\" defined differently");
    }
    for (auto access : {MapStore::Access::ReadOnly, MapStore::Access::ReadWrite}) {
        auto document = GraphDocument::open(path, access);
        REQUIRE_FALSE(document.ok());
        INFO(document.error().toStdString());
        CHECK(document.error().contains(QStringLiteral("map.kizuna")));
        CHECK(document.error().contains(object));
    }
    const auto added = test::runCli({QStringLiteral("add-node"), path, QStringLiteral("--type"),
                                     QStringLiteral("company"), QStringLiteral("--label"),
                                     QStringLiteral("Acme")});
    CHECK(added.exitCode == 1);
    CHECK(added.err.contains(object));
    CHECK(citationCount(path) == citations); // nothing ran
}

// A big map gets SQLite's quick check at open, which does not look at foreign keys: what was
// read is checked instead, and a relation or citation pointing at nothing refuses the map.
TEST_CASE("A big map whose rows point at nothing is refused when it is read",
          "[core][store][security]") {
    test::TempFolder folder;
    const QString path = folder.file(QStringLiteral("big.kizuna"));
    test::writeBundledMap(path);
    QString expected;
    {
        RawSqlite raw(path);
        raw.exec("PRAGMA foreign_keys = OFF");
        raw.exec("BEGIN");
        // Past the size up to which every open runs the full check (with foreign keys).
        raw.exec(QByteArray("UPDATE node SET description = zeroblob(") +
                 QByteArray::number(MapStore::kFullCheckUpTo + 1024 * 1024) +
                 ") WHERE id = (SELECT min(id) FROM node)");
        SECTION("a relation to a node that is not there") {
            raw.exec("INSERT INTO element(id, kind) VALUES(900001, 2)");
            raw.exec("INSERT INTO edge(id, relation_key, source_id, target_id) "
                     "SELECT 900001, key, (SELECT min(id) FROM node), 987654 "
                     "FROM relation_type LIMIT 1");
            expected = QStringLiteral("relation 900001 refers to node 987654");
        }
        SECTION("a citation of an element that is not there") {
            raw.exec("INSERT INTO citation(id, element_id, source_id, excerpt) "
                     "SELECT 900002, 987654, min(id), 'x' FROM source");
            expected = QStringLiteral("citation 900002 refers to something that is not in the map");
        }
        raw.exec("COMMIT");
    }
    REQUIRE(QFileInfo(path).size() > MapStore::kFullCheckUpTo);
    auto document = GraphDocument::open(path, MapStore::Access::ReadOnly);
    REQUIRE_FALSE(document.ok());
    INFO(document.error().toStdString());
    CHECK(document.error().contains(expected));
    CHECK(document.error().contains(QStringLiteral("big.kizuna")));
}
