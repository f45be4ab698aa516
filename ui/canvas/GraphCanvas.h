#pragma once
// The map canvas: draws the document through CanvasScene and GraphPainter and turns gestures into
// edits. Wheel zooms around the cursor; dragging empty space (or the middle button) pans;
// Ctrl-dragging empty space selects with a rubber band; clicking selects (Ctrl toggles); dragging
// nodes moves the selection; Shift-dragging from a node to another connects them; double-click on
// empty space asks for a new node; F2 renames; Delete deletes.

#include "canvas/CanvasScene.h"
#include "canvas/ChangeMarks.h"
#include "canvas/MapLayer.h"
#include "canvas/MapPreview.h"
#include "model/ChangeNotice.h"
#include "model/ViewFilter.h"

#include <QSet>
#include <QWidget>

class QLineEdit;
class QTimer;
class QVariantAnimation;

namespace kizuna {

class EditController;
class GraphDocument;
class GraphModelAdapter;
class LayerRenderer;

class GraphCanvas : public QWidget {
    Q_OBJECT
public:
    explicit GraphCanvas(QWidget* parent = nullptr);
    ~GraphCanvas() override;

    // Shows the adapter's document (nullptr: nothing); edits go through `edits` (nullptr: view
    // only). The canvas owns neither.
    // A scene built ahead for a document no one else reads yet (on the worker that opened it):
    // setModel takes it instead of building one on the GUI thread (1.5 s on a 100k map).
    // `generationAbove`: the shown scene's generation (the prepared one is newer).
    // `viewSize`: the canvas's size, for the names of the first (fitted) view, placed there too.
    static std::shared_ptr<PreparedScene> prepareScene(const GraphDocument& document,
                                                       quint64 generationAbove, QSize viewSize);
    quint64 sceneGeneration() const { return m_scene.generation(); }
    void setModel(GraphModelAdapter* model, EditController* edits,
                  std::shared_ptr<PreparedScene> prepared = {});
    const GraphDocument* document() const; // the map shown, if any
    // While a big map opens: its nodes as dots (MapPreview.h) in place of what was shown.
    // expectPreview gives the ticket a worker hands back with the preview; once endPreview is
    // called (the open finished, failed or was cancelled) a late preview is ignored.
    quint64 expectPreview();
    void showPreview(quint64 ticket, std::shared_ptr<const MapPreview> preview);
    void endPreview();
    bool showingPreview() const { return m_preview != nullptr; }
    // Maps with at least this many nodes show a preview while they open.
    static constexpr size_t kPreviewFrom = 20000;
    void setPreviewThreshold(size_t nodes) { m_previewFrom = nodes; } // tests
    size_t previewThreshold() const { return m_previewFrom; }
    void setLabelLanguage(Language language);
    void setColourScheme(ColourScheme colours);
    ColourScheme colourScheme() const { return m_colours; }
    // Shows only these elements (nodes, and relations between shown nodes); empty: everything.
    void setShown(const QSet<qint64>& elements);
    const QSet<qint64>& shown() const { return m_shown; }
    QPointF centre() const { return m_centre; }
    void setCamera(QPointF centre, double zoom);
    Language labelLanguage() const { return m_language; }

    // Legend, property and timeline filters (hidden or faded elements).
    void setFilter(const ViewFilter& filter);
    const ViewFilter& filter() const { return m_filter; }
    // Neighbourhood focus: everything but these nodes (and the relations among them) is faded,
    // or hidden with `hide`. Empty: no focus.
    void setFocusNodes(const QSet<qint64>& nodes, bool hide);
    const QSet<qint64>& focusNodes() const { return m_focus; }
    bool focusHides() const { return m_focusHides; }
    // A path to highlight (nodes and edges); the rest is dimmed. Empty: none.
    void setHighlight(const QSet<qint64>& elements);
    const QSet<qint64>& highlight() const { return m_highlight; }
    // "Changes since" / "Compare With" marks and ghosts, with their legend in the corner.
    // Null: none.
    void setChangeMarks(std::shared_ptr<const ChangeMarks> marks);
    const ChangeMarks* changeMarks() const { return m_changeMarks.get(); }
    // Styling by metric or property: node sizes (multiples of the usual) and fills, with the
    // keys a saved view records (NodeStyling.h) and what the fills mean (a property's values).
    // Empty maps: the usual look.
    void setNodeStyling(const QString& sizeBy, std::unordered_map<NodeId, double> sizes,
                        const QString& colourBy, std::unordered_map<NodeId, QColor> fills,
                        std::vector<std::pair<QString, QColor>> fillLegend = {});
    const std::vector<std::pair<QString, QColor>>& fillLegend() const { return m_fillLegend; }
    const QString& sizeBy() const { return m_sizeBy; }
    const QString& colourBy() const { return m_colourBy; }
    // A saved view's own layout: shown instead of the map's positions, and moving nodes changes
    // that view. An invalid id: the map's positions.
    void setViewLayout(ViewId view);
    ViewId viewLayout() const { return m_layoutView; }
    // Moves nodes to new places as one undo step (into the view with its own layout, if one is
    // shown), animated briefly. Returns the error, empty on success.
    QString applyPositions(const std::vector<std::pair<NodeId, QPointF>>& positions,
                           const QString& description);
    // Whether the node is drawn (not filtered out).
    bool isShown(NodeId id) const { return m_scene.positionOf(id).has_value(); }
    // The node's position as drawn (the view's own layout, else the map's).
    std::optional<QPointF> drawnPosition(NodeId id) const { return m_scene.positionOf(id); }
    // The neighbour of `from` (by a relation) that lies toward `direction`, the nearest first.
    std::optional<NodeId> neighbourToward(NodeId from, QPointF direction) const;

    // Everything that decides what the scene draws (exports draw the same).
    SceneOptions sceneOptions() const;
    const CanvasScene& scene() const { return m_scene; }
    // What hovering at `screen` shows: a node's label, type and relation count, or a relation's
    // name and ends; empty over nothing.
    QString toolTipAt(QPointF screen) const;
    double zoom() const { return m_scale; }
    QPointF worldToScreen(QPointF world) const;
    QPointF screenToWorld(QPointF screen) const;
    // Where a node is drawn on the widget, if it exists.
    std::optional<QPointF> screenPosition(NodeId id) const;

    const QSet<qint64>& selection() const { return m_selection; }
    // Drawn dark (background, names) when the window's palette is dark: the dark theme.
    bool darkCanvas() const;
    // Names are drawn at least this large (pixels; Preferences' name size; 10 by default).
    void setMinLabelPixels(int pixels);
    // A hint at the foot of the canvas (first start) until the first click or wheel turn.
    void setHint(const QString& text);
    const QString& hint() const { return m_hint; }
    const LabelSizing& labelSizing() const { return m_labelSizing; }
    // The nodes the canvas shows now (in its viewport), and the relations among them.
    QSet<qint64> idsInView() const;
    qint64 selectedElement() const; // the one selected element, or 0
    std::vector<NodeId> selectedNodes() const;
    void select(qint64 elementId); // 0 clears
    void setSelection(const QSet<qint64>& elements);

    // Connect mode: a plain drag from a node connects instead of moving.
    void setConnectMode(bool on) { m_connectMode = on; }
    bool connectMode() const { return m_connectMode; }
    // The relation types a new edge from `from` to `to` may have.
    QStringList allowedRelations(NodeId from, NodeId to) const;
    // Adds an edge; on failure the controller reports the error.
    void connectNodes(NodeId from, NodeId to, const QString& relation);
    QLineEdit* renameEditor() const { return m_renameEditor; }

    // Maps of at least this many nodes and relations are drawn through the map layer (drawn on
    // a worker thread, moved and scaled at once while panning) when a view shows many of them.
    static constexpr size_t kLayerFrom = 50000;
    void setLayerThreshold(size_t elements); // tests and benchmarks
    // Maps of more nodes than this have the layer's names placed on a thread.
    static constexpr size_t kNamesOnThreadFrom = 20000;                      // 20,000 take 20 ms
    void setNamesOnThreadFrom(size_t nodes) { m_namesOnThreadFrom = nodes; } // tests
    size_t layerThreshold() const { return m_layerFrom; }                    // what makes a map big
    // Whether the last paint drew the map layer, and whether it was exact for the camera.
    bool paintedLayer() const { return m_paintedLayer; }
    bool layerSettled() const;
    const LayerRenderer& layerRenderer() const { return *m_layer; }

    // Annotations: text boxes and callouts drawn on the diagram (and in exports).
    AnnotationId selectedAnnotation() const { return m_selectedAnnotation; }
    QString addTextBox(QPointF world, const QString& text);
    QString addCallout(qint64 target, const QString& text); // next to the target
    QString setAnnotationText(AnnotationId id, const QString& text);

public Q_SLOTS:
    void fitToWindow();
    void frame(const QRectF& world); // shows this part of the map as large as fits
    void zoomIn();
    void zoomOut();
    void deleteSelection();
    void startRename(); // F2 on the selected node

Q_SIGNALS:
    void selectionChanged(qint64 elementId); // the one selected element, 0 when none or several
    void selectionSetChanged();
    void createNodeRequested(QPointF world); // double-click on empty canvas
    void message(const QString& text);       // for the status bar
    void presentationChanged();              // filter, focus, highlight or styling changed
    void hintDismissed();

protected:
    bool event(QEvent* event) override;
    void paintEvent(QPaintEvent* event) override;
    void paintChangeLegendBox(QPainter& painter);
    bool paintLayered(QPainter& painter, const struct PaintRequest& request);
    LayerCamera layerCamera() const;
    LayerFrame layerFrame(const LayerCamera& camera) const;
    void requestLayer();
    void resizeEvent(QResizeEvent* event) override;
    void wheelEvent(QWheelEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;
    void mouseDoubleClickEvent(QMouseEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    void changeEvent(QEvent* event) override;
    void paintHint(QPainter& painter);
    void dismissHint();

private:
    std::shared_ptr<const MapPreview> m_preview;
    quint64 m_previewTicket = 0;
    size_t m_previewFrom = kPreviewFrom;
    std::shared_ptr<const ChangeMarks> m_changeMarks;
    LayerRenderer* m_layer = nullptr;
    class BackgroundLabels* m_labels = nullptr; // a big map's names, placed on a thread
    bool namesOnThread() const;
    QRectF viewWorld() const;              // the world the window shows
    const NodeLabels* layerLabels() const; // this zoom's names if placed (null: not yet)
    std::shared_ptr<const MapLayerData> m_layerData;
    QSet<qint64> m_layerHighlight;  // the highlight m_layerData was built with
    QTimer* m_layerTimer = nullptr; // asks for the exact drawing once the camera rests
    size_t m_layerFrom = kLayerFrom;
    size_t m_namesOnThreadFrom = kNamesOnThreadFrom;
    bool m_paintedLayer = false;
    static constexpr size_t kFitNamesUpTo =
        5000; // Fit to Window weighs names up to this many nodes
    // The node under `world`: its shape, or its label as drawn now.
    std::optional<NodeId> nodeUnder(QPointF world) const;
    enum class Drag { None, Pan, Move, Connect, RubberBand, MoveAnnotation };
    void selectAnnotation(AnnotationId id);
    void editAnnotation(AnnotationId id); // asks for the new text
    void rebuildScene();
    // The scale at which `world` fills a view of `size` (with a margin), as frame() shows it.
    static double fittedScale(const QRectF& world, QSizeF size);
    // The options of a canvas just given `document` (nothing filtered, focused or styled).
    static SceneOptions initialSceneOptions(const GraphDocument& document);
    void followChange(const ChangeNotice& notice);
    void zoomAround(QPointF screen, double factor);
    void finishMove();
    void finishConnect(QPointF screen);
    void finishRename();
    void cancelRename();

    // Saves positions into the map, or into the shown view with its own layout.
    QString commitPositions(const std::vector<std::pair<NodeId, QPointF>>& positions,
                            const QString& description);
    void reloadViewLayout();

    GraphModelAdapter* m_model = nullptr;
    EditController* m_edits = nullptr;
    CanvasScene m_scene;
    Language m_language = Language::En;
    ColourScheme m_colours = ColourScheme::Schema;
    QSet<qint64> m_shown;
    ViewFilter m_filter;
    QSet<qint64> m_focus;
    bool m_focusHides = false;
    QSet<qint64> m_highlight;
    QString m_sizeBy, m_colourBy;
    std::unordered_map<NodeId, double> m_sizes;
    std::unordered_map<NodeId, QColor> m_fills;
    std::vector<std::pair<QString, QColor>> m_fillLegend;
    ViewId m_layoutView;
    std::map<NodeId, QPointF> m_viewPositions;
    QVariantAnimation* m_animation = nullptr;
    QPointF m_centre; // world point shown at the widget's centre
    double m_scale = 1.0;
    bool m_fitPending = true; // fit once the widget has its real size
    QSet<qint64> m_selection;
    LabelSizing m_labelSizing;
    QString m_hint;
    AnnotationId m_selectedAnnotation;
    bool m_connectMode = false;

    Drag m_drag = Drag::None;
    bool m_sceneStale = false; // a change arrived during a drag and is not drawn yet
    QPoint m_lastMouse;
    QPointF m_pressWorld;
    QPointF m_dragWorld; // where the cursor is now, in world coordinates
    QPointF m_movedBy;   // total offset of a node drag so far
    NodeId m_connectFrom;
    QLineEdit* m_renameEditor = nullptr;
    NodeId m_renaming;
};

} // namespace kizuna
