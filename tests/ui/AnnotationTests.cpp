// Text boxes and callouts: placed, moved, edited and deleted with undo, kept in the map file,
// carried by Kizuna JSON, and drawn in exports.
#include "UiTestSupport.h"
#include "document/Edits.h"
#include "export/DiagramExport.h"
#include "io/GraphFormats.h"
#include "io/ImportPlan.h"
#include "io/MapJsonWriter.h"

#include <QUndoGroup>
#include <QUndoStack>
#include <catch2/catch.hpp>

using namespace kizuna;
using namespace kizuna::test;

TEST_CASE("A text box is placed, moved by dragging and deleted, each one undo step",
          "[ui][annotations]") {
    WindowFixture f;
    const QPoint spot = emptyCanvasPoint(f.canvas());
    REQUIRE(f.canvas()
                ->addTextBox(f.canvas()->screenToWorld(spot),
                             QStringLiteral("Draft — check with the desk"))
                .isEmpty());
    REQUIRE(f.document().annotations().size() == 1);
    const Annotation placed = f.document().annotations().begin()->second;
    QUndoStack* stack = f.window->edits()->undoStack();
    const int steps = stack->count();

    // Inside the box (its middle, near the top), however small the zoom that fits the map.
    const QPoint grab =
        f.canvas()->worldToScreen(placed.position + QPointF(placed.width / 2, 8)).toPoint();
    QTest::mousePress(f.canvas(), Qt::LeftButton, {}, grab);
    QTest::mouseMove(f.canvas(), grab + QPoint(30, 20));
    QTest::mouseRelease(f.canvas(), Qt::LeftButton, {}, grab + QPoint(30, 20));
    CHECK(stack->count() == steps + 1);
    const Annotation moved = f.document().annotations().begin()->second;
    CHECK(moved.position.x() == Approx(placed.position.x() + 30 / f.canvas()->zoom()).margin(0.2));
    CHECK(moved.text == placed.text);

    QTest::keyClick(f.canvas(), Qt::Key_Delete);
    CHECK(f.document().annotations().empty());
    f.window->undoGroup()->undo();
    REQUIRE(f.document().annotations().size() == 1);
    CHECK(f.document().annotations().begin()->second == moved);
    auto reopened = f.reopen();
    REQUIRE(reopened->annotations().size() == 1);
    CHECK(reopened->annotations().begin()->second == moved);
}

TEST_CASE("A callout follows its node: detached when the node is deleted, pointed again on undo",
          "[ui][annotations]") {
    WindowFixture f;
    const NodeId openai = nodeLabelled(f.document(), QStringLiteral("OpenAI"));
    REQUIRE(f.canvas()
                ->addCallout(openai.value, QStringLiteral("Supplies GPT-5 free of charge"))
                .isEmpty());
    const AnnotationId id = f.document().annotations().begin()->first;
    CHECK(f.document().annotations().at(id).target == openai.value);
    REQUIRE(f.canvas()
                ->setAnnotationText(id, QStringLiteral("GPT-5: free for federal agencies"))
                .isEmpty());

    f.canvas()->select(openai.value);
    f.canvas()->deleteSelection();
    CHECK_FALSE(f.document().graph().contains(openai));
    CHECK(f.document().annotations().at(id).target == 0); // kept, as a plain text box
    f.window->undoGroup()->undo();
    CHECK(f.document().annotations().at(id).target == openai.value);
    CHECK(f.document().annotations().at(id).text ==
          QStringLiteral("GPT-5: free for federal agencies"));
}

TEST_CASE("Annotations travel in Kizuna JSON and appear in exported diagrams",
          "[ui][annotations]") {
    TempFolder folder;
    writeBundledMap(folder.file(QStringLiteral("m.kizuna")));
    auto map = openMap(folder.file(QStringLiteral("m.kizuna")));
    Annotation note;
    note.text = QStringLiteral("注: 2025年7月時点");
    note.position = QPointF(-200, -150);
    note.target = map->graph().nodeIds().front().value;
    REQUIRE(map->apply(addAnnotationChange(*map, note)).ok());
    SavedView view; // views travel in Kizuna JSON too
    view.name = QStringLiteral("first two");
    view.shown = {map->graph().nodeIds()[0].value, map->graph().nodeIds()[1].value};
    view.zoom = 0.8;
    REQUIRE(map->apply(saveViewChange(*map, view)).ok());

    const QString json = folder.file(QStringLiteral("m.json"));
    REQUIRE(writeGraphFile(*map, json, GraphFormat::KizunaJson).ok());
    auto copy = GraphDocument::create(folder.file(QStringLiteral("copy.kizuna")), MapInfo{});
    REQUIRE(copy.ok());
    auto graph = readGraphFile(json, GraphFormat::KizunaJson, copy.value()->schema());
    REQUIRE(graph.ok());
    REQUIRE(
        copy.value()->apply(planImport(*copy.value(), graph.value(), MergeBy::None).change).ok());
    CHECK(mapJson(*copy.value()) == mapJson(*map));

    DiagramOptions options;
    options.language = Language::Ja;
    auto svg = renderDiagram(*map, DiagramFormat::Svg, options);
    REQUIRE(svg.ok());
    CHECK(QString::fromUtf8(svg.value()).contains(QStringLiteral("2025")));
    CHECK(QString::fromUtf8(svg.value()).contains(QStringLiteral("時点")));
}
