// The canvas's big views: the map layer (MapLayer) drawn on a worker thread, shown picked and
// scaled at once while the camera moves, with what changes often drawn over it directly.

#include "canvas/BackgroundLabels.h"
#include "canvas/GraphCanvas.h"
#include "canvas/GraphPainter.h"
#include "canvas/LayerRenderer.h"

#include <QFontMetricsF>
#include <QLocale>
#include <QTimer>

namespace kizuna {
namespace {

const QColor kLayerLabelText(34, 34, 34); // as GraphPainter's names
const QColor kDarkLayerLabelText(0xE6, 0xE6, 0xE6);

// Fewer nodes and relations than this in view: every detail, drawn directly (close up). About
// where GraphPainter stops drawing arrowheads and relation names anyway.
constexpr size_t kDirectUpTo = 4000;

} // namespace

void GraphCanvas::setLayerThreshold(size_t elements) {
    m_layerFrom = elements;
    m_layerData.reset();
    update();
}

LayerCamera GraphCanvas::layerCamera() const {
    const qreal ratio = devicePixelRatioF();
    LayerCamera camera;
    camera.centre = m_centre;
    camera.scale = m_scale * ratio;
    camera.size = QSize(qRound(width() * ratio), qRound(height() * ratio));
    camera.pixelRatio = ratio;
    camera.dark = darkCanvas();
    camera.named = !namesOnThread() || layerLabels();
    return camera;
}

QRectF GraphCanvas::viewWorld() const {
    return QRectF(screenToWorld(QPointF(0, 0)), screenToWorld(QPointF(width(), height())));
}

bool GraphCanvas::namesOnThread() const {
    return m_scene.nodeCount() > m_namesOnThreadFrom;
}

const NodeLabels* GraphCanvas::layerLabels() const {
    return m_scene.placedLabels(m_scale, m_labelSizing, m_highlight, viewWorld());
}

bool GraphCanvas::layerSettled() const {
    return m_layerData && m_layer->isCurrent(*m_layerData, layerCamera());
}

// The names shown at this zoom, placed by the scene as the direct drawing places them.
LayerFrame GraphCanvas::layerFrame(const LayerCamera& camera) const {
    LayerFrame frame;
    frame.camera = camera;
    const double s = m_scale;
    const LabelSizing sizing = m_labelSizing;
    const QRectF view = viewWorld();
    // A big map's names once placed on the thread (none meanwhile); a small one's at once.
    static const NodeLabels kNone;
    const NodeLabels* placed =
        namesOnThread() ? layerLabels() : &m_scene.nodeLabels(s, sizing, m_highlight, view);
    const NodeLabels& labels = placed ? *placed : kNone;
    const int px = CanvasScene::labelPixels(s, m_scene.labelFont().pixelSize(), sizing.minNodePx);
    const QPointF offset = QPointF(width() / 2.0, height() / 2.0) - m_centre * s;
    const QRectF widget(rect());
    const double ratio = camera.pixelRatio;
    for (size_t i = 0; i < labels.sides.size() && i < m_scene.nodeCount(); ++i) {
        if (labels.sides[i] == LabelSide::Hidden)
            continue;
        const NodeVisual& node = m_scene.nodes()[i];
        if (node.label.isEmpty())
            continue;
        const QRectF rect = m_scene.labelDeviceRect(i, labels.sides[i], s, px).translated(offset);
        if (!widget.contains(rect)) // a name cut by the window's edge is left out, as drawn
            continue;
        frame.labels.push_back({QRectF(rect.topLeft() * ratio, rect.size() * ratio), node.label,
                                (camera.dark ? kDarkLayerLabelText : kLayerLabelText).rgba(),
                                float(elementOpacity(m_highlight, node.id.value, node.faded))});
    }
    frame.labelFont = m_scene.labelFont();
    frame.labelFont.setPixelSize(std::max(1, qRound(px * ratio)));
    return frame;
}

void GraphCanvas::requestLayer() {
    if (!m_layerData || width() <= 0 || height() <= 0)
        return;
    // A big map's names are placed on a thread while the layer is drawn without them; they
    // are added to the drawing when they come (LayerRenderer).
    if (namesOnThread() && !layerLabels() && !m_labels->busy()) {
        m_labels->start(m_scene.labelJob(m_scale, m_labelSizing, m_highlight, viewWorld()));
    }
    const LayerCamera camera = layerCamera();
    if (!m_layer->has(*m_layerData, camera))
        m_layer->request(m_layerData, layerFrame(camera));
}

bool GraphCanvas::paintLayered(QPainter& painter, const PaintRequest& request) {
    if (m_scene.nodeCount() + m_scene.edgeCount() < m_layerFrom) {
        m_layerData.reset();
        return false;
    }
    // While nodes are dragged the layer keeps the map as it was; the dragged nodes and their
    // relations are drawn over it.
    const bool dragging = m_drag == Drag::Move;
    if (!m_layerData || (!dragging && (m_layerData->generation != m_scene.generation() ||
                                       m_layerHighlight != m_highlight))) {
        m_layerData = buildMapLayer(m_scene, m_highlight);
        m_layerHighlight = m_highlight;
    }
    // Close up, every detail directly: few nodes and relations in view (by the grid's count),
    // and not so many relations crossing it that they would be drawn in bulk anyway (the
    // layer thins out long ones; the direct drawing would stroke them all).
    if (m_layerData->elementsIn(request.visibleWorld) < std::min(kDirectUpTo, m_layerFrom) &&
        m_scene.edgesIn(request.visibleWorld).size() <= kDetailedEdgesUpTo)
        return false;

    const LayerCamera camera = layerCamera();
    painter.save();
    painter.resetTransform();
    const bool drawn = m_layer->paint(painter, camera);
    if (!drawn) { // the first frame: the nodes alone, at once
        painter.scale(1 / camera.pixelRatio, 1 / camera.pixelRatio);
        paintLayerNodes(painter, *m_layerData, camera);
    }
    // Say so when long relations were thinned out: the picture must not pass for all of them.
    const LayerStats& stats = m_layer->stats();
    if (drawn && stats.edgesDrawn < stats.edgesInView) {
        painter.resetTransform();
        const QString note =
            tr("Showing %1% of the %2 relations in view — zoom in to see them all")
                .arg(qMax(1, int(100.0 * double(stats.edgesDrawn) / double(stats.edgesInView))))
                .arg(QLocale().toString(qulonglong(stats.edgesInView)));
        QFont font = this->font();
        font.setPixelSize(11);
        painter.setFont(font);
        const QRectF box = QFontMetricsF(font).boundingRect(note).adjusted(-6, -3, 6, 3);
        const QRectF at = box.translated(width() - box.right() - 8, height() - box.bottom() - 8);
        painter.setPen(Qt::NoPen);
        painter.setBrush(QColor(255, 255, 255, 220));
        painter.drawRoundedRect(at, 4, 4);
        painter.setPen(QColor(60, 60, 60));
        painter.drawText(at, Qt::AlignCenter, note);
    }
    painter.restore();
    if (!m_layer->isCurrent(*m_layerData, camera)) {
        if (drawn)
            m_layerTimer->start(); // once the camera rests
        else
            QTimer::singleShot(0, this, &GraphCanvas::requestLayer);
    }

    // Over the layer: what is selected or highlighted, and while dragging the selected (dragged)
    // nodes' relations.
    std::vector<int> nodes, edges;
    std::vector<char> picked(m_scene.nodeCount(), 0);
    bool anyEdge = false;
    for (const QSet<qint64>* set : {&m_selection, &m_highlight})
        for (qint64 id : *set) {
            if (auto i = m_scene.indexOf(NodeId(id))) {
                if (!picked[size_t(*i)])
                    nodes.push_back(*i);
                picked[size_t(*i)] = 1;
            } else {
                anyEdge = true;
            }
        }
    if (anyEdge || (dragging && !nodes.empty())) {
        for (size_t i = 0; i < m_scene.edgeCount(); ++i) {
            const EdgeVisual& edge = m_scene.edges()[i];
            if (m_selection.contains(edge.id.value) || m_highlight.contains(edge.id.value) ||
                (dragging && (picked[size_t(edge.source)] || picked[size_t(edge.target)])))
                edges.push_back(int(i));
        }
    }
    if (nodes.empty() && edges.empty() && !request.changes && m_scene.annotations().empty())
        return true;
    // The names' places at this zoom (placed already for the layer, unless the zoom is new).
    static const NodeLabels kNone;
    const NodeLabels& placed =
        nodes.empty()
            ? kNone
            : m_scene.nodeLabels(m_scale, m_labelSizing, m_highlight, request.visibleWorld);
    paintOverlay(painter, m_scene, request, nodes, edges, placed);
    return true;
}

} // namespace kizuna
