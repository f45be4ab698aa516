#pragma once
// The picture shown while a big map opens: its nodes as dots in their types' colours, read
// straight from the file (a fraction of a second on 100,000 nodes) while the map itself loads on
// a worker (seconds). Relations, names and interaction come with the map.

#include "canvas/CanvasScene.h"

#include <QColor>
#include <QPointF>
#include <QRectF>
#include <memory>
#include <vector>

class QPainter;

namespace kizuna {

struct MapPreview {
    std::vector<std::vector<QPointF>> pointsByColour; // one list per entry of colours
    std::vector<QColor> colours;
    QRectF bounds; // of every point
    size_t nodeCount = 0;
};

// Reads the preview of the map at `path` when it has at least `fromNodes` placed nodes (smaller
// maps open faster than a preview is worth); nullptr otherwise, or when the file cannot be read
// (the open that follows reports why).
std::shared_ptr<const MapPreview> readMapPreview(const QString& path, ColourScheme colours,
                                                 size_t fromNodes);

// Draws the preview at `scale` (device pixels per world unit) with its middle at `centre`.
void paintMapPreview(QPainter& painter, const MapPreview& preview, QPointF centre, double scale);

} // namespace kizuna
