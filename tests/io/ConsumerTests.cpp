// Other tools read what Kizuna writes: networkx (GraphML, GEXF, Cytoscape JSON) and Graphviz (DOT).
#include "IoTestSupport.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <catch2/catch.hpp>

using namespace kizuna;
using namespace kizuna::test;

namespace {

// Prints {"nodes": N, "edges": M, "label_ja": …, "type": …} for the node with id "1".
const char* kReadWithNetworkx = R"PY(
import json, sys
import networkx as nx
path, kind = sys.argv[1], sys.argv[2]
if kind == "graphml":
    g = nx.read_graphml(path)
elif kind == "gexf":
    g = nx.read_gexf(path)
else:
    with open(path, encoding="utf-8") as f:
        data = json.load(f)
    g = nx.cytoscape_graph(data)
    # networkx keeps Cytoscape positions out of node data; take it from the element.
    first = next(e for e in data["elements"]["nodes"] if e["data"]["id"] == "1")
    g.nodes["1"]["x"] = first["position"]["x"]
node = g.nodes["1"]
edge = next(iter(g.edges(data=True)))[2]
print(json.dumps({"nodes": g.number_of_nodes(), "edges": g.number_of_edges(),
                  "label_ja": node.get("label_ja"), "type": node.get("type"),
                  "relation": edge.get("relation"), "x": node.get("x", node.get("viz", {}).get("position", {}).get("x"))},
                 ensure_ascii=False))
)PY";

} // namespace

TEST_CASE(
    "networkx reads Kizuna's GraphML, GEXF and Cytoscape JSON with the right counts and attributes",
    "[io][consumers]") {
    const auto [format, kind] =
        GENERATE(table<GraphFormat, const char*>({{GraphFormat::GraphMl, "graphml"},
                                                  {GraphFormat::Gexf, "gexf"},
                                                  {GraphFormat::CytoscapeJson, "cyjs"}}));
    DYNAMIC_SECTION(kind) {
        TempFolder folder;
        writeBundledMap(folder.file(QStringLiteral("m.kizuna")));
        auto map = openMap(folder.file(QStringLiteral("m.kizuna")));
        addStyleOverrides(*map); // viz:* elements and Cytoscape styles must not upset networkx
        const QString path = folder.file(QStringLiteral("out.") + QLatin1String(kind));
        REQUIRE(writeGraphFile(*map, path, format).ok());
        const QJsonObject read =
            QJsonDocument::fromJson(
                runPython(QLatin1String(kReadWithNetworkx), {path, QLatin1String(kind)}).toUtf8())
                .object();
        CHECK(read.value(QStringLiteral("nodes")).toInt() == int(map->graph().nodeCount()));
        CHECK(read.value(QStringLiteral("edges")).toInt() == int(map->graph().edgeCount()));
        const NodeData& first = *map->graph().node(NodeId(1));
        CHECK(read.value(QStringLiteral("label_ja")).toString() == first.labels.ja);
        CHECK(read.value(QStringLiteral("type")).toString() == first.type);
        CHECK(read.value(QStringLiteral("relation")).toString() ==
              map->graph().edge(map->graph().edgeIds().front())->relation);
        CHECK(read.value(QStringLiteral("x")).toDouble() == Approx(first.position->x()));
    }
}

TEST_CASE("networkx reads Kizuna's DOT through pydot", "[io][consumers]") {
    TempFolder folder;
    writeBundledMap(folder.file(QStringLiteral("m.kizuna")));
    auto map = openMap(folder.file(QStringLiteral("m.kizuna")));
    addStyleOverrides(*map);
    const QString path = folder.file(QStringLiteral("out.dot"));
    REQUIRE(writeGraphFile(*map, path, GraphFormat::Dot).ok());
    // pydot adds a node named "\n" for the line break after the closing brace; it is not ours.
    const QString out = runPython(QStringLiteral(R"PY(
import json, sys
import networkx as nx
g = nx.nx_pydot.read_dot(sys.argv[1])
nodes = [n for n in g.nodes if n.strip() != "\\n" and n.strip()]
print(json.dumps({"nodes": len(nodes), "edges": g.number_of_edges(),
                  "type": g.nodes['"1"' if '"1"' in g.nodes else "1"]["kz_type"].strip('"')}))
)PY"),
                                  {path});
    const QJsonObject read = QJsonDocument::fromJson(out.toUtf8()).object();
    CHECK(read.value(QStringLiteral("nodes")).toInt() == int(map->graph().nodeCount()));
    CHECK(read.value(QStringLiteral("edges")).toInt() == int(map->graph().edgeCount()));
    CHECK(read.value(QStringLiteral("type")).toString() == map->graph().node(NodeId(1))->type);
}

TEST_CASE("Graphviz renders Kizuna's DOT and counts its nodes and edges", "[io][consumers]") {
    TempFolder folder;
    writeBundledMap(folder.file(QStringLiteral("m.kizuna")));
    auto map = openMap(folder.file(QStringLiteral("m.kizuna")));
    addStyleOverrides(*map); // a node's own fill (and one with alpha) reach Graphviz
    const QString path = folder.file(QStringLiteral("out.dot"));
    REQUIRE(writeGraphFile(*map, path, GraphFormat::Dot).ok());

    QProcess gc;
    gc.start(QStringLiteral("gc"), {QStringLiteral("-n"), QStringLiteral("-e"), path});
    REQUIRE(gc.waitForFinished(60000));
    const QStringList counts =
        QString::fromUtf8(gc.readAllStandardOutput()).simplified().split(QLatin1Char(' '));
    REQUIRE(counts.size() >= 2);
    CHECK(counts[0].toInt() == int(map->graph().nodeCount()));
    CHECK(counts[1].toInt() == int(map->graph().edgeCount()));

    QProcess dot;
    dot.start(QStringLiteral("dot"), {QStringLiteral("-Tsvg"), path, QStringLiteral("-o"),
                                      folder.file(QStringLiteral("out.svg"))});
    REQUIRE(dot.waitForFinished(60000));
    INFO(dot.readAllStandardError().toStdString());
    CHECK(dot.exitCode() == 0);
    QFile svg(folder.file(QStringLiteral("out.svg")));
    REQUIRE(svg.open(QIODevice::ReadOnly));
    const QString drawn = QString::fromUtf8(svg.readAll());
    CHECK(drawn.contains(QStringLiteral("AIアクションプラン")));
    CHECK(drawn.contains(QStringLiteral("fill=\"#336699\"")));
    CHECK(drawn.contains(QStringLiteral("fill=\"#ff8800\" fill-opacity=\"0.50")));
    CHECK(drawn.contains(QStringLiteral("stroke=\"#cc0000\" stroke-width=\"2.5\"")));
}
