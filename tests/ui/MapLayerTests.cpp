// Big maps are drawn through the map layer: drawn on a worker thread, shown moved and scaled at
// once while the camera moves, redrawn exactly once it rests, with the selection drawn over it.
// The bundled map is forced through the layer here (a low threshold) so every detail can be checked
// against the direct drawing.
#include "UiTestSupport.h"

#include "canvas/LayerRenderer.h"
#include "canvas/LineClip.h"
#include "canvas/MapLayer.h"
#include "document/Edits.h"
#include "document/GraphDocument.h"
#include "main/MapFollower.h"

#include <QSignalSpy>
#include <QTest>
#include <catch2/catch.hpp>

using namespace kizuna;

namespace {

bool close(const QColor& a, const QColor& b, int tolerance = 40) {
    return std::abs(a.red() - b.red()) + std::abs(a.green() - b.green()) +
               std::abs(a.blue() - b.blue()) <=
           tolerance;
}

// How many drawn nodes show their own colour at their centre in `image`.
int nodesShown(const GraphCanvas& canvas, const QImage& image) {
    int shown = 0;
    for (const NodeVisual& node : canvas.scene().nodes()) {
        const QPoint at = canvas.worldToScreen(node.position).toPoint();
        if (image.rect().contains(at) && close(image.pixelColor(at), node.color))
            ++shown;
    }
    return shown;
}

bool settle(GraphCanvas* canvas) {
    canvas->grab(); // paints: asks for the drawing
    return QTest::qWaitFor([&] { return canvas->layerSettled(); }, 10000);
}

// The bundled map's canvas forced through the layer, fitted, its drawing done.
GraphCanvas* layeredAndSettled(test::WindowFixture& f) {
    GraphCanvas* canvas = f.canvas();
    canvas->setLayerThreshold(0);
    canvas->fitToWindow();
    REQUIRE(settle(canvas));
    return canvas;
}

int darkPixels(const QImage& image) {
    int count = 0;
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x)
            count += qGray(image.pixel(x, y)) < 90;
    return count;
}

} // namespace

TEST_CASE("The bundled map is drawn directly, not through the layer", "[ui][canvas][layer]") {
    test::WindowFixture f;
    f.canvas()->grab();
    CHECK_FALSE(f.canvas()->paintedLayer());
}

TEST_CASE("The map layer draws the nodes and names the direct drawing draws",
          "[ui][canvas][layer]") {
    test::WindowFixture f;
    GraphCanvas* canvas = f.canvas();
    canvas->fitToWindow();
    const QImage direct = canvas->grab().toImage();
    const int directNodes = nodesShown(*canvas, direct);
    REQUIRE(directNodes > 30);

    canvas->setLayerThreshold(0);
    const QImage first = canvas->grab().toImage();
    REQUIRE(canvas->paintedLayer());
    // The first frame has the nodes (drawn at once) before the worker's drawing arrives.
    CHECK(nodesShown(*canvas, first) >= directNodes - 3);
    REQUIRE(settle(canvas));
    const QImage layered = canvas->grab().toImage();
    CHECK(canvas->paintedLayer());
    CHECK(nodesShown(*canvas, layered) >= directNodes - 3);
    // Names and relations: about as much ink as the direct drawing (which adds arrowheads and
    // relation names).
    const int ink = darkPixels(layered), directInk = darkPixels(direct);
    CHECK(ink > directInk / 3);
    CHECK(ink > darkPixels(first) + 500); // the names came with the worker's drawing
}

TEST_CASE("Panning the layered map moves the last drawing at once, then redraws it exactly",
          "[ui][canvas][layer]") {
    test::WindowFixture f;
    GraphCanvas* canvas = layeredAndSettled(f);
    const QImage before = canvas->layerRenderer().image();
    const int shown = nodesShown(*canvas, canvas->grab().toImage());

    canvas->setCamera(canvas->centre() + QPointF(40 / canvas->zoom(), 0), canvas->zoom() * 1.1);
    const QImage moved = canvas->grab().toImage();
    CHECK_FALSE(canvas->layerSettled());
    CHECK(canvas->layerRenderer().image() == before); // not redrawn yet: the old one, moved
    // Every node still inside the window shows at its new place.
    int inside = 0;
    for (const NodeVisual& node : canvas->scene().nodes())
        inside += QRectF(canvas->rect().adjusted(8, 8, -8, -8))
                      .contains(canvas->worldToScreen(node.position));
    CHECK(nodesShown(*canvas, moved) >= std::min(inside, shown) - 4);
    REQUIRE(settle(canvas));
    CHECK(canvas->layerRenderer().image() != before);
}

TEST_CASE("An edit from anywhere redraws the layer, the selection is drawn over it",
          "[ui][canvas][layer]") {
    test::WindowFixture f;
    GraphCanvas* canvas = layeredAndSettled(f);
    const NodeId japan = test::nodeLabelled(f.document(), QStringLiteral("日本"));
    const QPoint was = test::screenPointOf(canvas, japan);
    const QColor colour = canvas->grab().toImage().pixelColor(was);

    // Moved by another program: the layer catches up.
    const QPointF to = *canvas->drawnPosition(japan) + QPointF(0, 120 / canvas->zoom());
    {
        auto other = test::openMap(f.mapPath);
        REQUIRE(other->apply(moveNodesChange(*other, {{japan, to}})).ok());
    }
    f.window->follower()->check();
    REQUIRE(canvas->drawnPosition(japan) == to);
    REQUIRE(settle(canvas));
    const QImage after = canvas->grab().toImage();
    CHECK(close(after.pixelColor(test::screenPointOf(canvas, japan)), colour));
    CHECK_FALSE(close(after.pixelColor(was), colour));

    // Selecting draws a ring over the layer without drawing the layer again.
    const QImage layer = canvas->layerRenderer().image();
    const QPoint at = test::screenPointOf(canvas, japan);
    auto ringPixels = [&](const QImage& image) {
        int ring = 0;
        for (int dy = -30; dy <= 30; ++dy)
            for (int dx = -30; dx <= 30; ++dx)
                if (image.rect().contains(at + QPoint(dx, dy)))
                    ring += close(image.pixelColor(at + QPoint(dx, dy)), QColor(21, 101, 192), 60);
        return ring;
    };
    const int unselected = ringPixels(canvas->grab().toImage());
    canvas->select(japan.value);
    const QImage selected = canvas->grab().toImage();
    CHECK(canvas->layerSettled());
    CHECK(canvas->layerRenderer().image() == layer);
    const int ring = ringPixels(selected);
    if (const char* dir = std::getenv("KIZUNA_SCREENSHOT_DIR"))
        selected.save(QString::fromLocal8Bit(dir) + QStringLiteral("/layer-selected.png"));
    CHECK(ring > unselected + 15);
}

TEST_CASE("A drawing of the layer stops when asked", "[ui][canvas][layer]") {
    test::TempFolder folder;
    const QString path = folder.file(QStringLiteral("map.kizuna"));
    test::writeBundledMap(path);
    auto document = test::openMap(path);
    CanvasScene scene;
    scene.rebuild(*document, Language::Ja);
    const auto data = buildMapLayer(scene, {});
    REQUIRE(data->nodePositions.size() == scene.nodeCount());
    REQUIRE(data->edgeFrom.size() == scene.edgeCount());
    CHECK(data->elementsIn(scene.bounds()) >= scene.nodeCount() + scene.edgeCount());
    LayerFrame frame;
    frame.camera.centre = scene.bounds().center();
    frame.camera.scale = 0.5;
    frame.camera.size = QSize(400, 300);
    QImage image;
    std::atomic<bool> stop{true};
    CHECK_FALSE(renderMapLayer(image, *data, frame, stop));
    stop = false;
    CHECK(renderMapLayer(image, *data, frame, stop));
    CHECK(image.size() == QSize(400, 300));
}

TEST_CASE("A hairball of long relations is thinned to an ink budget, short ones all drawn",
          "[ui][canvas][layer]") {
    MapLayerData data;
    data.styles.push_back({qRgb(90, 90, 90), 1.0f, LineStyle::Solid, 1.0f});
    data.bounds = QRectF(0, 0, 1000, 800);
    for (int i = 0; i < 20000; ++i) { // long: corner to corner, 1,280 px each
        data.edgeFrom.emplace_back(0, i % 800);
        data.edgeTo.emplace_back(1000, 799 - i % 800);
    }
    for (int i = 0; i < 5000; ++i) { // short: 10 px
        data.edgeFrom.emplace_back(i % 1000, i % 700);
        data.edgeTo.emplace_back(i % 1000 + 10, i % 700);
    }
    const size_t edges = data.edgeFrom.size();
    data.edgeCurve.assign(edges, -1);
    data.edgeStyles.assign(edges, 0);
    data.count(false);
    CHECK(data.elementsIn(data.bounds) >= edges);
    LayerFrame frame;
    frame.camera.centre = data.bounds.center();
    frame.camera.size = QSize(1000, 800);
    QImage image;
    std::atomic<bool> stop{false};
    LayerStats stats;
    REQUIRE(renderMapLayer(image, data, frame, stop, &stats));
    CHECK(stats.edgesInView == edges);
    CHECK(stats.edgesDrawn < edges);
    CHECK(stats.edgesDrawn > 5000 + 20000 / 20); // every short one and a share of the long
    // Few relations: all of them.
    frame.camera.scale = 0.05; // the long ones 64 px, the short ones under a pixel
    REQUIRE(renderMapLayer(image, data, frame, stop, &stats));
    CHECK(stats.edgesDrawn == 20000);
    // Drawn in two bands (one on a second thread): both halves of the picture have the lines.
    auto ink = [&](int top, int bottom) {
        int count = 0;
        for (int y = top; y < bottom; ++y)
            for (int x = 0; x < image.width(); ++x)
                count += qGray(image.pixel(x, y)) < 200;
        return count;
    };
    CHECK(ink(380, 400) > 100);
    CHECK(ink(400, 420) > 100);
    CHECK(ink(0, 300) == 0);
}

TEST_CASE("A line is cut to the part inside a rectangle", "[ui][canvas][layer]") {
    const QRectF box(0, 0, 100, 50);
    QLineF across(-100, 25, 300, 25);
    REQUIRE(clipLine(across, box));
    CHECK(across == QLineF(0, 25, 100, 25));
    QLineF diagonal(-50, -25, 150, 75); // through the corners
    REQUIRE(clipLine(diagonal, box));
    CHECK(diagonal.p1().x() == Approx(0));
    CHECK(diagonal.p2().x() == Approx(100));
    QLineF inside(10, 10, 20, 20);
    REQUIRE(clipLine(inside, box));
    CHECK(inside == QLineF(10, 10, 20, 20));
    QLineF outside(-10, -10, 200, -5);
    CHECK_FALSE(clipLine(outside, box));
    QLineF vertical(50, -1e9, 50, 1e9);
    REQUIRE(clipLine(vertical, box));
    CHECK(vertical.x1() == 50);
    CHECK(vertical.y1() == Approx(0).margin(1e-6));
    CHECK(vertical.y2() == Approx(50).margin(1e-6));
}

TEST_CASE("Dragging a node on the layered map draws it over the layer, then the layer catches up",
          "[ui][canvas][layer]") {
    test::WindowFixture f;
    GraphCanvas* canvas = layeredAndSettled(f);
    const NodeId openai = test::nodeLabelled(f.document(), QStringLiteral("OpenAI"));
    const QPoint grab = test::screenPointOf(canvas, openai);
    const QColor colour = canvas->grab().toImage().pixelColor(grab);
    const QImage layer = canvas->layerRenderer().image();

    QTest::mousePress(canvas, Qt::LeftButton, {}, grab);
    for (int i = 1; i <= 5; ++i)
        QTest::mouseMove(canvas, grab + QPoint(0, 12 * i));
    // Mid-drag: the node shows where the pointer is, over a layer left as it was.
    const QPoint now = test::screenPointOf(canvas, openai);
    REQUIRE(now != grab);
    const QImage during = canvas->grab().toImage();
    CHECK(canvas->paintedLayer());
    CHECK(close(during.pixelColor(now), colour));
    CHECK(canvas->layerRenderer().image() == layer);
    QTest::mouseRelease(canvas, Qt::LeftButton, {}, grab + QPoint(0, 60));
    const QPoint after = test::screenPointOf(canvas, openai);
    // Committed: the layer is drawn again with the node at its new place only.
    REQUIRE(settle(canvas));
    CHECK(canvas->layerRenderer().image() != layer);
    canvas->select(0);
    const QImage settled = canvas->grab().toImage();
    CHECK(close(settled.pixelColor(after), colour));
    CHECK_FALSE(close(settled.pixelColor(grab), colour));
}

TEST_CASE("Highlighting a path redraws the layer faded around it, and clearing it restores it",
          "[ui][canvas][layer]") {
    test::WindowFixture f;
    GraphCanvas* canvas = layeredAndSettled(f);
    const QImage plain = canvas->layerRenderer().image();
    const NodeId japan = test::nodeLabelled(f.document(), QStringLiteral("日本"));
    canvas->setHighlight({japan.value});
    REQUIRE(settle(canvas));
    const QImage faded = canvas->layerRenderer().image();
    CHECK(faded != plain);
    // Everything else is paler: more light pixels than before.
    auto light = [](const QImage& image) {
        int count = 0;
        for (int y = 0; y < image.height(); ++y)
            for (int x = 0; x < image.width(); ++x)
                count += qGray(image.pixel(x, y)) > 200;
        return count;
    };
    CHECK(light(faded) > light(plain));
    canvas->setHighlight({});
    REQUIRE(settle(canvas));
    CHECK(canvas->layerRenderer().image() == plain);
}

TEST_CASE("A big map's names are placed on a thread and drawn as if placed at once",
          "[ui][canvas][layer]") {
    // The same map, the same view: names placed on the window's thread, then on a worker.
    // (Zoomed in from Fit to Window, which places its zoom's names to frame the map.)
    QImage atOnce;
    {
        test::WindowFixture f;
        GraphCanvas* canvas = layeredAndSettled(f);
        canvas->setCamera(canvas->centre(), canvas->zoom() * 1.5);
        REQUIRE(settle(canvas));
        atOnce = canvas->layerRenderer().image();
    }
    test::WindowFixture f;
    GraphCanvas* canvas = f.canvas();
    canvas->setNamesOnThreadFrom(0);
    canvas->setLayerThreshold(0);
    canvas->fitToWindow();
    canvas->setCamera(canvas->centre(), canvas->zoom() * 1.5);
    // Settled means drawn with this zoom's names: the drawing made before they were placed is
    // made again.
    REQUIRE(settle(canvas));
    const QImage onThread = canvas->layerRenderer().image();
    CHECK(darkPixels(onThread) > 500);
    CHECK(onThread == atOnce);
}

TEST_CASE("Names placed for labels forgotten meanwhile are not kept", "[ui][canvas][layer]") {
    test::WindowFixture f;
    GraphCanvas* canvas = f.canvas();
    const CanvasScene& scene = canvas->scene();
    const QRectF view = scene.bounds();
    CanvasScene::LabelJob stale = scene.labelJob(1.0, canvas->labelSizing(), {}, view);
    // Another highlight: the labels are placed again with those first.
    const QSet<qint64> first{scene.nodes().front().id.value};
    CanvasScene::LabelJob fresh = scene.labelJob(1.0, canvas->labelSizing(), first, view);
    stale.place();
    fresh.place();
    CHECK(scene.keepLabels(std::move(stale)) == nullptr);
    REQUIRE(scene.keepLabels(std::move(fresh)) != nullptr);
    const NodeLabels* kept = scene.placedLabels(1.0, canvas->labelSizing(), first, view);
    REQUIRE(kept != nullptr);
    CHECK(kept->sides.size() == scene.nodeCount());
    CHECK(&scene.nodeLabels(1.0, canvas->labelSizing(), first, view) == kept); // no new placement
}

TEST_CASE("Names placed after the layer was drawn are added to that drawing, not drawn again",
          "[ui][canvas][layer]") {
    test::WindowFixture f;
    GraphCanvas* canvas = layeredAndSettled(f);
    LayerFrame named;
    named.camera.centre = canvas->centre();
    named.camera.scale = canvas->zoom();
    named.camera.size = canvas->size();
    auto data = buildMapLayer(canvas->scene(), {});
    LayerFrame unnamed = named;
    unnamed.camera.named = false;
    LayerFrame withNames = named;
    withNames.labels.push_back(
        {QRectF(100, 100, 120, 16), QStringLiteral("Added later"), qRgb(20, 20, 20), 1.0f});
    withNames.labelFont.setPixelSize(12);
    LayerRenderer renderer;
    QSignalSpy rendered(&renderer, &LayerRenderer::rendered);
    renderer.request(data, unnamed);
    renderer.request(data, withNames); // while the first is drawn: it goes on, names follow
    REQUIRE(QTest::qWaitFor([&] { return renderer.isCurrent(*data, withNames.camera); }, 10000));
    CHECK(renderer.stats().namesAdded);
    // As one drawing with the names would be.
    QImage whole;
    std::atomic<bool> stop{false};
    REQUIRE(renderMapLayer(whole, *data, withNames, stop));
    CHECK(renderer.image() == whole);
    CHECK(rendered.count() >= 1);
}

TEST_CASE("Nodes of many looks and sizes are all drawn, stamped or as shapes",
          "[ui][canvas][layer]") {
    // 4 colours x 7 shapes x 120 sizes (radius 4 to 34 px): more looks than the layer keeps
    // images of (512), so some are drawn as shapes.
    MapLayerData data;
    const QRgb colours[] = {qRgb(200, 30, 30), qRgb(30, 160, 30), qRgb(30, 30, 200),
                            qRgb(200, 160, 0)};
    for (QRgb colour : colours)
        data.styles.push_back({colour, 1.0f, LineStyle::Solid, 1.0f});
    constexpr int kNodes = 4 * 7 * 120;
    for (int i = 0; i < kNodes; ++i) {
        data.nodePositions.emplace_back(40 + (i % 48) * 80, 40 + (i / 48) * 80);
        data.nodeRadii.push_back(4.0f + float(i % 120) * 0.25f);
        data.nodeStyles.push_back(quint32(i / 120 % 4));
        data.nodeShapes.push_back(static_cast<NodeShape>(i / 480 % 7));
    }
    data.bounds = QRectF(0, 0, 48 * 80, (kNodes / 48 + 1) * 80);
    data.count(false);
    LayerFrame frame;
    frame.camera.centre = data.bounds.center();
    frame.camera.size = data.bounds.size().toSize();
    QImage image;
    std::atomic<bool> stop{false};
    REQUIRE(renderMapLayer(image, data, frame, stop));
    int drawn = 0;
    for (int i = 0; i < kNodes; ++i) {
        const QPoint centre = data.nodePositions[size_t(i)].toPoint();
        if (image.pixel(centre) == colours[data.nodeStyles[size_t(i)]])
            ++drawn;
    }
    CHECK(drawn == kNodes);
}
