#include "canvas/MapLayer.h"

#include "canvas/GraphPainter.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <map>
#include <tuple>

namespace kizuna {
namespace {

// Styles by their look, each given an index once (a map coloured by a metric has a colour per
// node: many styles, so a hash, and 32-bit indexes).
class StyleTable {
public:
    explicit StyleTable(std::vector<LayerStyle>& styles) : m_styles(styles) {
        for (size_t i = 0; i < styles.size(); ++i)
            m_index.emplace(key(styles[i]), quint32(i));
    }
    quint32 operator()(const LayerStyle& style) {
        const auto [it, fresh] = m_index.emplace(key(style), quint32(m_styles.size()));
        if (fresh)
            m_styles.push_back(style);
        return it->second;
    }

private:
    using Key = std::tuple<QRgb, float, int, float>;
    static Key key(const LayerStyle& s) { return {s.colour, s.width, int(s.line), s.opacity}; }
    std::vector<LayerStyle>& m_styles;
    std::map<Key, quint32> m_index;
};

int cellOf(double v, double low, double extent) {
    const int cell = extent > 0 ? int((v - low) / extent * MapLayerData::kGrid) : 0;
    return std::clamp(cell, 0, MapLayerData::kGrid - 1);
}

} // namespace

QRectF LayerCamera::visibleWorld() const {
    const QSizeF half(size.width() / 2.0 / scale, size.height() / 2.0 / scale);
    return QRectF(centre - QPointF(half.width(), half.height()), half * 2);
}

size_t MapLayerData::elementsIn(const QRectF& world) const {
    if (!m_counted.load(std::memory_order_acquire))
        return std::numeric_limits<size_t>::max();
    const QRectF seen = world.intersected(bounds);
    if (seen.isEmpty())
        return 0;
    const double cellWidth = bounds.width() / kGrid, cellHeight = bounds.height() / kGrid;
    const int x0 = cellOf(seen.left(), bounds.left(), bounds.width());
    const int x1 = cellOf(seen.right(), bounds.left(), bounds.width());
    const int y0 = cellOf(seen.top(), bounds.top(), bounds.height());
    const int y1 = cellOf(seen.bottom(), bounds.top(), bounds.height());
    // Cells the view covers in part count in part (a close-up sees a little of one cell).
    double count = 0;
    for (int y = y0; y <= y1; ++y)
        for (int x = x0; x <= x1; ++x) {
            const QRectF cell(bounds.left() + x * cellWidth, bounds.top() + y * cellHeight,
                              cellWidth, cellHeight);
            const QRectF part = cell.intersected(seen);
            const double share = cellWidth > 0 && cellHeight > 0
                                     ? part.width() * part.height() / (cellWidth * cellHeight)
                                     : 1.0;
            count += m_cells[size_t(y * kGrid + x)] * std::clamp(share, 0.0, 1.0);
        }
    return size_t(std::ceil(count));
}

MapLayerData::~MapLayerData() {
    if (m_counter.joinable())
        m_counter.join();
}

void MapLayerData::count(bool inBackground) {
    auto work = [this] {
        std::vector<int> counts(size_t(kGrid * kGrid), 0);
        const QRectF& b = bounds;
        const double toCellX = b.width() > 0 ? kGrid / b.width() : 0;
        const double toCellY = b.height() > 0 ? kGrid / b.height() : 0;
        constexpr int kLast = kGrid - 1;
        int* cells = counts.data();
        auto countLine = [&](QPointF from, QPointF to) {
            const double ax = (from.x() - b.left()) * toCellX, ay = (from.y() - b.top()) * toCellY;
            const double bx = (to.x() - b.left()) * toCellX, by = (to.y() - b.top()) * toCellY;
            const int steps =
                std::min(int(std::max(std::abs(bx - ax), std::abs(by - ay))) + 1, 2 * kGrid);
            const double sx = (bx - ax) / steps, sy = (by - ay) / steps;
            int last = -1;
            for (int k = 0; k <= steps; ++k) {
                const int cx = std::clamp(int(ax + sx * k), 0, kLast);
                const int cy = std::clamp(int(ay + sy * k), 0, kLast);
                const int cell = cy * kGrid + cx;
                if (cell != last)
                    ++cells[cell];
                last = cell;
            }
        };
        for (const QPointF& at : nodePositions)
            countLine(at, at);
        for (size_t i = 0; i < edgeFrom.size(); ++i)
            countLine(edgeFrom[i], edgeTo[i]);
        m_cells = std::move(counts);
        m_counted.store(true, std::memory_order_release);
    };
    if (inBackground)
        m_counter = std::thread(work);
    else
        work();
}

std::shared_ptr<const MapLayerData> buildMapLayer(const CanvasScene& scene,
                                                  const QSet<qint64>& highlighted) {
    static std::atomic<quint64> serials{0};
    auto data = std::make_shared<MapLayerData>();
    data->serial = ++serials;
    data->generation = scene.generation();
    data->bounds = scene.bounds();
    StyleTable nodeStyle(data->styles);
    const size_t n = scene.nodeCount();
    data->nodePositions.reserve(n);
    data->nodeRadii.reserve(n);
    data->nodeStyles.reserve(n);
    data->nodeShapes.reserve(n);
    for (const NodeVisual& node : scene.nodes()) {
        data->nodePositions.push_back(node.position);
        data->nodeRadii.push_back(float(node.radius));
        data->nodeShapes.push_back(node.shape);
        data->nodeStyles.push_back(
            nodeStyle({node.color.rgba(), 1.0f, LineStyle::Solid,
                       float(elementOpacity(highlighted, node.id.value, node.faded))}));
    }
    StyleTable edgeStyle(data->styles);
    const size_t m = scene.edgeCount();
    data->edgeFrom.reserve(m);
    data->edgeTo.reserve(m);
    data->edgeCurve.reserve(m);
    data->edgeStyles.reserve(m);
    for (const EdgeVisual& edge : scene.edges()) {
        data->edgeFrom.push_back(edge.start);
        data->edgeTo.push_back(edge.end);
        data->edgeCurve.push_back(edge.isStraight() ? -1 : qint32(data->edgeMiddle.size()));
        if (!edge.isStraight())
            data->edgeMiddle.push_back(edge.labelAnchor());
        data->edgeStyles.push_back(
            edgeStyle({edge.color.rgba(), float(edge.width), edge.lineStyle,
                       float(elementOpacity(highlighted, edge.id.value, edge.faded))}));
    }
    data->count(n + m > 20000);
    return data;
}

} // namespace kizuna
