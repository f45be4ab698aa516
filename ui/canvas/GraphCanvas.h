#pragma once
// The map canvas: draws the document through CanvasScene and GraphPainter; wheel zooms around the
// cursor, dragging empty space pans, clicking selects a node or an edge.

#include "canvas/CanvasScene.h"

#include <QSet>
#include <QWidget>

namespace kizuna {

class GraphModelAdapter;

class GraphCanvas : public QWidget {
    Q_OBJECT
public:
    explicit GraphCanvas(QWidget* parent = nullptr);
    ~GraphCanvas() override;

    // Shows the adapter's document (nullptr: nothing). The canvas does not own it.
    void setModel(GraphModelAdapter* model);
    void setLabelLanguage(Language language);
    Language labelLanguage() const { return m_language; }

    const CanvasScene& scene() const { return m_scene; }
    double zoom() const { return m_scale; }
    QPointF worldToScreen(QPointF world) const;
    QPointF screenToWorld(QPointF screen) const;
    // Where a node is drawn on the widget, if it exists.
    std::optional<QPointF> screenPosition(NodeId id) const;

    qint64 selectedElement() const { return m_selected; } // 0: none
    void select(qint64 elementId);

public Q_SLOTS:
    void fitToWindow();
    void zoomIn();
    void zoomOut();

Q_SIGNALS:
    void selectionChanged(qint64 elementId); // 0 when cleared

protected:
    void paintEvent(QPaintEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;
    void wheelEvent(QWheelEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;

private:
    void rebuildScene();
    void zoomAround(QPointF screen, double factor);

    GraphModelAdapter* m_model = nullptr;
    CanvasScene m_scene;
    Language m_language = Language::En;
    QPointF m_centre; // world point shown at the widget's centre
    double m_scale = 1.0;
    bool m_fitPending = true; // fit once the widget has its real size
    qint64 m_selected = 0;
    bool m_panning = false;
    QPoint m_lastMouse;
};

} // namespace kizuna
