// Real files that used to be refused or misread (issue #15, item 5): Cytoscape.js element data
// as Cytoscape.js and its demos write it, GraphML numbers and booleans with whitespace around
// them, a GraphML key id declared twice, and node ids a file repeats.
#include "IoTestSupport.h"

#include <QFile>
#include <QFileInfo>
#include <catch2/catch.hpp>

using namespace kizuna;
using namespace kizuna::test;

namespace {

QString hostile(const QString& name) {
    return QStringLiteral(KIZUNA_FIXTURES_DIR "/hostile/") + name;
}

QString copyAs(const QString& from, const QString& to) {
    QFile::remove(to);
    REQUIRE(QFile::copy(from, to));
    return to;
}

} // namespace

TEST_CASE("Cytoscape.js element data as a bare {nodes, edges} object imports",
          "[io][real-files][cytoscape]") {
    const QString file = fixture(QStringLiteral("cytoscapejs-elements.json"));
    const auto format = detectFormat(file);
    REQUIRE(format.ok());
    CHECK(format.value() == GraphFormat::CytoscapeJson);
    TempFolder folder;
    auto map = importIntoNewMap(file, folder.file(QStringLiteral("m.kizuna")));
    CHECK(map->graph().nodeCount() == 3);
    CHECK(map->graph().edgeCount() == 2);
    const NodeData* a = nodeWithEnglishLabel(*map, QStringLiteral("Gene A"));
    REQUIRE(a);
    CHECK(a->properties.value(QStringLiteral("weight")) == QStringLiteral("65"));
    REQUIRE(a->position);
    CHECK(a->position->x() == 0);
    const NodeData* b = nodeWithEnglishLabel(*map, QStringLiteral("Gene B"));
    REQUIRE(b);
    REQUIRE(b->position);
    CHECK(b->position->x() == 120);
    CHECK(nodeWithEnglishLabel(*map, QStringLiteral("c"))); // no label: the id is the name

    SECTION("also under the .cyjs extension") {
        const QString cyjs = copyAs(file, folder.file(QStringLiteral("elements.cyjs")));
        auto again = importIntoNewMap(cyjs, folder.file(QStringLiteral("m2.kizuna")));
        CHECK(again->graph().nodeCount() == 3);
        CHECK(again->graph().edgeCount() == 2);
    }
}

TEST_CASE("Cytoscape.js element data as a flat list of {group, data, position} imports",
          "[io][real-files][cytoscape]") {
    const QString file = fixture(QStringLiteral("cytoscapejs-array.json"));
    const auto format = detectFormat(file);
    INFO(format.error().toStdString());
    REQUIRE(format.ok());
    CHECK(format.value() == GraphFormat::CytoscapeJson);
    TempFolder folder;
    for (const QString& path : {file, copyAs(file, folder.file(QStringLiteral("elements.cyjs")))}) {
        auto map = importIntoNewMap(path, folder.file(QFileInfo(path).fileName() + ".kizuna"));
        CHECK(map->graph().nodeCount() == 3);
        CHECK(map->graph().edgeCount() == 2);
        const NodeData* osaka = nodeWithEnglishLabel(*map, QStringLiteral("Osaka"));
        REQUIRE(osaka);
        REQUIRE(osaka->position);
        CHECK(osaka->position->y() == 180);
        bool km = false;
        map->graph().forEachEdge([&](const EdgeData& e) {
            km = km || e.properties.value(QStringLiteral("km")) == QLatin1String("400");
        });
        CHECK(km);
    }
}

TEST_CASE("Kizuna's own JSON is still told from Cytoscape.js element data",
          "[io][real-files][cytoscape]") {
    TempFolder folder;
    auto map = importIntoNewMap(fixture(QStringLiteral("cytoscapejs-elements.json")),
                                folder.file(QStringLiteral("m.kizuna")));
    const QString json = folder.file(QStringLiteral("export.json"));
    REQUIRE(writeGraphFile(*map, json, GraphFormat::KizunaJson).ok());
    const auto format = detectFormat(json);
    REQUIRE(format.ok());
    CHECK(format.value() == GraphFormat::KizunaJson);
    // A JSON list that is not element data is still refused with a reason.
    writeFile(folder.file(QStringLiteral("numbers.json")), "[1, 2, 3]");
    auto other = GraphDocument::create(folder.file(QStringLiteral("o.kizuna")), MapInfo{});
    REQUIRE(other.ok());
    CHECK_FALSE(importError(*other.value(), folder.file(QStringLiteral("numbers.json"))).isEmpty());
}

TEST_CASE("GraphML numbers and booleans with whitespace around them are read trimmed",
          "[io][real-files][graphml]") {
    TempFolder folder;
    auto map = importIntoNewMap(fixture(QStringLiteral("graphml-whitespace.graphml")),
                                folder.file(QStringLiteral("m.kizuna")));
    REQUIRE(map->graph().nodeCount() == 2);
    const NodeData* a = nodeWithEnglishLabel(*map, QStringLiteral("a"));
    const NodeData* b = nodeWithEnglishLabel(*map, QStringLiteral("b"));
    REQUIRE(a);
    REQUIRE(b);
    CHECK(a->properties.value(QStringLiteral("count")) == QStringLiteral("42"));
    CHECK(a->properties.value(QStringLiteral("active")) == QStringLiteral("true"));
    CHECK(b->properties.value(QStringLiteral("count")) == QStringLiteral("7"));
    CHECK(b->properties.value(QStringLiteral("active")) == QStringLiteral("false")); // default
    // Strings keep their whitespace: it may mean something.
    CHECK(a->properties.value(QStringLiteral("note")) == QStringLiteral(" keep my spaces "));
    REQUIRE(map->graph().edgeCount() == 1);
    map->graph().forEachEdge([&](const EdgeData& e) {
        CHECK(e.properties.value(QStringLiteral("weight")) == QStringLiteral("1.5"));
    });
    SECTION("a value that is not a number is still refused") {
        const QString bad = folder.file(QStringLiteral("bad.graphml"));
        QFile in(fixture(QStringLiteral("graphml-whitespace.graphml")));
        REQUIRE(in.open(QIODevice::ReadOnly));
        writeFile(bad, in.readAll().replace("> 1.5 <", "> 1.5 kg <"));
        auto other = GraphDocument::create(folder.file(QStringLiteral("o.kizuna")), MapInfo{});
        REQUIRE(other.ok());
        CHECK(importError(*other.value(), bad).contains(QStringLiteral("1.5 kg")));
    }
}

TEST_CASE("A GraphML key id declared twice with different types is refused",
          "[io][real-files][graphml]") {
    TempFolder folder;
    const QString file = hostile(QStringLiteral("graphml-key-redeclared.graphml"));
    auto map = GraphDocument::create(folder.file(QStringLiteral("m.kizuna")), MapInfo{});
    REQUIRE(map.ok());
    const QString error = importError(*map.value(), file);
    INFO(error.toStdString());
    CHECK(error.contains(QStringLiteral("graphml-key-redeclared.graphml")));
    CHECK(error.contains(QStringLiteral("line 4")));
    CHECK(error.contains(QStringLiteral("\"w\"")));
    CHECK(error.contains(QStringLiteral("double")));
    CHECK(error.contains(QStringLiteral("string")));
    CHECK(map.value()->graph().nodeCount() == 0);

    SECTION("the same declaration twice is accepted") {
        const QString same = folder.file(QStringLiteral("same.graphml"));
        QFile in(file);
        REQUIRE(in.open(QIODevice::ReadOnly));
        writeFile(same, in.readAll()
                            .replace("attr.type=\"string\"", "attr.type=\"double\"")
                            .replace(">heavy<", ">2.5<"));
        auto other = importIntoNewMap(same, folder.file(QStringLiteral("o.kizuna")));
        CHECK(other->graph().edgeCount() == 1);
    }
}

TEST_CASE("A GraphML node id used twice is refused by default and merged on request",
          "[io][real-files][duplicates]") {
    TempFolder folder;
    const QString file = folder.file(QStringLiteral("twice.graphml"));
    writeFile(file, R"(<?xml version="1.0" encoding="UTF-8"?>
<graphml xmlns="http://graphml.graphdrawing.org/xmlns">
  <key id="l" for="node" attr.name="label" attr.type="string"/>
  <key id="c" for="node" attr.name="country" attr.type="string"/>
  <graph edgedefault="directed">
    <node id="s1"><data key="l">Tokyo Electron</data></node>
    <node id="s2"><data key="l">ASML</data></node>
    <node id="s1"><data key="l">TEL</data><data key="c">JP</data></node>
    <edge source="s2" target="s1"/>
  </graph>
</graphml>
)");
    const QString map = folder.file(QStringLiteral("m.kizuna"));
    const CliResult refused = runCli({QStringLiteral("import"), map, file});
    CHECK(refused.exitCode == 1);
    CHECK(refused.err.contains(QStringLiteral("line 8")));
    CHECK(refused.err.contains(QStringLiteral("\"s1\"")));
    CHECK_FALSE(QFile::exists(map));

    const CliResult merged = runCli({QStringLiteral("import"), map, file,
                                     QStringLiteral("--duplicates"), QStringLiteral("merge")});
    INFO(merged.err.toStdString());
    REQUIRE(merged.exitCode == 0);
    auto document = openMap(map);
    CHECK(document->graph().nodeCount() == 2);
    CHECK(document->graph().edgeCount() == 1);
    const NodeData* tel = nodeWithEnglishLabel(*document, QStringLiteral("Tokyo Electron"));
    REQUIRE(tel);
    CHECK(tel->properties.value(QStringLiteral("alias")) == QStringLiteral("TEL"));
    CHECK(tel->properties.value(QStringLiteral("country")) == QStringLiteral("JP"));
}
