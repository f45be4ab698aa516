// The app with a map open while kizuna-cli changes the same file: the window catches up, shows
// who changed what, keeps both programs' edits, and its undo never undoes the script's change.
#include "UiTestSupport.h"
#include "main/MapFollower.h"

#include <QStatusBar>
#include <QUndoGroup>
#include <QUndoStack>
#include <catch2/catch.hpp>

using namespace kizuna;
using namespace kizuna::test;

namespace {

void cli(const QStringList& args) {
    const CliResult result = runCli(args);
    INFO(result.err.toStdString());
    REQUIRE(result.exitCode == 0);
}

} // namespace

TEST_CASE("The app catches up with kizuna-cli edits and its undo leaves them alone",
          "[ui][journal][concurrency]") {
    WindowFixture f;
    const NodeId openai = nodeLabelled(f.document(), QStringLiteral("OpenAI"));
    const QPointF start = *f.document().graph().node(openai)->position;

    // The user drags OpenAI in the app.
    const QPoint grab = screenPointOf(f.canvas(), openai);
    QTest::mousePress(f.canvas(), Qt::LeftButton, {}, grab);
    for (int i = 1; i <= 5; ++i)
        QTest::mouseMove(f.canvas(), grab + QPoint(8 * i, 6 * i));
    QTest::mouseRelease(f.canvas(), Qt::LeftButton, {}, grab + QPoint(40, 30));
    const QPointF moved = *f.document().graph().node(openai)->position;
    REQUIRE(moved != start);
    // The committed move is in the canvas's index: the node is found where it now is.
    CHECK(f.canvas()->scene().nodeAt(moved) == openai);
    CHECK_FALSE(f.canvas()->scene().nodeAt(start) == openai);

    // Meanwhile a script renames it and adds a node.
    const size_t nodes = f.document().graph().nodeCount();
    cli({QStringLiteral("set"), f.mapPath, QString::number(openai.value),
         QStringLiteral("label.en"), QStringLiteral("OpenAI Inc"), QStringLiteral("--author"),
         QStringLiteral("script")});
    cli({QStringLiteral("add-node"), f.mapPath, QStringLiteral("--type"), QStringLiteral("company"),
         QStringLiteral("--label"), QStringLiteral("Scripted")});

    SECTION("the window catches up on its next check") {
        f.window->follower()->check();
        CHECK(f.document().graph().node(openai)->labels.en == QStringLiteral("OpenAI Inc"));
        CHECK(f.document().graph().nodeCount() == nodes + 1);
        CHECK(f.canvas()->scene().nodeCount() == nodes + 1);
        CHECK(f.window->statusBar()->currentMessage().contains(QStringLiteral("kizuna-cli")));
        // The scripted node came without a position: the window places it, once.
        QTest::qWait(20);
        const NodeId scripted = nodeLabelled(f.document(), QStringLiteral("Scripted"));
        REQUIRE(scripted.isValid());
        CHECK(f.document().graph().node(scripted)->position.has_value());
        CHECK(openMap(f.mapPath)->graph().node(scripted)->position.has_value());
    }
    SECTION("a new node made in the app before catching up gets a free id") {
        NodeData node;
        node.type = QStringLiteral("lab");
        node.labels.en = QStringLiteral("Made in the app");
        CHECK(f.window->createNode(node, QPointF(0, 0)).isEmpty());
        CHECK(f.document().graph().nodeCount() == nodes + 2);
        // The new node is selected under the id the file gave it (another program took the one
        // this window had in mind).
        const NodeData* made = f.document().graph().node(NodeId(f.canvas()->selectedElement()));
        REQUIRE(made);
        CHECK(made->labels.en == QStringLiteral("Made in the app"));
        f.window->undoGroup()->undo(); // the new node goes again
        CHECK(f.document().graph().nodeCount() == nodes + 1);
    }
    // Undo of the drag puts OpenAI back and keeps the script's name and node.
    f.window->undoGroup()->undo();
    CHECK(*f.document().graph().node(openai)->position == start);
    CHECK(f.document().graph().node(openai)->labels.en == QStringLiteral("OpenAI Inc"));
    auto reopened = f.reopen();
    CHECK(reopened->graph().node(openai)->labels.en == QStringLiteral("OpenAI Inc"));
    CHECK(*reopened->graph().node(openai)->position == start);
    CHECK(nodeLabelled(*reopened, QStringLiteral("Scripted")).isValid());
}

TEST_CASE("The app refuses an edit of a field a script changed meanwhile and shows why",
          "[ui][journal][concurrency]") {
    WindowFixture f;
    const NodeId openai = nodeLabelled(f.document(), QStringLiteral("OpenAI"));
    QUndoStack* stack = f.window->edits()->undoStack();
    NodeData renamed = *f.document().graph().node(openai);
    renamed.labels.en = QStringLiteral("From the app");
    cli({QStringLiteral("set"), f.mapPath, QString::number(openai.value),
         QStringLiteral("label.en"), QStringLiteral("From the script")});
    const int steps = stack->count();
    QString failure;
    QObject::connect(f.window->edits(), &EditController::editFailed,
                     [&](const QString& message) { failure = message; });
    const QString error = f.window->edits()->perform(
        ChangeSet{QStringLiteral("Rename"), {NodeOp{*f.document().graph().node(openai), renamed}}});
    CHECK_FALSE(error.isEmpty());
    CHECK(failure.contains(QStringLiteral("label.en")));
    CHECK(stack->count() == steps);
    CHECK(f.document().graph().node(openai)->labels.en == QStringLiteral("From the script"));
    CHECK(f.window->statusBar()->currentMessage().contains(QStringLiteral("label.en")));
}
