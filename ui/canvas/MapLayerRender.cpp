// Drawing the map layer (MapLayer.h): relations cut into pieces and written by LineRaster in
// tiles on both cores, then nodes and names painted in two bands at once.
#include "canvas/GraphPainter.h"
#include "canvas/LineClip.h"
#include "canvas/LineRaster.h"
#include "canvas/MapLayer.h"
#include "canvas/NodeShapes.h"

#include <QPainter>
#include <algorithm>
#include <cmath>
#include <limits>
#include <map>
#include <thread>
#include <tuple>

namespace kizuna {
namespace {

const QColor kBackground(250, 250, 248);
const QColor kDarkBackground(0x1E, 0x1F, 0x22);
const QColor kDarkHalo(0x1E, 0x1F, 0x22, 215);
// Relations drawn whatever the ink budget (pixels), and that budget: about 50 ms of lines on
// two cores.
constexpr double kShortEdgePx = 24;
constexpr double kInkBudgetPx = 12e6;
const QColor kHalo(255, 255, 255, 215);

// A node's look drawn once into a small image and stamped for every node that looks the same:
// QPainter takes about 15 microseconds to fill and stroke a shape, and a mid-range view of a
// dense map shows 20,000 of them (zoomed 16x into a million relations, 6,000 nodes of radius 30
// took 300 ms as shapes).
class NodeStamps {
public:
    static constexpr double kLargest = 48; // radius in pixels; larger ones are drawn as shapes
    NodeStamps(const MapLayerData& data, double penWidth) : m_data(data), m_penWidth(penWidth) {}

    // False when the node is to be drawn as a shape: too many looks and sizes to keep images of
    // (nodes sized by a property); 512 of up to 150 px square, some 40 MB at most.
    bool stamp(QPainter& painter, size_t node, QPointF at, double radius) {
        constexpr size_t kMostStamps = 512;
        const int quarters = int(std::lround(radius * 4));
        const Key key{m_data.nodeStyles[node], int(m_data.nodeShapes[node]), quarters};
        auto it = m_stamps.find(key);
        if (it == m_stamps.end()) {
            if (m_stamps.size() >= kMostStamps)
                return false;
            it = m_stamps.emplace(key, make(node, quarters / 4.0)).first;
        }
        const QImage& image = it->second;
        painter.drawImage(QPoint(int(std::lround(at.x() - image.width() / 2.0)),
                                 int(std::lround(at.y() - image.height() / 2.0))),
                          image);
        return true;
    }

private:
    using Key = std::tuple<quint32, int, int>;
    QImage make(size_t node, double radius) const {
        const LayerStyle& look = m_data.styles[m_data.nodeStyles[node]];
        const QPainterPath shape = nodeShapePath(m_data.nodeShapes[node], radius);
        const QRectF bounds = shape.boundingRect();
        const double reach =
            std::max({-bounds.left(), bounds.right(), -bounds.top(), bounds.bottom()}) + m_penWidth;
        const int side = int(std::ceil(2 * reach)) + 2;
        QImage image(side, side, QImage::Format_ARGB32_Premultiplied);
        image.fill(Qt::transparent);
        QPainter painter(&image);
        painter.setRenderHint(QPainter::Antialiasing, true);
        painter.setOpacity(look.opacity);
        painter.translate(side / 2.0, side / 2.0);
        const QColor colour = QColor::fromRgba(look.colour);
        painter.setPen(QPen(colour.darker(150), m_penWidth));
        painter.setBrush(colour);
        painter.drawPath(shape);
        return image;
    }
    const MapLayerData& m_data;
    double m_penWidth;
    std::map<Key, QImage> m_stamps;
};

// Nodes: far out a dot each (at least two pixels, so a whole map shows its shape), gathered per
// style and size; closer in their shapes, stamped.
void drawNodes(QPainter& painter, const MapLayerData& data, const LayerCamera& camera,
               const QRectF& canvas, const std::atomic<bool>* stop) {
    const double s = camera.scale;
    const QPointF offset =
        QPointF(camera.size.width(), camera.size.height()) / 2 - camera.centre * s;
    painter.setRenderHint(QPainter::Antialiasing, true);
    std::map<std::pair<quint32, int>, QVector<QPointF>> dots;
    QPainterPath shapes[7];
    for (int k = 0; k < 7; ++k)
        shapes[k] = nodeShapePath(static_cast<NodeShape>(k), 1.0);
    const double penWidth = std::max(1.0, 1.5 * s);
    NodeStamps stamps(data, penWidth);
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
        if (r <= NodeStamps::kLargest && stamps.stamp(painter, i, at, r))
            continue;
        const QColor colour = QColor::fromRgba(look.colour);
        painter.save(); // the opacity too: stamps after this node are drawn at their own
        painter.setOpacity(look.opacity);
        painter.translate(at);
        painter.scale(r, r); // the shapes are of radius 1
        painter.setPen(QPen(colour.darker(150), penWidth / r));
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

// A relation's straight piece in device pixels and its style.
struct Piece {
    QLineF line;
    quint32 style;
};

// The picture cut into tiles of about a quarter megabyte, with the pieces that may cross each.
class TileGrid {
public:
    static constexpr int kSide = 256;
    TileGrid(QSize size, const std::vector<Piece>& pieces)
        : m_size(size), m_columns((size.width() + kSide - 1) / kSide),
          m_rows((size.height() + kSide - 1) / kSide), m_pieces(size_t(count())) {
        const int lastColumn = m_columns - 1, lastRow = m_rows - 1;
        for (size_t k = 0; k < pieces.size(); ++k) {
            const QLineF& line = pieces[k].line;
            auto cell = [](double v, int last) {
                return std::clamp(int(std::floor(v / kSide)), 0, last);
            };
            const int x0 = cell(std::min(line.x1(), line.x2()), lastColumn);
            const int x1 = cell(std::max(line.x1(), line.x2()), lastColumn);
            const int y0 = cell(std::min(line.y1(), line.y2()), lastRow);
            const int y1 = cell(std::max(line.y1(), line.y2()), lastRow);
            for (int y = y0; y <= y1; ++y)
                for (int x = x0; x <= x1; ++x)
                    m_pieces[size_t(y * m_columns + x)].push_back(quint32(k));
        }
    }
    int count() const { return m_columns * m_rows; }
    QRect rect(int tile) const {
        const QRect whole(QPoint(tile % m_columns * kSide, tile / m_columns * kSide),
                          QSize(kSide, kSide));
        return whole.intersected(QRect(QPoint(), m_size));
    }
    const std::vector<quint32>& pieces(int tile) const { return m_pieces[size_t(tile)]; }

private:
    QSize m_size;
    int m_columns, m_rows;
    std::vector<std::vector<quint32>> m_pieces;
};

// Names, placed by the scene for this zoom, those crossing `band`: on a soft halo, as
// GraphPainter draws them.
void paintNames(QPainter& painter, const LayerFrame& frame, const QRectF& band) {
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
        painter.setBrush(frame.camera.dark ? kDarkHalo : kHalo);
        painter.drawRoundedRect(label.rect.adjusted(-2, 0, 2, 0), 3, 3);
        painter.setPen(QColor::fromRgba(label.colour));
        painter.drawText(label.rect, Qt::AlignCenter, label.text);
    }
}

} // namespace

void paintLayerNames(QImage& image, const LayerFrame& frame) {
    QPainter painter(&image);
    paintNames(painter, frame, QRectF(QPointF(-2, -2), QSizeF(image.size()) + QSizeF(4, 4)));
}

void paintLayerNodes(QPainter& painter, const MapLayerData& data, const LayerCamera& camera) {
    painter.save();
    drawNodes(painter, data, camera, QRectF(QPointF(-2, -2), QSizeF(camera.size) + QSizeF(4, 4)),
              nullptr);
    painter.restore();
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
    struct Scan {
        std::vector<Visible> visible;
        double shortInk = 0, longInk = 0;
    };
    auto scan = [&](size_t begin, size_t end, Scan& out) {
        // Sums kept here, written once: two scans' sums share a cache line.
        double shortInk = 0, longInk = 0;
        std::vector<Visible> visible;
        for (size_t i = begin; i < end; ++i) {
            if ((i & 65535) == 0 && stop.load(std::memory_order_relaxed))
                break;
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
        out = {std::move(visible), shortInk, longInk};
    };
    // A big map's relations in two halves, one on each core.
    const size_t edgeCount = data.edgeFrom.size();
    Scan first, second;
    if (edgeCount < 100000) {
        scan(0, edgeCount, first);
    } else {
        std::thread helper([&] { scan(edgeCount / 2, edgeCount, second); });
        scan(0, edgeCount / 2, first);
        helper.join();
    }
    if (stop.load(std::memory_order_relaxed))
        return false;
    std::vector<Visible>& visible = first.visible;
    visible.insert(visible.end(), second.visible.begin(), second.visible.end());
    second.visible = {};
    const double shortInk = first.shortInk + second.shortInk;
    const double longInk = first.longInk + second.longInk;
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

    // Every kept relation as its pieces in device pixels, cut to the picture: lines up to eight
    // pixels wide (nearly all) for LineRaster, the rest for QPainter.
    const bool antialias = data.elementsIn(world) < 20000;
    const size_t styleCount = data.styles.size();
    std::vector<double> periods(styleCount);
    std::vector<char> direct(styleCount);
    std::vector<QPen> pens(styleCount);
    std::vector<LineRaster::Pen> rasterPens(styleCount);
    for (size_t k = 0; k < styleCount; ++k) {
        const LayerStyle& look = data.styles[k];
        // One-pixel lines until they are clearly wider.
        const double width = 1.6 * look.width * s < 1.5 ? 1.0 : 1.6 * look.width * s;
        const Qt::PenStyle style = penStyle(look.line);
        direct[k] = LineRaster::supports(style, width);
        periods[k] = dashPeriod(style, direct[k] ? LineRaster::dashUnit(width) : width);
        rasterPens[k] = LineRaster::pen(look.colour, look.opacity, style, width, antialias);
        pens[k] = QPen(QColor::fromRgba(look.colour), width, style);
        pens[k].setCosmetic(true);
        pens[k].setCapStyle(Qt::FlatCap);
    }
    std::vector<Piece> rastered, painted;
    rastered.reserve(kept.size());
    for (quint32 i : kept) {
        const quint32 style = data.edgeStyles[i];
        const QPointF a = device(data.edgeFrom[i]), b = device(data.edgeTo[i]);
        auto add = [&](QLineF line) {
            // Only the part inside: Qt would stroke all of a wide or dashed line.
            if (clipLine(line, canvas, periods[style]))
                (direct[style] ? rastered : painted).push_back({line, style});
        };
        if (const qint32 curve = data.edgeCurve[i]; curve >= 0) {
            const QPointF mid = device(data.edgeMiddle[size_t(curve)]);
            add(QLineF(a, mid));
            add(QLineF(mid, b));
        } else {
            add(QLineF(a, b));
        }
    }
    kept = {};
    const TileGrid tiles(camera.size, rastered);

    // Tiles of rastered lines, taken in turn by each core: a tile's pixels stay in the core's
    // cache while its lines are written, and a busy region does not leave the other core idle.
    uchar* const bits = image.bits(); // once: QImage::bits() is not for two threads at a time
    const qsizetype bytesPerLine = image.bytesPerLine();
    std::atomic<int> nextTile{0};
    auto rasterTiles = [&] {
        for (int t = nextTile++; t < tiles.count(); t = nextTile++) {
            if (stop.load(std::memory_order_relaxed))
                return;
            LineRaster raster(bits, bytesPerLine, tiles.rect(t));
            quint32 current = std::numeric_limits<quint32>::max();
            for (quint32 index : tiles.pieces(t)) {
                const Piece& piece = rastered[index];
                if (piece.style != current) {
                    raster.setPen(rasterPens[piece.style]);
                    current = piece.style;
                }
                raster.draw(piece.line);
            }
        }
    };

    // Over the lines, one band of the picture (device rows `top` to `top + height`, painted on
    // `band`, whose first row is `top`): lines left to QPainter, nodes, names.
    auto paintBand = [&](QImage& target, int top, int height) {
        const QRectF band(-2, top - 2, camera.size.width() + 4, height + 4);
        QPainter painter(&target);
        painter.translate(0, -top);
        painter.setRenderHint(QPainter::Antialiasing, antialias);
        std::vector<QVector<QLineF>> batches(styleCount);
        auto flush = [&](size_t style) {
            QVector<QLineF>& lines = batches[style];
            if (lines.isEmpty())
                return;
            painter.setPen(pens[style]);
            painter.setOpacity(data.styles[style].opacity);
            painter.drawLines(lines);
            lines.clear();
        };
        constexpr int kBatch = 4096;
        for (size_t k = 0; k < painted.size(); ++k) {
            if ((k & 8191) == 0 && stop.load(std::memory_order_relaxed))
                return;
            QLineF line = painted[k].line;
            const quint32 style = painted[k].style;
            if (clipLine(line, band, periods[style]))
                batches[style].append(line);
            if (batches[style].size() >= kBatch)
                flush(style);
        }
        for (size_t style = 0; style < styleCount; ++style)
            flush(style);
        if (stop.load(std::memory_order_relaxed))
            return;
        drawNodes(painter, data, camera, band, &stop);
        paintNames(painter, frame, band);
    };

    // A big picture on both cores: the tiles, then two bands painted at once, each through an
    // image of its own rows of the one buffer (one QPainter per image).
    const int width = camera.size.width(), height = camera.size.height();
    if (height < 200 || rastered.size() + painted.size() + data.nodePositions.size() < 20000) {
        rasterTiles();
        paintBand(image, 0, height);
    } else {
        std::thread helper(rasterTiles);
        rasterTiles();
        helper.join();
        const int split = height / 2;
        QImage upper(bits, width, split, bytesPerLine, QImage::Format_ARGB32_Premultiplied);
        QImage lower(bits + split * bytesPerLine, width, height - split, bytesPerLine,
                     QImage::Format_ARGB32_Premultiplied);
        std::thread second([&] { paintBand(lower, split, height - split); });
        paintBand(upper, 0, split);
        second.join();
    }
    if (stop.load(std::memory_order_relaxed))
        return false;
    return true;
}

} // namespace kizuna
