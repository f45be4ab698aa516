#include "canvas/ChangeMarks.h"

#include "canvas/GraphPainter.h"
#include "canvas/NodeShapes.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <cmath>

namespace kizuna {
namespace {

// Line patterns that tell the kinds apart without colour.
Qt::PenStyle changePen(ChangeKind kind) {
    switch (kind) {
    case ChangeKind::Added:
        return Qt::SolidLine;
    case ChangeKind::Changed:
        return Qt::DashLine;
    case ChangeKind::Removed:
        return Qt::DotLine;
    }
    return Qt::SolidLine;
}

QPen markPen(ChangeKind kind, double width, int alpha = 255) {
    QColor colour = changeColour(kind);
    colour.setAlpha(alpha);
    QPen pen(colour, width, changePen(kind), Qt::FlatCap, Qt::RoundJoin);
    pen.setCosmetic(true); // device pixels whatever the zoom
    return pen;
}

// A small disc with the kind's sign (+, Δ, ×) drawn as lines, at a device point: the same in
// every font, and exports' text stays the map's words.
void drawBadge(QPainter& painter, QPointF device, ChangeKind kind, double size) {
    painter.setPen(QPen(Qt::white, 1.0));
    painter.setBrush(changeColour(kind));
    painter.drawEllipse(device, size, size);
    const double a = size * 0.5;
    QPen sign(Qt::white, std::max(1.2, size * 0.28), Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin);
    painter.setPen(sign);
    painter.setBrush(Qt::NoBrush);
    switch (kind) {
    case ChangeKind::Added:
        painter.drawLine(device + QPointF(-a, 0), device + QPointF(a, 0));
        painter.drawLine(device + QPointF(0, -a), device + QPointF(0, a));
        break;
    case ChangeKind::Changed: {
        const QPointF triangle[] = {device + QPointF(0, -a), device + QPointF(a, a * 0.75),
                                    device + QPointF(-a, a * 0.75)};
        painter.drawPolygon(triangle, 3);
        break;
    }
    case ChangeKind::Removed:
        painter.drawLine(device + QPointF(-a * 0.8, -a * 0.8), device + QPointF(a * 0.8, a * 0.8));
        painter.drawLine(device + QPointF(-a * 0.8, a * 0.8), device + QPointF(a * 0.8, -a * 0.8));
        break;
    }
}

std::optional<QPointF> endOf(const CanvasScene& scene, const ChangeMarks& marks, qint64 id) {
    if (auto drawn = scene.positionOf(NodeId(id)))
        return drawn;
    for (const ChangeMarks::GhostNode& ghost : marks.ghostNodes)
        if (ghost.id == id)
            return ghost.position;
    return std::nullopt;
}

} // namespace

QColor changeColour(ChangeKind kind) {
    switch (kind) {
    case ChangeKind::Added:
        return QColor(0x00, 0x72, 0xB2); // blue
    case ChangeKind::Changed:
        return QColor(0xE6, 0x9F, 0x00); // orange
    case ChangeKind::Removed:
        return QColor(0xD5, 0x5E, 0x00); // vermillion
    }
    return Qt::black;
}

QString changeBadge(ChangeKind kind) {
    switch (kind) {
    case ChangeKind::Added:
        return QStringLiteral("+");
    case ChangeKind::Changed:
        return QStringLiteral("Δ");
    case ChangeKind::Removed:
        return QStringLiteral("×");
    }
    return {};
}

QString changeName(ChangeKind kind) {
    switch (kind) {
    case ChangeKind::Added:
        return QCoreApplication::translate("ChangeMarks", "Added");
    case ChangeKind::Changed:
        return QCoreApplication::translate("ChangeMarks", "Changed");
    case ChangeKind::Removed:
        return QCoreApplication::translate("ChangeMarks", "Removed");
    }
    return {};
}

ChangeMarks changeMarksOf(const MapChanges& changes, const Schema& schema, Language language,
                          ColourScheme colours, const QString& title) {
    ChangeMarks marks;
    marks.title = title;
    for (const ElementChange& change : changes.changes) {
        if (change.ghostNode && change.ghostNode->position) {
            ChangeMarks::GhostNode ghost;
            ghost.id = change.ghostNode->id.value;
            ghost.position = *change.ghostNode->position;
            ghost.label = change.ghostNode->labels.display(language);
            const NodeType* type = schema.nodeType(change.ghostNode->type);
            ghost.colour = type ? sceneColour(colours, schema, type->key, QColor(type->color), true)
                                : QColor(150, 150, 150);
            ghost.shape = type ? type->shape : NodeShape::Ellipse;
            ghost.kind = change.kind;
            marks.ghostNodes.push_back(ghost);
        } else if (change.ghostEdge) {
            marks.ghostEdges.push_back(
                {change.ghostEdge->source.value, change.ghostEdge->target.value, change.kind});
        } else if (change.id != 0 && !change.ghostNode) {
            marks.elements[change.id] = change.kind;
        }
    }
    return marks;
}

void paintChangeBands(QPainter& painter, const CanvasScene& scene, const ChangeMarks& marks,
                      const PaintRequest& request) {
    if (marks.isEmpty())
        return;
    painter.save();
    painter.setBrush(Qt::NoBrush);
    for (int i : scene.edgesIn(request.visibleWorld)) {
        const EdgeVisual& edge = scene.edges()[size_t(i)];
        auto it = marks.elements.find(edge.id.value);
        if (it == marks.elements.end())
            continue;
        painter.setPen(markPen(it->second, 5.0, 110));
        painter.drawPath(edge.path());
    }
    for (const ChangeMarks::GhostEdge& ghost : marks.ghostEdges) {
        const auto from = endOf(scene, marks, ghost.source);
        const auto to = endOf(scene, marks, ghost.target);
        if (!from || !to ||
            !QRectF(*from, *to)
                 .normalized()
                 .adjusted(-1, -1, 1, 1)
                 .intersects(request.visibleWorld))
            continue;
        painter.setPen(markPen(ghost.kind, 2.0, 200));
        painter.drawLine(*from, *to);
    }
    painter.restore();
}

void paintChangeRings(QPainter& painter, const CanvasScene& scene, const ChangeMarks& marks,
                      const PaintRequest& request) {
    if (marks.isEmpty())
        return;
    const double s = request.scale;
    const double badge = std::clamp(16.0 * s * 0.45, 5.5, 9.0);
    painter.save();
    std::vector<std::pair<QPointF, ChangeKind>> badges; // device points
    // Ghosts: the node's shape, pale, outlined in the kind's pattern; its name beneath.
    for (const ChangeMarks::GhostNode& ghost : marks.ghostNodes) {
        const double r = CanvasScene::kNodeRadius;
        if (!QRectF(ghost.position - QPointF(r, r), QSizeF(2 * r, 2 * r))
                 .intersects(request.visibleWorld))
            continue;
        QColor fill = ghost.colour;
        fill.setAlpha(70);
        painter.setBrush(fill);
        painter.setPen(markPen(ghost.kind, 2.5));
        painter.drawPath(nodeShapePath(ghost.shape, r).translated(ghost.position));
        badges.push_back({(ghost.position + QPointF(r * 0.75, -r * 0.75)) * s, ghost.kind});
    }
    // Drawn elements: a ring around a node; a badge on a relation's middle.
    for (int i : scene.nodesIn(request.visibleWorld)) {
        const NodeVisual& node = scene.nodes()[size_t(i)];
        auto it = marks.elements.find(node.id.value);
        if (it == marks.elements.end())
            continue;
        painter.setBrush(Qt::NoBrush);
        painter.setPen(markPen(it->second, 3.0));
        const double ring = node.radius + 5.0 / s;
        painter.drawEllipse(node.position, ring, ring);
        badges.push_back({(node.position + QPointF(ring * 0.72, -ring * 0.72)) * s, it->second});
    }
    for (int i : scene.edgesIn(request.visibleWorld)) {
        const EdgeVisual& edge = scene.edges()[size_t(i)];
        auto it = marks.elements.find(edge.id.value);
        if (it != marks.elements.end())
            badges.push_back({edge.labelAnchor() * s + QPointF(0, -badge * 2.2), it->second});
    }
    for (const ChangeMarks::GhostEdge& ghost : marks.ghostEdges) {
        const auto from = endOf(scene, marks, ghost.source);
        const auto to = endOf(scene, marks, ghost.target);
        if (from && to && request.visibleWorld.contains((*from + *to) / 2))
            badges.push_back({(*from + *to) / 2 * s, ghost.kind});
    }
    // Device space for names and badges: readable at every zoom.
    painter.scale(1 / s, 1 / s);
    QFont font = scene.labelFont();
    font.setPixelSize(std::max(
        request.labels.minNodePx,
        CanvasScene::labelPixels(s, scene.labelFont().pixelSize(), request.labels.minNodePx)));
    font.setStrikeOut(true);
    const QFontMetricsF metrics(font);
    for (const ChangeMarks::GhostNode& ghost : marks.ghostNodes) {
        if (!request.visibleWorld.contains(ghost.position) || ghost.label.isEmpty())
            continue;
        font.setStrikeOut(ghost.kind == ChangeKind::Removed);
        painter.setFont(font);
        const double r = CanvasScene::kNodeRadius * s;
        const QRectF rect(ghost.position * s +
                              QPointF(-metrics.horizontalAdvance(ghost.label) / 2, r + 2),
                          QSizeF(metrics.horizontalAdvance(ghost.label) + 2, metrics.height()));
        painter.setPen(Qt::NoPen);
        painter.setBrush(QColor(255, 255, 255, 200));
        painter.drawRoundedRect(rect.adjusted(-2, 0, 2, 0), 3, 3);
        painter.setPen(changeColour(ghost.kind).darker(150));
        painter.drawText(rect, Qt::AlignCenter, ghost.label);
    }
    for (const auto& [at, kind] : badges)
        drawBadge(painter, at, kind, badge);
    painter.restore();
}

QSizeF paintChangeLegend(QPainter& painter, QPointF topLeft, const ChangeMarks& marks,
                         const QFont& font, bool draw) {
    const QFontMetricsF metrics(font);
    const double line = metrics.height() * 1.35;
    const double swatch = metrics.height();
    double width = metrics.horizontalAdvance(marks.title);
    for (ChangeKind kind : {ChangeKind::Added, ChangeKind::Changed, ChangeKind::Removed})
        width = std::max(width, swatch * 3.6 + metrics.horizontalAdvance(changeName(kind)));
    const QSizeF size(width, line * 4);
    if (!draw)
        return size;
    painter.save();
    painter.setFont(font);
    painter.setPen(QColor(34, 34, 34));
    painter.drawText(QRectF(topLeft, QSizeF(width + 4, line)), Qt::AlignLeft | Qt::AlignVCenter,
                     marks.title);
    double y = topLeft.y() + line;
    for (ChangeKind kind : {ChangeKind::Added, ChangeKind::Changed, ChangeKind::Removed}) {
        const QPointF centre(topLeft.x() + swatch * 0.6, y + line / 2);
        QPen pen(changeColour(kind), std::max(1.5, swatch * 0.16), changePen(kind));
        painter.setPen(pen);
        painter.setBrush(Qt::NoBrush);
        painter.drawEllipse(centre, swatch * 0.45, swatch * 0.45);
        drawBadge(painter, centre + QPointF(swatch * 1.45, 0), kind, swatch * 0.5);
        painter.setFont(font);
        painter.setPen(QColor(34, 34, 34));
        painter.drawText(QRectF(topLeft.x() + swatch * 2.9, y, width, line),
                         Qt::AlignLeft | Qt::AlignVCenter, changeName(kind));
        y += line;
    }
    painter.restore();
    return size;
}

} // namespace kizuna
