// GraphDocument's edits: each one is in memory at once and in the file after reopening; invalid
// ones are refused and change nothing.
#include "SampleMap.h"

#include <catch2/catch.hpp>

using namespace kizuna;
using test::requireOk;
using test::SampleMap;
using test::valueOf;

namespace {

// The file, reopened, holds exactly what memory held.
void checkKept(SampleMap& map) {
    const test::MapSnapshot memory = test::snapshotOf(*map.doc);
    map.reopen();
    CHECK(test::snapshotOf(*map.doc) == memory);
}

} // namespace

TEST_CASE("Every edit of a document shows in memory at once and in the file after reopening",
          "[core][document]") {
    SampleMap map;
    GraphDocument* doc = map.doc.get();

    SECTION("addNode") {
        NodeData node;
        node.type = QStringLiteral("company");
        node.labels = Labels{QStringLiteral("Mistral AI"), QStringLiteral("ミストラルAI"), {}};
        node.description = QStringLiteral("An AI lab");
        node.properties = {{QStringLiteral("category"), QStringLiteral("大手")}};
        node.position = QPointF(12.5, -3);
        node.validFrom = QStringLiteral("2021");
        node.validTo = QStringLiteral("2030-06");
        node.id = valueOf(doc->addNode(node));
        CHECK(node.id.value > map.supplies.value);
        CHECK(doc->graph().nodeCount() == 5);
        CHECK(*doc->graph().node(node.id) == node);
        checkKept(map);
        REQUIRE(map.doc->graph().node(node.id));
        CHECK(*map.doc->graph().node(node.id) == node);
    }
    SECTION("addEdge") {
        EdgeData edge{EdgeId(),
                      QStringLiteral("competes_with"),
                      map.china,
                      map.us,
                      QStringLiteral("AI冷戦"),
                      {{QStringLiteral("arena"), QStringLiteral("AI")}},
                      QStringLiteral("2025-01"),
                      QStringLiteral("2025-12-31"),
                      0.25};
        edge.id = valueOf(doc->addEdge(edge));
        CHECK(doc->graph().edgeCount() == 2);
        CHECK(*doc->graph().edge(edge.id) == edge);
        checkKept(map);
        CHECK(*map.doc->graph().edge(edge.id) == edge);
        CHECK(map.doc->graph().incidentEdges(map.china) == std::vector<EdgeId>{edge.id});
    }
    SECTION("updateNode, including a new type that still fits its relations") {
        NodeData node = *doc->graph().node(map.openai);
        node.type = QStringLiteral("lab");
        node.labels.ja = QStringLiteral("オープンAI");
        node.description = QStringLiteral("Maker of GPT-5");
        node.properties.insert(QStringLiteral("founded"), QStringLiteral("2015"));
        node.validFrom = QStringLiteral("2015-12-11");
        node.position = QPointF(-40, 80);
        requireOk(doc->updateNode(node));
        CHECK(*doc->graph().node(map.openai) == node);
        checkKept(map);
        CHECK(*map.doc->graph().node(map.openai) == node);
    }
    SECTION("updateEdge, including a new endpoint") {
        EdgeData edge = *doc->graph().edge(map.supplies);
        edge.target = map.china;
        edge.label = QStringLiteral("GPT-5");
        edge.confidence = 0.5;
        edge.properties.insert(QStringLiteral("price"), QStringLiteral("無償"));
        requireOk(doc->updateEdge(edge));
        CHECK(*doc->graph().edge(map.supplies) == edge);
        CHECK(doc->graph().incidentEdges(map.us).empty());
        checkKept(map);
        CHECK(*map.doc->graph().edge(map.supplies) == edge);
        CHECK(map.doc->graph().incidentEdges(map.china) == std::vector<EdgeId>{map.supplies});
    }
    SECTION("removeEdge, with its citations") {
        requireOk(doc->removeEdge(map.supplies));
        CHECK_FALSE(doc->graph().contains(map.supplies));
        CHECK(doc->provenance().citationsOf(map.supplies.value).empty());
        CHECK(doc->provenance().citationCount() == 1); // the node's citation stays
        checkKept(map);
        CHECK(map.doc->graph().edgeCount() == 0);
        CHECK(map.doc->graph().nodeCount() == 4);
        CHECK(map.doc->provenance().citation(map.nodeCitation));
        CHECK_FALSE(map.doc->provenance().citation(map.edgeCitation));
    }
    SECTION("removeNode, with its edges and their citations") {
        requireOk(doc->removeNode(map.openai));
        CHECK_FALSE(doc->graph().contains(map.openai));
        CHECK_FALSE(doc->graph().contains(map.supplies));
        CHECK(doc->provenance().citationCount() == 0);
        CHECK(doc->provenance().sources().size() == 1); // the source itself stays
        checkKept(map);
        CHECK(map.doc->graph().nodeIds() == std::vector<NodeId>{map.us, map.china, map.anthropic});
        CHECK(map.doc->graph().edgeCount() == 0);
        CHECK(map.doc->provenance().citationCount() == 0);
    }
    SECTION("setPositions") {
        requireOk(doc->setPositions({{map.us, QPointF(1, 2)}, {map.china, QPointF(-3.5, 4)}}));
        CHECK(doc->graph().node(map.us)->position == QPointF(1, 2));
        CHECK(doc->graph().node(map.china)->position == QPointF(-3.5, 4));
        checkKept(map);
        CHECK(map.doc->graph().node(map.us)->position == QPointF(1, 2));
        CHECK(map.doc->graph().node(map.china)->position == QPointF(-3.5, 4));
    }
    SECTION("addSource and addCitation") {
        Source source{SourceId(),
                      QStringLiteral("AI Action Plan"),
                      QStringLiteral("The White House"),
                      QStringLiteral("2025-07-23"),
                      QStringLiteral("https://example.org/plan"),
                      {}};
        source.id = valueOf(doc->addSource(source));
        CHECK(source.id != map.source);
        Citation citation{CitationId(), map.china.value, source.id, QStringLiteral("中国は"),
                          QStringLiteral("section 3")};
        citation.id = valueOf(doc->addCitation(citation));
        CHECK(*doc->provenance().source(source.id) == source);
        CHECK(doc->provenance().citationsOf(map.china.value) == std::vector<Citation>{citation});
        checkKept(map);
        CHECK(*map.doc->provenance().source(source.id) == source);
        CHECK(map.doc->provenance().citationsOf(map.china.value) ==
              std::vector<Citation>{citation});
    }
    SECTION("removeCitation") {
        requireOk(doc->removeCitation(map.nodeCitation));
        CHECK(doc->provenance().citationsOf(map.openai.value).empty());
        checkKept(map);
        CHECK(map.doc->provenance().citationsOf(map.openai.value).empty());
        CHECK(map.doc->provenance().citation(map.edgeCitation));
    }
    SECTION("putNodeType, new and changed") {
        const NodeType network{QStringLiteral("network"), QStringLiteral("Research network"),
                               QStringLiteral("研究ネットワーク"), QStringLiteral("#FF9DA7"),
                               NodeShape::Octagon};
        requireOk(doc->putNodeType(network));
        NodeType company = *doc->schema().nodeType(QStringLiteral("company"));
        company.color = QStringLiteral("#000000");
        company.shape = NodeShape::Diamond;
        requireOk(doc->putNodeType(company));
        CHECK(*doc->schema().nodeType(QStringLiteral("network")) == network);
        CHECK(doc->schema().nodeTypes().size() == 8);
        checkKept(map);
        CHECK(*map.doc->schema().nodeType(QStringLiteral("network")) == network);
        CHECK(*map.doc->schema().nodeType(QStringLiteral("company")) == company);
        CHECK(map.doc->schema().nodeTypes()[3].key == QStringLiteral("company")); // kept its place
    }
    SECTION("putRelationType, which new edges then follow") {
        RelationType basedIn;
        basedIn.key = QStringLiteral("based_in");
        basedIn.nameEn = QStringLiteral("based in");
        basedIn.color = QStringLiteral("#123456");
        basedIn.lineStyle = LineStyle::Dot;
        basedIn.sourceTypes = {QStringLiteral("company"), QStringLiteral("lab")};
        basedIn.targetTypes = {QStringLiteral("country")};
        requireOk(doc->putRelationType(basedIn));
        CHECK(*doc->schema().relationType(QStringLiteral("based_in")) == basedIn);
        EdgeData edge;
        edge.relation = basedIn.key;
        edge.source = map.openai;
        edge.target = map.us;
        valueOf(doc->addEdge(edge));
        checkKept(map);
        CHECK(*map.doc->schema().relationType(QStringLiteral("based_in")) == basedIn);
        CHECK(map.doc->graph().edgeCount() == 2);
    }
    SECTION("setMapInfo") {
        MapInfo info = doc->info();
        info.name = QStringLiteral("米中AI関係");
        info.description = QStringLiteral("Who supplies whom");
        info.defaultLanguage = Language::Zh;
        requireOk(doc->setMapInfo(info));
        CHECK(doc->info() == info);
        checkKept(map);
        CHECK(map.doc->info() == info);
    }
}

TEST_CASE("Invalid edits are refused with a message naming the field and change nothing",
          "[core][document][validation]") {
    SampleMap map;
    map.reopen(); // a freshly opened map, so a refused edit must leave every byte of it as it was
    const QByteArray bytes = test::fileHash(map.path);
    GraphDocument& doc = *map.doc;
    const test::MapSnapshot before = test::snapshotOf(doc);
    NodeData node = SampleMap::node(QStringLiteral("company"), QStringLiteral("xAI"));
    EdgeData edge = test::makeEdge(QStringLiteral("competes_with"), map.us, map.china);
    QString error;

    SECTION("a node with no label in any language") {
        node.labels = Labels{QStringLiteral("  "), QString(), QString()};
        error = doc.addNode(node).error();
        CHECK(error.contains(QStringLiteral("label")));
        NodeData existing = *doc.graph().node(map.us);
        existing.labels = Labels{};
        CHECK(doc.updateNode(existing).error().contains(QStringLiteral("label")));
    }
    SECTION("a node of an unknown type") {
        node.type = QStringLiteral("spaceship");
        error = doc.addNode(node).error();
        CHECK(error.contains(QStringLiteral("spaceship")));
    }
    SECTION("an edge whose relation does not allow its endpoint types") {
        edge = test::makeEdge(QStringLiteral("issued"), map.openai, map.anthropic);
        error = doc.addEdge(edge).error();
        CHECK(error.contains(QStringLiteral("not allowed")));
        EdgeData existing = *doc.graph().edge(map.supplies);
        existing.target = map.anthropic;
        existing.relation = QStringLiteral("issued");
        CHECK(doc.updateEdge(existing).error().contains(QStringLiteral("not allowed")));
    }
    SECTION("an impossible date") {
        node.validFrom = QStringLiteral("2025-13");
        error = doc.addNode(node).error();
        CHECK(error.contains(QStringLiteral("valid_from")));
    }
    SECTION("a confidence above 1") {
        edge.confidence = 1.5;
        error = doc.addEdge(edge).error();
        CHECK(error.contains(QStringLiteral("confidence")));
    }
    SECTION("a position that is not a finite number") {
        error = doc.setPositions({{map.us, QPointF(qQNaN(), 1)}}).error();
        CHECK(error.contains(QStringLiteral("position")));
    }
    SECTION("a node type with a colour that is not #RRGGBB") {
        NodeType type = *doc.schema().nodeType(QStringLiteral("company"));
        type.color = QStringLiteral("red");
        error = doc.putNodeType(type).error();
        CHECK(error.contains(QStringLiteral("colour")));
    }
    SECTION("an end before the start") {
        edge.validFrom = QStringLiteral("2025-07");
        edge.validTo = QStringLiteral("2025-06-30");
        error = doc.addEdge(edge).error();
        CHECK(error.contains(QStringLiteral("before")));
        node.validFrom = QStringLiteral("2025");
        node.validTo = QStringLiteral("2024-12");
        CHECK(doc.addNode(node).error().contains(QStringLiteral("valid_to")));
    }
    INFO("error: " << error.toStdString());
    CHECK_FALSE(error.isEmpty());
    CHECK(test::snapshotOf(*map.doc) == before);
    map.doc.reset();
    CHECK(test::fileHash(map.path) == bytes);
    map.reopen();
    CHECK(test::snapshotOf(*map.doc) == before);
}

TEST_CASE("Ids of deleted nodes are never given out again, even after reopening",
          "[core][document]") {
    SampleMap map;
    const NodeId last = valueOf(
        map.doc->addNode(SampleMap::node(QStringLiteral("person"), QStringLiteral("Temporary"))));
    requireOk(map.doc->removeNode(last));
    map.reopen();
    const NodeId next = valueOf(
        map.doc->addNode(SampleMap::node(QStringLiteral("person"), QStringLiteral("Next"))));
    CHECK(next.value > last.value);
    CHECK_FALSE(map.doc->graph().contains(EdgeId(next.value)));
}
