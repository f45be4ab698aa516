#pragma once
// "Changes since" and "Compare With" drawn on the map: which drawn elements were added, changed
// or removed, and ghosts of elements the map no longer has (deleted) or does not have (only the
// other map has them). Each kind has its own colour from the Okabe–Ito palette (safe for
// colour-blind readers) and, so that colour never carries the meaning alone, its own outline
// (solid, dashed, dotted) and badge (+, Δ, ×). The canvas and exports draw the same marks.

#include "canvas/CanvasScene.h"
#include "history/ChangeSummary.h"

#include <QPainter>
#include <unordered_map>
#include <vector>

namespace kizuna {

struct PaintRequest;

struct ChangeMarks {
    QString title; // the legend's heading: "Changes since checkpoint "October brief""
    std::unordered_map<qint64, ChangeKind> elements; // drawn nodes and relations, by id
    struct GhostNode {
        qint64 id = 0;
        QPointF position;
        QString label;
        QColor colour;
        NodeShape shape = NodeShape::Ellipse;
        ChangeKind kind = ChangeKind::Removed;
    };
    struct GhostEdge {
        qint64 source = 0, target = 0; // drawn nodes' ids, else ghost nodes' ids
        ChangeKind kind = ChangeKind::Removed;
    };
    std::vector<GhostNode> ghostNodes;
    std::vector<GhostEdge> ghostEdges;
    bool isEmpty() const { return elements.empty() && ghostNodes.empty() && ghostEdges.empty(); }
};

ChangeMarks changeMarksOf(const MapChanges& changes, const Schema& schema, Language language,
                          ColourScheme colours, const QString& title);
QColor changeColour(ChangeKind kind);
QString changeBadge(ChangeKind kind); // "+", "Δ", "×"
QString changeName(ChangeKind kind);  // "Added", "Changed", "Removed" (translated)

// Under the edges: a wide band along each marked relation and the ghost relations.
void paintChangeBands(QPainter& painter, const CanvasScene& scene, const ChangeMarks& marks,
                      const PaintRequest& request);
// Over the nodes: rings, ghosts (with their names) and badges.
void paintChangeRings(QPainter& painter, const CanvasScene& scene, const ChangeMarks& marks,
                      const PaintRequest& request);
// The legend entry: heading and one swatch per kind, `font` sized; returns the height used.
// With `draw` false only measures.
QSizeF paintChangeLegend(QPainter& painter, QPointF topLeft, const ChangeMarks& marks,
                         const QFont& font, bool draw = true);

} // namespace kizuna
