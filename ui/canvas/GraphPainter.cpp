#include "canvas/GraphPainter.h"

#include "canvas/ChangeMarks.h"
#include "canvas/LineClip.h"
#include "canvas/NodeShapes.h"

#include <QFontMetricsF>
#include <QPainterPath>
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
const QColor kDarkLabelText(0xE6, 0xE6, 0xE6);
const QColor kDarkHalo(0x1E, 0x1F, 0x22, 215);
const QColor kDarkSelection(0x6C, 0xB4, 0xFF);

// A colour made light enough to read on the dark theme's background, its hue kept.
QColor readableOnDark(const QColor& colour) {
    QColor hsl = colour.toHsl();
    if (hsl.lightness() < 175)
        hsl.setHsl(hsl.hslHue(), hsl.hslSaturation(), 175, hsl.alpha());
    return hsl;
}

QColor nameColour(const PaintRequest& request, bool selected) {
    if (request.dark)
        return selected ? kDarkSelection : kDarkLabelText;
    return selected ? kSelection : kLabelText;
}
const QColor kHighlight(230, 81, 0); // a path found by the path finder
constexpr double kFadedOpacity = 0.16;

double opacityOf(const PaintRequest& request, qint64 id, bool faded) {
    return elementOpacity(request.highlighted, id, faded);
}

QPolygonF arrowheadOf(const EdgeVisual& edge, double size) {
    const double a = edge.arrowAngle();
    const QPointF tip = edge.arrowTip();
    return QPolygonF({tip, tip - QPointF(std::cos(a - 0.4), std::sin(a - 0.4)) * size,
                      tip - QPointF(std::cos(a + 0.4), std::sin(a + 0.4)) * size});
}

void drawArrowhead(QPainter& painter, const EdgeVisual& edge, double size) {
    painter.drawPolygon(arrowheadOf(edge, size));
}

// Text on a soft white halo, so labels stay readable over edges.
void drawLabel(QPainter& painter, const QRectF& rect, const QString& text, const QColor& color,
               bool wrap, bool dark = false, bool rounded = true) {
    painter.setPen(Qt::NoPen);
    painter.setBrush(dark ? kDarkHalo : kHalo);
    if (rounded)
        painter.drawRoundedRect(rect.adjusted(-2, 0, 2, 0), 3, 3);
    else
        painter.drawRect(rect.adjusted(-2, 0, 2, 0));
    painter.setPen(color);
    painter.drawText(rect, Qt::AlignCenter | (wrap ? Qt::TextWordWrap : 0), text);
}

// Where lines are cut (LineClip.h): the view and a margin (an export draws all of every line).
QRectF clipRect(const PaintRequest& request) {
    if (request.fullDetail || request.visibleWorld.isNull())
        return request.part.isNull() ? QRectF(-1e12, -1e12, 2e12, 2e12) : request.part;
    const double margin = 20 / std::max(request.scale, 1e-9);
    return request.visibleWorld.adjusted(-margin, -margin, margin, margin);
}

// A relation's curve (a moveTo and one cubic, as routeEdge makes it) as short lines cut to
// `clip`: Qt would flatten and stroke all of a long curve before clipping it.
QVector<QLineF> clippedCurve(const QPainterPath& path, const QRectF& clip) {
    QVector<QLineF> pieces;
    if (path.elementCount() != 4 || !path.elementAt(1).isCurveTo()) {
        const QPolygonF polygon = path.toFillPolygon();
        for (int k = 1; k < polygon.size(); ++k) {
            QLineF piece(polygon[k - 1], polygon[k]);
            if (clipLine(piece, clip))
                pieces.append(piece);
        }
        return pieces;
    }
    const QPointF p0 = path.elementAt(0), p1 = path.elementAt(1), p2 = path.elementAt(2),
                  p3 = path.elementAt(3);
    if (!clip.intersects(QPolygonF({p0, p1, p2, p3}).boundingRect()))
        return pieces;
    constexpr int kPieces = 48;
    QPointF previous = p0;
    for (int k = 1; k <= kPieces; ++k) {
        const double t = double(k) / kPieces, u = 1 - t;
        const QPointF next =
            u * u * u * p0 + 3 * u * u * t * p1 + 3 * u * t * t * p2 + t * t * t * p3;
        QLineF piece(previous, next);
        if (clipLine(piece, clip))
            pieces.append(piece);
        previous = next;
    }
    return pieces;
}

// Draws the straight, unselected edges of `visible` in few calls: the lines of each look (colour,
// width, line style, opacity) a few thousand to a drawLines call, then, with `arrowheads`, the
// arrowheads of each colour as one path. (A PDF page then takes some 40 bytes a relation, where
// a drawing call of its own, with its graphics state, took 400: 400 MB for a million.) Returns
// the rest (curves, self-loops, selected or highlighted edges) for the detailed pass.
std::vector<int> paintEdgeBatches(QPainter& painter, const CanvasScene& scene,
                                  const PaintRequest& request, const std::vector<int>& visible,
                                  bool arrowheads) {
    constexpr qsizetype kPerCall = 4096;
    struct Batch {
        QPen pen;
        double opacity = 1;
        bool ready = false;
        QVector<QLineF> lines;
    };
    std::map<std::tuple<QRgb, int, double, double>, Batch> batches;
    std::map<std::pair<QRgb, double>, std::vector<int>> heads; // edges by arrowhead look
    const auto drawBatch = [&](Batch& batch) {
        painter.setPen(batch.pen);
        painter.setOpacity(batch.opacity);
        painter.drawLines(batch.lines);
        batch.lines.clear();
    };
    painter.setBrush(Qt::NoBrush);
    std::vector<int> rest;
    const QRectF clip = clipRect(request);
    for (int i : visible) {
        if (request.stopped())
            break;
        const EdgeVisual& edge = scene.edges()[size_t(i)];
        const bool special =
            request.selected.contains(edge.id.value) || request.highlighted.contains(edge.id.value);
        if (special || !edge.isStraight()) {
            rest.push_back(i);
            continue;
        }
        const double opacity = opacityOf(request, edge.id.value, edge.faded);
        Batch& batch = batches[{edge.color.rgba(), int(edge.lineStyle), opacity, edge.width}];
        if (!batch.ready) {
            batch.pen = QPen(edge.color, 1.6 * edge.width, penStyle(edge.lineStyle));
            batch.pen.setCapStyle(Qt::FlatCap);
            batch.opacity = opacity;
            batch.ready = true;
        }
        QLineF line = edge.line();
        if (clipLine(line, clip, dashPeriod(penStyle(edge.lineStyle), 1.6 * edge.width)))
            batch.lines.append(line);
        if (batch.lines.size() >= kPerCall)
            drawBatch(batch);
        if (arrowheads && edge.directed &&
            (request.part.isNull() || request.part.contains(edge.arrowTip())))
            heads[{edge.color.rgba(), opacity}].push_back(i);
    }
    for (auto& [key, batch] : batches)
        if (!batch.lines.isEmpty())
            drawBatch(batch);
    painter.setPen(Qt::NoPen);
    for (const auto& [look, edges] : heads) {
        painter.setBrush(QColor::fromRgba(look.first));
        painter.setOpacity(look.second);
        QPainterPath path;
        path.setFillRule(Qt::WindingFill); // all turn the same way: overlaps stay filled
        for (size_t k = 0; k < edges.size(); ++k) {
            const EdgeVisual& edge = scene.edges()[size_t(edges[k])];
            path.addPolygon(arrowheadOf(edge, 10)); // a fill closes it: no fourth point
            if ((k + 1) % kPerCall == 0 || k + 1 == edges.size()) {
                painter.drawPath(path);
                path.clear();
            }
        }
    }
    painter.setOpacity(1.0);
    return rest;
}

// Returns whether the view was too dense for arrowheads and labels.
bool paintEdges(QPainter& painter, const CanvasScene& scene, const PaintRequest& request,
                std::vector<int> visible) {
    // Too many to draw one by one: batched, without arrowheads on the canvas (too dense to show
    // them), with them in an export (which shows everything).
    const bool many = visible.size() > kDetailedEdgesUpTo;
    const bool dense = !request.fullDetail && many;
    const QRectF clip = clipRect(request);
    if (many)
        visible = paintEdgeBatches(painter, scene, request, visible, request.fullDetail);
    for (int pass = 0; pass < 2; ++pass) { // selected edges last, on top
        for (int i : visible) {
            if (request.stopped())
                break;
            const EdgeVisual& edge = scene.edges()[size_t(i)];
            const bool selected = request.selected.contains(edge.id.value);
            const bool onPath = request.highlighted.contains(edge.id.value);
            if ((selected || onPath) != (pass == 1))
                continue;
            const QColor colour = selected ? kSelection : onPath ? kHighlight : edge.color;
            // A path or selection stays at least 3 pixels wide however far out the zoom is.
            const double width =
                selected || onPath ? std::max(3.5, 3.0 / request.scale) : 1.6 * edge.width;
            const Qt::PenStyle style = penStyle(edge.lineStyle);
            const bool straight = edge.isStraight();
            QLineF line;
            bool lineShown = true;
            if (straight) {
                line = edge.line();
                lineShown = clipLine(line, clip, dashPeriod(style, width));
            }
            const bool arrowShown =
                edge.directed && (request.part.isNull() || request.part.contains(edge.arrowTip()));
            if (straight && !lineShown && !arrowShown)
                continue; // outside the part of an export being painted
            painter.setOpacity(opacityOf(request, edge.id.value, edge.faded));
            QPen pen(colour, width, style);
            pen.setCapStyle(Qt::FlatCap);
            painter.setPen(pen);
            painter.setBrush(Qt::NoBrush);
            if (straight) {
                if (lineShown)
                    painter.drawLine(line);
            } else if (request.part.isNull() && !clip.contains(edge.controlRect())) {
                // A curve running out of the view: the part inside, as short cut lines. (An
                // export painted in parts draws it whole: cut, it would flatten differently.)
                const QVector<QLineF> pieces = clippedCurve(edge.path(), clip);
                if (!pieces.isEmpty())
                    painter.drawLines(pieces);
            } else {
                painter.drawPath(edge.path());
            }
            if (arrowShown) {
                painter.setPen(Qt::NoPen);
                painter.setBrush(colour);
                drawArrowhead(painter, edge, selected || onPath ? 12 : 10);
            }
        }
    }
    painter.setOpacity(1.0);
    return dense;
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
        if (request.stopped())
            break;
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
}

// Node labels where the scene's placement put them, then relation labels where they still fit;
// both in device units (a constant readable size at any zoom), so the painter is scaled down.
PaintedLabels paintLabels(QPainter& painter, const CanvasScene& scene, const PaintRequest& request,
                          const std::vector<int>& visibleEdges, bool edgesDense) {
    PaintedLabels painted;
    const double s = request.scale;
    if (s <= 0 || scene.nodeCount() == 0)
        return painted;
    const NodeLabels& labels = scene.nodeLabels(
        s, request.labels, request.selected + request.highlighted, request.visibleWorld);
    const int nodePx =
        request.labels.exact
            ? labels.nodePx
            : CanvasScene::labelPixels(s, scene.labelFont().pixelSize(), request.labels.minNodePx);
    const int edgePx = request.labels.exact
                           ? labels.edgePx
                           : CanvasScene::labelPixels(s, scene.edgeLabelFont().pixelSize(),
                                                      request.labels.minEdgePx);
    // Labels of nodes just outside the view can reach into it.
    const double reach = 400.0 / s;
    const std::vector<int> nodes =
        scene.nodesIn(request.visibleWorld.adjusted(-reach, -reach / 4, reach, reach / 4));
    painter.save();
    painter.scale(1 / s, 1 / s);
    QFont nodeFont = scene.labelFont();
    nodeFont.setPixelSize(nodePx);
    QFont edgeFont = scene.edgeLabelFont();
    edgeFont.setPixelSize(edgePx);

    std::vector<std::pair<int, QRectF>> shown;
    FreeSpace space(nodePx * 4.0);
    const QRectF viewDevice(request.visibleWorld.topLeft() * s,
                            request.visibleWorld.bottomRight() * s);
    for (int i : nodes) {
        const NodeVisual& node = scene.nodes()[size_t(i)];
        const double r = std::max(node.radius * s * 1.2, 1.0);
        if (r >= kDotRadius) // as the placement: dots may be covered, shapes not
            space.take(QRectF(node.position * s - QPointF(r, r), QSizeF(2 * r, 2 * r)));
        if (node.label.isEmpty())
            continue;
        ++painted.labelledNodes;
        const LabelSide side = labels.sides[size_t(i)];
        if (side == LabelSide::Hidden)
            continue;
        const QRectF rect = scene.labelDeviceRect(size_t(i), side, s, nodePx);
        space.take(rect.adjusted(-2, -1, 2, 1));
        // On the canvas a name cut by the window's edge is left out (it shows whole once
        // scrolled in), as maps do; exports are framed to hold every name.
        if (!request.fullDetail && !viewDevice.contains(rect))
            continue;
        shown.emplace_back(i, rect);
    }

    // Tens of thousands of names (a huge map on one page): square halos. A rounded one is a
    // tenth of a kilobyte more in a PDF, whose page Qt keeps in memory until it ends (70 MB
    // on a page of a million relations), and its corners are a fraction of a point there.
    constexpr size_t kRoundedHalosUpTo = 20000;
    const bool rounded = shown.size() <= kRoundedHalosUpTo;
    // Relation labels: at the middle of their curve, only where they overlap nothing.
    const bool edgeLabels = !edgesDense && !visibleEdges.empty();
    if (edgeLabels) {
        painter.setFont(edgeFont);
        const QFontMetricsF metrics(edgeFont);
        const double wrapWidth = edgePx * 14.0;
        for (int i : visibleEdges) {
            if (request.stopped())
                break;
            const EdgeVisual& edge = scene.edges()[size_t(i)];
            // Exports give the whole label, wrapped; the canvas the short one on one line.
            const QString& text = request.fullDetail ? edge.fullLabel : edge.label;
            if (text.isEmpty())
                continue;
            QSizeF size;
            if (request.fullDetail)
                size = metrics
                           .boundingRect(QRectF(0, 0, wrapWidth, 1e6),
                                         Qt::TextWordWrap | Qt::AlignCenter, text)
                           .size();
            else
                size = QSizeF(metrics.horizontalAdvance(text) * 1.04 + 2, metrics.height());
            // At the middle of the curve, else a little towards either end.
            QRectF rect;
            bool free = false;
            for (double t : {0.5, 0.38, 0.62}) {
                const QPointF at = (t == 0.5 ? edge.labelAnchor() : edge.pointAt(t)) * s;
                rect = QRectF(at.x() - size.width() / 2, at.y() - size.height() / 2, size.width(),
                              size.height());
                if ((free = space.isFree(rect.adjusted(-2, -1, 2, 1))))
                    break;
            }
            if (!free)
                continue;
            space.take(rect.adjusted(-2, -1, 2, 1));
            painter.setOpacity(opacityOf(request, edge.id.value, edge.faded));
            const QColor ink = request.highlighted.contains(edge.id.value) ? kHighlight.darker(130)
                                                                           : edge.color.darker(140);
            drawLabel(painter, rect, text, request.dark ? readableOnDark(ink) : ink,
                      request.fullDetail, request.dark, rounded);
            ++painted.edgeLabels;
        }
    }

    painter.setFont(nodeFont);
    for (const auto& [i, rect] : shown) {
        if (request.stopped())
            break;
        const NodeVisual& node = scene.nodes()[size_t(i)];
        painter.setOpacity(opacityOf(request, node.id.value, node.faded));
        drawLabel(painter, rect, node.label,
                  nameColour(request, request.selected.contains(node.id.value)), false,
                  request.dark, rounded);
        ++painted.nodeLabels;
    }
    painter.setOpacity(1.0);
    painter.restore();
    return painted;
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

double elementOpacity(const QSet<qint64>& highlighted, qint64 id, bool faded) {
    if (!highlighted.isEmpty() && !highlighted.contains(id))
        return faded ? kFadedOpacity * 0.6 : 0.28;
    return faded ? kFadedOpacity : 1.0;
}

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

PaintedLabels paintGraph(QPainter& painter, const CanvasScene& scene, const PaintRequest& request) {
    const std::vector<int> edges = scene.edgesIn(request.visibleWorld);
    const std::vector<int> nodes = scene.nodesIn(request.visibleWorld);
    // Antialiasing is what makes a diagram look finished, but costs most on huge views. An
    // export decides for all of it (it may be painted in parts).
    const size_t shown = request.fullDetail ? scene.edges().size() + scene.nodes().size()
                                            : edges.size() + nodes.size();
    painter.setRenderHint(QPainter::Antialiasing, shown < 50000);
    painter.setRenderHint(QPainter::TextAntialiasing, true);
    if (request.changes)
        paintChangeBands(painter, scene, *request.changes, request);
    const bool dense = paintEdges(painter, scene, request, edges);
    paintNodes(painter, scene, request, nodes);
    if (request.changes)
        paintChangeRings(painter, scene, *request.changes, request);
    const PaintedLabels painted = paintLabels(painter, scene, request, edges, dense);
    paintAnnotations(painter, scene, request);
    return painted;
}

void paintOverlay(QPainter& painter, const CanvasScene& scene, const PaintRequest& request,
                  const std::vector<int>& nodes, const std::vector<int>& edges,
                  const NodeLabels& placed) {
    painter.setRenderHint(QPainter::Antialiasing, true);
    painter.setRenderHint(QPainter::TextAntialiasing, true);
    if (request.changes)
        paintChangeBands(painter, scene, *request.changes, request);
    paintEdges(painter, scene, request, edges);
    const double s = request.scale;
    // Far out nodes are dots: a selected or highlighted one gets a ring a few pixels wide.
    if (s * CanvasScene::kNodeRadius < 2.0) {
        for (int i : nodes) {
            const NodeVisual& node = scene.nodes()[size_t(i)];
            const bool selected = request.selected.contains(node.id.value);
            QPen ring(selected ? kSelection : kHighlight, 2.5);
            ring.setCosmetic(true);
            painter.setPen(ring);
            painter.setBrush(node.color);
            painter.drawEllipse(node.position, 5 / s, 5 / s);
        }
    } else {
        paintNodes(painter, scene, request, nodes);
    }
    if (request.changes)
        paintChangeRings(painter, scene, *request.changes, request);
    // Their names, in device units.
    if (s > 0) {
        const int px =
            CanvasScene::labelPixels(s, scene.labelFont().pixelSize(), request.labels.minNodePx);
        painter.save();
        painter.scale(1 / s, 1 / s);
        QFont font = scene.labelFont();
        font.setPixelSize(px);
        painter.setFont(font);
        for (int i : nodes) {
            const NodeVisual& node = scene.nodes()[size_t(i)];
            if (node.label.isEmpty())
                continue;
            const LabelSide side =
                size_t(i) < placed.sides.size() && placed.sides[size_t(i)] != LabelSide::Hidden
                    ? placed.sides[size_t(i)]
                    : LabelSide::Below;
            const QRectF rect = scene.labelDeviceRect(size_t(i), side, s, px);
            painter.setOpacity(opacityOf(request, node.id.value, node.faded));
            drawLabel(painter, rect, node.label,
                      nameColour(request, request.selected.contains(node.id.value)), false,
                      request.dark);
        }
        painter.setOpacity(1.0);
        painter.restore();
    }
    paintAnnotations(painter, scene, request);
}

} // namespace kizuna
