#pragma once
// The Layout menu: force-directed, circular, layered, radial and grid. A layout applies to the
// selected nodes when two or more are selected (force: they stay put instead), else to the nodes
// shown; radial centres on the selected node. One undo step, animated briefly.

#include "layout/Layouts.h"

#include <QObject>

class QMenu;
class QWidget;

namespace kizuna {

class GraphCanvas;

class LayoutActions : public QObject {
    Q_OBJECT
public:
    LayoutActions(GraphCanvas& canvas, QWidget* window);
    void addTo(QMenu* menu);
    // Lays out as the menu entry does; returns the error (empty on success).
    QString apply(LayoutAlgorithm algorithm);

private:
    GraphCanvas& m_canvas;
    QWidget* m_window;
};

} // namespace kizuna
