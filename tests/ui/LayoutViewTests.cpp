// Layouts from the Layout menu (one undo step, the selection respected) and saved views that
// bring back their filter, styling and own layout exactly; and the same from kizuna-cli.
#include "UiTestSupport.h"
#include "document/Edits.h"
#include "main/LayoutActions.h"
#include "panels/MetricsPanel.h"
#include "panels/ViewsPanel.h"

#include <QCheckBox>
#include <QFile>
#include <QListWidget>
#include <QUndoStack>
#include <catch2/catch.hpp>

using namespace kizuna;
using namespace kizuna::test;

namespace {

std::map<NodeId, QPointF> mapPositions(const GraphDocument& document) {
    std::map<NodeId, QPointF> positions;
    document.graph().forEachNode(
        [&](const NodeData& node) { positions[node.id] = node.position.value_or(QPointF()); });
    return positions;
}

std::map<NodeId, QPointF> drawnPositions(const GraphCanvas& canvas) {
    std::map<NodeId, QPointF> positions;
    for (const NodeVisual& node : canvas.scene().nodes())
        positions[node.id] = node.position;
    return positions;
}

} // namespace

TEST_CASE("Applying a layout is one undo step", "[ui][layout]") {
    WindowFixture f;
    const auto before = mapPositions(f.document());
    QUndoStack* undo = f.window->edits()->undoStack();
    const int steps = undo->count();
    REQUIRE(f.window->layouts()->apply(LayoutAlgorithm::Circular).isEmpty());
    CHECK(undo->count() == steps + 1);
    CHECK(undo->undoText() == QStringLiteral("Layout: circular"));
    const auto after = mapPositions(f.document());
    CHECK(after != before);
    QTest::qWait(400); // the animation ends on the committed positions
    CHECK(drawnPositions(*f.canvas()) == after);
    undo->undo();
    CHECK(mapPositions(f.document()) == before);
    undo->redo();
    CHECK(mapPositions(f.document()) == after);

    SECTION("with nodes selected, only they move (force: they stay)") {
        const NodeId us = nodeLabelled(f.document(), QStringLiteral("United States"));
        const NodeId china = nodeLabelled(f.document(), QStringLiteral("China"));
        const NodeId japan = nodeLabelled(f.document(), QStringLiteral("Japan"));
        f.canvas()->setSelection({us.value, china.value, japan.value});
        const auto start = mapPositions(f.document());
        REQUIRE(f.window->layouts()->apply(LayoutAlgorithm::Grid).isEmpty());
        auto moved = mapPositions(f.document());
        for (const auto& [id, point] : moved)
            if (id != us && id != china && id != japan)
                CHECK(point == start.at(id));
        const auto gridded = mapPositions(f.document());
        REQUIRE(f.window->layouts()->apply(LayoutAlgorithm::Force).isEmpty());
        moved = mapPositions(f.document());
        for (NodeId id : {us, china, japan})
            CHECK(moved.at(id) == gridded.at(id));
    }
    SECTION("every algorithm gives every node a finite place") {
        for (auto algorithm : {LayoutAlgorithm::Force, LayoutAlgorithm::Layered,
                               LayoutAlgorithm::Radial, LayoutAlgorithm::Grid}) {
            REQUIRE(f.window->layouts()->apply(algorithm).isEmpty());
            for (const auto& [id, point] : mapPositions(f.document())) {
                CHECK(std::isfinite(point.x()));
                CHECK(std::isfinite(point.y()));
            }
        }
    }
}

TEST_CASE("A saved view brings back its filter, timeline, styling and own layout", "[ui][views]") {
    WindowFixture f;
    ViewFilter filter;
    filter.hiddenNodeTypes = {QStringLiteral("person")};
    filter.from = QStringLiteral("2025-01");
    filter.to = QStringLiteral("2025-12");
    f.canvas()->setFilter(filter);
    f.window->metrics()->applyStyling(QStringLiteral("pagerank"), QStringLiteral("community"));
    REQUIRE(f.window->layouts()->apply(LayoutAlgorithm::Radial).isEmpty());
    f.canvas()->setCamera(QPointF(10, 20), 0.8);
    const auto drawn = drawnPositions(*f.canvas());
    REQUIRE(f.window->views()->saveCurrentView(QStringLiteral("Radial 2025"), true).isEmpty());
    const SavedView* saved = f.document().view(QStringLiteral("Radial 2025"));
    REQUIRE(saved);
    CHECK(saved->filter == filter);
    CHECK(saved->sizeBy == QStringLiteral("pagerank"));
    CHECK(saved->positions == drawn);

    // Everything changes: the map's layout, the filter, the styling.
    REQUIRE(f.window->layouts()->apply(LayoutAlgorithm::Grid).isEmpty());
    f.window->views()->showEverything();
    f.window->metrics()->applyStyling({}, {});
    REQUIRE(drawnPositions(*f.canvas()) != drawn);

    f.window->views()->showView(saved->id);
    CHECK(f.canvas()->filter() == filter);
    CHECK(f.canvas()->sizeBy() == QStringLiteral("pagerank"));
    CHECK(f.canvas()->colourBy() == QStringLiteral("community"));
    CHECK(drawnPositions(*f.canvas()) == drawn);
    CHECK(f.canvas()->zoom() == Approx(0.8));

    SECTION("moving a node in the view changes the view, not the map") {
        const auto mapBefore = mapPositions(f.document());
        const NodeId us = nodeLabelled(f.document(), QStringLiteral("United States"));
        REQUIRE(f.canvas()->applyPositions({{us, QPointF(-999, 999)}}, QString()).isEmpty());
        CHECK(mapPositions(f.document()) == mapBefore);
        CHECK(f.document().view(QStringLiteral("Radial 2025"))->positions.at(us) ==
              QPointF(-999, 999));
        CHECK(f.window->edits()->undoStack()->undoText() ==
              QStringLiteral("Move in view “Radial 2025”"));
        f.window->edits()->undoStack()->undo();
        CHECK(f.document().view(QStringLiteral("Radial 2025"))->positions.at(us) == drawn.at(us));
    }
    SECTION("after reopening the map") {
        auto reopened = f.reopen();
        const SavedView* again = reopened->view(QStringLiteral("Radial 2025"));
        REQUIRE(again);
        CHECK(again->positions == drawn);
        CHECK(again->filter == filter);
    }
}

TEST_CASE("kizuna-cli layout lays out, and export --view draws the view's filter",
          "[ui][layout][cli]") {
    TempFolder folder;
    const QString map = folder.file(QStringLiteral("m.kizuna"));
    writeBundledMap(map);
    SECTION("each algorithm saves new positions as one edit") {
        for (const char* algorithm : {"force", "circular", "layered", "radial", "grid"}) {
            const QByteArray before = fileHash(map);
            const CliResult result =
                runCli({QStringLiteral("layout"), map, QStringLiteral("--algorithm"),
                        QString::fromLatin1(algorithm)});
            INFO(result.err.toStdString());
            CHECK(result.exitCode == 0);
            CHECK(result.out.startsWith(QStringLiteral("laid out 40 nodes")));
            CHECK(fileHash(map) != before);
        }
        auto document = openMap(map);
        const NodeId us = nodeLabelled(*document, QStringLiteral("United States"));
        document.reset();
        const QPointF centre = [&] {
            auto d = openMap(map);
            return *d->graph().node(us)->position;
        }();
        REQUIRE(runCli({QStringLiteral("layout"), map, QStringLiteral("--algorithm"),
                        QStringLiteral("radial"), QStringLiteral("--centre"),
                        QStringLiteral("United States")})
                    .exitCode == 0);
        CHECK(*openMap(map)->graph().node(us)->position == centre);
    }
    SECTION("bad arguments change nothing") {
        const QByteArray before = fileHash(map);
        CHECK(runCli({QStringLiteral("layout"), map, QStringLiteral("--algorithm"),
                      QStringLiteral("spring")})
                  .exitCode == 2);
        const CliResult unknown = runCli({QStringLiteral("layout"), map,
                                          QStringLiteral("--algorithm"), QStringLiteral("radial"),
                                          QStringLiteral("--centre"), QStringLiteral("Atlantis")});
        CHECK(unknown.exitCode == 1);
        CHECK(unknown.err.contains(QStringLiteral("--centre")));
        CHECK(fileHash(map) == before);
    }
    SECTION("a view without countries exports without them, and views --json lists its filter") {
        {
            auto document = openMap(map);
            SavedView view;
            view.name = QStringLiteral("No countries");
            view.filter.hiddenNodeTypes = {QStringLiteral("country")};
            view.colourBy = QStringLiteral("community");
            view.language = Language::En;
            REQUIRE(document->apply(saveViewChange(*document, view)).ok());
        }
        const QString svg = folder.file(QStringLiteral("v.svg"));
        const CliResult result = runCli({QStringLiteral("export"), map, svg,
                                         QStringLiteral("--view"), QStringLiteral("No countries"),
                                         QStringLiteral("--as-of"), QStringLiteral("2026-01-01")});
        INFO(result.err.toStdString());
        REQUIRE(result.exitCode == 0);
        QFile file(svg);
        REQUIRE(file.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(file.readAll());
        CHECK(text.contains(QStringLiteral("OpenAI")));
        CHECK_FALSE(text.contains(QStringLiteral("United Kingdom")));
        CHECK(text.contains(QStringLiteral("Node colour: Community"))); // the legend says so
        const CliResult views = runCli({QStringLiteral("views"), map, QStringLiteral("--json")});
        CHECK(views.out.contains(QStringLiteral("\"hidden_node_types\":[\"country\"]")));
    }
}
