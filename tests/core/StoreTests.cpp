// The map file: how a new one is stamped, and how a map of an older format is opened.
#include "Builders.h"
#include "RawSqlite.h"
#include "SampleMap.h"
#include "store/Migrations.h"

#include <QFile>
#include <catch2/catch.hpp>

using namespace kizuna;
using test::RawSqlite;
using test::writeEmptyMap;

namespace {

// Kizuna's stamps, read through a connection of its own.
void checkStamps(const QString& path, const QString& journalMode) {
    RawSqlite db(path, SQLITE_OPEN_READONLY);
    CHECK(db.queryInt("PRAGMA application_id") == migrations::kApplicationId);
    CHECK(db.queryInt("PRAGMA application_id") == 0x4B5A4E41);
    CHECK(db.queryInt("PRAGMA user_version") == migrations::kCurrentVersion);
    const QString mode = db.queryText("PRAGMA journal_mode");
    INFO("journal mode: " << mode.toStdString());
    CHECK(mode == journalMode);
    for (const char* table : {"map_meta", "node_type", "relation_type", "relation_endpoint",
                              "element", "node", "edge", "property", "source", "citation"})
        CHECK(db.queryInt(QByteArray("SELECT count(*) FROM sqlite_master WHERE type = 'table' AND "
                                     "name = '") +
                          table + "'") == 1);
}

} // namespace

TEST_CASE("A new map is stamped as a Kizuna map of the current format and runs in WAL mode",
          "[core][store]") {
    test::TempFolder folder;
    const QString path = folder.file(QStringLiteral("new.kizuna"));

    SECTION("created by GraphDocument::create") {
        auto document = GraphDocument::create(path, test::makeMapInfo(QStringLiteral("New map")));
        INFO(document.error().toStdString());
        REQUIRE(document.ok());
        CHECK(document.value()->info().name == QStringLiteral("New map"));
        CHECK_FALSE(document.value()->info().created.isEmpty());
        checkStamps(path, QStringLiteral("wal"));
    }
    SECTION("written by writeNewMap with the default schema") {
        writeEmptyMap(path);
        checkStamps(path, QStringLiteral("delete")); // closed: back to a rollback journal
        const QByteArray written = test::fileHash(path);
        auto document = test::openMap(path);
        CHECK(document->schema().nodeTypes().size() == 7);
        CHECK(document->schema().relationTypes().size() == 9);
        CHECK(document->info().name == QStringLiteral("new"));
        // Opened and not yet edited: not a byte has changed. The first edit switches to WAL.
        CHECK(test::fileHash(path) == written);
        MapInfo info = document->info();
        info.description = QStringLiteral("edited");
        REQUIRE(document->setMapInfo(info).ok());
        checkStamps(path, QStringLiteral("wal"));
    }
}

TEST_CASE("A version-1 map opens with every row it holds", "[core][store][migration]") {
    // tests/fixtures/map-v1.sql must stay a version-1 file forever: when the format changes,
    // this test is what proves that the migrations carry a real version-1 map over intact.
    test::TempFolder folder;
    const QString path = folder.file(QStringLiteral("old.kizuna"));
    QFile fixture(QStringLiteral(KIZUNA_FIXTURES_DIR "/map-v1.sql"));
    REQUIRE(fixture.open(QIODevice::ReadOnly));
    {
        RawSqlite db(path);
        db.exec(fixture.readAll());
        REQUIRE(db.queryInt("PRAGMA user_version") == 1);
    }

    auto document = test::openMap(path);
    const GraphDocument& map = *document;
    CHECK(map.info() == MapInfo{QStringLiteral("Version 1 fixture"),
                                QStringLiteral("A small map written in format version 1."),
                                QStringLiteral("2025-08-01T09:30:00Z"), Language::Ja});

    REQUIRE(map.schema().nodeTypes().size() == 2);
    CHECK(map.schema().nodeTypes()[0] == NodeType{QStringLiteral("country"),
                                                  QStringLiteral("Country"), QStringLiteral("国"),
                                                  QStringLiteral("#4E79A7"), NodeShape::Hexagon});
    CHECK(map.schema().nodeTypes()[1].key == QStringLiteral("company"));
    REQUIRE(map.schema().relationTypes().size() == 1);
    const RelationType& supplies = map.schema().relationTypes()[0];
    CHECK(supplies.key == QStringLiteral("supplies_model_to"));
    CHECK(supplies.nameJa == QStringLiteral("モデルを提供する"));
    CHECK(supplies.lineStyle == LineStyle::Dash);
    CHECK(supplies.directed);
    CHECK(supplies.sourceTypes == QStringList{QStringLiteral("company")});
    CHECK(supplies.targetTypes ==
          QStringList({QStringLiteral("country"), QStringLiteral("company")}));

    REQUIRE(map.graph().nodeCount() == 3);
    NodeData us = test::makeNode(QStringLiteral("country"),
                                 Labels{QStringLiteral("United States"), QStringLiteral("アメリカ"),
                                        QStringLiteral("美国")});
    us.id = NodeId(1);
    us.description = QStringLiteral("A country in North America");
    us.properties = {{QStringLiteral("capital"), QStringLiteral("Washington, D.C.")}};
    us.position = QPointF(10.5, -20.25);
    CHECK(*map.graph().node(NodeId(1)) == us);
    const NodeData& openai = *map.graph().node(NodeId(2));
    CHECK(openai.labels == Labels{QStringLiteral("OpenAI"), QStringLiteral("OpenAI"), QString()});
    CHECK(openai.validFrom == QStringLiteral("2015-12"));
    CHECK(openai.validTo.isEmpty());
    CHECK(openai.position == QPointF(200, 40));
    CHECK(openai.properties.size() == 2);
    CHECK(openai.properties.value(QStringLiteral("category")) ==
          QStringLiteral("大手プレーヤー (major player)"));
    const NodeData& anthropic = *map.graph().node(NodeId(3));
    CHECK(anthropic.labels.en.isEmpty());
    CHECK(anthropic.labels.ja == QStringLiteral("アンソロピック"));
    CHECK_FALSE(anthropic.position.has_value());
    CHECK(anthropic.validFrom == QStringLiteral("2021"));
    CHECK(anthropic.validTo == QStringLiteral("2030-06-30"));
    CHECK(anthropic.properties.value(QStringLiteral("funding")) == QStringLiteral("2,000億円"));

    REQUIRE(map.graph().edgeCount() == 2);
    EdgeData gpt5{EdgeId(4),
                  QStringLiteral("supplies_model_to"),
                  NodeId(2),
                  NodeId(1),
                  QStringLiteral("GPT-5"),
                  {{QStringLiteral("price"), QStringLiteral("無償 (free of charge)")}},
                  QStringLiteral("2025-08"),
                  QStringLiteral("2026-07-31"),
                  0.9};
    CHECK(*map.graph().edge(EdgeId(4)) == gpt5);
    const EdgeData& plain = *map.graph().edge(EdgeId(5));
    CHECK(plain.source == NodeId(3));
    CHECK(plain.target == NodeId(2));
    CHECK(plain.label.isEmpty());
    CHECK_FALSE(plain.confidence.has_value());
    CHECK(plain.properties.isEmpty());

    REQUIRE(map.provenance().sources().size() == 1);
    const std::vector<Source> sources =
        map.provenance().sources(); // a copy: sources() returns by value
    const Source& source = sources.front();
    CHECK(source.title == QStringLiteral("アメリカの「オープンソースAI戦略」と世界のAI覇権競争"));
    CHECK(source.publisher == QStringLiteral("Example News"));
    CHECK(source.date == QStringLiteral("2025-08"));
    CHECK(source.url == QStringLiteral("https://example.org/us-open-source-ai"));
    CHECK(source.document.isEmpty());
    REQUIRE(map.provenance().citationCount() == 1);
    CHECK(map.provenance().citationsOf(4).front() ==
          Citation{CitationId(1), 4, SourceId(1),
                   QStringLiteral("最新のOpenAI「GPT-5」は連邦機関に無償提供されており"),
                   QStringLiteral("連邦政府のオープンソースAI導入の現状")});

    // Ids go on after the file's last one, and the opened map is at the current version.
    auto id = document->addNode(test::makeNode(QStringLiteral("country"), QStringLiteral("China")));
    REQUIRE(id.ok());
    CHECK(id.value() == NodeId(6));
    const test::MapSnapshot expected = test::snapshotOf(*document);
    document.reset();
    CHECK(test::snapshotOfFile(path) == expected);
    RawSqlite db(path, SQLITE_OPEN_READONLY);
    CHECK(db.queryInt("PRAGMA user_version") == migrations::kCurrentVersion);
    CHECK(db.queryInt("PRAGMA application_id") == migrations::kApplicationId);
}

TEST_CASE("A quick read-only connection reads the file through a memory map and sees later commits",
          "[core][store]") {
    test::TempFolder folder;
    const QString path = folder.file(QStringLiteral("map.kizuna"));
    writeEmptyMap(path);
    auto writer = test::valueOf(MapStore::open(path, MapStore::Access::ReadWrite));
    MapStore::Options mapped;
    mapped.memoryMapped = true;
    auto reader = test::valueOf(MapStore::open(path, MapStore::Access::ReadOnly, mapped));
    CHECK(writer->memoryMapBytes() == 0); // writes go through SQLite's own page cache
    CHECK(reader->memoryMapBytes() > 0);
    // A whole load does not map the file (its pages would add to an export's peak memory).
    CHECK(test::valueOf(MapStore::open(path, MapStore::Access::ReadOnly))->memoryMapBytes() == 0);
    auto countNodes = [&] {
        qint64 nodes = -1;
        test::requireOk(reader->read([&] { nodes = reader->readCounts().nodes; }));
        return nodes;
    };
    CHECK(countNodes() == 0);
    // The file grows well past what was mapped when the reader first read it.
    const QString description(2000, QLatin1Char('d'));
    for (int round = 1; round <= 3; ++round) {
        test::requireOk(writer->transact([&] {
            for (int i = 0; i < 500; ++i) {
                NodeData node = test::makeNode(QStringLiteral("country"),
                                               QStringLiteral("N%1-%2").arg(round).arg(i));
                node.description = description;
                node.id = NodeId(round * 1000 + i);
                writer->insertNode(node);
            }
        }));
        CHECK(countNodes() == round * 500);
    }
    const auto found = test::valueOf(reader->search(QStringLiteral("N3-499"), 5));
    REQUIRE(found.size() == 1);
    CHECK(found.front() == NodeId(3499));
}
