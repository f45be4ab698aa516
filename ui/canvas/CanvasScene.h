#pragma once
// What the canvas draws, in world coordinates: one visual per node and edge, built from the
// document, with R-trees for culling and hit-testing (the canvas never holds one QGraphicsItem
// per element, so it scales to very large maps).

#include "layout/LabelPlacement.h"
#include "model/Ids.h"
#include "model/Labels.h"
#include "model/Schema.h"

#include <QColor>
#include <QFont>
#include <QFontMetricsF>
#include <QPainterPath>
#include <QRectF>
#include <QSet>
#include <QString>
#include <map>
#include <memory>
#include <optional>
#include <unordered_map>
#include <unordered_set>
#include <vector>

namespace kizuna {

class GraphDocument;

// How types are coloured: as the schema says, with a palette that colour-blind readers can tell
// apart (Okabe–Ito), or in greys for print.
enum class ColourScheme { Schema = 0, ColourBlindSafe = 1, Monochrome = 2 };

struct SceneOptions {
    Language language = Language::En;
    ColourScheme colours = ColourScheme::Schema;
    // Only these elements (nodes, and edges between included nodes); empty: everything.
    QSet<qint64> only;
    bool exportFonts = false; // fonts for PDF/SVG: no shaping ligatures, so text extracts cleanly
    // Filters, timeline and neighbourhood focus: left out, or drawn faded.
    std::unordered_set<qint64> hidden;
    std::unordered_set<qint64> faded;
    // Styling by metric: a node's size as a multiple of the usual, its fill colour.
    std::unordered_map<NodeId, double> sizes;
    std::unordered_map<NodeId, QColor> fills;
    QString sizeBy, colourBy; // the metrics behind them (diagram legends name them)
    // What the fills mean, when coloured by a property: (value, colour), most common first.
    std::vector<std::pair<QString, QColor>> fillLegend;
    // A saved view's own layout: these positions instead of the map's.
    std::map<NodeId, QPointF> positions;
    bool operator==(const SceneOptions&) const = default;
};

struct NodeVisual {
    NodeId id;
    QPointF position;
    QColor color;
    NodeShape shape = NodeShape::Ellipse;
    QString label;
    QRectF labelRect;      // world rectangle of the label under the node at 1:1 (hit-testing)
    double labelWidth = 0; // at the scene's label font, world units
    double radius = 16.0;
    int degree = 0;      // relations drawn: the more, the sooner its label is shown
    bool pinned = false; // the user pinned its name: shown first
    bool faded = false;
};

struct EdgeVisual {
    // The world route from border to border, as points rather than a QPainterPath (which took
    // 400 bytes an edge: 400 MB on a million relations): a line from `start` to `end`, a
    // quadratic curve through `control` (parallel edges), or a self-loop: a circle around
    // `control` that starts at `start`. path() builds the painter path when one is drawn; the
    // points derived from the route are worked out when asked for, not kept.
    enum class Route : quint8 { Line, Curve, Loop };

    EdgeId id;
    int source = -1; // indexes into nodes()
    int target = -1;
    QColor color;
    LineStyle lineStyle = LineStyle::Solid;
    Route route = Route::Line;
    bool directed = true;
    bool faded = false;
    double width = 1.0; // a multiple of the usual line width (the relation's own style)
    QString label;      // relation name, and the edge's own label if it has one (cut short)
    QString fullLabel;  // the same, never cut (exports wrap it)
    QPointF start, end, control;
    double bend = 0; // offset of a parallel edge's curve from the straight line

    bool isStraight() const { return route == Route::Line; }
    QLineF line() const { return QLineF(start, end); }
    QRectF controlRect() const; // as QPainterPath::controlPointRect of path()
    QPainterPath path() const;
    QPointF pointAt(double t) const; // as path().pointAtPercent(t)
    QPointF labelAnchor() const;     // middle of the path
    QPointF arrowTip() const;        // where the arrowhead points (directed only)
    double arrowAngle() const;       // radians, direction of travel at the tip
};

// The colour a type is drawn in under `scheme` (legends use it too).
QColor sceneColour(ColourScheme scheme, const Schema& schema, const QString& key,
                   const QColor& colour, bool node);

// How big labels are drawn: the scene's fonts scaled with the zoom, but never below these sizes
// (device pixels); a label that does not fit at that size is hidden instead.
struct LabelSizing {
    int minNodePx = 10;
    int minEdgePx = 9;
    bool exact = false; // place for this very scale (exports), not for the zoom level around it
};

// Which node labels are shown at one scale, and on which side of their node.
struct NodeLabels {
    double scale = 0; // device units per world unit the placement was made for
    int nodePx = 12;  // label font size, device units
    int edgePx = 9;
    std::vector<LabelSide> sides; // per node, as nodes()
    QRectF region; // world: the nodes placed (a big map's view and around); null: all of them
};

struct AnnotationVisual {
    AnnotationId id;
    QString text;
    QRectF rect;                   // the box, text wrapped inside
    std::optional<QPointF> target; // where a callout points (the target's centre)
};

class CanvasScene {
public:
    static constexpr double kNodeRadius = 16.0;

    CanvasScene();
    ~CanvasScene();
    // A scene built elsewhere (on a worker) takes this one's place.
    CanvasScene(CanvasScene&&) noexcept;
    CanvasScene& operator=(CanvasScene&&) noexcept;

    // Rebuilds every visual from the document; labels in `language` where the node has one.
    void rebuild(const GraphDocument& document, Language language);
    void rebuild(const GraphDocument& document, const SceneOptions& options);
    // Adds text to an edge's label (exports: the numbers of the sources it cites).
    void appendToEdgeLabel(EdgeId id, const QString& text);
    void clear();

    const std::vector<NodeVisual>& nodes() const { return m_nodes; }
    const std::vector<EdgeVisual>& edges() const { return m_edges; }
    const std::vector<AnnotationVisual>& annotations() const { return m_annotations; }
    const QFont& annotationFont() const { return m_annotationFont; }
    std::optional<AnnotationId> annotationAt(QPointF world) const;
    // Moves an annotation while the user drags it.
    void moveAnnotation(AnnotationId id, QPointF delta);
    size_t nodeCount() const { return m_nodes.size(); }
    size_t edgeCount() const { return m_edges.size(); }
    const QFont& labelFont() const { return m_labelFont; }
    const QFont& edgeLabelFont() const { return m_edgeLabelFont; }

    // The node labels to draw at `scale`: as many as fit without overlapping each other or other
    // nodes, `first` (selected, on a found path) first, then the most connected, then the
    // shortest. Cached per zoom level; a level placed after another keeps its labels' sides.
    // On a map of more than 20,000 nodes, with a `view` (world), only the nodes around it.
    const NodeLabels& nodeLabels(double scale, const LabelSizing& sizing,
                                 const QSet<qint64>& first = {}, const QRectF& view = {}) const;
    // nodeLabels() in steps, for a caller that places them on another thread (100,000 nodes
    // take a tenth of a second or more): what a zoom has placed already (null: nothing yet);
    // the job (its inputs, copied); the placement (anywhere: it reads only the job); kept here
    // unless the scene's labels changed meanwhile.
    const NodeLabels* placedLabels(double scale, const LabelSizing& sizing,
                                   const QSet<qint64>& first = {}, const QRectF& view = {}) const;
    struct LabelJob {
        int level = 0;
        bool exact = false;
        quint64 epoch = 0;
        NodeLabels labels; // all but the sides until place()
        std::vector<LabelRequest> requests;
        std::vector<int> order;      // into requests
        std::vector<size_t> members; // the node of each request
        void place();
    };
    LabelJob labelJob(double scale, const LabelSizing& sizing, const QSet<qint64>& first = {},
                      const QRectF& view = {}) const;
    // The placement kept; null when the labels were forgotten since the job was taken.
    const NodeLabels* keepLabels(LabelJob&& job) const;
    // The device rectangle of node i's label on `side` at `scale`, in a `px` font.
    QRectF labelDeviceRect(size_t i, LabelSide side, double scale, int px) const;
    static int labelPixels(double scale, int naturalPx, int minimumPx);

    // How many names shown at `scale` lie wholly inside `world`.
    int labelsInside(double scale, const LabelSizing& sizing, const QRectF& world) const;
    // Everything drawn at `scale`, with the labels shown there where they are placed (world).
    QRectF labelledBounds(double scale, const LabelSizing& sizing) const;

    // Bounding box of everything drawn, labels included.
    QRectF bounds() const { return m_bounds; }
    std::optional<QPointF> positionOf(NodeId id) const;
    // Index into nodes(), if the node is drawn.
    std::optional<int> indexOf(NodeId id) const;
    // Changes with every change to what is drawn (rebuilds, moves, labels): drawings made from
    // an older generation are out of date.
    quint64 generation() const { return m_generation; }
    // After taking another scene's place: newer than every drawing of the one replaced.
    void advanceGenerationPast(quint64 replaced) {
        m_generation = std::max(m_generation, replaced) + 1;
    }

    // Moves nodes by `delta` while the user drags them (the index is rebuilt when the drag is
    // committed and the document reports the change).
    void moveNodes(const std::vector<NodeId>& ids, QPointF delta);
    // Puts nodes at these positions for the moment (layout animation); like moveNodes.
    void placeNodes(const std::unordered_map<NodeId, QPointF>& positions);
    // Puts nodes at these positions for good: their edges are rerouted and both are re-indexed,
    // without rebuilding the rest (a committed move of a few nodes on a big map).
    void commitPositions(const std::unordered_map<NodeId, QPointF>& positions);
    // Reads these nodes' labels and positions again (positions in `ownPositions` win), for a
    // committed edit of a few nodes that changes nothing else drawn.
    void refreshNodes(const GraphDocument& document, const std::vector<NodeId>& ids,
                      Language language, const std::map<NodeId, QPointF>& ownPositions);

    std::vector<int> nodesIn(const QRectF& world) const;
    std::vector<int> edgesIn(const QRectF& world) const;
    // The node whose shape is under `world`; the node whose label, as drawn at `scale`, is.
    std::optional<NodeId> nodeAt(QPointF world) const;
    std::optional<NodeId> labelAt(QPointF world, double scale, const LabelSizing& sizing) const;
    // The nearest edge within `tolerance`.
    std::optional<EdgeId> edgeAt(QPointF world, double tolerance) const;

private:
    struct Index;
    void measureLabels(size_t from, size_t to);        // placeLabel for m_nodes[from, to)
    static constexpr size_t kMeasureAsideFrom = 20000; // nodes: labels measured on a thread
    void placeLabel(NodeVisual& node, const QFontMetricsF& metrics) const;
    void rerouteEdges(const std::vector<char>& moved);
    void rerouteEdge(size_t i, const NodeVisual& from,
                     const NodeVisual& to);           // and its hit-test pieces
    void reindex(const std::vector<size_t>& changed); // nodes m_nodes[i] and their edges
    void forgetLabels() const;
    void orderLabels();
    std::vector<NodeVisual> m_nodes;
    std::vector<int> m_labelOrder;                   // node indexes, most important label first
    mutable std::map<int, NodeLabels> m_labelLevels; // by zoom level
    mutable QSet<qint64> m_labelFirst;
    mutable NodeLabels m_exactLabels;
    mutable quint64 m_labelEpoch = 0; // new whenever the labels are forgotten
    std::vector<EdgeVisual> m_edges;
    std::vector<AnnotationVisual> m_annotations;
    QFont m_annotationFont;
    std::unordered_map<NodeId, int> m_nodeIndex;
    std::unique_ptr<Index> m_index;
    std::vector<QRectF> m_nodeBoxes, m_edgeBoxes; // as indexed (a drag moves nodes, not these)
    QRectF m_bounds;
    quint64 m_generation = 0;
    QFont m_labelFont;
    QFont m_edgeLabelFont;
};

struct MapLayerData;

// A scene built ahead for `document` with `options` (see GraphCanvas::prepareScene), with the
// map layer's arrays when the map is big enough to be drawn as a layer.
struct PreparedScene {
    const GraphDocument* document = nullptr;
    SceneOptions options;
    CanvasScene scene;
    std::shared_ptr<const MapLayerData> layer;
};

} // namespace kizuna
