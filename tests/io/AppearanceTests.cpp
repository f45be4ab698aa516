// Colours, sizes and shapes other programs give nodes and edges (GEXF viz:*, yEd realizers, DOT
// attributes, Cytoscape styles) arrive as style overrides and are written back natively.
#include "IoTestSupport.h"
#include "model/StyleOverrides.h"

#include <QFile>
#include <catch2/catch.hpp>

using namespace kizuna;
using namespace kizuna::test;

namespace {

const EdgeData* edgeLabelled(const GraphDocument& document, const QString& label) {
    const EdgeData* found = nullptr;
    document.graph().forEachEdge([&](const EdgeData& edge) {
        if (edge.label == label)
            found = &edge;
    });
    return found;
}

// The style: properties of an element, as "key=value" lines (sorted by key).
QString looks(const Properties& properties) {
    QStringList lines;
    for (auto it = properties.begin(); it != properties.end(); ++it)
        if (it.key().startsWith(QLatin1String("style:")))
            lines << it.key() + QLatin1Char('=') + it.value();
    return lines.join(QLatin1Char('\n'));
}

QString readAll(const QString& path) {
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return QString::fromUtf8(file.readAll());
}

// Exports `map` in `format`, imports the file into a new map and returns it.
std::unique_ptr<GraphDocument> throughFile(const GraphDocument& map, TempFolder& folder,
                                           GraphFormat format, const QString& name) {
    const QString path = folder.file(name);
    REQUIRE(writeGraphFile(map, path, format).ok());
    return importIntoNewMap(path, folder.file(name + QStringLiteral(".kizuna")));
}

} // namespace

TEST_CASE("Colours from files: hex, X11 and CSS names, alpha order, HSV, rgb()", "[io][style]") {
    CHECK(styleColor(QStringLiteral("#FFCC00"), ColorSyntax::Css) == QStringLiteral("#ffcc00"));
    CHECK(styleColor(QStringLiteral("#f80"), ColorSyntax::Css) == QStringLiteral("#ff8800"));
    // Graphviz, yEd and CSS put alpha last; style:color (like Qt) puts it first.
    CHECK(styleColor(QStringLiteral("#FF000080"), ColorSyntax::Css) == QStringLiteral("#80ff0000"));
    CHECK(styleColor(QStringLiteral("#ff000080"), ColorSyntax::Graphviz) ==
          QStringLiteral("#80ff0000"));
    CHECK(styleColor(QStringLiteral("#80ff0000"), ColorSyntax::Kizuna) ==
          QStringLiteral("#80ff0000"));
    CHECK(styleColor(QStringLiteral("#ff0000ff"), ColorSyntax::Graphviz) ==
          QStringLiteral("#ff0000")); // opaque: no alpha written
    // X11 and CSS disagree on a few names.
    CHECK(styleColor(QStringLiteral("Green"), ColorSyntax::Graphviz) == QStringLiteral("#00ff00"));
    CHECK(styleColor(QStringLiteral("green"), ColorSyntax::Css) == QStringLiteral("#008000"));
    CHECK(styleColor(QStringLiteral("gray50"), ColorSyntax::Graphviz) == QStringLiteral("#7f7f7f"));
    CHECK(styleColor(QStringLiteral("/x11/lightgrey"), ColorSyntax::Graphviz) ==
          QStringLiteral("#d3d3d3"));
    CHECK(styleColor(QStringLiteral("red:blue"), ColorSyntax::Graphviz) ==
          QStringLiteral("#ff0000"));
    CHECK(styleColor(QStringLiteral("0.000 1.000 1.000"), ColorSyntax::Graphviz) ==
          QStringLiteral("#ff0000"));
    CHECK(styleColor(QStringLiteral("0.5,1,0.5"), ColorSyntax::Graphviz) ==
          QStringLiteral("#008080"));
    CHECK(styleColor(QStringLiteral("rgb(255, 0, 0)"), ColorSyntax::Css) ==
          QStringLiteral("#ff0000"));
    CHECK(styleColor(QStringLiteral("rgba(0,0,255,0.5)"), ColorSyntax::Css) ==
          QStringLiteral("#800000ff"));
    for (const char* bad : {"", "none", "transparent", "#12", "#gggggg", "notacolour", "rgb(1,2)"})
        CHECK_FALSE(styleColor(QLatin1String(bad), ColorSyntax::Css));
    CHECK(hexRgba(Rgba{255, 136, 0, 128}) == QStringLiteral("#ff880080"));
}

TEST_CASE("Sizes are clamped to 0.25..8 with at most 3 decimals; shapes map to Kizuna's",
          "[io][style]") {
    CHECK(styleScale(1.0) == QStringLiteral("1"));
    CHECK(styleScale(1.42) == QStringLiteral("1.42"));
    CHECK(styleScale(80.0 / 30) == QStringLiteral("2.667"));
    CHECK(styleScale(0.01) == QStringLiteral("0.25"));
    CHECK(styleScale(100) == QStringLiteral("8"));
    CHECK(styleScale(std::nan("")).isEmpty());
    CHECK(shapeFromName(QStringLiteral("disc")) == NodeShape::Ellipse);
    CHECK(shapeFromName(QStringLiteral("circle")) == NodeShape::Ellipse);
    CHECK(shapeFromName(QStringLiteral("square")) == NodeShape::Rectangle);
    CHECK(shapeFromName(QStringLiteral("box")) == NodeShape::Rectangle);
    CHECK(shapeFromName(QStringLiteral("roundrectangle")) == NodeShape::RoundedRectangle);
    CHECK(shapeFromName(QStringLiteral("round-rectangle")) == NodeShape::RoundedRectangle);
    CHECK(shapeFromName(QStringLiteral("Hexagon")) == NodeShape::Hexagon);
    CHECK_FALSE(shapeFromName(QStringLiteral("star5")));
    CHECK_FALSE(shapeFromName(QStringLiteral("image")));
    // A reserved property arriving by name (CSV column, GraphML key) is normalised or left out.
    CHECK(normalisedStyleValue(kStyleColor, QStringLiteral("Red")) == QStringLiteral("#ff0000"));
    CHECK(normalisedStyleValue(kStyleSize, QStringLiteral("20")) == QStringLiteral("8"));
    CHECK(normalisedStyleValue(kStyleShape, QStringLiteral("box")) == QStringLiteral("rectangle"));
    CHECK_FALSE(normalisedStyleValue(kStyleShape, QStringLiteral("star")));
    CHECK_FALSE(normalisedStyleValue(kStyleColor, QStringLiteral("banana")));
}

TEST_CASE("GEXF viz colour, size and shape import as style overrides and survive a GEXF round "
          "trip",
          "[io][style]") {
    TempFolder folder;
    const QString path = folder.file(QStringLiteral("gephi.gexf"));
    writeFile(path, R"(<?xml version="1.0" encoding="UTF-8"?>
<gexf xmlns="http://www.gexf.net/1.2draft" xmlns:viz="http://www.gexf.net/1.2draft/viz" version="1.2">
  <meta><creator>Gephi 0.10.1</creator></meta>
  <graph defaultedgetype="directed">
    <nodes>
      <node id="a" label="Alpha">
        <viz:size value="25.0"/><viz:color r="255" g="136" b="0" a="0.5"/>
        <viz:shape value="square"/><viz:position x="1" y="2" z="0"/>
      </node>
      <node id="b" label="Beta"><viz:color r="51" g="102" b="153"/><viz:size value="10"/>
        <viz:shape value="diamond"/></node>
      <node id="c" label="Gamma"><viz:shape value="image" uri="logo.png"/><viz:size value="0.5"/></node>
      <node id="d" label="Delta"/>
    </nodes>
    <edges>
      <edge id="0" source="a" target="b" label="thick"><viz:color r="204" g="0" b="0" a="1.0"/>
        <viz:thickness value="2.5"/><viz:shape value="dashed"/></edge>
      <edge id="1" source="b" target="c" label="plain"/>
    </edges>
  </graph>
</gexf>)");
    auto map = importIntoNewMap(path, folder.file(QStringLiteral("m.kizuna")));
    auto check = [](const GraphDocument& document) {
        const NodeData* alpha = nodeWithEnglishLabel(document, QStringLiteral("Alpha"));
        REQUIRE(alpha);
        CHECK(alpha->properties.value(kStyleColor) == QStringLiteral("#80ff8800"));
        CHECK(alpha->properties.value(kStyleSize) == QStringLiteral("2.5"));
        CHECK(alpha->properties.value(kStyleShape) == QStringLiteral("rectangle"));
        const NodeData* beta = nodeWithEnglishLabel(document, QStringLiteral("Beta"));
        REQUIRE(beta);
        CHECK(looks(beta->properties) ==
              QStringLiteral("style:color=#336699\nstyle:shape=diamond\nstyle:size=1"));
        const NodeData* gamma = nodeWithEnglishLabel(document, QStringLiteral("Gamma"));
        REQUIRE(gamma); // an image shape is dropped; a tiny size is clamped
        CHECK(looks(gamma->properties) == QStringLiteral("style:size=0.25"));
        const NodeData* delta = nodeWithEnglishLabel(document, QStringLiteral("Delta"));
        REQUIRE(delta);
        CHECK(looks(delta->properties).isEmpty());
        const EdgeData* thick = edgeLabelled(document, QStringLiteral("thick"));
        REQUIRE(thick);
        CHECK(looks(thick->properties) == QStringLiteral("style:color=#cc0000\nstyle:width=2.5"));
        const EdgeData* plain = edgeLabelled(document, QStringLiteral("plain"));
        REQUIRE(plain);
        CHECK(looks(plain->properties).isEmpty());
        // Nothing of the look arrives as another property.
        document.graph().forEachNode([](const NodeData& n) {
            for (const char* raw : {"color", "size", "shape"})
                CHECK_FALSE(n.properties.contains(QLatin1String(raw)));
        });
    };
    check(*map);

    const QString written = folder.file(QStringLiteral("again.gexf"));
    REQUIRE(writeGraphFile(*map, written, GraphFormat::Gexf).ok());
    const QString text = readAll(written);
    CHECK(text.contains(QStringLiteral("<viz:size value=\"25\"/>")));
    CHECK(text.contains(QStringLiteral("<viz:shape value=\"square\"/>")));
    CHECK(text.contains(QStringLiteral("<viz:color r=\"255\" g=\"136\" b=\"0\" a=\"0.502\"/>")));
    CHECK(text.contains(QStringLiteral("<viz:thickness value=\"2.5\"/>")));
    CHECK_FALSE(text.contains(QStringLiteral("style:"))); // all native, none as attributes
    auto again = importIntoNewMap(written, folder.file(QStringLiteral("again.kizuna")));
    check(*again);
}

TEST_CASE("GEXF keeps a shape viz:shape cannot name as an attribute", "[io][style]") {
    TempFolder folder;
    writeBundledMap(folder.file(QStringLiteral("m.kizuna")));
    auto map = openMap(folder.file(QStringLiteral("m.kizuna")));
    addStyleOverrides(*map);
    const QString path = folder.file(QStringLiteral("m.gexf"));
    REQUIRE(writeGraphFile(*map, path, GraphFormat::Gexf).ok());
    const QString text = readAll(path);
    CHECK(text.contains(QStringLiteral("title=\"style:shape\"")));
    CHECK_FALSE(text.contains(QStringLiteral("title=\"style:color\"")));
    CHECK_FALSE(text.contains(QStringLiteral("title=\"style:size\"")));
    CHECK(text.contains(QStringLiteral("<viz:shape value=\"diamond\"/>")));
    auto copy = importIntoNewMap(path, folder.file(QStringLiteral("copy.kizuna")));
    const NodeData& first = *map->graph().node(map->graph().nodeIds().front());
    const NodeData* back = findByLabels(*copy, first.labels);
    REQUIRE(back);
    CHECK(looks(back->properties) == looks(first.properties));
    CHECK(back->properties.value(kStyleShape) == QStringLiteral("hexagon"));
}

TEST_CASE("yEd realizers give node fill, size and shape and edge line colour and width",
          "[io][style]") {
    TempFolder folder;
    const QString path = folder.file(QStringLiteral("yed.graphml"));
    writeFile(path, R"(<?xml version="1.0" encoding="UTF-8" standalone="no"?>
<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:y="http://www.yworks.com/xml/graphml">
  <key for="node" id="d6" yfiles.type="nodegraphics"/>
  <key for="edge" id="d10" yfiles.type="edgegraphics"/>
  <graph edgedefault="directed" id="G">
    <node id="n0"><data key="d6"><y:ShapeNode>
      <y:Geometry height="30.0" width="80.0" x="100.0" y="200.0"/><y:Fill color="#FFCC00" transparent="false"/>
      <y:BorderStyle color="#000000" type="line" width="1.0"/>
      <y:NodeLabel>Rounded</y:NodeLabel><y:Shape type="roundrectangle"/></y:ShapeNode></data></node>
    <node id="n1"><data key="d6"><y:ShapeNode><y:Geometry height="30.0" width="30.0" x="300.0" y="200.0"/>
      <y:Fill color="#33669980" transparent="false"/>
      <y:NodeLabel>Hexagon</y:NodeLabel><y:Shape type="hexagon"/></y:ShapeNode></data></node>
    <node id="n2"><data key="d6"><y:ShapeNode><y:Geometry height="60.0" width="60.0" x="0.0" y="0.0"/>
      <y:Fill hasColor="false" transparent="true"/>
      <y:NodeLabel>Star</y:NodeLabel><y:Shape type="star5"/></y:ShapeNode></data></node>
    <edge id="e0" source="n0" target="n1"><data key="d10"><y:PolyLineEdge>
      <y:LineStyle color="#FF0000" type="line" width="3.0"/><y:Arrows source="none" target="standard"/>
      <y:EdgeLabel>red</y:EdgeLabel></y:PolyLineEdge></data></edge>
  </graph>
</graphml>)");
    auto map = importIntoNewMap(path, folder.file(QStringLiteral("m.kizuna")));
    const NodeData* rounded = nodeWithEnglishLabel(*map, QStringLiteral("Rounded"));
    REQUIRE(rounded);
    CHECK(looks(rounded->properties) == QStringLiteral("style:color=#ffcc00\nstyle:shape="
                                                       "rounded_rectangle\nstyle:size=2.667"));
    const NodeData* hexagon = nodeWithEnglishLabel(*map, QStringLiteral("Hexagon"));
    REQUIRE(hexagon);
    CHECK(looks(hexagon->properties) ==
          QStringLiteral("style:color=#80336699\nstyle:shape=hexagon\nstyle:size=1"));
    const NodeData* star = nodeWithEnglishLabel(*map, QStringLiteral("Star"));
    REQUIRE(star); // no fill, and a shape Kizuna has not: only the size
    CHECK(looks(star->properties) == QStringLiteral("style:size=2"));
    const EdgeData* red = edgeLabelled(*map, QStringLiteral("red"));
    REQUIRE(red);
    CHECK(looks(red->properties) == QStringLiteral("style:color=#ff0000\nstyle:width=3"));
    map->graph().forEachNode(
        [](const NodeData& n) { CHECK_FALSE(n.properties.contains(QStringLiteral("color"))); });

    // Kizuna's GraphML writes no yEd realizers: the overrides travel as data keys.
    auto copy = throughFile(*map, folder, GraphFormat::GraphMl, QStringLiteral("out.graphml"));
    const NodeData* back = nodeWithEnglishLabel(*copy, QStringLiteral("Rounded"));
    REQUIRE(back);
    CHECK(looks(back->properties) == looks(rounded->properties));
    const EdgeData* redBack = edgeLabelled(*copy, QStringLiteral("red"));
    REQUIRE(redBack);
    CHECK(looks(redBack->properties) == looks(red->properties));
}

TEST_CASE("DOT fillcolor, color, shape, width and penwidth import and export", "[io][style]") {
    TempFolder folder;
    const QString path = folder.file(QStringLiteral("in.dot"));
    writeFile(path, R"(digraph g {
  node [shape=box, style=filled];
  a [label="A", fillcolor="#ff880080", color=black, width=1.5];
  b [label="B", color=forestgreen, shape=Mrecord];
  c [label="C", shape=box, style="rounded,filled", height=1];
  d [label="D", shape=star, fillcolor="0.000 1.000 1.000"];
  a -> b [label="ab", color="blue:red", penwidth=2];
  b -> c [label="bc"];
})");
    auto map = importIntoNewMap(path, folder.file(QStringLiteral("m.kizuna")));
    auto check = [](const GraphDocument& document) {
        const NodeData* a = nodeWithEnglishLabel(document, QStringLiteral("A"));
        REQUIRE(a); // fillcolor wins over color; width 1.5 in over Graphviz's 0.75
        CHECK(looks(a->properties) ==
              QStringLiteral("style:color=#80ff8800\nstyle:shape=rectangle\nstyle:size=2"));
        const NodeData* b = nodeWithEnglishLabel(document, QStringLiteral("B"));
        REQUIRE(b);
        CHECK(looks(b->properties) ==
              QStringLiteral("style:color=#228b22\nstyle:shape=rounded_rectangle"));
        const NodeData* c = nodeWithEnglishLabel(document, QStringLiteral("C"));
        REQUIRE(c);
        CHECK(looks(c->properties) ==
              QStringLiteral("style:shape=rounded_rectangle\nstyle:size=2"));
        const NodeData* d = nodeWithEnglishLabel(document, QStringLiteral("D"));
        REQUIRE(d); // star is not a Kizuna shape
        CHECK(looks(d->properties) == QStringLiteral("style:color=#ff0000"));
        const EdgeData* ab = edgeLabelled(document, QStringLiteral("ab"));
        REQUIRE(ab);
        CHECK(looks(ab->properties) == QStringLiteral("style:color=#0000ff\nstyle:width=2"));
        const EdgeData* bc = edgeLabelled(document, QStringLiteral("bc"));
        REQUIRE(bc);
        CHECK(looks(bc->properties).isEmpty());
        document.graph().forEachNode([](const NodeData& n) {
            for (const char* raw : {"color", "fillcolor", "shape", "width", "height"})
                CHECK_FALSE(n.properties.contains(QLatin1String(raw)));
        });
    };
    check(*map);

    const QString written = folder.file(QStringLiteral("out.dot"));
    REQUIRE(writeGraphFile(*map, written, GraphFormat::Dot).ok());
    const QString text = readAll(written);
    CHECK(text.contains(QStringLiteral("fillcolor=\"#ff880080\"")));
    CHECK(text.contains(QStringLiteral("fillcolor=\"#228b22\"")));
    CHECK(text.contains(QStringLiteral("style=\"rounded,filled\"")));
    CHECK(text.contains(QStringLiteral("width=\"1.5\"")));
    CHECK(text.contains(QStringLiteral("penwidth=\"2\"")));
    CHECK(text.contains(QStringLiteral("color=\"#0000ff\"")));
    CHECK_FALSE(text.contains(QStringLiteral("prop.style:")));
    auto again = importIntoNewMap(written, folder.file(QStringLiteral("again.kizuna")));
    check(*again);
}

TEST_CASE("Cytoscape styles and data colours import; Kizuna writes them as element styles",
          "[io][style]") {
    TempFolder folder;
    const QString path = folder.file(QStringLiteral("in.cyjs"));
    writeFile(path, R"JSON({"elements": {
  "nodes": [
    {"data": {"id": "a", "label": "A"},
     "style": {"background-color": "#f80", "background-opacity": 0.5, "width": "45px",
               "shape": "round-rectangle"}},
    {"data": {"id": "b", "label": "B", "color": "rgb(51, 102, 153)"}},
    {"data": {"id": "c", "label": "C", "color": "not a colour"}, "style": {"shape": "star"}}
  ],
  "edges": [
    {"data": {"id": "e", "source": "a", "target": "b", "label": "ab"},
     "style": {"line-color": "red", "width": 6}}
  ]}})JSON");
    auto map = importIntoNewMap(path, folder.file(QStringLiteral("m.kizuna")));
    auto check = [](const GraphDocument& document) {
        const NodeData* a = nodeWithEnglishLabel(document, QStringLiteral("A"));
        REQUIRE(a);
        CHECK(looks(a->properties) == QStringLiteral("style:color=#80ff8800\nstyle:shape="
                                                     "rounded_rectangle\nstyle:size=1.5"));
        const NodeData* b = nodeWithEnglishLabel(document, QStringLiteral("B"));
        REQUIRE(b);
        CHECK(looks(b->properties) == QStringLiteral("style:color=#336699"));
        CHECK_FALSE(b->properties.contains(QStringLiteral("color")));
        const NodeData* c = nodeWithEnglishLabel(document, QStringLiteral("C"));
        REQUIRE(c); // not a colour: an ordinary property
        CHECK(looks(c->properties).isEmpty());
        CHECK(c->properties.value(QStringLiteral("color")) == QStringLiteral("not a colour"));
        const EdgeData* ab = edgeLabelled(document, QStringLiteral("ab"));
        REQUIRE(ab);
        CHECK(looks(ab->properties) == QStringLiteral("style:color=#ff0000\nstyle:width=2"));
    };
    check(*map);

    const QString written = folder.file(QStringLiteral("out.cyjs"));
    REQUIRE(writeGraphFile(*map, written, GraphFormat::CytoscapeJson).ok());
    const QString text = readAll(written);
    CHECK(text.contains(QStringLiteral("\"background-color\": \"#ff8800\"")));
    CHECK(text.contains(QStringLiteral("\"shape\": \"round-rectangle\"")));
    CHECK(text.contains(QStringLiteral("\"line-color\": \"#ff0000\"")));
    CHECK_FALSE(text.contains(QStringLiteral("style:")));
    auto again = importIntoNewMap(written, folder.file(QStringLiteral("again.kizuna")));
    check(*again);
}

TEST_CASE("CSV and Kizuna JSON keep style overrides as ordinary properties", "[io][style]") {
    TempFolder folder;
    writeBundledMap(folder.file(QStringLiteral("m.kizuna")));
    auto map = openMap(folder.file(QStringLiteral("m.kizuna")));
    addStyleOverrides(*map);
    const NodeData& first = *map->graph().node(map->graph().nodeIds().front());
    for (GraphFormat format : {GraphFormat::Csv, GraphFormat::KizunaJson}) {
        const QString name =
            format == GraphFormat::Csv ? QStringLiteral("m.csv") : QStringLiteral("m.json");
        const QString path = folder.file(name);
        REQUIRE(writeGraphFile(*map, path, format).ok());
        CHECK(readAll(path).contains(QStringLiteral("style:color")));
        CsvOptions csv;
        if (format == GraphFormat::Csv)
            csv.edgesPath = defaultEdgesPath(path);
        auto copy = importIntoNewMap(path, folder.file(name + QStringLiteral(".kizuna")), csv);
        const NodeData* back = findByLabels(*copy, first.labels);
        REQUIRE(back);
        CHECK(looks(back->properties) ==
              QStringLiteral("style:color=#80ff8800\nstyle:shape=hexagon\nstyle:size=1.5"));
    }
}
