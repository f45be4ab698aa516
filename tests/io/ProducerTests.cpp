// Files written by other tools (networkx, Graphviz; see tests/fixtures/interchange/README.md)
// import with the right counts and attributes.
#include "IoTestSupport.h"

#include <catch2/catch.hpp>

using namespace kizuna;
using namespace kizuna::test;

TEST_CASE("Files written by networkx and Graphviz import with their node and edge counts",
          "[io][producers]") {
    const auto [file, nodes, edges] = GENERATE(table<const char*, size_t, size_t>({
        {"networkx-karate.graphml", 34, 78},
        {"networkx-directed.graphml", 8, 10},
        {"networkx-multi.graphml", 4, 5},
        {"networkx.gexf", 8, 10},
        {"networkx-dynamic.gexf", 5, 6},
        {"graphviz-layout.dot", 10, 9},
        {"graphviz-canon.gv", 10, 9},
        {"graphviz-undirected.dot", 5, 6},
        {"cytoscape.cyjs", 8, 10},
    }));
    DYNAMIC_SECTION(file) {
        TempFolder folder;
        auto map =
            importIntoNewMap(fixture(QLatin1String(file)), folder.file(QStringLiteral("m.kizuna")));
        CHECK(map->graph().nodeCount() == nodes);
        CHECK(map->graph().edgeCount() == edges);
    }
}

TEST_CASE("GraphML typed keys, defaults and Japanese labels from networkx arrive as fields and "
          "properties",
          "[io][producers]") {
    TempFolder folder;
    auto map = importIntoNewMap(fixture(QStringLiteral("networkx-directed.graphml")),
                                folder.file(QStringLiteral("m.kizuna")));
    const NodeData* japan = nodeWithEnglishLabel(*map, QStringLiteral("日本"));
    REQUIRE(japan);
    CHECK(japan->properties.contains(QStringLiteral("population")));
    CHECK(japan->properties.value(QStringLiteral("region")) != QString());
    CHECK(nodeWithEnglishLabel(*map, QStringLiteral("Research & Development <R&D> Consortium")));
    // The key default fills the nodes that have no value of their own.
    int unknownRegion = 0;
    map->graph().forEachNode([&](const NodeData& n) {
        unknownRegion += n.properties.value(QStringLiteral("region")) == QLatin1String("unknown");
    });
    CHECK(unknownRegion == 4);
    // The edge attribute "relation" becomes the relation type.
    std::set<QString> relations;
    map->graph().forEachEdge([&](const EdgeData& e) { relations.insert(e.relation); });
    CHECK(relations.count(QStringLiteral("competes_with")) == 1);
}

TEST_CASE("GEXF positions and dynamic start and end dates arrive", "[io][producers]") {
    TempFolder folder;
    auto viz = importIntoNewMap(fixture(QStringLiteral("networkx.gexf")),
                                folder.file(QStringLiteral("v.kizuna")));
    viz->graph().forEachNode([&](const NodeData& n) {
        CHECK(n.position.has_value());
        // viz:color and viz:size become style overrides (networkx writes both on every node).
        CHECK(n.properties.value(QStringLiteral("style:color")).startsWith(QLatin1Char('#')));
        CHECK(n.properties.contains(QStringLiteral("style:size")));
        CHECK_FALSE(n.properties.contains(QStringLiteral("color")));
        CHECK_FALSE(n.properties.contains(QStringLiteral("size")));
    });
    auto dynamic = importIntoNewMap(fixture(QStringLiteral("networkx-dynamic.gexf")),
                                    folder.file(QStringLiteral("d.kizuna")));
    int dated = 0;
    dynamic->graph().forEachNode([&](const NodeData& n) { dated += !n.validFrom.isEmpty(); });
    CHECK(dated == 4); // epsilon has no dates
    int edgesDated = 0;
    dynamic->graph().forEachEdge([&](const EdgeData& e) { edgesDated += !e.validFrom.isEmpty(); });
    CHECK(edgesDated == 4);
}

TEST_CASE("Graphviz output: positions from pos, labels, flattened clusters, quoted ids",
          "[io][producers]") {
    TempFolder folder;
    auto map = importIntoNewMap(fixture(QStringLiteral("graphviz-layout.dot")),
                                folder.file(QStringLiteral("m.kizuna")));
    const NodeData* japan = nodeWithEnglishLabel(*map, QStringLiteral("日本"));
    REQUIRE(japan);
    REQUIRE(japan->position);
    CHECK(japan->position->x() == Approx(934.5));
    CHECK(japan->position->y() == Approx(-65)); // Graphviz's y points up
    CHECK(japan->properties.value(QStringLiteral("style:shape")) == QStringLiteral("rectangle"));
    CHECK(japan->properties.value(QStringLiteral("style:color")) == QStringLiteral("#000000"));
    CHECK(japan->properties.value(QStringLiteral("style:size")) == QStringLiteral("1"));
    for (const char* look : {"shape", "color", "width", "height"})
        CHECK_FALSE(japan->properties.contains(QLatin1String(look)));
    CHECK(nodeWithEnglishLabel(*map, QStringLiteral("New York City")));

    auto undirected = importIntoNewMap(fixture(QStringLiteral("graphviz-undirected.dot")),
                                       folder.file(QStringLiteral("u.kizuna")));
    int red = 0;
    undirected->graph().forEachEdge([&](const EdgeData& e) {
        red += e.properties.value(QStringLiteral("style:color")) == QLatin1String("#ff0000");
        CHECK_FALSE(e.properties.contains(QStringLiteral("color")));
    });
    CHECK(red == 5); // the edge default, except the one edge that says blue
}

TEST_CASE("A CSV pair with a BOM, CRLF and quoted commas, quotes and newlines imports exactly",
          "[io][producers]") {
    TempFolder folder;
    CsvOptions csv;
    csv.edgesPath = fixture(QStringLiteral("networkx-karate-edges.csv"));
    auto map = importIntoNewMap(fixture(QStringLiteral("networkx-karate-nodes.csv")),
                                folder.file(QStringLiteral("m.kizuna")), csv);
    CHECK(map->graph().nodeCount() == 34);
    CHECK(map->graph().edgeCount() == 78);
    CHECK(nodeWithEnglishLabel(*map, QStringLiteral("Hi, Mr. (instructor)")));
    CHECK(nodeWithEnglishLabel(*map, QStringLiteral("John \"Officer\" A.")));
    CHECK(nodeWithEnglishLabel(*map, QStringLiteral("Member 16\nsecond line")));
    map->graph().forEachNode([&](const NodeData& n) {
        CHECK_FALSE(n.properties.value(QStringLiteral("club")).isEmpty());
    });
}

TEST_CASE("yEd's yFiles extensions give labels, positions and fill colours", "[io][producers]") {
    // The shape yEd writes (yEd is not packaged for Debian, so this one sample is inline).
    TempFolder folder;
    const QString path = folder.file(QStringLiteral("yed.graphml"));
    writeFile(path, R"(<?xml version="1.0" encoding="UTF-8" standalone="no"?>
<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:y="http://www.yworks.com/xml/graphml">
  <key for="node" id="d6" yfiles.type="nodegraphics"/>
  <key for="edge" id="d10" yfiles.type="edgegraphics"/>
  <key attr.name="description" attr.type="string" for="node" id="d5"/>
  <graph edgedefault="directed" id="G">
    <node id="n0"><data key="d5">Founded 2023</data><data key="d6"><y:ShapeNode>
      <y:Geometry height="30.0" width="80.0" x="100.0" y="200.0"/><y:Fill color="#FFCC00" transparent="false"/>
      <y:NodeLabel alignment="center" autoSizePolicy="content">DeepSeek 深度求索</y:NodeLabel><y:Shape type="rectangle"/>
    </y:ShapeNode></data></node>
    <node id="n1"><data key="d6"><y:ShapeNode><y:Geometry height="30.0" width="30.0" x="300.0" y="200.0"/>
      <y:NodeLabel>OpenAI</y:NodeLabel></y:ShapeNode></data></node>
    <edge id="e0" source="n0" target="n1"><data key="d10"><y:PolyLineEdge><y:EdgeLabel>competes</y:EdgeLabel>
    </y:PolyLineEdge></data></edge>
  </graph>
</graphml>)");
    auto map = importIntoNewMap(path, folder.file(QStringLiteral("m.kizuna")));
    const NodeData* deepseek = nodeWithEnglishLabel(*map, QStringLiteral("DeepSeek 深度求索"));
    REQUIRE(deepseek);
    CHECK(*deepseek->position == QPointF(140, 215)); // yEd gives the top-left corner
    CHECK(deepseek->properties.value(QStringLiteral("style:color")) == QStringLiteral("#ffcc00"));
    CHECK_FALSE(deepseek->properties.contains(QStringLiteral("color")));
    CHECK(deepseek->description == QStringLiteral("Founded 2023"));
    CHECK(map->graph().edge(map->graph().edgeIds().front())->label == QStringLiteral("competes"));
}
