#include "UiTestSupport.h"
#include "canvas/GraphCanvas.h"
#include "document/GraphDocument.h"
#include "main/MainWindow.h"
#include "panels/FilterPanel.h"
#include "panels/InspectorPanel.h"

#include <QFile>
#include <QListWidget>
#include <QMessageBox>
#include <QSettings>
#include <QTest>
#include <catch2/catch.hpp>

using namespace kizuna;

namespace {

using test::WindowFixture;

NodeId nodeWithJapaneseLabel(const GraphDocument& document, const QString& label) {
    for (NodeId id : document.graph().nodeIds())
        if (document.graph().node(id)->labels.ja == label)
            return id;
    FAIL("no node labelled " << label.toStdString());
    return {};
}

} // namespace

TEST_CASE("The main window shows the bundled map with one canvas item per node and edge",
          "[ui][window]") {
    WindowFixture f;
    const GraphDocument& document = *f.window->document();
    REQUIRE(document.graph().nodeCount() >= 30);
    CHECK(f.window->canvas()->scene().nodeCount() == document.graph().nodeCount());
    CHECK(f.window->canvas()->scene().edgeCount() == document.graph().edgeCount());
    CHECK(f.window->windowTitle().contains(document.info().name));

    SECTION("after fitting, every node is inside the canvas") {
        f.window->canvas()->fitToWindow();
        const QRect area = f.window->canvas()->rect();
        for (NodeId id : document.graph().nodeIds()) {
            const QPointF p = *f.window->canvas()->screenPosition(id);
            CHECK(area.contains(p.toPoint()));
        }
    }
    SECTION("nodes are drawn in their type's colour") {
        f.window->canvas()->fitToWindow();
        const QImage image = f.window->canvas()->grab().toImage();
        const NodeId plan = nodeWithJapaneseLabel(document, QStringLiteral("AIアクションプラン"));
        const QPoint at = f.window->canvas()->screenPosition(plan)->toPoint();
        const QColor policyColour(document.schema().nodeType(QStringLiteral("policy"))->color);
        CHECK(image.pixelColor(at) == policyColour);
    }
    SECTION("the map was recorded as the last one opened") {
        CHECK(f.settings.value(QStringLiteral("recentMaps"))
                  .toStringList()
                  .value(0)
                  .endsWith(QStringLiteral("bundled.kizuna")));
    }
}

TEST_CASE("Clicking a node shows its labels and cited sources in the inspector", "[ui][window]") {
    WindowFixture f;
    GraphCanvas* canvas = f.window->canvas();
    canvas->fitToWindow();
    const NodeId plan =
        nodeWithJapaneseLabel(*f.window->document(), QStringLiteral("AIアクションプラン"));
    QTest::mouseClick(canvas, Qt::LeftButton, {}, canvas->screenPosition(plan)->toPoint());

    CHECK(canvas->selectedElement() == plan.value);
    const QString text = f.window->inspector()->plainText();
    CHECK(text.contains(QStringLiteral("AIアクションプラン")));
    CHECK(text.contains(QStringLiteral("2025-07")));
    CHECK(text.contains(QStringLiteral("アメリカの「オープンソースAI戦略」と世界のAI覇権競争")));

    SECTION("clicking empty canvas clears the selection") {
        QTest::mouseClick(canvas, Qt::LeftButton, {}, QPoint(2, 2));
        CHECK(canvas->selectedElement() == 0);
        CHECK(f.window->inspector()->plainText().contains(QStringLiteral("Click a node")));
    }
}

TEST_CASE("Clicking an edge shows its relation and endpoints", "[ui][window]") {
    WindowFixture f;
    GraphCanvas* canvas = f.window->canvas();
    canvas->fitToWindow();
    const GraphDocument& document = *f.window->document();
    // The middle of the first edge's path that no node or name covers (names are drawn above
    // edges, and clicking one selects its node).
    QPointF middle;
    bool found = false;
    for (const EdgeVisual& edge : canvas->scene().edges()) {
        const QPointF world = edge.path().pointAtPercent(0.5);
        if (canvas->scene().nodeAt(world) ||
            canvas->scene().labelAt(world, canvas->zoom(), LabelSizing{}))
            continue;
        middle = canvas->worldToScreen(world);
        found = true;
        break;
    }
    REQUIRE(found);
    QTest::mouseClick(canvas, Qt::LeftButton, {}, middle.toPoint());
    REQUIRE(canvas->selectedElement() != 0);
    const EdgeData* selected = document.graph().edge(EdgeId(canvas->selectedElement()));
    REQUIRE(selected);
    const QString text = f.window->inspector()->plainText();
    CHECK(text.contains(document.displayLabel(selected->source)));
    CHECK(text.contains(document.displayLabel(selected->target)));
}

TEST_CASE("The mouse wheel zooms around the cursor", "[ui][canvas]") {
    WindowFixture f;
    GraphCanvas* canvas = f.window->canvas();
    const QPointF cursor(300, 200);
    const QPointF before = canvas->screenToWorld(cursor);
    const double zoom = canvas->zoom();
    QWheelEvent wheel(cursor, canvas->mapToGlobal(cursor), QPoint(), QPoint(0, 240), Qt::NoButton,
                      Qt::NoModifier, Qt::NoScrollPhase, false);
    QApplication::sendEvent(canvas, &wheel);
    CHECK(canvas->zoom() > zoom * 1.3);
    const QPointF after = canvas->screenToWorld(cursor);
    CHECK(after.x() == Approx(before.x()).margin(1e-6));
    CHECK(after.y() == Approx(before.y()).margin(1e-6));
}

TEST_CASE("Dragging empty canvas pans the view", "[ui][canvas]") {
    WindowFixture f;
    GraphCanvas* canvas = f.window->canvas();
    const QPoint start(3, 3);
    const QPointF worldBefore = canvas->screenToWorld(start);
    QTest::mousePress(canvas, Qt::LeftButton, {}, start);
    QMouseEvent move(QEvent::MouseMove, QPointF(103, 53), canvas->mapToGlobal(QPointF(103, 53)),
                     Qt::NoButton, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(canvas, &move);
    QTest::mouseRelease(canvas, Qt::LeftButton, {}, QPoint(103, 53));
    // The world point that was under the cursor moved with it.
    const QPointF worldAfter = canvas->screenToWorld(QPointF(103, 53));
    CHECK(worldAfter.x() == Approx(worldBefore.x()).margin(1e-6));
    CHECK(worldAfter.y() == Approx(worldBefore.y()).margin(1e-6));
}

TEST_CASE("Reopening a map shows the same picture", "[ui][window]") {
    WindowFixture f;
    std::vector<QPointF> before;
    for (const NodeVisual& node : f.window->canvas()->scene().nodes())
        before.push_back(node.position);
    f.window.reset();
    MainWindow again(f.settings);
    REQUIRE(again.openMap(f.mapPath).isEmpty());
    std::vector<QPointF> after;
    for (const NodeVisual& node : again.canvas()->scene().nodes())
        after.push_back(node.position);
    CHECK(after == before);
}

TEST_CASE("A file that is not a map is refused and the open map stays", "[ui][window]") {
    WindowFixture f;
    const QString bogus = f.folder.file(QStringLiteral("notes.kizuna"));
    QFile file(bogus);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write("these are my notes, not a map\n");
    file.close();
    const QString error = f.window->openMap(bogus);
    CHECK(error.contains(QStringLiteral("not a Kizuna map")));
    CHECK(f.window->document()->path() == f.mapPath);
    CHECK(f.window->canvas()->scene().nodeCount() == f.window->document()->graph().nodeCount());
}

TEST_CASE("Opening a map from the menu reads it on a worker and shows it, a bad file says why",
          "[ui][window]") {
    WindowFixture f;
    const QString other = f.folder.file(QStringLiteral("other.kizuna"));
    test::writeBundledMap(other);
    REQUIRE(f.window->openMapInteractively(other));
    CHECK(f.window->document()->path() == other);
    CHECK(f.canvas()->scene().nodeCount() == f.document().graph().nodeCount());
    CHECK(f.canvas()->scene().nodeCount() > 30);

    const QString bad = f.folder.file(QStringLiteral("bad.kizuna"));
    QFile file(bad);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write("not a map at all");
    file.close();
    QString shown;
    test::whenModalOpens([&](QWidget* widget) {
        if (auto* box = qobject_cast<QMessageBox*>(widget)) {
            shown = box->text();
            box->accept();
        } else {
            widget->close();
        }
    });
    CHECK_FALSE(f.window->openMapInteractively(bad));
    CHECK(shown.contains(QStringLiteral("bad.kizuna")));
    CHECK(f.window->document()->path() == other); // the map shown stays
}

// A big map's panels are set up one event at a time after it is shown, so the window keeps
// answering; each gets the map, and a map replaced meanwhile does not reach them.
TEST_CASE("A big map's panels are set up in turn after the map is shown", "[ui][window][open]") {
    test::WindowFixture f;
    f.window->canvas()->setLayerThreshold(10); // the bundled map counts as big
    const QString copy = f.folder.file(QStringLiteral("copy.kizuna"));
    REQUIRE(QFile::copy(f.mapPath, copy));
    REQUIRE(f.window->openMap(copy).isEmpty());
    CHECK(f.window->canvas()->scene().nodeCount() == f.document().graph().nodeCount());
    CHECK(f.window->filters()->nodeTypes()->count() == 0); // not yet
    QTRY_VERIFY(f.window->filters()->nodeTypes()->count() ==
                int(f.document().schema().nodeTypes().size()));

    SECTION("a map opened before the panels' turn came replaces them") {
        REQUIRE(f.window->openMap(f.mapPath).isEmpty());
        REQUIRE(f.window->openMap(copy).isEmpty());
        QTest::qWait(50);
        CHECK(f.window->filters()->nodeTypes()->count() ==
              int(f.document().schema().nodeTypes().size()));
    }
}
