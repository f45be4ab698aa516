#include "canvas/NodeShapes.h"

#include <QPolygonF>
#include <cmath>
#include <numbers>

namespace kizuna {
namespace {

QPainterPath regularPolygon(int sides, double radius, double rotation) {
    QPolygonF polygon;
    for (int i = 0; i < sides; ++i) {
        const double angle = rotation + 2.0 * std::numbers::pi * i / sides;
        polygon << QPointF(radius * std::cos(angle), radius * std::sin(angle));
    }
    polygon << polygon.first();
    QPainterPath path;
    path.addPolygon(polygon);
    return path;
}

} // namespace

QPainterPath nodeShapePath(NodeShape shape, double r) {
    QPainterPath path;
    switch (shape) {
    case NodeShape::Ellipse:
        path.addEllipse(QPointF(0, 0), r, r);
        return path;
    case NodeShape::Rectangle:
        path.addRect(QRectF(-r, -r * 0.8, 2 * r, 1.6 * r));
        return path;
    case NodeShape::RoundedRectangle:
        path.addRoundedRect(QRectF(-r, -r * 0.8, 2 * r, 1.6 * r), r * 0.35, r * 0.35);
        return path;
    case NodeShape::Diamond:
        return regularPolygon(4, r * 1.2, -std::numbers::pi / 2);
    case NodeShape::Hexagon:
        return regularPolygon(6, r * 1.08, 0);
    case NodeShape::Octagon:
        return regularPolygon(8, r * 1.05, std::numbers::pi / 8);
    case NodeShape::Triangle:
        return regularPolygon(3, r * 1.25, -std::numbers::pi / 2);
    }
    path.addEllipse(QPointF(0, 0), r, r);
    return path;
}

} // namespace kizuna
