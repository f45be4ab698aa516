#pragma once
// The map as flat arrays for drawing big views fast: positions, radii and style indexes of the
// nodes, end points and style indexes of the relations, built from a CanvasScene in one pass and
// never changed afterwards (a worker thread draws from it while the scene moves on). Drawn with
// cosmetic lines batched per style and nodes as dots or plain shapes: the overview and mid-range
// tiers of the canvas. Close up, and in exports, GraphPainter draws every detail instead.

#include "canvas/CanvasScene.h"

#include <QImage>
#include <QPainter>
#include <QSet>
#include <atomic>
#include <memory>
#include <thread>
#include <vector>

namespace kizuna {

struct LayerStyle {
    QRgb colour = 0;
    float width = 1.0f; // a multiple of the usual line width
    LineStyle line = LineStyle::Solid;
    float opacity = 1.0f;
    bool operator==(const LayerStyle&) const = default;
};

// A world point in single precision: a layer's million line ends take half the memory, and a
// float is exact to well under a pixel at any zoom the layer draws at.
struct LayerPoint {
    float x = 0, y = 0;
    LayerPoint() = default;
    LayerPoint(double px, double py) : x(float(px)), y(float(py)) {}
    LayerPoint(QPointF p) : x(float(p.x())), y(float(p.y())) {}
    operator QPointF() const { return QPointF(x, y); }
};

struct MapLayerData {
    MapLayerData() = default;
    MapLayerData(const MapLayerData&) = delete;
    MapLayerData& operator=(const MapLayerData&) = delete;
    ~MapLayerData(); // waits for the count below

    quint64 serial = 0;     // this build's own number: drawings of it are of this data
    quint64 generation = 0; // the scene's when built (a newer scene needs a new build)
    QRectF bounds;          // world
    // Nodes, as the scene's nodes().
    std::vector<QPointF> nodePositions;
    std::vector<float> nodeRadii;
    std::vector<quint32> nodeStyles;
    std::vector<NodeShape> nodeShapes;
    // Relations: a line from `edgeFrom` to `edgeTo`; a curved one (edgeCurve >= 0) through
    // edgeMiddle[edgeCurve] (only curves have a middle: most relations are straight).
    std::vector<LayerPoint> edgeFrom, edgeTo, edgeMiddle;
    std::vector<qint32> edgeCurve;
    std::vector<quint32> edgeStyles;
    std::vector<LayerStyle> styles; // shared by nodes and relations
    // About how many nodes and relations a view shows (rather more than fewer), at once: they
    // are counted on a grid over `bounds`, a relation in every cell it crosses. A big map is
    // counted on a thread of its own after the build (a tenth of a second for 500,000
    // relations); until then every view counts as full (SIZE_MAX).
    static constexpr int kGrid = 64;
    size_t elementsIn(const QRectF& world) const;
    void count(bool inBackground);

private:
    std::vector<int> m_cells;
    std::atomic<bool> m_counted{false};
    std::thread m_counter;
};

// Everything but the selection: faded elements and a highlighted path change the styles.
std::shared_ptr<const MapLayerData> buildMapLayer(const CanvasScene& scene,
                                                  const QSet<qint64>& highlighted);

struct LayerLabel {
    QRectF rect; // device pixels
    QString text;
    QRgb colour = 0;
    float opacity = 1.0f;
};

// What one drawing of the layer shows.
struct LayerCamera {
    QPointF centre;   // world point at the image's centre
    double scale = 1; // device pixels per world unit
    QSize size;       // device pixels
    qreal pixelRatio = 1;
    bool dark = false; // the dark theme's background and name halos
    // The names of this zoom are drawn (a big map's are placed on a thread: a drawing made
    // before they were is made again once they are).
    bool named = true;
    bool operator==(const LayerCamera&) const = default;
    QRectF visibleWorld() const;
};

struct LayerFrame {
    LayerCamera camera;
    std::vector<LayerLabel> labels;
    QFont labelFont; // pixel size in device pixels
};

// The frame's names alone, over a drawing of the layer made without them.
void paintLayerNames(QImage& image, const LayerFrame& frame);

// The nodes alone, as dots or shapes, onto a painter in device pixels (a first frame).
void paintLayerNodes(QPainter& painter, const MapLayerData& data, const LayerCamera& camera);

struct LayerStats {
    size_t edgesInView = 0;
    size_t edgesDrawn = 0;   // fewer where long relations would cover the picture many times over
    bool namesAdded = false; // names only, over the drawing before (LayerRenderer)
};

// Draws the layer into `image` (camera.size, premultiplied ARGB). Stops early, returning false,
// once `stop` is set.
bool renderMapLayer(QImage& image, const MapLayerData& data, const LayerFrame& frame,
                    const std::atomic<bool>& stop, LayerStats* stats = nullptr);

} // namespace kizuna
