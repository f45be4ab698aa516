#include "canvas/GraphCanvas.h"

#include "canvas/GraphModelAdapter.h"
#include "canvas/GraphPainter.h"
#include "document/GraphDocument.h"

#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QWheelEvent>
#include <algorithm>
#include <cmath>

namespace kizuna {
namespace {

constexpr double kMinScale = 0.002;
constexpr double kMaxScale = 12.0;

} // namespace

GraphCanvas::GraphCanvas(QWidget* parent) : QWidget(parent) {
    setFocusPolicy(Qt::StrongFocus);
    setMouseTracking(false);
    setAttribute(Qt::WA_OpaquePaintEvent);
    setMinimumSize(200, 150);
}

GraphCanvas::~GraphCanvas() = default;

void GraphCanvas::setModel(GraphModelAdapter* model) {
    if (m_model)
        disconnect(m_model, nullptr, this, nullptr);
    m_model = model;
    m_selected = 0;
    if (m_model) {
        m_language = m_model->document().info().defaultLanguage;
        connect(m_model, &GraphModelAdapter::graphChanged, this, &GraphCanvas::rebuildScene);
        connect(m_model, &GraphModelAdapter::elementRemoved, this, [this](qint64 id) {
            if (id == m_selected)
                select(0);
        });
    }
    rebuildScene();
    m_fitPending = true;
    fitToWindow();
}

void GraphCanvas::setLabelLanguage(Language language) {
    m_language = language;
    rebuildScene();
}

void GraphCanvas::rebuildScene() {
    if (m_model)
        m_scene.rebuild(m_model->document(), m_language);
    else
        m_scene.clear();
    update();
}

QPointF GraphCanvas::worldToScreen(QPointF world) const {
    return (world - m_centre) * m_scale + QPointF(width() / 2.0, height() / 2.0);
}

QPointF GraphCanvas::screenToWorld(QPointF screen) const {
    return (screen - QPointF(width() / 2.0, height() / 2.0)) / m_scale + m_centre;
}

std::optional<QPointF> GraphCanvas::screenPosition(NodeId id) const {
    auto world = m_scene.positionOf(id);
    if (!world)
        return std::nullopt;
    return worldToScreen(*world);
}

void GraphCanvas::select(qint64 elementId) {
    if (elementId == m_selected)
        return;
    m_selected = elementId;
    update();
    Q_EMIT selectionChanged(elementId);
}

void GraphCanvas::fitToWindow() {
    const QRectF bounds = m_scene.bounds();
    if (bounds.isNull() || width() <= 0 || height() <= 0) {
        m_centre = QPointF();
        m_scale = 1.0;
        update();
        return;
    }
    const double margin = 24.0;
    const double sx = (width() - 2 * margin) / std::max(bounds.width(), 1.0);
    const double sy = (height() - 2 * margin) / std::max(bounds.height(), 1.0);
    m_scale = std::clamp(std::min(sx, sy), kMinScale, 2.0); // never blow a tiny map up past 2x
    m_centre = bounds.center();
    update();
}

void GraphCanvas::zoomIn() {
    zoomAround(QPointF(width() / 2.0, height() / 2.0), 1.25);
}

void GraphCanvas::zoomOut() {
    zoomAround(QPointF(width() / 2.0, height() / 2.0), 1 / 1.25);
}

void GraphCanvas::zoomAround(QPointF screen, double factor) {
    // Keep the world point under the cursor where it is.
    const QPointF anchor = screenToWorld(screen);
    m_scale = std::clamp(m_scale * factor, kMinScale, kMaxScale);
    m_centre = anchor - (screen - QPointF(width() / 2.0, height() / 2.0)) / m_scale;
    update();
}

void GraphCanvas::paintEvent(QPaintEvent*) {
    QPainter painter(this);
    painter.fillRect(rect(), QColor(250, 250, 248));
    if (m_scene.nodeCount() == 0) {
        painter.setPen(QColor(120, 120, 120));
        painter.drawText(rect(), Qt::AlignCenter,
                         m_model ? tr("This map is empty.")
                                 : tr("No map is open. Use File > Open or File > New."));
        return;
    }
    painter.translate(width() / 2.0, height() / 2.0);
    painter.scale(m_scale, m_scale);
    painter.translate(-m_centre);
    PaintRequest request;
    request.visibleWorld =
        QRectF(screenToWorld(QPointF(0, 0)), screenToWorld(QPointF(width(), height())));
    request.scale = m_scale;
    if (m_selected)
        request.selected.insert(m_selected);
    paintGraph(painter, m_scene, request);
}

void GraphCanvas::resizeEvent(QResizeEvent*) {
    if (m_fitPending && m_scene.nodeCount() > 0 && width() > 200) {
        fitToWindow();
        m_fitPending = !isVisible();
    }
}

void GraphCanvas::wheelEvent(QWheelEvent* event) {
    const double steps = event->angleDelta().y() / 120.0;
    zoomAround(event->position(), std::pow(1.2, steps));
    event->accept();
}

void GraphCanvas::mousePressEvent(QMouseEvent* event) {
    setFocus(Qt::MouseFocusReason);
    m_lastMouse = event->position().toPoint();
    if (event->button() == Qt::MiddleButton) {
        m_panning = true;
        return;
    }
    if (event->button() != Qt::LeftButton)
        return;
    const QPointF world = screenToWorld(event->position());
    if (auto node = m_scene.nodeAt(world)) {
        select(node->value);
        return;
    }
    if (auto edge = m_scene.edgeAt(world, 5.0 / m_scale)) {
        select(edge->value);
        return;
    }
    select(0);
    m_panning = true;
    setCursor(Qt::ClosedHandCursor);
}

void GraphCanvas::mouseMoveEvent(QMouseEvent* event) {
    if (!m_panning)
        return;
    const QPoint position = event->position().toPoint();
    m_centre -= QPointF(position - m_lastMouse) / m_scale;
    m_lastMouse = position;
    update();
}

void GraphCanvas::mouseReleaseEvent(QMouseEvent*) {
    m_panning = false;
    unsetCursor();
}

void GraphCanvas::keyPressEvent(QKeyEvent* event) {
    const double step = 60.0 / m_scale;
    switch (event->key()) {
    case Qt::Key_Left:
        m_centre.rx() -= step;
        break;
    case Qt::Key_Right:
        m_centre.rx() += step;
        break;
    case Qt::Key_Up:
        m_centre.ry() -= step;
        break;
    case Qt::Key_Down:
        m_centre.ry() += step;
        break;
    case Qt::Key_Escape:
        select(0);
        return;
    default:
        QWidget::keyPressEvent(event);
        return;
    }
    update();
}

} // namespace kizuna
