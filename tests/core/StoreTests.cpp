// The map file: how a new one is stamped, how an old one is upgraded, and which files opening
// refuses without touching them.
#include "MapSnapshot.h"
#include "RawSqlite.h"
#include "TestSupport.h"
#include "io/MapFiles.h"
#include "store/Migrations.h"

#include <QFile>
#include <QFileInfo>
#include <catch2/catch.hpp>
#include <grp.h>
#include <sys/wait.h>
#include <unistd.h>

using namespace kizuna;
using test::RawSqlite;

namespace {

void writeEmptyMap(const QString& path) {
    auto contents = defaultSchemaContents();
    REQUIRE(contents.ok());
    const Status status = writeNewMap(path, std::move(contents).value(), false);
    INFO(status.error().toStdString());
    REQUIRE(status.ok());
}

void writeFile(const QString& path, const QByteArray& bytes) {
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    REQUIRE(file.write(bytes) == bytes.size());
}

// Kizuna's stamps, read through a connection of its own.
void checkStamps(const QString& path, const QString& journalMode) {
    RawSqlite db(path, SQLITE_OPEN_READONLY);
    CHECK(db.queryInt("PRAGMA application_id") == migrations::kApplicationId);
    CHECK(db.queryInt("PRAGMA application_id") == 0x4B5A4E41);
    CHECK(db.queryInt("PRAGMA user_version") == migrations::kCurrentVersion);
    CHECK(db.queryText("PRAGMA journal_mode") == journalMode);
    for (const char* table : {"map_meta", "node_type", "relation_type", "relation_endpoint",
                              "element", "node", "edge", "property", "source", "citation"})
        CHECK(db.queryInt(QByteArray("SELECT count(*) FROM sqlite_master WHERE type = 'table' AND "
                                     "name = '") +
                          table + "'") == 1);
}

// Opening `path` is refused in both modes, with a message naming the file and `problem`, and
// the file's bytes stay as they were (no journal-mode switch, no migration).
void checkRefused(const QString& path, const QString& problem) {
    const QByteArray before = test::fileHash(path);
    for (auto access : {MapStore::Access::ReadWrite, MapStore::Access::ReadOnly}) {
        auto store = MapStore::open(path, access);
        INFO("access " << int(access) << ": " << store.error().toStdString());
        CHECK_FALSE(store.ok());
        CHECK(store.error().contains(QFileInfo(path).fileName()));
        CHECK(store.error().contains(problem));
    }
    CHECK(test::fileHash(path) == before);
    CHECK_FALSE(QFile::exists(path + QStringLiteral("-wal")));
}

} // namespace

TEST_CASE("A new map is stamped as a Kizuna map of the current format and runs in WAL mode",
          "[core][store]") {
    test::TempFolder folder;
    const QString path = folder.file(QStringLiteral("new.kizuna"));

    SECTION("created by GraphDocument::create") {
        auto document = GraphDocument::create(path, MapInfo{QStringLiteral("New map")});
        INFO(document.error().toStdString());
        REQUIRE(document.ok());
        CHECK(document.value()->info().name == QStringLiteral("New map"));
        CHECK_FALSE(document.value()->info().created.isEmpty());
        checkStamps(path, QStringLiteral("wal"));
    }
    SECTION("written by writeNewMap with the default schema") {
        writeEmptyMap(path);
        checkStamps(path, QStringLiteral("delete")); // closed: back to a rollback journal
        auto document = test::openMap(path);
        CHECK(document->schema().nodeTypes().size() == 7);
        CHECK(document->schema().relationTypes().size() == 9);
        CHECK(document->info().name == QStringLiteral("new"));
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
    CHECK(supplies.targetTypes == QStringList({QStringLiteral("country"), QStringLiteral("company")}));

    REQUIRE(map.graph().nodeCount() == 3);
    NodeData us{NodeId(1),
                QStringLiteral("country"),
                Labels{QStringLiteral("United States"), QStringLiteral("アメリカ"),
                       QStringLiteral("美国")},
                QStringLiteral("A country in North America"),
                {{QStringLiteral("capital"), QStringLiteral("Washington, D.C.")}},
                QPointF(10.5, -20.25)};
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
    const Source& source = map.provenance().sources().front();
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
    NodeData added{NodeId(), QStringLiteral("country"), Labels{QStringLiteral("China")}};
    auto id = document->addNode(added);
    REQUIRE(id.ok());
    CHECK(id.value() == NodeId(6));
    const test::MapSnapshot expected = test::snapshotOf(*document);
    document.reset();
    CHECK(test::snapshotOfFile(path) == expected);
    RawSqlite db(path, SQLITE_OPEN_READONLY);
    CHECK(db.queryInt("PRAGMA user_version") == migrations::kCurrentVersion);
    CHECK(db.queryInt("PRAGMA application_id") == migrations::kApplicationId);
}

TEST_CASE("Opening refuses what is not a readable map and leaves the file untouched",
          "[core][store]") {
    test::TempFolder folder;
    const QString path = folder.file(QStringLiteral("map.kizuna"));

    SECTION("a text file") {
        writeFile(path, "name,type\nOpenAI,company\n");
        checkRefused(path, QStringLiteral("not an SQLite database"));
    }
    SECTION("an empty file") {
        writeFile(path, QByteArray());
        checkRefused(path, QStringLiteral("is not a Kizuna map"));
    }
    SECTION("an SQLite database of another program") {
        {
            RawSqlite db(path);
            db.exec("CREATE TABLE t(x); INSERT INTO t VALUES (1)");
        }
        checkRefused(path, QStringLiteral("another program"));
    }
    SECTION("a map written by a newer version") {
        writeEmptyMap(path);
        {
            RawSqlite db(path);
            db.exec("PRAGMA user_version = " + QByteArray::number(migrations::kCurrentVersion + 1));
        }
        checkRefused(path, QStringLiteral("newer version"));
    }
    SECTION("a map with a page overwritten by garbage") {
        test::writeBundledMap(path);
        QFile file(path);
        REQUIRE(file.open(QIODevice::ReadWrite));
        REQUIRE(file.size() > 8192);
        REQUIRE(file.seek(4096));
        QByteArray garbage(4096, '\0');
        for (int i = 0; i < garbage.size(); ++i)
            garbage[i] = char((i * 37 + 11) % 251);
        REQUIRE(file.write(garbage) == garbage.size());
        file.close();
        checkRefused(path, QStringLiteral("damaged"));
    }
    SECTION("a truncated map") {
        test::writeBundledMap(path);
        QFile file(path);
        REQUIRE(file.size() > 3 * 4096);
        REQUIRE(file.resize(file.size() / 2 / 4096 * 4096));
        checkRefused(path, QStringLiteral("damaged"));
    }
}

TEST_CASE("A read-only map file is refused for editing with a message saying so",
          "[core][store][permissions]") {
    test::TempFolder folder;
    const QString path = folder.file(QStringLiteral("map.kizuna"));
    writeEmptyMap(path);
    const QByteArray before = test::fileHash(path);
    // Root may write to a 0444 file: the check then runs in a child that is `nobody`, who can
    // read the file (0444) in a folder it may enter (0755) but write neither.
    REQUIRE(QFile::setPermissions(folder.dir.path(), QFile::ReadOwner | QFile::WriteOwner |
                                                         QFile::ExeOwner | QFile::ReadGroup |
                                                         QFile::ExeGroup | QFile::ReadOther |
                                                         QFile::ExeOther));
    REQUIRE(QFile::setPermissions(path, QFile::ReadOwner | QFile::ReadGroup | QFile::ReadOther));

    if (geteuid() == 0) {
        const pid_t child = fork();
        REQUIRE(child >= 0);
        if (child == 0) {
            if (setgroups(0, nullptr) != 0 || setgid(65534) != 0 || setuid(65534) != 0)
                _exit(2);
            auto store = MapStore::open(path, MapStore::Access::ReadWrite);
            _exit(!store.ok() && store.error().contains(QStringLiteral("read-only")) ? 0 : 1);
        }
        int status = 0;
        REQUIRE(waitpid(child, &status, 0) == child);
        REQUIRE(WIFEXITED(status));
        CHECK(WEXITSTATUS(status) == 0);
    } else {
        auto store = MapStore::open(path, MapStore::Access::ReadWrite);
        CHECK_FALSE(store.ok());
        CHECK(store.error().contains(QStringLiteral("read-only")));
        CHECK(store.error().contains(QStringLiteral("map.kizuna")));
    }
    CHECK(test::fileHash(path) == before);
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
}

TEST_CASE("Reading a map read-only leaves its file byte for byte as it was", "[core][store]") {
    test::TempFolder folder;
    const QString path = folder.file(QStringLiteral("map.kizuna"));
    test::writeBundledMap(path);
    const QByteArray before = test::fileHash(path);
    {
        auto document = GraphDocument::open(path, MapStore::Access::ReadOnly);
        REQUIRE(document.ok());
        CHECK(document.value()->isReadOnly());
        CHECK(document.value()->graph().nodeCount() > 10);
        auto refused =
            document.value()->addNode(NodeData{NodeId(), QStringLiteral("company"),
                                               Labels{QStringLiteral("Should not be written")}});
        CHECK_FALSE(refused.ok());
        CHECK(refused.error().contains(QStringLiteral("read-only")));
    }
    CHECK(test::fileHash(path) == before);
    CHECK_FALSE(QFile::exists(path + QStringLiteral("-wal")));
    CHECK_FALSE(QFile::exists(path + QStringLiteral("-shm")));
}
