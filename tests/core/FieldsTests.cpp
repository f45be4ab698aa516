// The field codec behind merging and the journal: every kind of value survives fieldsOf and
// withFields, and changedFields names exactly what differs.
#include "SampleMap.h"

#include "document/Fields.h"

#include <catch2/catch.hpp>

using namespace kizuna;

namespace {

template <typename T> void checkRoundTrip(const T& value, const T& blank) {
    CHECK(withFields(blank, fieldsOf(value)) == value);
    CHECK(changedFields(fieldsOf(value), fieldsOf(value)).isEmpty());
}

} // namespace

TEST_CASE("Every kind of map value survives the field codec", "[core][journal]") {
    NodeData node = test::makeNode(QStringLiteral("company"), Labels{"OpenAI", "オープンAI", {}});
    node.description = QStringLiteral("Lab");
    node.properties = {{QStringLiteral("hq"), QStringLiteral("SF")}};
    node.position = QPointF(1.5, -2);
    node.validFrom = QStringLiteral("2025-07");
    checkRoundTrip(node, NodeData{node.id});

    EdgeData edge = test::makeEdge(QStringLiteral("funds"), NodeId(1), NodeId(2));
    edge.label = QStringLiteral("seed");
    edge.confidence = 0.7;
    edge.properties = {{QStringLiteral("usd"), QStringLiteral("5m")}};
    checkRoundTrip(edge, EdgeData{edge.id});

    const NodeType nodeType{QStringLiteral("lab"), QStringLiteral("Lab"), QStringLiteral("研究所"),
                            QStringLiteral("#112233"), NodeShape::Hexagon};
    checkRoundTrip(nodeType, NodeType{});
    RelationType relation{QStringLiteral("funds"), QStringLiteral("Funds"), QStringLiteral("出資"),
                          QStringLiteral("#445566")};
    relation.lineStyle = LineStyle::Dash;
    relation.directed = false;
    relation.sourceTypes = {QStringLiteral("company")};
    relation.targetTypes = {QStringLiteral("lab"), QStringLiteral("model")};
    checkRoundTrip(relation, RelationType{});

    const Source source{SourceId(3),
                        QStringLiteral("Article"),
                        QStringLiteral("Paper"),
                        QStringLiteral("2025-07"),
                        QStringLiteral("https://x"),
                        {}};
    checkRoundTrip(source, Source{source.id});
    const Citation citation{CitationId(4), 7, SourceId(3), QStringLiteral("quote"),
                            QStringLiteral("p. 2")};
    checkRoundTrip(citation, Citation{citation.id});
    const MapInfo info{QStringLiteral("Map"), QStringLiteral("About"),
                       QStringLiteral("2026-12-02T00:00:00Z"), Language::Ja};
    checkRoundTrip(info, MapInfo{});

    NodeData renamed = node;
    renamed.labels.ja = QStringLiteral("OpenAI社");
    renamed.properties.remove(QStringLiteral("hq"));
    CHECK(changedFields(fieldsOf(node), fieldsOf(renamed)) ==
          QStringList{QStringLiteral("label.ja"), QStringLiteral("prop.hq")});
}
