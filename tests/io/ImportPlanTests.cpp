// planImport: a file's provisional ids become the map's, whatever order and spacing they have.
#include "IoTestSupport.h"

#include <catch2/catch.hpp>

using namespace kizuna;
using namespace kizuna::test;

TEST_CASE("Provisional ids in any order and spacing reach the nodes they name",
          "[io][import][ids]") {
    TempFolder folder;
    const QString map = folder.file(QStringLiteral("map.kizuna"));
    writeBundledMap(map); // not empty: every id is given anew
    auto document = openMap(map);
    const size_t nodesBefore = document->graph().nodeCount();

    // 300 nodes with scattered ids (more runs than the plan keeps as arrays), and relations whose
    // ids fall between the nodes' and run backwards.
    ImportedGraph graph;
    graph.contents.schema = document->schema();
    const int count = 300;
    auto nodeId = [](int i) { return qint64((i * 7919) % 100003) * 3 + 5; };
    for (int i = 0; i < count; ++i) {
        NodeData node;
        node.id = NodeId(nodeId(i));
        node.type = QStringLiteral("company");
        node.labels.en = QStringLiteral("Imported %1").arg(i);
        node.position = QPointF(i, 0);
        graph.contents.nodes.push_back(node);
        graph.nodeKeys.push_back(QString::number(node.id.value));
    }
    for (int i = 0; i + 1 < count; ++i) {
        EdgeData edge;
        edge.id = EdgeId(nodeId(i) + 1 + (count - i) * 1000003);
        edge.relation = QStringLiteral("competes_with");
        edge.source = NodeId(nodeId(i));
        edge.target = NodeId(nodeId(i + 1));
        graph.contents.edges.push_back(edge);
    }
    Source source;
    source.id = SourceId(1);
    source.title = QStringLiteral("Registry");
    graph.contents.sources.push_back(source);
    Citation citation; // of the last relation
    citation.id = CitationId(1);
    citation.elementId = graph.contents.edges.back().id.value;
    citation.source = source.id;
    citation.excerpt = QStringLiteral("row 299");
    graph.contents.citations.push_back(citation);

    const ImportPlan plan = planImport(*document, graph, MergeBy::None);
    REQUIRE(plan.summary.nodesAdded == count);
    REQUIRE(plan.summary.edgesAdded == count - 1);
    const Status applied = document->apply(plan.change);
    INFO(applied.error().toStdString());
    REQUIRE(applied.ok());
    REQUIRE(document->graph().nodeCount() == nodesBefore + size_t(count));

    int checked = 0;
    document->graph().forEachEdge([&](const EdgeData& edge) {
        const QString source = document->graph().node(edge.source)->labels.en;
        if (!source.startsWith(QStringLiteral("Imported ")))
            return;
        const int i = source.mid(9).toInt();
        CHECK(document->graph().node(edge.target)->labels.en ==
              QStringLiteral("Imported %1").arg(i + 1));
        ++checked;
    });
    CHECK(checked == count - 1);
    // The citation went to the relation it named: 298 -> 299.
    bool cited = false;
    document->graph().forEachEdge([&](const EdgeData& edge) {
        for (const Citation& c : document->provenance().citationsOf(edge.id.value))
            if (c.excerpt == QStringLiteral("row 299")) {
                cited = true;
                CHECK(document->graph().node(edge.source)->labels.en ==
                      QStringLiteral("Imported 298"));
            }
    });
    CHECK(cited);
}
