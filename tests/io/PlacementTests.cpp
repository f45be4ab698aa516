// Nodes that arrive without a layout are placed next to their neighbours and the map's own
// picture stays as it was (kizuna-cli import; the app's import plans the same change).
#include "IoTestSupport.h"
#include "layout/ForceLayout.h"
#include "layout/Placement.h"

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

TEST_CASE("An import of very many unplaced nodes puts them on the grid the whole map would get",
          "[io][layout][placement]") {
    KnowledgeGraph graph;
    NodeData base;
    base.type = QStringLiteral("company");
    base.labels.en = QStringLiteral("n");
    for (qint64 i = 1; i <= 3; ++i) {
        NodeData node = base;
        node.id = NodeId(i * 1000000);
        node.position = QPointF(100.0 * double(i), -50.0 * double(i));
        graph.insertNode(node);
    }
    ChangeSet change;
    // One node of the map moves far to the right (the grid starts beyond it), one is removed.
    NodeData moved = *graph.node(NodeId(1000000));
    moved.position = QPointF(50000, 20);
    change.operations.push_back(NodeOp{*graph.node(NodeId(1000000)), moved});
    change.operations.push_back(NodeOp{*graph.node(NodeId(3000000)), std::nullopt});
    // New nodes with ids below, between and above the map's, a few of them placed.
    for (qint64 i = 0; i < qint64(kForcePlacementLimit) + 200; ++i) {
        NodeData node = base;
        node.id = NodeId(i * 997 % 4000000 + 1);
        if (i % 50 == 0)
            node.position = QPointF(double(i), -double(i));
        change.operations.push_back(NodeOp{std::nullopt, node});
    }
    // What the whole map as the change leaves it would give.
    KnowledgeGraph after;
    graph.forEachNode([&](const NodeData& node) {
        if (node.id != NodeId(3000000))
            after.insertNode(node.id == moved.id ? moved : node);
    });
    for (const Operation& operation : change.operations)
        if (auto* op = std::get_if<NodeOp>(&operation); op && op->after && !op->before)
            after.insertNode(*op->after);
    std::map<NodeId, QPointF> expected;
    for (const auto& [id, point] : placeUnpositionedNodes(after))
        expected[id] = point;

    placeNewNodes(graph, change);
    size_t placed = 0;
    for (const Operation& operation : change.operations)
        if (auto* op = std::get_if<NodeOp>(&operation); op && op->after && !op->before) {
            REQUIRE(op->after->position);
            if (expected.count(op->after->id)) {
                CHECK(*op->after->position == expected.at(op->after->id));
                CHECK(op->after->position->x() > 50000);
                ++placed;
            }
        }
    CHECK(placed == kForcePlacementLimit + 200 - (kForcePlacementLimit + 200 + 49) / 50);
    CHECK(placed > kForcePlacementLimit); // the grid, not the force placement
}
