// Nodes that arrive without a layout are placed next to their neighbours and the map's own
// picture stays as it was (kizuna-cli import; the app's import plans the same change).
#include "IoTestSupport.h"
#include "layout/ForceLayout.h"

#include <QLineF>
#include <QRectF>
#include <catch2/catch.hpp>

using namespace kizuna;
using namespace kizuna::test;

TEST_CASE("Imported nodes without positions are placed beside their neighbours",
          "[io][layout][placement]") {
    TempFolder folder;
    const QString map = folder.file(QStringLiteral("map.kizuna"));
    writeBundledMap(map);
    std::map<NodeId, QPointF> before;
    QPointF openai;
    {
        auto document = openMap(map);
        document->graph().forEachNode([&](const NodeData& n) {
            before[n.id] = *n.position;
            if (n.labels.en == QLatin1String("OpenAI"))
                openai = *n.position;
        });
    }
    writeFile(folder.file(QStringLiteral("n.csv")),
              "id,label,type\nx1,OpenAI,company\nx2,DeepSeek,company\nx3,Qwen,model\n");
    writeFile(folder.file(QStringLiteral("e.csv")),
              "source,target,relation\nx2,x1,competes_with\nx2,x3,develops\n");
    const CliResult result =
        runCli({QStringLiteral("import"), map, folder.file(QStringLiteral("n.csv")),
                QStringLiteral("--edges"), folder.file(QStringLiteral("e.csv")),
                QStringLiteral("--merge-by"), QStringLiteral("label")});
    INFO(result.err.toStdString());
    REQUIRE(result.exitCode == 0);

    auto document = openMap(map);
    QRectF bounds;
    for (const auto& [id, point] : before)
        bounds |= QRectF(point, QSizeF(1, 1));
    int added = 0;
    document->graph().forEachNode([&](const NodeData& n) {
        REQUIRE(n.position);
        if (auto it = before.find(n.id); it != before.end()) {
            CHECK(*n.position == it->second); // the map's nodes did not move
            return;
        }
        ++added;
        if (n.labels.en == QLatin1String("DeepSeek")) // next to OpenAI, its competitor
            CHECK(QLineF(*n.position, openai).length() < bounds.width() / 3);
    });
    CHECK(added == 2);
}

TEST_CASE("Very many unplaced nodes go on a grid beside the map instead",
          "[io][layout][placement]") {
    KnowledgeGraph graph;
    NodeData placed;
    placed.id = NodeId(1);
    placed.type = QStringLiteral("company");
    placed.labels.en = QStringLiteral("placed");
    placed.position = QPointF(100, 50);
    graph.insertNode(placed);
    for (qint64 i = 2; i < qint64(kForcePlacementLimit) + 3; ++i) {
        NodeData node = placed;
        node.id = NodeId(i);
        node.position.reset();
        graph.insertNode(node);
    }
    const auto positions = placeUnpositionedNodes(graph);
    REQUIRE(positions.size() == kForcePlacementLimit + 1);
    for (const auto& [id, point] : positions)
        CHECK(point.x() > 100); // to the right of the placed node, which stays
}
