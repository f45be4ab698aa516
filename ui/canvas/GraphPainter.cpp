#include "canvas/GraphPainter.h"

#include "canvas/NodeShapes.h"

#include <QFontMetricsF>
#include <QPolygonF>
#include <algorithm>
#include <array>
#include <cmath>
#include <map>
#include <tuple>

namespace kizuna {
namespace {

const QColor kSelection(21, 101, 192);
const QColor kLabelText(34, 34, 34);
const QColor kHalo(255, 255, 255, 215);
const QColor kHighlight(230, 81, 0); // a path found by the path finder
constexpr double kFadedOpacity = 0.16;

// Faded (filtered by time or focus) and, while a path is highlighted, everything off it.
double opacityOf(const PaintRequest& request, qint64 id, bool faded) {
    if (!request.highlighted.isEmpty() && !request.highlighted.contains(id))
        return faded ? kFadedOpacity * 0.6 : 0.28;
    return faded ? kFadedOpacity : 1.0;
}

void drawArrowhead(QPainter& painter, const EdgeVisual& edge, double size) {
    const double a = edge.arrowAngle;
    const QPointF tip = edge.arrowTip;
    const std::array<QPointF, 3> points = {
        tip, tip - QPointF(std::cos(a - 0.4), std::sin(a - 0.4)) * size,
        tip - QPointF(std::cos(a + 0.4), std::sin(a + 0.4)) * size};
    painter.drawPolygon(points.data(), int(points.size()));
}

// Text on a soft white halo, so labels stay readable over edges.
void drawLabel(QPainter& painter, const QRectF& rect, const QString& text, const QColor& color) {
    painter.setPen(Qt::NoPen);
    painter.setBrush(kHalo);
    painter.drawRoundedRect(rect.adjusted(-2, 0, 2, 0), 3, 3);
    painter.setPen(color);
    painter.drawText(rect, Qt::AlignCenter, text);
}

// Above this many edges in view, straight edges are drawn in batches of lines per colour, without
// arrowheads or labels (too dense to read anyway): a frame stays quick on big maps.
constexpr size_t kDetailedEdgesUpTo = 2000;

// Draws the straight, unselected edges of `visible` in one drawLines call per pen; returns the
// rest (curves, self-loops, selected or highlighted edges) for the detailed pass.
std::vector<int> paintEdgeBatches(QPainter& painter, const CanvasScene& scene,
                                  const PaintRequest& request, const std::vector<int>& visible) {
    struct Batch {
        QColor colour;
        LineStyle style;
        double opacity;
        QVector<QLineF> lines;
    };
    std::map<std::tuple<QRgb, int, double>, Batch> batches;
    std::vector<int> rest;
    for (int i : visible) {
        const EdgeVisual& edge = scene.edges()[size_t(i)];
        const bool special =
            request.selected.contains(edge.id.value) || request.highlighted.contains(edge.id.value);
        if (special || edge.path.elementCount() != 2) {
            rest.push_back(i);
            continue;
        }
        const double opacity = opacityOf(request, edge.id.value, edge.faded);
        Batch& batch = batches[{edge.color.rgba(), int(edge.lineStyle), opacity}];
        if (batch.lines.isEmpty()) {
            batch.colour = edge.color;
            batch.style = edge.lineStyle;
            batch.opacity = opacity;
        }
        const QPainterPath::Element a = edge.path.elementAt(0), b = edge.path.elementAt(1);
        batch.lines.append(QLineF(a.x, a.y, b.x, b.y));
    }
    painter.setBrush(Qt::NoBrush);
    for (const auto& [key, batch] : batches) {
        QPen pen(batch.colour, 1.6, penStyle(batch.style));
        pen.setCapStyle(Qt::FlatCap);
        painter.setPen(pen);
        painter.setOpacity(batch.opacity);
        painter.drawLines(batch.lines);
    }
    painter.setOpacity(1.0);
    return rest;
}

void paintEdges(QPainter& painter, const CanvasScene& scene, const PaintRequest& request,
                std::vector<int> visible) {
    const bool dense = !request.fullDetail && visible.size() > kDetailedEdgesUpTo;
    if (dense)
        visible = paintEdgeBatches(painter, scene, request, visible);
    for (int pass = 0; pass < 2; ++pass) { // selected edges last, on top
        for (int i : visible) {
            const EdgeVisual& edge = scene.edges()[size_t(i)];
            const bool selected = request.selected.contains(edge.id.value);
            const bool onPath = request.highlighted.contains(edge.id.value);
            if ((selected || onPath) != (pass == 1))
                continue;
            painter.setOpacity(opacityOf(request, edge.id.value, edge.faded));
            const QColor colour = selected ? kSelection : onPath ? kHighlight : edge.color;
            // A path or selection stays at least 3 pixels wide however far out the zoom is.
            const double width = selected || onPath ? std::max(3.5, 3.0 / request.scale) : 1.6;
            QPen pen(colour, width, penStyle(edge.lineStyle));
            pen.setCapStyle(Qt::FlatCap);
            painter.setPen(pen);
            painter.setBrush(Qt::NoBrush);
            painter.drawPath(edge.path);
            if (edge.directed) {
                painter.setPen(Qt::NoPen);
                painter.setBrush(colour);
                drawArrowhead(painter, edge, selected || onPath ? 12 : 10);
            }
        }
    }
    painter.setOpacity(1.0);
    if (dense || (!request.fullDetail && request.scale * scene.edgeLabelFont().pixelSize() < 7))
        return; // too many or too small to read: level of detail
    painter.setFont(scene.edgeLabelFont());
    const QFontMetricsF metrics(scene.edgeLabelFont());
    for (int i : visible) {
        const EdgeVisual& edge = scene.edges()[size_t(i)];
        const double width = metrics.horizontalAdvance(edge.label);
        const QRectF rect(edge.labelAnchor.x() - width / 2,
                          edge.labelAnchor.y() - metrics.height() / 2, width, metrics.height());
        painter.setOpacity(opacityOf(request, edge.id.value, edge.faded));
        drawLabel(painter, rect, edge.label,
                  request.highlighted.contains(edge.id.value) ? kHighlight.darker(130)
                                                              : edge.color.darker(140));
    }
    painter.setOpacity(1.0);
}

void paintNodes(QPainter& painter, const CanvasScene& scene, const PaintRequest& request,
                const std::vector<int>& visible) {
    const double r = CanvasScene::kNodeRadius;
    if (!request.fullDetail && request.scale * r < 2.0) { // far out: a dot per node
        for (int i : visible) {
            const NodeVisual& node = scene.nodes()[size_t(i)];
            painter.setOpacity(opacityOf(request, node.id.value, node.faded));
            // At least two device pixels, so a whole 100,000-node map still shows its shape.
            QPen dot(node.color, std::max(2 * node.radius * request.scale, 2.0), Qt::SolidLine,
                     Qt::RoundCap);
            dot.setCosmetic(true);
            painter.setPen(dot);
            painter.drawPoint(node.position);
        }
        painter.setOpacity(1.0);
        return;
    }
    QPainterPath shapes[7];
    for (int s = 0; s < 7; ++s)
        shapes[s] = nodeShapePath(static_cast<NodeShape>(s), r);
    for (int i : visible) {
        const NodeVisual& node = scene.nodes()[size_t(i)];
        const bool selected = request.selected.contains(node.id.value);
        const bool onPath = request.highlighted.contains(node.id.value);
        painter.save();
        painter.setOpacity(opacityOf(request, node.id.value, node.faded));
        painter.translate(node.position);
        painter.scale(node.radius / r, node.radius / r);
        if (selected || onPath) {
            painter.setPen(QPen(selected ? kSelection : kHighlight, 4 * r / node.radius));
            painter.setBrush(Qt::NoBrush);
            painter.drawEllipse(QPointF(0, 0), r * 1.45, r * 1.45);
        }
        painter.setPen(QPen(node.color.darker(150), 1.5));
        painter.setBrush(node.color);
        painter.drawPath(shapes[static_cast<int>(node.shape)]);
        painter.restore();
    }
    if (!request.fullDetail && request.scale * scene.labelFont().pixelSize() < 5)
        return;
    painter.setFont(scene.labelFont());
    for (int i : visible) {
        const NodeVisual& node = scene.nodes()[size_t(i)];
        painter.setOpacity(opacityOf(request, node.id.value, node.faded));
        drawLabel(painter, node.labelRect, node.label,
                  request.selected.contains(node.id.value) ? kSelection : kLabelText);
    }
    painter.setOpacity(1.0);
}

// Text boxes on a pale note colour; a callout's pointer ends at its target.
void paintAnnotations(QPainter& painter, const CanvasScene& scene, const PaintRequest& request) {
    painter.setFont(scene.annotationFont());
    for (const AnnotationVisual& note : scene.annotations()) {
        if (!note.rect.intersects(request.visibleWorld) && !note.target)
            continue;
        const bool selected = note.id.value == request.selectedAnnotation;
        const QColor border = selected ? kSelection : QColor(0xA8, 0x92, 0x4A);
        if (note.target) {
            painter.setPen(QPen(border, 1.2));
            const QPointF from(std::clamp(note.target->x(), note.rect.left(), note.rect.right()),
                               std::clamp(note.target->y(), note.rect.top(), note.rect.bottom()));
            painter.drawLine(from, *note.target);
            painter.setBrush(border);
            painter.drawEllipse(*note.target, 2.5, 2.5);
        }
        painter.setPen(QPen(border, selected ? 2.0 : 1.0));
        painter.setBrush(QColor(0xFF, 0xF8, 0xDC));
        painter.drawRoundedRect(note.rect, 4, 4);
        painter.setPen(QColor(40, 40, 40));
        painter.drawText(note.rect.adjusted(6, 5, -6, -5), Qt::TextWordWrap, note.text);
    }
}

} // namespace

Qt::PenStyle penStyle(LineStyle style) {
    switch (style) {
    case LineStyle::Dash:
        return Qt::DashLine;
    case LineStyle::Dot:
        return Qt::DotLine;
    case LineStyle::DashDot:
        return Qt::DashDotLine;
    case LineStyle::Solid:
        break;
    }
    return Qt::SolidLine;
}

void paintGraph(QPainter& painter, const CanvasScene& scene, const PaintRequest& request) {
    const std::vector<int> edges = scene.edgesIn(request.visibleWorld);
    const std::vector<int> nodes = scene.nodesIn(request.visibleWorld);
    // Antialiasing is what makes a diagram look finished, but costs most on huge views.
    painter.setRenderHint(QPainter::Antialiasing, edges.size() + nodes.size() < 50000);
    painter.setRenderHint(QPainter::TextAntialiasing, true);
    paintEdges(painter, scene, request, edges);
    paintNodes(painter, scene, request, nodes);
    paintAnnotations(painter, scene, request);
}

} // namespace kizuna
