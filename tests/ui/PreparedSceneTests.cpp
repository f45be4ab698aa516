// Opening a map builds the canvas's scene on the worker that read it: the canvas must take that
// scene only when it is of the map shown and drawn as the canvas would draw it.
#include "UiTestSupport.h"
#include "canvas/GraphModelAdapter.h"
#include "canvas/MapLayer.h"

#include <catch2/catch.hpp>
#include <thread>

using namespace kizuna;

namespace {

struct DrawnNode {
    qint64 id;
    QPointF position;
    QString label;
    QRectF labelRect;
    int degree;
    bool operator==(const DrawnNode&) const = default;
};

std::vector<DrawnNode> drawnNodes(const CanvasScene& scene) {
    std::vector<DrawnNode> nodes;
    for (const NodeVisual& node : scene.nodes())
        nodes.push_back({node.id.value, node.position, node.label, node.labelRect, node.degree});
    return nodes;
}

std::vector<qint64> drawnEdges(const CanvasScene& scene) {
    std::vector<qint64> edges;
    for (const EdgeVisual& edge : scene.edges())
        edges.push_back(edge.id.value);
    return edges;
}

std::shared_ptr<PreparedScene> preparedOnAThread(const GraphDocument& document) {
    std::shared_ptr<PreparedScene> prepared;
    std::thread worker([&] { prepared = GraphCanvas::prepareScene(document, 0, QSize(800, 600)); });
    worker.join();
    return prepared;
}

} // namespace

TEST_CASE("A scene prepared on a worker is the one the canvas would build", "[ui][canvas][open]") {
    test::TempFolder folder;
    const QString path = folder.file(QStringLiteral("map.kizuna"));
    test::writeBundledMap(path);
    auto document = test::openMap(path);
    GraphModelAdapter model(*document);

    GraphCanvas own;
    own.resize(800, 600);
    own.setModel(&model, nullptr);

    GraphCanvas prepared;
    prepared.resize(800, 600);
    auto scene = preparedOnAThread(*document);
    REQUIRE(scene->scene.nodeCount() == document->graph().nodeCount());
    prepared.setModel(&model, nullptr, scene);

    CHECK(drawnNodes(prepared.scene()) == drawnNodes(own.scene()));
    CHECK(drawnEdges(prepared.scene()) == drawnEdges(own.scene()));
    CHECK(prepared.scene().bounds() == own.scene().bounds());
    CHECK(prepared.zoom() == Approx(own.zoom()));
    CHECK(scene->scene.nodeCount() == 0); // taken, not copied
}

TEST_CASE("A scene prepared for another map or another look is not used", "[ui][canvas][open]") {
    test::TempFolder folder;
    const QString bundledPath = folder.file(QStringLiteral("bundled.kizuna"));
    const QString otherPath = folder.file(QStringLiteral("other.kizuna"));
    test::writeBundledMap(bundledPath);
    REQUIRE(test::runCli({QStringLiteral("init"), otherPath}).exitCode == 0);
    REQUIRE(test::runCli({QStringLiteral("add-node"), otherPath, QStringLiteral("--type"),
                          QStringLiteral("lab"), QStringLiteral("--label"),
                          QStringLiteral("Only node")})
                .exitCode == 0);
    auto bundled = test::openMap(bundledPath);
    auto other = test::openMap(otherPath);
    GraphModelAdapter otherModel(*other);
    GraphCanvas canvas;
    canvas.resize(800, 600);

    SECTION("another map's scene, with the options this canvas uses") {
        canvas.setModel(&otherModel, nullptr);
        auto scene = preparedOnAThread(*bundled);
        scene->options = canvas.sceneOptions();
        canvas.setModel(&otherModel, nullptr, scene);
        REQUIRE(canvas.scene().nodeCount() == 1);
        CHECK(canvas.scene().nodes().front().label == QStringLiteral("Only node"));
    }
    SECTION("a scene in another label language") {
        auto scene = preparedOnAThread(*other);
        scene->options.language =
            other->info().defaultLanguage == Language::Ja ? Language::En : Language::Ja;
        scene->scene.clear(); // would show nothing if it were taken
        canvas.setModel(&otherModel, nullptr, scene);
        CHECK(canvas.scene().nodeCount() == 1);
    }
}
