#include "canvas/MapLayer.h"

#include "canvas/GraphPainter.h"
#include "canvas/LineClip.h"
#include "canvas/NodeShapes.h"

#include <QPainter>
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

const QColor kBackground(250, 250, 248);
const QColor kDarkBackground(0x1E, 0x1F, 0x22);
const QColor kDarkHalo(0x1E, 0x1F, 0x22, 215);
// Relations drawn whatever the ink budget (pixels), and that budget: about 100 ms of lines.
constexpr double kShortEdgePx = 24;
constexpr double kInkBudgetPx = 12e6;
const QColor kHalo(255, 255, 255, 215);

// Nodes: far out a dot each (at least two pixels, so a whole map shows its shape), gathered per
// style and size; closer in their shapes.
void drawNodes(QPainter& painter, const MapLayerData& data, const LayerCamera& camera,
               const QRectF& canvas, const std::atomic<bool>* stop) {
    const double s = camera.scale;
    const QPointF offset =
        QPointF(camera.size.width(), camera.size.height()) / 2 - camera.centre * s;
    painter.setRenderHint(QPainter::Antialiasing, data.nodePositions.size() < 20000);
    std::map<std::pair<quint32, int>, QVector<QPointF>> dots;
    QPainterPath shapes[7];
    for (int k = 0; k < 7; ++k)
        shapes[k] = nodeShapePath(static_cast<NodeShape>(k), 1.0);
    for (size_t i = 0; i < data.nodePositions.size(); ++i) {
        if ((i & 8191) == 0 && stop && stop->load(std::memory_order_relaxed))
            return;
        const QPointF at = data.nodePositions[i] * s + offset;
        const double r = data.nodeRadii[i] * s;
        if (!canvas.adjusted(-r, -r, r, r).contains(at))
            continue;
        const LayerStyle& look = data.styles[data.nodeStyles[i]];
        if (r < 2.0) {
            dots[{data.nodeStyles[i], int(std::ceil(std::max(2 * r, 2.0)))}].append(at);
            continue;
        }
        const QColor colour = QColor::fromRgba(look.colour);
        painter.setOpacity(look.opacity);
        painter.save();
        painter.translate(at);
        painter.scale(r, r); // the shapes are of radius 1
        painter.setPen(QPen(colour.darker(150), std::max(1.0, 1.5 * s) / r));
        painter.setBrush(colour);
        painter.drawPath(shapes[static_cast<int>(data.nodeShapes[i])]);
        painter.restore();
    }
    // Squares of two to four pixels: filled rectangles are what the raster engine draws fastest
    // (a wide pen's points are stroked one by one).
    painter.setPen(Qt::NoPen);
    painter.setRenderHint(QPainter::Antialiasing, false);
    QVector<QRectF> squares;
    for (const auto& [key, points] : dots) {
        const LayerStyle& look = data.styles[key.first];
        painter.setBrush(QColor::fromRgba(look.colour));
        painter.setOpacity(look.opacity);
        const double side = key.second, half = side / 2;
        squares.clear();
        squares.reserve(points.size());
        for (const QPointF& at : points)
            squares.append(QRectF(at.x() - half, at.y() - half, side, side));
        painter.drawRects(squares.constData(), int(squares.size()));
    }
}

} // namespace

void paintLayerNodes(QPainter& painter, const MapLayerData& data, const LayerCamera& camera) {
    painter.save();
    drawNodes(painter, data, camera, QRectF(QPointF(-2, -2), QSizeF(camera.size) + QSizeF(4, 4)),
              nullptr);
    painter.restore();
}

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

bool renderMapLayer(QImage& image, const MapLayerData& data, const LayerFrame& frame,
                    const std::atomic<bool>& stop, LayerStats* stats) {
    const LayerCamera& camera = frame.camera;
    if (image.size() != camera.size || image.format() != QImage::Format_ARGB32_Premultiplied)
        image = QImage(camera.size, QImage::Format_ARGB32_Premultiplied);
    image.fill(camera.dark ? kDarkBackground : kBackground);
    if (camera.size.isEmpty())
        return true;
    const double s = camera.scale;
    const QPointF offset =
        QPointF(camera.size.width(), camera.size.height()) / 2 - camera.centre * s;
    auto device = [&](QPointF world) { return world * s + offset; };
    const QRectF canvas(QPointF(-2, -2), QSizeF(camera.size) + QSizeF(4, 4));

    // Relations: one cosmetic pen per style, lines gathered and drawn in batches. A relation
    // shorter than a pixel is left out (its nodes' dots cover it).
    const QRectF world = camera.visibleWorld();
    struct Visible {
        quint32 index;
        float length; // device pixels inside the picture, about
    };
    std::vector<Visible> visible;
    double shortInk = 0, longInk = 0;
    for (size_t i = 0; i < data.edgeFrom.size(); ++i) {
        if ((i & 65535) == 0 && stop.load(std::memory_order_relaxed))
            return false;
        const QPointF a = device(data.edgeFrom[i]), b = device(data.edgeTo[i]);
        const qint32 curve = data.edgeCurve[i];
        const QPointF mid = curve >= 0 ? device(data.edgeMiddle[size_t(curve)]) : (a + b) / 2;
        const double left = std::min({a.x(), b.x(), mid.x()});
        const double right = std::max({a.x(), b.x(), mid.x()});
        const double top = std::min({a.y(), b.y(), mid.y()});
        const double bottom = std::max({a.y(), b.y(), mid.y()});
        if (right < canvas.left() || left > canvas.right() || bottom < canvas.top() ||
            top > canvas.bottom())
            continue;
        if (right - left < 1 && bottom - top < 1)
            continue;
        // The ink inside the picture (a long relation mostly runs outside it).
        double length = 0;
        auto ink = [&](QLineF piece) {
            if (clipLine(piece, canvas))
                length += std::max(std::abs(piece.dx()), std::abs(piece.dy()));
        };
        if (curve >= 0) {
            ink(QLineF(a, mid));
            ink(QLineF(mid, b));
        } else {
            ink(QLineF(a, b));
        }
        if (length < 1)
            continue;
        (length < kShortEdgePx ? shortInk : longInk) += length;
        visible.push_back({quint32(i), float(length)});
    }
    // A hairball of long relations covers every pixel many times over and takes seconds to
    // draw: past an ink budget only a share of the long ones is drawn (the same share of each
    // style and region, chosen by index so a pan keeps the same ones); short ones always are.
    const double keep =
        longInk > 0 ? std::clamp((kInkBudgetPx - shortInk) / longInk, 0.1, 1.0) : 1.0;
    std::vector<quint32> kept;
    kept.reserve(visible.size());
    for (const Visible& edge : visible)
        if (keep >= 1.0 || edge.length < kShortEdgePx ||
            double((edge.index * 2654435761u) % 4096u) < keep * 4096)
            kept.push_back(edge.index);
    if (stats) {
        stats->edgesInView = visible.size();
        stats->edgesDrawn = kept.size();
    }
    visible = {};

    // One band of the picture (rows from `top`): relations, nodes, names.
    const bool antialias = data.elementsIn(world) < 20000;
    auto drawBand = [&](QPainter& painter, int top, int height) {
        const QRectF band(-2, top - 2, camera.size.width() + 4, height + 4);
        painter.setRenderHint(QPainter::Antialiasing, antialias);
        std::vector<QVector<QLineF>> batches(data.styles.size());
        auto penWidth = [&](const LayerStyle& look) {
            // A one-pixel cosmetic pen is the raster engine's fast path: used until lines are
            // clearly wider.
            const double width = 1.6 * look.width * s;
            return width < 1.5 ? 1.0 : width;
        };
        std::vector<double> periods(data.styles.size());
        for (size_t k = 0; k < data.styles.size(); ++k)
            periods[k] = dashPeriod(penStyle(data.styles[k].line), penWidth(data.styles[k]));
        auto flush = [&](size_t style) {
            QVector<QLineF>& lines = batches[style];
            if (lines.isEmpty())
                return;
            const LayerStyle& look = data.styles[style];
            QPen pen(QColor::fromRgba(look.colour), penWidth(look), penStyle(look.line));
            pen.setCosmetic(true);
            pen.setCapStyle(Qt::FlatCap);
            painter.setPen(pen);
            painter.setOpacity(look.opacity);
            painter.drawLines(lines);
            lines.clear();
        };
        constexpr int kBatch = 4096;
        for (size_t k = 0; k < kept.size(); ++k) {
            if ((k & 8191) == 0 && stop.load(std::memory_order_relaxed))
                return;
            const size_t i = kept[k];
            const QPointF a = device(data.edgeFrom[i]), b = device(data.edgeTo[i]);
            QVector<QLineF>& lines = batches[data.edgeStyles[i]];
            // Only the part inside: Qt would stroke all of a wide or dashed line.
            const double period = periods[data.edgeStyles[i]];
            auto add = [&](QLineF line) {
                if (clipLine(line, band, period))
                    lines.append(line);
            };
            if (const qint32 curve = data.edgeCurve[i]; curve >= 0) {
                const QPointF mid = device(data.edgeMiddle[size_t(curve)]);
                add(QLineF(a, mid));
                add(QLineF(mid, b));
            } else {
                add(QLineF(a, b));
            }
            if (lines.size() >= kBatch)
                flush(data.edgeStyles[i]);
        }
        for (size_t style = 0; style < batches.size(); ++style)
            flush(style);
        if (stop.load(std::memory_order_relaxed))
            return;
        drawNodes(painter, data, camera, band, &stop);
        // Names, placed by the scene for this zoom: on a soft halo, as GraphPainter draws them.
        painter.setRenderHint(QPainter::Antialiasing, true);
        painter.setRenderHint(QPainter::TextAntialiasing, true);
        // A font of its own (setting a size detaches it): a font shared between threads caches
        // its engine in the shared part.
        QFont font = frame.labelFont;
        font.setPixelSize(std::max(1, frame.labelFont.pixelSize()));
        painter.setFont(font);
        for (const LayerLabel& label : frame.labels) {
            if (!label.rect.intersects(band))
                continue;
            painter.setOpacity(label.opacity);
            painter.setPen(Qt::NoPen);
            painter.setBrush(camera.dark ? kDarkHalo : kHalo);
            painter.drawRoundedRect(label.rect.adjusted(-2, 0, 2, 0), 3, 3);
            painter.setPen(QColor::fromRgba(label.colour));
            painter.drawText(label.rect, Qt::AlignCenter, label.text);
        }
    };

    // A big picture in two bands, the lower one on a second thread (two cores, half the wait).
    const int height = camera.size.height();
    if (height < 200 || kept.size() + data.nodePositions.size() < 20000) {
        QPainter painter(&image);
        drawBand(painter, 0, height);
    } else {
        const int split = height / 2;
        QImage lower(camera.size.width(), height - split, QImage::Format_ARGB32_Premultiplied);
        lower.fill(camera.dark ? kDarkBackground : kBackground);
        std::thread helper([&] {
            QPainter painter(&lower);
            painter.translate(0, -split);
            drawBand(painter, split, height - split);
        });
        {
            QPainter painter(&image);
            painter.setClipRect(QRect(0, 0, camera.size.width(), split));
            drawBand(painter, 0, split);
        }
        helper.join();
        QPainter painter(&image);
        painter.setCompositionMode(QPainter::CompositionMode_Source);
        painter.drawImage(QPoint(0, split), lower);
    }
    if (stop.load(std::memory_order_relaxed))
        return false;
    return true;
}

} // namespace kizuna
