// Saved views keep their filter, timeline, styling and own layout: in the map file, after undo,
// and through Kizuna JSON into another map (with the element ids renumbered).
#include "Builders.h"
#include "TestSupport.h"
#include "document/Edits.h"
#include "io/ImportPlan.h"
#include "io/MapJsonReader.h"
#include "io/MapJsonWriter.h"
#include "model/ViewSettings.h"

#include <QJsonDocument>
#include <catch2/catch.hpp>

using namespace kizuna;
using namespace kizuna::test;

namespace {

SavedView richView(const GraphDocument& map, NodeId a, NodeId b) {
    SavedView view;
    view.name = QStringLiteral("Timeline 2025");
    view.shown = {a.value, b.value};
    view.filter.hiddenNodeTypes = {QStringLiteral("person")};
    view.filter.hiddenRelationTypes = {QStringLiteral("funds")};
    view.filter.propertyKey = QStringLiteral("hq");
    view.filter.propertyValue = QStringLiteral("東京");
    view.filter.hideIsolated = true;
    view.filter.from = QStringLiteral("2025-01");
    view.filter.to = QStringLiteral("2025-07");
    view.filter.showUndated = false;
    view.filter.hideOutsideRange = true;
    view.centre = QPointF(12.5, -40);
    view.zoom = 2.25;
    view.language = Language::Ja;
    view.colours = 1;
    view.sizeBy = QStringLiteral("pagerank");
    view.colourBy = QStringLiteral("community");
    view.positions = {{a, QPointF(1, 2)}, {b, QPointF(-30.5, 44)}};
    (void)map;
    return view;
}

} // namespace

TEST_CASE("A saved view keeps every setting in the map file", "[core][views]") {
    TempFolder folder;
    const QString path = folder.file(QStringLiteral("m.kizuna"));
    writeBundledMap(path);
    SavedView saved;
    {
        auto map = openMap(path);
        const std::vector<NodeId> ids = map->graph().nodeIds();
        saved = richView(*map, ids[0], ids[1]);
        ChangeSet change = saveViewChange(*map, saved);
        REQUIRE(map->apply(change).ok());
        saved.id = map->view(saved.name)->id;
        CHECK(*map->view(saved.name) == saved);
        SECTION("undo removes it, redo brings it back the same") {
            REQUIRE(map->apply(change.inverted()).ok());
            CHECK(map->view(saved.name) == nullptr);
            REQUIRE(map->apply(change).ok());
            CHECK(*map->view(saved.name) == saved);
        }
    }
    auto reopened = openMap(path);
    REQUIRE(reopened->view(saved.name));
    CHECK(*reopened->view(saved.name) == saved);
}

TEST_CASE("A saved view travels through Kizuna JSON into another map", "[core][views][json]") {
    TempFolder folder;
    const QString path = folder.file(QStringLiteral("m.kizuna"));
    writeBundledMap(path);
    auto map = openMap(path);
    const std::vector<NodeId> ids = map->graph().nodeIds();
    const SavedView saved = richView(*map, ids[2], ids[3]);
    REQUIRE(map->apply(saveViewChange(*map, saved)).ok());
    const QString json = folder.file(QStringLiteral("m.json"));
    REQUIRE(writeMapJson(*map, json).ok());

    auto other = GraphDocument::create(folder.file(QStringLiteral("other.kizuna")), MapInfo{});
    REQUIRE(other.ok());
    // Something first, so the imported elements get other ids than in the first map.
    REQUIRE(other.value()
                ->putNodeType(NodeType{QStringLiteral("x"), QStringLiteral("X"), QString(),
                                       QStringLiteral("#123456"), NodeShape::Ellipse})
                .ok());
    REQUIRE(other.value()->addNode(makeNode(QStringLiteral("x"), QStringLiteral("first"))).ok());
    auto imported = readMapJsonGraphFile(json);
    REQUIRE(imported.ok());
    completeImportedSchema(imported.value(), other.value()->schema());
    const ImportPlan plan = planImport(*other.value(), imported.value(), MergeBy::None);
    REQUIRE(other.value()->apply(plan.change).ok());
    const SavedView* copy = other.value()->view(saved.name);
    REQUIRE(copy);
    CHECK(copy->filter == saved.filter);
    CHECK(copy->sizeBy == saved.sizeBy);
    CHECK(copy->colourBy == saved.colourBy);
    CHECK(copy->zoom == saved.zoom);
    REQUIRE(copy->positions.size() == 2);
    // The positions follow the nodes to their new ids.
    const Labels labels = map->graph().node(ids[2])->labels;
    bool found = false;
    for (const auto& [id, point] : copy->positions)
        if (other.value()->graph().node(id)->labels == labels) {
            CHECK(point == saved.positions.at(ids[2]));
            found = true;
        }
    CHECK(found);
}

TEST_CASE("View settings of the wrong kind name the field", "[core][views][json]") {
    SavedView view;
    auto identity = [](const QJsonValue& v) -> std::optional<qint64> { return v.toInteger(); };
    auto read = [&](const char* json) {
        view = SavedView{};
        return readViewSettings(QJsonDocument::fromJson(json).object(), view, identity);
    };
    SECTION("older views without the new settings read with defaults") {
        CHECK_FALSE(read(R"({"shown": [], "centre_x": 1, "centre_y": 2, "zoom": 1.5})"));
        CHECK(view.filter.isEmpty());
        CHECK(view.positions.empty());
        CHECK(view.zoom == 1.5);
    }
    SECTION("a filter flag that is not true or false") {
        const auto error = read(R"({"filter": {"hide_isolated": "yes"}})");
        REQUIRE(error);
        CHECK(error->field == QStringLiteral("filter.hide_isolated"));
    }
    SECTION("a position without numbers") {
        const auto error = read(R"({"positions": [{"id": 3, "x": "left"}]})");
        REQUIRE(error);
        CHECK(error->field == QStringLiteral("positions"));
    }
    SECTION("an unknown language") {
        const auto error = read(R"({"language": "fr"})");
        REQUIRE(error);
        CHECK(error->field == QStringLiteral("language"));
    }
}
