#pragma once
// Lays out a report diagram: title and subtitle, the graph (drawn by the canvas's own painter),
// a legend of the types shown, a numbered list of the sources cited by what is shown, and an
// "as of" stamp. Used for SVG, PDF, PNG and the clipboard alike.

#include "canvas/CanvasScene.h"
#include "export/DiagramOptions.h"

#include <QPainter>
#include <QStringList>

namespace kizuna {

class GraphDocument;

class DiagramComposer {
public:
    // `only`: the elements to show (a selection); empty: the whole map.
    DiagramComposer(const GraphDocument& document, const DiagramOptions& options,
                    const QSet<qint64>& only = {});

    bool isEmpty() const { return m_scene.nodeCount() == 0; }
    // The size at which the graph is drawn 1:1 with the canvas (device-independent pixels).
    QSizeF naturalSize() const;
    // Draws everything into `target`, scaling the graph down (never up past 1:1) to fit.
    void paint(QPainter& painter, const QRectF& target) const;
    const QStringList& sourceLines() const { return m_sourceLines; }

private:
    struct LegendItem {
        bool node = true;
        QString name;
        QColor colour;
        NodeShape shape = NodeShape::Ellipse;
        LineStyle line = LineStyle::Solid;
        bool directed = true;
    };
    double headerHeight() const;
    double legendHeight(double width) const;
    double footerHeight(double width) const;
    double paintLegend(QPainter& painter, const QRectF& area) const;
    double paintFooter(QPainter& painter, const QRectF& area) const;

    DiagramOptions m_options;
    CanvasScene m_scene;
    std::vector<LegendItem> m_legend;
    QStringList m_sourceLines;
    QStringList m_styling; // "Node colour: Community", for the stamp line
    QFont m_titleFont, m_subtitleFont, m_smallFont, m_legendFont;
};

} // namespace kizuna
