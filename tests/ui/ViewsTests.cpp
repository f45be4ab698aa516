// Saved views: what the canvas shows, saved by name in the map, shown again exactly, and
// exported by name from the command line.
#include "UiTestSupport.h"
#include "document/Edits.h"
#include "panels/ViewsPanel.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QListWidget>
#include <QUndoGroup>
#include <QUndoStack>
#include <catch2/catch.hpp>

using namespace kizuna;
using namespace kizuna::test;

TEST_CASE("A saved view brings back the same picture, also after reopening the map",
          "[ui][views]") {
    WindowFixture f;
    const NodeId us = nodeLabelled(f.document(), QStringLiteral("United States"));
    const NodeId china = nodeLabelled(f.document(), QStringLiteral("China"));
    const NodeId openai = nodeLabelled(f.document(), QStringLiteral("OpenAI"));
    f.canvas()->setSelection({us.value, china.value, openai.value});
    f.window->views()->showSelectionOnly();
    f.canvas()->setLabelLanguage(Language::En);
    f.canvas()->setCamera(QPointF(120, -40), 1.7);
    REQUIRE(f.canvas()->scene().nodeCount() == 3);
    REQUIRE(f.window->views()->saveCurrentView(QStringLiteral("US–China core")).isEmpty());
    CHECK(f.window->views()->list()->count() == 1);
    CHECK(f.window->edits()->undoStack()->undoText() ==
          QStringLiteral("Save view “US–China core”"));

    f.window->views()->showEverything();
    f.canvas()->setLabelLanguage(Language::Ja);
    REQUIRE(f.canvas()->scene().nodeCount() == f.document().graph().nodeCount());
    const ViewId id = f.document().views().begin()->first;
    f.window->views()->showView(id);
    CHECK(f.canvas()->scene().nodeCount() == 3);
    CHECK(f.canvas()->labelLanguage() == Language::En);
    CHECK(f.canvas()->zoom() == Approx(1.7));
    CHECK(f.canvas()->centre() == QPointF(120, -40));

    SECTION("a view's name is unique") {
        SavedView other;
        other.name = QStringLiteral("US–China core");
        other.shown = {us.value};
        ChangeSet change = saveViewChange(f.document(), other); // same name: updates that view
        REQUIRE(change.operations.size() == 1);
        CHECK(std::get<ViewOp>(change.operations.front()).before.has_value());
    }
    SECTION("it is in the map file") {
        auto reopened = f.reopen();
        const SavedView* saved = reopened->view(QStringLiteral("US–China core"));
        REQUIRE(saved);
        CHECK(saved->shown.size() == 3);
        CHECK(saved->zoom == Approx(1.7));
        CHECK(saved->language == Language::En);
    }
    SECTION("deleting it is undoable") {
        f.window->views()->deleteView(id);
        CHECK(f.document().views().empty());
        f.window->undoGroup()->undo();
        CHECK(f.document().views().size() == 1);
    }
}

TEST_CASE("kizuna-cli lists saved views and exports one by name", "[ui][views][cli]") {
    TempFolder folder;
    const QString path = folder.file(QStringLiteral("m.kizuna"));
    writeBundledMap(path);
    NodeId us, china;
    {
        auto document = openMap(path);
        us = nodeLabelled(*document, QStringLiteral("United States"));
        china = nodeLabelled(*document, QStringLiteral("China"));
        SavedView view;
        view.name = QStringLiteral("rivals");
        view.shown = {us.value, china.value};
        view.language = Language::En;
        REQUIRE(document->apply(saveViewChange(*document, view)).ok());
    }
    const CliResult list = runCli({QStringLiteral("views"), path, QStringLiteral("--json")});
    REQUIRE(list.exitCode == 0);
    const QJsonObject view = QJsonDocument::fromJson(list.out.toUtf8()).object();
    CHECK(view.value(QStringLiteral("name")).toString() == QStringLiteral("rivals"));

    const QString svg = folder.file(QStringLiteral("rivals.svg"));
    REQUIRE(runCli({QStringLiteral("export"), path, svg, QStringLiteral("--view"),
                    QStringLiteral("rivals")})
                .exitCode == 0);
    QFile file(svg);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(file.readAll());
    CHECK(text.contains(QStringLiteral("United States")));
    CHECK(text.contains(QStringLiteral("China")));
    CHECK_FALSE(text.contains(QStringLiteral("OpenAI")));

    const CliResult missing =
        runCli({QStringLiteral("export"), path, folder.file(QStringLiteral("x.svg")),
                QStringLiteral("--view"), QStringLiteral("nope")});
    CHECK(missing.exitCode == 1);
    CHECK(missing.err.contains(QStringLiteral("rivals")));
}
