// Kizuna's JSON map format: errors a user can find in the file, and appending that is all or
// nothing.
#include "SampleMap.h"
#include "io/MapJsonReader.h"

#include <catch2/catch.hpp>

using namespace kizuna;
using test::SampleMap;
using test::valueOf;

namespace {

const QString kName = QStringLiteral("import.json");

QByteArray mapJson(const QByteArray& nodes, const QByteArray& edges) {
    return "{\n"
           "  \"format\": \"kizuna-map\",\n"
           "  \"sources\": [{\"id\": \"s1\", \"title\": \"Article\"}],\n"
           "  \"nodes\": [\n" +
           nodes + "\n  ],\n  \"edges\": [\n" + edges + "\n  ]\n}\n";
}

const QByteArray kTwoCompanies =
    "    {\"id\": \"a\", \"type\": \"company\", \"labels\": {\"en\": \"Alpha\"},\n"
    "     \"citations\": [{\"source\": \"s1\", \"excerpt\": \"Alpha\"}]},\n"
    "    {\"id\": \"b\", \"type\": \"company\", \"labels\": {\"ja\": \"ベータ\"}}";

QString readError(const QByteArray& json) {
    auto contents = readMapJson(json, kName);
    REQUIRE_FALSE(contents.ok());
    return contents.error();
}

} // namespace

TEST_CASE("Reading map JSON names the file and where the problem is", "[core][json]") {
    SECTION("broken JSON gives the line and column") {
        const QByteArray broken = "{\n"
                                  "  \"format\": \"kizuna-map\",\n"
                                  "  \"nodes\": [\n"
                                  "    {\"id\": \"a\" \"type\": \"company\"}\n"
                                  "  ]\n"
                                  "}\n";
        const QString error = readError(broken);
        INFO(error.toStdString());
        CHECK(error.startsWith(kName + QStringLiteral(": ")));
        CHECK(error.contains(QStringLiteral("line 4, column ")));
        const int column =
            error.section(QStringLiteral("column "), 1).section(QLatin1Char(':'), 0, 0).toInt();
        CHECK(column >= 15); // at or after the missing comma
        CHECK(column <= 20);
    }
    SECTION("a line count goes by lines, a column count by characters") {
        const QByteArray broken = "{\"format\": \"kizuna-map\", \"map\": {\"name\": \"米中\"},\n"
                                  "\"nodes\": [}\n";
        const QString error = readError(broken);
        INFO(error.toStdString());
        CHECK(error.contains(QStringLiteral("line 2, column ")));
    }
    SECTION("an edge to a node that is not there names the record") {
        const QString error = readError(mapJson(
            kTwoCompanies, "    {\"source\": \"a\", \"target\": \"zz\", \"relation\": \"funds\"}"));
        INFO(error.toStdString());
        CHECK(error.startsWith(kName));
        CHECK(error.contains(QStringLiteral("edges[0].target: unknown node \"zz\"")));
    }
    SECTION("an edge from a node that is not there names the record") {
        const QString error = readError(mapJson(
            kTwoCompanies, "    {\"source\": \"a\", \"target\": \"b\", \"relation\": \"funds\"},\n"
                           "    {\"source\": \"q\", \"target\": \"b\", \"relation\": \"funds\"}"));
        CHECK(error.contains(QStringLiteral("edges[1].source: unknown node \"q\"")));
    }
    SECTION("a citation of an unknown source names the record") {
        const QString error =
            readError(mapJson("    {\"id\": 1, \"type\": \"lab\", \"labels\": {\"en\": \"L\"},\n"
                              "     \"citations\": [{\"source\": \"nowhere\"}]}",
                              ""));
        CHECK(error.contains(QStringLiteral("nodes[0]")));
        CHECK(error.contains(QStringLiteral("nowhere")));
    }
    SECTION("an id used twice names the record") {
        const QString error = readError(
            mapJson(kTwoCompanies +
                        ",\n    {\"id\": \"a\", \"type\": \"lab\", \"labels\": {\"en\": \"A2\"}}",
                    ""));
        CHECK(error.contains(QStringLiteral("nodes[2]")));
        CHECK(error.contains(QStringLiteral("\"a\"")));
    }
    SECTION("JSON that is not a Kizuna map says so") {
        CHECK(readError("[1, 2]").contains(QStringLiteral("not a Kizuna map")));
        CHECK(readError("{\"format\": \"geojson\"}").contains(QStringLiteral("kizuna-map")));
    }
}

TEST_CASE("A value of the wrong kind in map JSON is an error naming its record", "[core][json]") {
    SECTION("a node type that is a number") {
        const QString error = readError(mapJson(
            kTwoCompanies + ",\n    {\"id\": \"c\", \"type\": 5, \"labels\": {\"en\": \"C\"}}",
            ""));
        INFO(error.toStdString());
        CHECK(error.contains(QStringLiteral("nodes[2].type: must be a string")));
    }
    SECTION("a label that is a number") {
        const QString error = readError(
            mapJson("    {\"id\": \"c\", \"type\": \"lab\", \"labels\": {\"en\": 7}}", ""));
        INFO(error.toStdString());
        CHECK(error.contains(QStringLiteral("nodes[0]")));
    }
}

TEST_CASE("Map JSON whose values have the wrong shape is refused, not read as less",
          "[core][json]") {
    QByteArray json;
    QString where;
    SECTION("a list of nodes that is an object") {
        json = "{\"format\": \"kizuna-map\", \"nodes\": {\"a\": {\"type\": \"lab\", "
               "\"labels\": {\"en\": \"A\"}}}}";
        where = QStringLiteral("nodes");
    }
    SECTION("a coordinate that is text") {
        json = mapJson("    {\"id\": \"a\", \"type\": \"lab\", \"labels\": {\"en\": \"A\"}, "
                       "\"x\": \"12\", \"y\": 3}",
                       "");
        where = QStringLiteral("nodes[0].x");
    }
    SECTION("properties that are a list") {
        json = mapJson("    {\"id\": \"a\", \"type\": \"lab\", \"labels\": {\"en\": \"A\"}, "
                       "\"properties\": [\"founded 2024\"]}",
                       "");
        where = QStringLiteral("nodes[0].properties");
    }
    auto contents = readMapJson(json, kName);
    INFO("expected an error naming " << where.toStdString());
    INFO("read " << (contents.ok() ? contents.value().nodes.size() : 0)
                 << " nodes; error: " << contents.error().toStdString());
    CHECK_FALSE(contents.ok());
    CHECK(contents.error().contains(where));
}

TEST_CASE("Reading map JSON keeps what it reads", "[core][json]") {
    auto contents =
        readMapJson(mapJson(kTwoCompanies,
                            "    {\"source\": \"b\", \"target\": \"a\", \"relation\": "
                            "\"partners_with\", \"confidence\": 0.75, \"valid_from\": \"2025\"}"),
                    kName);
    INFO(contents.error().toStdString());
    REQUIRE(contents.ok());
    const MapContents& map = contents.value();
    REQUIRE(map.nodes.size() == 2);
    CHECK(map.nodes[0].labels.en == QStringLiteral("Alpha"));
    CHECK(map.nodes[1].labels.ja == QStringLiteral("ベータ"));
    REQUIRE(map.edges.size() == 1);
    CHECK(map.edges[0].source == map.nodes[1].id);
    CHECK(map.edges[0].target == map.nodes[0].id);
    CHECK(map.edges[0].confidence == 0.75);
    CHECK(map.edges[0].validFrom == QStringLiteral("2025"));
    REQUIRE(map.citations.size() == 1);
    CHECK(map.citations[0].elementId == map.nodes[0].id.value);
    CHECK(map.citations[0].source == map.sources.at(0).id);
}

TEST_CASE("Appending contents adds all of them or nothing", "[core][json][document]") {
    SampleMap map;
    map.reopen(); // freshly opened: a refused append must leave every byte of the file as it was
    const QByteArray bytes = test::fileHash(map.path);
    const test::MapSnapshot before = test::snapshotOf(*map.doc);
    QByteArray edges;
    QString expected;

    SECTION("a relation its endpoint types do not allow") {
        edges = "    {\"source\": \"a\", \"target\": \"b\", \"relation\": \"partners_with\"},\n"
                "    {\"source\": \"a\", \"target\": \"b\", \"relation\": \"issued\"}";
        expected = QStringLiteral("not allowed");
    }
    SECTION("an unknown relation") {
        edges = "    {\"source\": \"a\", \"target\": \"b\", \"relation\": \"befriends\"}";
        expected = QStringLiteral("befriends");
    }
    SECTION("a confidence out of range") {
        edges = "    {\"source\": \"a\", \"target\": \"b\", \"relation\": \"partners_with\", "
                "\"confidence\": 2}";
        expected = QStringLiteral("confidence");
    }
    MapContents contents = valueOf(readMapJson(mapJson(kTwoCompanies, edges), kName));
    const Status status = map.doc->append(contents);
    INFO(status.error().toStdString());
    CHECK_FALSE(status.ok());
    CHECK(status.error().contains(expected));
    CHECK(test::snapshotOf(*map.doc) == before);
    map.doc.reset();
    CHECK(test::fileHash(map.path) == bytes);
    map.reopen();
    CHECK(test::snapshotOf(*map.doc) == before);
}

TEST_CASE("Appending rolls back what it wrote when it fails halfway", "[core][json][document]") {
    SampleMap map;
    const test::MapSnapshot before = test::snapshotOf(*map.doc);
    MapContents contents = valueOf(readMapJson(
        mapJson(kTwoCompanies,
                "    {\"source\": \"a\", \"target\": \"b\", \"relation\": \"partners_with\"}"),
        kName));
    // Passes the checks before the transaction, fails inside it after nodes and edges are written.
    contents.citations.push_back(test::makeCitation(999, contents.sources.at(0).id, {}));
    const Status status = map.doc->append(contents);
    CHECK_FALSE(status.ok());
    CHECK_FALSE(status.error().isEmpty());
    CHECK(test::snapshotOf(*map.doc) == before);
    map.reopen();
    CHECK(test::snapshotOf(*map.doc) == before);

    SECTION("and the same contents without the bad citation go in whole") {
        contents.citations.pop_back();
        test::requireOk(map.doc->append(contents));
        CHECK(map.doc->graph().nodeCount() == before.nodes.size() + 2);
        CHECK(map.doc->graph().edgeCount() == before.edges.size() + 1);
        CHECK(map.doc->provenance().citationCount() == before.citations.size() + 1);
        const test::MapSnapshot after = test::snapshotOf(*map.doc);
        map.reopen();
        CHECK(test::snapshotOf(*map.doc) == after);
    }
}
