#pragma once
// Paints a CanvasScene with a QPainter whose transform maps world to device coordinates. The same
// code draws the screen and (later) exported diagrams, so what is exported is what is seen.

#include "canvas/CanvasScene.h"

#include <QPainter>
#include <QSet>
#include <atomic>

namespace kizuna {

struct PaintRequest {
    QRectF visibleWorld;     // only what intersects this is painted
    double scale = 1.0;      // device pixels per world unit: picks the level of detail
    QSet<qint64> selected;   // element ids drawn highlighted
    bool fullDetail = false; // exports: arrowheads and curves however many, labels in full
    LabelSizing labels;      // the smallest label sizes; exports place for their exact scale
    qint64 selectedAnnotation = 0;
    // A found path: drawn in the accent colour, everything else dimmed. Empty: no highlight.
    QSet<qint64> highlighted;
    // "Changes since" or "Compare With": marks and ghosts over the map. Null: none.
    const struct ChangeMarks* changes = nullptr;
    // An export painted in parts (a PNG's bands): the part being painted, in world units, with
    // a margin. Lines are cut to it and arrowheads outside it skipped. Null: all of it.
    QRectF part;
    // The dark theme: names light on dark halos (the canvas); exports keep print colours.
    bool dark = false;
    // An export being cancelled: once set, the rest is not drawn. Null: never.
    const std::atomic<bool>* stop = nullptr;
    bool stopped() const { return stop && stop->load(std::memory_order_relaxed); }
};

struct PaintedLabels {
    int nodeLabels = 0;    // node labels drawn
    int labelledNodes = 0; // nodes with a label to draw (in view)
    int edgeLabels = 0;
};

// Above this many edges in view, straight edges are drawn in batches of lines per colour, without
// arrowheads or labels (too dense to read anyway): a frame stays quick on big maps.
constexpr size_t kDetailedEdgesUpTo = 2000;

PaintedLabels paintGraph(QPainter& painter, const CanvasScene& scene, const PaintRequest& request);
// Over a map layer drawn without them (MapLayer): these nodes and relations in full detail
// (selected, on a found path, being dragged) with their names, then change marks and text boxes.
// Names go where `placed` shows them, else below their node.
void paintOverlay(QPainter& painter, const CanvasScene& scene, const PaintRequest& request,
                  const std::vector<int>& nodes, const std::vector<int>& edges,
                  const NodeLabels& placed);
// How opaque an element is drawn: faded (filtered by time or focus) and, while a path is
// highlighted, everything off it.
double elementOpacity(const QSet<qint64>& highlighted, qint64 id, bool faded);
// The Qt pen style of a relation's line style (canvas, exports and legends).
Qt::PenStyle penStyle(LineStyle style);

} // namespace kizuna
