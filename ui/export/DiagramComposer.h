#pragma once
// Lays out a report diagram: title and subtitle, the graph (drawn by the canvas's own painter),
// a legend of the types shown, a numbered list of the sources cited by what is shown, and an
// "as of" stamp. Used for SVG, PDF, PNG and the clipboard alike.

#include "canvas/CanvasScene.h"
#include "canvas/ChangeMarks.h"
#include "export/DiagramOptions.h"

#include <QPainter>
#include <QStringList>
#include <atomic>
#include <optional>

namespace kizuna {

class GraphDocument;

class DiagramComposer {
public:
    // `only`: the elements to show (a selection); empty: the whole map.
    DiagramComposer(const GraphDocument& document, const DiagramOptions& options,
                    const QSet<qint64>& only = {});

    // How the graph fills an area: the scale (page units per world unit), the drawing's extent
    // at that scale with its labels placed (relative to the world's origin times the scale),
    // and how many node labels fit.
    struct Fit {
        double scale = 1;
        QRectF extent;
        int labelled = 0; // nodes with a label
        int shown = 0;    // of them, labelled in the drawing
        bool allLabels() const { return shown >= labelled; }
    };
    // Tiles of a drawing too large for one page: the overview page shows where they are.
    struct Tiles {
        int columns = 1, rows = 1;
        double scale = 1; // the tiles' scale
        QRectF extent;    // the whole drawing at that scale
        QSizeF tileSize;  // page units of drawing per tile
        QSizeF step;      // from one tile to the next: they overlap, so no label is only cut
        QString name(int column, int row) const; // "B3"
    };

    bool isEmpty() const { return m_scene.nodeCount() == 0; }
    // The size at which the graph is drawn 1:1 with the canvas (device-independent pixels).
    QSizeF naturalSize() const;
    // The page size (page units) that shows every node label at `scale` or more: the drawing at
    // the smallest scale from 1:1 up where all labels fit, with title, legend and sources.
    QSizeF readableSize() const;
    // The largest scale (up to kMaxScale) at which the graph, labels included, fits `area`.
    Fit fitGraph(QSizeF area) const;
    // The drawing's extent at `scale`, its labels placed as exported.
    Fit fitAt(double scale) const;
    // The area left to the graph on a page of `page` units (title, legend and sources taken).
    QSizeF graphArea(QSizeF page) const;
    // Draws everything into `target`, the graph scaled to fill the space the rest leaves; with
    // `tiles`, the tiles' outlines and names over the graph (an overview page).
    void paint(QPainter& painter, const QRectF& target, const Tiles* tiles = nullptr) const;
    // The tiling of the drawing onto pages of `page` units at the smallest scale where all labels
    // fit.
    Tiles tilesFor(QSizeF page) const;
    // One tile page: a header naming the tile and its neighbours' pages, then that part of the
    // drawing. `firstTilePage`: the page number of tile A1.
    void paintTile(QPainter& painter, const QRectF& target, const Tiles& tiles, int column, int row,
                   int firstTilePage) const;
    const CanvasScene& scene() const { return m_scene; }
    const QStringList& sourceLines() const { return m_sourceLines; }
    const QFont& legendFont() const { return m_legendFont; }
    const ChangeMarks* changeMarks() const { return m_marks ? &*m_marks : nullptr; }
    // Once `stop` is set, the graph's paintings draw nothing more (a cancelled export). Null:
    // never.
    void setStop(const std::atomic<bool>* stop) { m_stop = stop; }
    bool stopped() const { return m_stop && m_stop->load(); }

private:
    struct LegendItem {
        bool node = true;
        QString name;
        QColor colour;
        NodeShape shape = NodeShape::Ellipse;
        LineStyle line = LineStyle::Solid;
        bool directed = true;
    };
    LabelSizing labelSizing() const;
    QRectF shapesBounds() const; // nodes' shapes and edges, without labels (world)
    void paintGraphAt(QPainter& painter, QPointF origin, const Fit& fit,
                      const QRectF& visibleWorld) const;
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
    QRectF m_shapes;
    std::optional<ChangeMarks> m_marks; // the options' changes, drawn over the graph
    const std::atomic<bool>* m_stop = nullptr;
};

} // namespace kizuna
