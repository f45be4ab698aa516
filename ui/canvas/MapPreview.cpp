#include "canvas/MapPreview.h"

#include "document/MapQuery.h"

#include <QPainter>
#include <algorithm>

namespace kizuna {

std::shared_ptr<const MapPreview> readMapPreview(const QString& path, ColourScheme colours,
                                                 size_t fromNodes) {
    auto query = MapQuery::open(path);
    if (!query)
        return nullptr;
    auto places = query.value()->placedNodes();
    if (!places || places.value().positions.size() < std::max<size_t>(fromNodes, 1))
        return nullptr;
    const NodePlaces& placed = places.value();
    const Schema& schema = query.value()->schema();
    auto preview = std::make_shared<MapPreview>();
    preview->nodeCount = placed.positions.size();
    for (const QString& key : placed.typeKeys) {
        const NodeType* type = schema.nodeType(key);
        // Monochrome fills are near white, drawn with an outline; a dot has none.
        preview->colours.push_back(colours == ColourScheme::Monochrome
                                       ? QColor(0x55, 0x55, 0x55)
                                       : sceneColour(colours, schema, key,
                                                     type ? QColor(type->color) : QColor(Qt::gray),
                                                     true));
    }
    preview->pointsByColour.resize(preview->colours.size());
    double left = placed.positions.front().x(), right = left;
    double top = placed.positions.front().y(), bottom = top;
    for (size_t i = 0; i < placed.positions.size(); ++i) {
        const QPointF p = placed.positions[i];
        preview->pointsByColour[size_t(placed.types[i])].push_back(p);
        left = std::min(left, p.x());
        right = std::max(right, p.x());
        top = std::min(top, p.y());
        bottom = std::max(bottom, p.y());
    }
    preview->bounds = QRectF(QPointF(left, top), QPointF(right, bottom))
                          .adjusted(-CanvasScene::kNodeRadius, -CanvasScene::kNodeRadius,
                                    CanvasScene::kNodeRadius, CanvasScene::kNodeRadius);
    return preview;
}

void paintMapPreview(QPainter& painter, const MapPreview& preview, QPointF centre, double scale) {
    if (preview.bounds.isEmpty() || scale <= 0)
        return;
    const QPointF offset = centre - preview.bounds.center() * scale;
    // Dots as big as the nodes would be, but at least two pixels: a map of 100,000 nodes fitted
    // to a window is a cloud whose shape still shows. Filled squares without antialiasing are
    // what the raster engine draws fastest (a wide pen's points are stroked one by one).
    const double side = std::max(2.0, 2 * CanvasScene::kNodeRadius * scale), half = side / 2;
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing, false);
    painter.setPen(Qt::NoPen);
    std::vector<QRectF> squares;
    for (size_t c = 0; c < preview.colours.size(); ++c) {
        const auto& points = preview.pointsByColour[c];
        squares.resize(points.size());
        std::transform(points.begin(), points.end(), squares.begin(), [&](QPointF p) {
            const QPointF at = p * scale + offset;
            return QRectF(at.x() - half, at.y() - half, side, side);
        });
        painter.setBrush(preview.colours[c]);
        painter.drawRects(squares.data(), int(squares.size()));
    }
    painter.restore();
}

} // namespace kizuna
