// Clicking a relation finds the one under the pointer: straight lines and the curves of parallel
// relations, by distance (no stroked outlines), the nearest when several are close.
#include "TestSupport.h"

#include "canvas/CanvasScene.h"

#include <QLineF>
#include <catch2/catch.hpp>
#include <cmath>

using namespace kizuna;

TEST_CASE("The relation under a point is the nearest one within the tolerance",
          "[ui][canvas][hit]") {
    test::TempFolder folder;
    const QString path = folder.file(QStringLiteral("map.kizuna"));
    test::writeBundledMap(path);
    auto document = test::openMap(path);
    CanvasScene scene;
    scene.rebuild(*document, Language::Ja);
    REQUIRE(scene.edgeCount() > 40);

    int curved = 0;
    for (const EdgeVisual& edge : scene.edges()) {
        const QPointF middle = edge.path().pointAtPercent(0.5);
        // Unless another relation passes just as close there, the middle finds this one.
        bool crowded = false;
        for (const EdgeVisual& other : scene.edges())
            crowded = crowded || (other.id != edge.id &&
                                  QLineF(other.path().pointAtPercent(0.5), middle).length() < 4);
        if (!crowded) {
            INFO("edge " << edge.id.value);
            CHECK(scene.edgeAt(middle, 4) == edge.id);
        }
        if (edge.bend != 0) {
            ++curved;
            // On the curve, not on the straight line between its ends (where its twin runs).
            const QPointF chord =
                (edge.path().pointAtPercent(0) + edge.path().pointAtPercent(1)) / 2;
            if (QLineF(chord, middle).length() > 10)
                CHECK(scene.edgeAt(chord, 2) != edge.id);
        }
        // Away from every relation: nothing.
        const QPointF tangent = edge.path().pointAtPercent(0.51) - edge.path().pointAtPercent(0.49);
        const QPointF normal = QPointF(-tangent.y(), tangent.x()) /
                               std::max(1e-9, QLineF(QPointF(), tangent).length());
        const QPointF aside = middle + normal * 6;
        const auto found = scene.edgeAt(aside, 4);
        if (found)
            CHECK(*found != edge.id);
    }
    CHECK(curved > 0); // the bundled map has parallel relations
}

TEST_CASE("The relation under a point follows its nodes when they move", "[ui][canvas][hit]") {
    test::TempFolder folder;
    const QString path = folder.file(QStringLiteral("map.kizuna"));
    test::writeBundledMap(path);
    auto document = test::openMap(path);
    CanvasScene scene;
    scene.rebuild(*document, Language::Ja);
    const EdgeVisual edge = scene.edges().front(); // a copy: where it was
    const QPointF before = edge.path().pointAtPercent(0.5);
    REQUIRE(scene.edgeAt(before, 2) == edge.id); // builds the hit-test index
    const NodeId end = scene.nodes()[size_t(edge.source)].id;
    const QPointF far = *scene.positionOf(end) + QPointF(5000, 5000);
    scene.commitPositions({{end, far}});
    const EdgeVisual& moved = scene.edges().front();
    CHECK(scene.edgeAt(moved.path().pointAtPercent(0.5), 2) == edge.id);
    CHECK(scene.edgeAt(before, 2) != edge.id);
    // A drag in progress (not committed) too.
    scene.moveNodes({end}, QPointF(300, 0));
    CHECK(scene.edgeAt(scene.edges().front().path().pointAtPercent(0.5), 2) == edge.id);
}

TEST_CASE("A relation's route as points draws as the painter path it stands for",
          "[ui][canvas][hit]") {
    EdgeVisual line, curve, loop;
    line.start = QPointF(0, 0);
    line.end = QPointF(100, 40);
    curve = line;
    curve.route = EdgeVisual::Route::Curve;
    curve.control = QPointF(30, 90);
    loop.route = EdgeVisual::Route::Loop;
    loop.control = QPointF(10, 10);
    loop.start = loop.end = QPointF(19, 10); // a circle of radius 9 around the control point
    for (const EdgeVisual* edge : {&line, &curve, &loop}) {
        const QPainterPath path = edge->path();
        CHECK(edge->controlRect() == path.controlPointRect());
        for (double t : {0.0, 0.38, 0.5, 0.62, 1.0}) {
            const QPointF expected = path.pointAtPercent(t), got = edge->pointAt(t);
            CHECK(QLineF(expected, got).length() < 1e-9);
        }
    }
    for (const EdgeVisual* edge : {&line, &curve}) {
        CHECK(QLineF(edge->labelAnchor(), edge->path().pointAtPercent(0.5)).length() < 1e-9);
        CHECK(edge->arrowTip() == edge->end);
        // Qt's angle is in degrees, counter-clockwise with y up.
        const double qtAngle = -edge->path().angleAtPercent(1.0) * M_PI / 180;
        CHECK(std::remainder(edge->arrowAngle() - qtAngle, 2 * M_PI) == Approx(0).margin(1e-6));
    }
    CHECK(loop.arrowAngle() == Approx(M_PI / 2));
    CHECK(line.isStraight());
    CHECK_FALSE(curve.isStraight());
    CHECK(curve.path().elementCount() > 2);
    CHECK(loop.controlRect() == QRectF(1, 1, 18, 18));
}
