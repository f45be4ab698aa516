#include "canvas/GraphCanvas.h"

#include "algo/Visibility.h"

#include "model/StyleOverrides.h"

#include <QHelpEvent>
#include <QToolTip>

#include "canvas/BackgroundLabels.h"
#include "canvas/GraphModelAdapter.h"
#include "canvas/GraphPainter.h"
#include "canvas/LayerRenderer.h"
#include "commands/EditController.h"
#include "document/Edits.h"
#include "document/FieldEdit.h"
#include "document/GraphDocument.h"

#include <QInputDialog>
#include <QKeyEvent>
#include <QLineEdit>
#include <QMenu>
#include <QMouseEvent>
#include <QPainter>
#include <QTimer>
#include <QWheelEvent>
#include <algorithm>
#include <cmath>

namespace kizuna {
namespace {

constexpr double kMinScale = 0.00005; // a 100,000-node circle still fits
constexpr double kMaxScale = 12.0;
constexpr int kDragThreshold = 3; // pixels before a press becomes a drag
// A node drawn smaller than this (radius, pixels) is not moved by a drag: at the overview of a
// dense map a drag meant to pan would otherwise keep catching dots.
constexpr double kMinMoveRadiusPx = 2.5;

QPointF rounded(QPointF p) {
    return QPointF(std::round(p.x() * 10) / 10, std::round(p.y() * 10) / 10);
}

} // namespace

GraphCanvas::GraphCanvas(QWidget* parent)
    : QWidget(parent), m_layer(new LayerRenderer(this)), m_layerTimer(new QTimer(this)) {
    setFocusPolicy(Qt::StrongFocus);
    setAccessibleName(tr("Map"));
    setAccessibleDescription(tr("The map's nodes and relations. The Data Table (View menu) lists "
                                "them as text; arrow keys move between related nodes."));
    setAttribute(Qt::WA_OpaquePaintEvent);
    setMinimumSize(200, 150);
    m_layerTimer->setSingleShot(true);
    m_layerTimer->setInterval(40);
    connect(m_layerTimer, &QTimer::timeout, this, &GraphCanvas::requestLayer);
    connect(m_layer, &LayerRenderer::rendered, this, qOverload<>(&QWidget::update));
    m_labels = new BackgroundLabels(this);
    connect(m_labels, &BackgroundLabels::placed, this, [this] {
        m_scene.keepLabels(m_labels->take()); // unless the labels changed meanwhile
        requestLayer(); // drawn again with them, or the next zoom's job starts
        update();
    });
}

GraphCanvas::~GraphCanvas() = default;

SceneOptions GraphCanvas::initialSceneOptions(const GraphDocument& document) {
    SceneOptions options;
    options.language = document.info().defaultLanguage;
    options.colours = ColourScheme::Schema;
    Visibility visibility = computeVisibility(document.graph(), ViewFilter{});
    options.hidden = std::move(visibility.hidden);
    options.faded = std::move(visibility.faded);
    return options;
}

std::shared_ptr<PreparedScene> GraphCanvas::prepareScene(const GraphDocument& document,
                                                         quint64 generationAbove, QSize viewSize) {
    auto prepared = std::make_shared<PreparedScene>();
    prepared->document = &document;
    prepared->options = initialSceneOptions(document);
    CanvasScene& scene = prepared->scene;
    scene.advanceGenerationPast(generationAbove);
    scene.rebuild(document, prepared->options);
    if (scene.nodeCount() + scene.edgeCount() >= kLayerFrom) {
        prepared->layer = buildMapLayer(scene, {});
        // The names of the fitted view (a tenth of a second and more on a big map) are placed
        // here too, off the GUI thread; the scene keeps them for its first frames.
        if (scene.nodeCount() > kFitNamesUpTo && !viewSize.isEmpty() && !scene.bounds().isNull()) {
            const double scale = fittedScale(scene.bounds(), viewSize);
            const QSizeF half(viewSize.width() / 2.0 / scale, viewSize.height() / 2.0 / scale);
            const QPointF centre = scene.bounds().center();
            scene.nodeLabels(scale, LabelSizing{}, {},
                             QRectF(centre - QPointF(half.width(), half.height()), half * 2));
        }
    }
    return prepared;
}

void GraphCanvas::setModel(GraphModelAdapter* model, EditController* edits,
                           std::shared_ptr<PreparedScene> prepared) {
    cancelRename();
    endPreview();
    if (m_model)
        disconnect(m_model, nullptr, this, nullptr);
    m_model = model;
    m_edits = edits;
    m_selection.clear();
    m_shown.clear();
    m_filter = {};
    m_focus.clear();
    m_highlight.clear();
    m_changeMarks.reset();
    m_layer->clear();
    m_layerData.reset();
    m_sizeBy.clear();
    m_colourBy.clear();
    m_sizes.clear();
    m_fills.clear();
    m_fillLegend.clear();
    m_layoutView = ViewId();
    m_viewPositions.clear();
    m_colours = ColourScheme::Schema;
    m_selectedAnnotation = AnnotationId();
    m_drag = Drag::None;
    if (m_model) {
        m_language = m_model->document().info().defaultLanguage;
        connect(m_model, &GraphModelAdapter::documentChanged, this, &GraphCanvas::followChange);
        connect(m_model, &GraphModelAdapter::viewsListChanged, this,
                &GraphCanvas::reloadViewLayout);
        connect(m_model, &GraphModelAdapter::elementRemoved, this, [this](qint64 id) {
            if (m_selection.contains(id)) {
                QSet<qint64> rest = m_selection;
                rest.remove(id);
                setSelection(rest);
            }
        });
    }
    // A prepared scene is used only if it is of this document and drawn as this canvas would.
    if (prepared && m_model && prepared->document == &m_model->document() &&
        prepared->options == sceneOptions()) {
        const quint64 replaced = m_scene.generation();
        m_scene = std::move(prepared->scene);
        if (m_scene.generation() > replaced) { // as prepared: its layer's arrays are of it
            m_layerData = std::move(prepared->layer);
            m_layerHighlight.clear();
        } else
            m_scene.advanceGenerationPast(replaced);
        m_sceneStale = false;
        update();
    } else {
        rebuildScene();
    }
    m_fitPending = true;
    fitToWindow();
    Q_EMIT selectionSetChanged();
    Q_EMIT selectionChanged(0);
}

void GraphCanvas::setLabelLanguage(Language language) {
    m_language = language;
    rebuildScene();
}

void GraphCanvas::setColourScheme(ColourScheme colours) {
    m_colours = colours;
    rebuildScene();
}

void GraphCanvas::setShown(const QSet<qint64>& elements) {
    m_shown = elements;
    rebuildScene();
}

void GraphCanvas::setCamera(QPointF centre, double zoom) {
    m_centre = centre;
    m_scale = std::clamp(zoom, kMinScale, kMaxScale);
    m_fitPending = false;
    update();
}

void GraphCanvas::followChange(const ChangeNotice& notice) {
    // While the user drags, the scene holds the drag: another program's change is drawn once
    // the drag is over (the drag's own commit, or the release, rebuilds the scene).
    if (m_drag != Drag::None) {
        m_sceneStale = true;
        return;
    }
    // An edit of a few nodes' positions or labels is patched into the scene; fields not drawn
    // (description, properties) need nothing; anything else drawn is rebuilt.
    constexpr size_t kPatchUpTo = 5000;
    if (m_sceneStale || notice.reset || notice.schema || notice.annotations ||
        !notice.nodesAdded.empty() || !notice.nodesRemoved.empty() || !notice.edgesAdded.empty() ||
        !notice.edgesRemoved.empty() || !notice.edgesChanged.empty() ||
        notice.nodesChanged.size() > kPatchUpTo) {
        rebuildScene();
        return;
    }
    bool redraw = false;
    for (const QString& field : notice.fields) {
        const bool property = field.startsWith(QLatin1String("prop."));
        // Properties drawn: a pinned name (its label's priority), the node's own look.
        const bool pin = field == QLatin1String("prop.") + kPinnedLabel;
        const bool look = field.startsWith(QLatin1String("prop.style:"));
        if (field == QLatin1String("position") || field.startsWith(QLatin1String("label.")) || pin)
            redraw = true;
        else if (field == QLatin1String("description") ||
                 (property && !look && m_filter.propertyKey.isEmpty()))
            continue;
        else
            return rebuildScene(); // type, dates, a filtered property: colours and visibility
    }
    if (redraw) {
        m_scene.refreshNodes(m_model->document(), notice.nodesChanged, m_language, m_viewPositions);
        update();
    }
}

QString GraphCanvas::toolTipAt(QPointF screen) const {
    if (!m_model)
        return {};
    const GraphDocument& document = m_model->document();
    const QPointF world = screenToWorld(screen);
    if (auto id = nodeUnder(world)) {
        const NodeData* node = document.graph().node(*id);
        if (!node)
            return {};
        const int relations = int(document.graph().incidentEdges(*id).size());
        return QStringLiteral("<b>%1</b><br>%2 · %3")
            .arg(node->labels.display(m_language).toHtmlEscaped(),
                 document.schema().nodeTypeName(node->type, m_language).toHtmlEscaped(),
                 tr("%n relation(s)", "", relations));
    }
    if (auto id = m_scene.edgeAt(world, 6.0 / m_scale)) {
        const EdgeData* edge = document.graph().edge(*id);
        if (!edge)
            return {};
        const auto escaped = [](const QString& text) { return text.toHtmlEscaped(); };
        QString text = QStringLiteral("<b>%1</b><br>%2 → %3")
                           .arg(escaped(document.schema().relationName(edge->relation, m_language)),
                                escaped(document.displayLabel(edge->source)),
                                escaped(document.displayLabel(edge->target)));
        if (!edge->label.isEmpty())
            text += QStringLiteral("<br>") + edge->label.toHtmlEscaped();
        return text;
    }
    return {};
}

bool GraphCanvas::event(QEvent* event) {
    if (event->type() != QEvent::ToolTip)
        return QWidget::event(event);
    auto* help = static_cast<QHelpEvent*>(event);
    const QString text = toolTipAt(help->pos());
    if (text.isEmpty())
        QToolTip::hideText();
    else
        QToolTip::showText(help->globalPos(), text, this);
    return true;
}

void GraphCanvas::rebuildScene() {
    m_sceneStale = false;
    if (m_model) {
        m_scene.rebuild(m_model->document(), sceneOptions());
    } else
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

qint64 GraphCanvas::selectedElement() const {
    return m_selection.size() == 1 ? *m_selection.begin() : 0;
}

std::vector<NodeId> GraphCanvas::selectedNodes() const {
    std::vector<NodeId> nodes;
    if (!m_model)
        return nodes;
    for (qint64 id : m_selection)
        if (m_model->document().graph().contains(NodeId(id)))
            nodes.push_back(NodeId(id));
    std::sort(nodes.begin(), nodes.end());
    return nodes;
}

void GraphCanvas::select(qint64 elementId) {
    setSelection(elementId ? QSet<qint64>{elementId} : QSet<qint64>{});
}

void GraphCanvas::setSelection(const QSet<qint64>& elements) {
    if (!elements.isEmpty())
        m_selectedAnnotation = AnnotationId(); // one kind of selection at a time
    if (elements == m_selection)
        return;
    m_selection = elements;
    update();
    Q_EMIT selectionSetChanged();
    Q_EMIT selectionChanged(selectedElement());
}

void GraphCanvas::fitToWindow() {
    frame(m_scene.bounds());
    if (m_scene.nodeCount() == 0 || m_scene.nodeCount() > kFitNamesUpTo)
        return;
    // Names keep their size on screen, so a little smaller a picture can show more of them
    // whole: of a few scales down to 60% of the one that fits the shapes, take the one that shows
    // the most names inside the window (the largest on a tie), the shapes always inside.
    const QRectF shapes = m_scene.bounds();
    const double fitted = m_scale;
    double bestScale = fitted;
    QPointF bestCentre = m_centre;
    int bestShown = -1;
    for (double factor : {1.0, 0.93, 0.86, 0.8, 0.74, 0.68, 0.62}) {
        const double scale = fitted * factor;
        const QSizeF half(width() / 2.0 / scale, height() / 2.0 / scale);
        const QPointF wanted = m_scene.labelledBounds(scale, m_labelSizing).center();
        // As close to the names' centre as keeps every shape in the window.
        auto clampTo = [](double v, double low, double high) {
            return low <= high ? std::clamp(v, low, high) : (low + high) / 2;
        };
        const QPointF centre(
            clampTo(wanted.x(), shapes.right() - half.width(), shapes.left() + half.width()),
            clampTo(wanted.y(), shapes.bottom() - half.height(), shapes.top() + half.height()));
        const QRectF view(centre - QPointF(half.width(), half.height()),
                          QSizeF(2 * half.width(), 2 * half.height()));
        const int shown = m_scene.labelsInside(scale, m_labelSizing, view);
        if (shown > bestShown) {
            bestShown = shown;
            bestScale = scale;
            bestCentre = centre;
        }
    }
    m_scale = bestScale;
    m_centre = bestCentre;
    update();
}

void GraphCanvas::frame(const QRectF& bounds) {
    if (bounds.isNull() || width() <= 0 || height() <= 0) {
        m_centre = QPointF();
        m_scale = 1.0;
        update();
        return;
    }
    m_scale = fittedScale(bounds, size());
    m_centre = bounds.center();
    update();
}

double GraphCanvas::fittedScale(const QRectF& world, QSizeF size) {
    const double margin = 24.0;
    const double sx = (size.width() - 2 * margin) / std::max(world.width(), 1.0);
    const double sy = (size.height() - 2 * margin) / std::max(world.height(), 1.0);
    return std::clamp(std::min(sx, sy), kMinScale, 2.0); // never blow a tiny map up past 2x
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

QStringList GraphCanvas::allowedRelations(NodeId from, NodeId to) const {
    QStringList keys;
    if (!m_model)
        return keys;
    const GraphDocument& document = m_model->document();
    const NodeData* source = document.graph().node(from);
    const NodeData* target = document.graph().node(to);
    if (!source || !target)
        return keys;
    for (const RelationType& type : document.schema().relationTypes())
        if (type.allows(source->type, target->type))
            keys << type.key;
    return keys;
}

void GraphCanvas::connectNodes(NodeId from, NodeId to, const QString& relation) {
    if (!m_edits)
        return;
    EdgeData edge;
    edge.source = from;
    edge.target = to;
    edge.relation = relation;
    ChangeSet change = addEdgeChange(m_edits->document(), edge);
    const RelationType* type = m_edits->document().schema().relationType(relation);
    change.description =
        tr("Connect %1 → %2 (%3)")
            .arg(m_edits->document().displayLabel(from), m_edits->document().displayLabel(to),
                 type ? type->nameEn : relation);
    if (m_edits->perform(change).isEmpty())
        Q_EMIT message(change.description);
}

void GraphCanvas::deleteSelection() {
    if (m_edits && m_selectedAnnotation.isValid()) {
        const AnnotationId id = m_selectedAnnotation;
        selectAnnotation(AnnotationId());
        m_edits->perform(removeAnnotationChange(m_edits->document(), id));
        return;
    }
    if (!m_edits || m_selection.isEmpty())
        return;
    const ChangeSet change = removeElementsChange(
        m_edits->document(), std::vector<qint64>(m_selection.begin(), m_selection.end()));
    int nodes = 0, edges = 0;
    for (const Operation& op : change.operations) {
        nodes += std::holds_alternative<NodeOp>(op);
        edges += std::holds_alternative<EdgeOp>(op);
    }
    if (m_edits->perform(change).isEmpty())
        Q_EMIT message(tr("Deleted %n node(s)", "", nodes) + tr(" and %n relation(s)", "", edges));
}

void GraphCanvas::startRename() {
    const std::vector<NodeId> nodes = selectedNodes();
    if (!m_edits || nodes.size() != 1)
        return;
    cancelRename();
    m_renaming = nodes.front();
    const NodeData* node = m_model->document().graph().node(m_renaming);
    m_renameEditor = new QLineEdit(this);
    m_renameEditor->setObjectName(QStringLiteral("renameEditor"));
    m_renameEditor->setText(node->labels.get(m_language));
    m_renameEditor->setPlaceholderText(tr("Label (%1)").arg(languageKey(m_language)));
    const QPointF at = worldToScreen(*m_scene.positionOf(m_renaming));
    m_renameEditor->setGeometry(int(at.x()) - 110, int(at.y() + CanvasScene::kNodeRadius * m_scale),
                                220, m_renameEditor->sizeHint().height());
    m_renameEditor->selectAll();
    m_renameEditor->show();
    m_renameEditor->setFocus();
    connect(m_renameEditor, &QLineEdit::editingFinished, this, &GraphCanvas::finishRename);
}

void GraphCanvas::finishRename() {
    if (!m_renameEditor)
        return;
    const QString text = m_renameEditor->text().trimmed();
    const NodeId id = m_renaming;
    cancelRename();
    auto change = setFieldChange(m_edits->document(), id.value,
                                 QStringLiteral("label.") + languageKey(m_language), text);
    if (!change) {
        Q_EMIT m_edits->editFailed(change.error());
        return;
    }
    ChangeSet named = change.value();
    named.description = tr("Rename node");
    m_edits->perform(named);
}

void GraphCanvas::cancelRename() {
    if (!m_renameEditor)
        return;
    m_renameEditor->deleteLater();
    m_renameEditor = nullptr;
    m_renaming = NodeId();
    setFocus();
}

QSet<qint64> GraphCanvas::idsInView() const {
    const QRectF view = viewWorld();
    QSet<qint64> ids;
    for (int i : m_scene.nodesIn(view))
        if (view.contains(m_scene.nodes()[size_t(i)].position))
            ids.insert(m_scene.nodes()[size_t(i)].id.value);
    for (const EdgeVisual& edge : m_scene.edges())
        if (ids.contains(m_scene.nodes()[size_t(edge.source)].id.value) &&
            ids.contains(m_scene.nodes()[size_t(edge.target)].id.value))
            ids.insert(edge.id.value);
    return ids;
}

std::optional<NodeId> GraphCanvas::nodeUnder(QPointF world) const {
    if (auto node = m_scene.nodeAt(world))
        return node;
    return m_scene.labelAt(world, m_scale, m_labelSizing);
}

void GraphCanvas::paintEvent(QPaintEvent*) {
    QPainter painter(this);
    const bool dark = darkCanvas();
    painter.fillRect(rect(), dark ? QColor(0x1E, 0x1F, 0x22) : QColor(250, 250, 248));
    if (m_preview) {
        // Framed as Fit to Window will frame the map.
        paintMapPreview(painter, *m_preview, QRectF(rect()).center(),
                        fittedScale(m_preview->bounds, size()));
        return;
    }
    // Keyboard focus is on the map: a frame says so (arrow keys, Delete, F2 act here).
    auto paintFocusFrame = [this, &painter] {
        if (!hasFocus())
            return;
        painter.setRenderHint(QPainter::Antialiasing, false);
        painter.setPen(QPen(palette().color(QPalette::Highlight), 2));
        painter.setBrush(Qt::NoBrush);
        painter.drawRect(QRectF(rect()).adjusted(1, 1, -1, -1));
    };
    if (m_scene.nodeCount() == 0) {
        painter.setPen(dark ? QColor(170, 170, 170) : QColor(120, 120, 120));
        painter.drawText(rect(), Qt::AlignCenter,
                         m_model ? tr("This map is empty. Double-click to add a node, or drop a "
                                      "file to import.")
                                 : tr("No map is open. Use File > Open or File > New."));
        paintFocusFrame();
        return;
    }
    painter.save();
    painter.translate(width() / 2.0, height() / 2.0);
    painter.scale(m_scale, m_scale);
    painter.translate(-m_centre);
    PaintRequest request;
    request.visibleWorld = viewWorld();
    request.scale = m_scale;
    request.selected = m_selection;
    request.selectedAnnotation = m_selectedAnnotation.value;
    request.highlighted = m_highlight;
    request.changes = m_changeMarks.get();
    request.labels = m_labelSizing;
    request.dark = dark;
    m_paintedLayer = paintLayered(painter, request);
    if (!m_paintedLayer)
        paintGraph(painter, m_scene, request);
    painter.restore();
    if (m_changeMarks)
        paintChangeLegendBox(painter);

    painter.setRenderHint(QPainter::Antialiasing);
    if (m_drag == Drag::Connect) {
        painter.setPen(QPen(QColor(21, 101, 192), 2, Qt::DashLine));
        painter.drawLine(worldToScreen(*m_scene.positionOf(m_connectFrom)),
                         worldToScreen(m_dragWorld));
    } else if (m_drag == Drag::RubberBand) {
        painter.setPen(QPen(QColor(21, 101, 192), 1));
        painter.setBrush(QColor(21, 101, 192, 30));
        painter.drawRect(
            QRectF(worldToScreen(m_pressWorld), worldToScreen(m_dragWorld)).normalized());
    }
    if (!m_hint.isEmpty())
        paintHint(painter);
    paintFocusFrame();
}

void GraphCanvas::setHint(const QString& text) {
    m_hint = text;
    update();
}

void GraphCanvas::dismissHint() {
    if (m_hint.isEmpty())
        return;
    m_hint.clear();
    update();
    Q_EMIT hintDismissed();
}

// The first-start hint: a box at the foot of the canvas until the first click or wheel turn.
void GraphCanvas::paintHint(QPainter& painter) {
    const QFontMetrics metrics = painter.fontMetrics();
    const int width = std::min(this->width() - 40, metrics.horizontalAdvance(m_hint) + 32);
    const QRect text = metrics.boundingRect(QRect(0, 0, width - 32, 1000),
                                            Qt::TextWordWrap | Qt::AlignCenter, m_hint);
    const QRect box((this->width() - width) / 2, height() - text.height() - 44, width,
                    text.height() + 20);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(Qt::NoPen);
    painter.setBrush(darkCanvas() ? QColor(0x3A, 0x3D, 0x42, 235) : QColor(0x26, 0x32, 0x38, 220));
    painter.drawRoundedRect(box, 8, 8);
    painter.setPen(Qt::white);
    painter.drawText(box.adjusted(16, 10, -16, -10), Qt::TextWordWrap | Qt::AlignCenter, m_hint);
}

bool GraphCanvas::darkCanvas() const {
    return palette().color(QPalette::Base).lightness() < 110;
}

void GraphCanvas::setMinLabelPixels(int pixels) {
    if (pixels == m_labelSizing.minNodePx)
        return;
    m_labelSizing.minNodePx = pixels;
    m_labelSizing.minEdgePx = std::max(7, pixels - 1);
    requestLayer();
    update();
}

void GraphCanvas::changeEvent(QEvent* event) {
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange) { // the theme changed: redraw in its colours
        requestLayer();
        update();
    }
}

quint64 GraphCanvas::expectPreview() {
    return ++m_previewTicket;
}

void GraphCanvas::showPreview(quint64 ticket, std::shared_ptr<const MapPreview> preview) {
    if (ticket != m_previewTicket || !preview)
        return;
    m_preview = std::move(preview);
    update();
}

void GraphCanvas::endPreview() {
    ++m_previewTicket;
    if (m_preview) {
        m_preview.reset();
        update();
    }
}

void GraphCanvas::setChangeMarks(std::shared_ptr<const ChangeMarks> marks) {
    m_changeMarks = std::move(marks);
    update();
}

// The marks' legend at the bottom left, on a white card.
void GraphCanvas::paintChangeLegendBox(QPainter& painter) {
    QFont font = this->font();
    font.setPixelSize(12);
    const QSizeF size = paintChangeLegend(painter, QPointF(), *m_changeMarks, font, false);
    const QRectF card(8, height() - size.height() - 20, size.width() + 20, size.height() + 12);
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(QPen(QColor(0, 0, 0, 60), 1));
    painter.setBrush(QColor(255, 255, 255, 235));
    painter.drawRoundedRect(card, 6, 6);
    painter.restore();
    paintChangeLegend(painter, card.topLeft() + QPointF(10, 6), *m_changeMarks, font);
}

void GraphCanvas::resizeEvent(QResizeEvent*) {
    if (m_fitPending && m_scene.nodeCount() > 0 && width() > 200) {
        fitToWindow();
        m_fitPending = !isVisible();
    }
}

void GraphCanvas::wheelEvent(QWheelEvent* event) {
    dismissHint();
    const double steps = event->angleDelta().y() / 120.0;
    zoomAround(event->position(), std::pow(1.2, steps));
    event->accept();
}

void GraphCanvas::mousePressEvent(QMouseEvent* event) {
    dismissHint();
    setFocus(Qt::MouseFocusReason);
    m_lastMouse = event->position().toPoint();
    m_pressWorld = m_dragWorld = screenToWorld(event->position());
    m_movedBy = QPointF();
    if (event->button() == Qt::MiddleButton) {
        m_drag = Drag::Pan;
        return;
    }
    if (event->button() != Qt::LeftButton)
        return;
    const bool ctrl = event->modifiers() & Qt::ControlModifier;
    if (auto note = m_scene.annotationAt(m_pressWorld)) { // annotations lie on top
        setSelection({});
        selectAnnotation(*note);
        m_drag = m_edits ? Drag::MoveAnnotation : Drag::None;
        return;
    }
    selectAnnotation(AnnotationId());
    if (auto node = nodeUnder(m_pressWorld)) {
        if ((event->modifiers() & Qt::ShiftModifier || m_connectMode) && m_edits) {
            m_drag = Drag::Connect;
            m_connectFrom = *node;
            return;
        }
        QSet<qint64> selection = m_selection;
        if (ctrl) {
            if (!selection.remove(node->value))
                selection.insert(node->value);
            setSelection(selection);
            return;
        }
        if (!selection.contains(node->value))
            setSelection({node->value});
        // Only a node pressed directly, and drawn big enough to aim at, moves; a press on its
        // name, or on a dot of a far-out dense map, selects it and a drag pans.
        const auto pressed = m_scene.nodeAt(m_pressWorld);
        const auto index = pressed ? m_scene.indexOf(*pressed) : std::nullopt;
        const bool aimed =
            index && m_scene.nodes()[size_t(*index)].radius * m_scale >= kMinMoveRadiusPx;
        m_drag = !aimed ? Drag::Pan : m_edits ? Drag::Move : Drag::None;
        if (m_drag == Drag::Pan)
            setCursor(Qt::ClosedHandCursor);
        return;
    }
    if (auto edge = m_scene.edgeAt(m_pressWorld, 5.0 / m_scale)) {
        QSet<qint64> selection = ctrl ? m_selection : QSet<qint64>{};
        if (!selection.remove(edge->value))
            selection.insert(edge->value);
        setSelection(selection);
        return;
    }
    if (ctrl) {
        m_drag = Drag::RubberBand;
        return;
    }
    select(0);
    m_drag = Drag::Pan;
    setCursor(Qt::ClosedHandCursor);
}

void GraphCanvas::mouseMoveEvent(QMouseEvent* event) {
    const QPoint position = event->position().toPoint();
    const QPointF world = screenToWorld(event->position());
    switch (m_drag) {
    case Drag::Pan:
        m_centre -= QPointF(position - m_lastMouse) / m_scale;
        break;
    case Drag::Move: {
        if (m_movedBy.isNull() && (position - m_lastMouse).manhattanLength() < kDragThreshold)
            return;
        const QPointF delta = world - m_dragWorld;
        m_scene.moveNodes(selectedNodes(), delta);
        m_movedBy += delta;
        break;
    }
    case Drag::MoveAnnotation:
        m_scene.moveAnnotation(m_selectedAnnotation, world - m_dragWorld);
        m_movedBy += world - m_dragWorld;
        break;
    case Drag::Connect:
    case Drag::RubberBand:
    case Drag::None:
        break;
    }
    if (m_drag != Drag::Move || !m_movedBy.isNull())
        m_lastMouse = position;
    m_dragWorld = world;
    update();
}

void GraphCanvas::mouseReleaseEvent(QMouseEvent* event) {
    const Drag drag = m_drag;
    m_drag = Drag::None;
    unsetCursor();
    // Changes that arrived during the drag are drawn when the drag's own edit is (or now).
    struct Catch {
        GraphCanvas* canvas;
        ~Catch() {
            if (canvas->m_sceneStale)
                canvas->rebuildScene();
        }
    } catchUp{this};
    switch (drag) {
    case Drag::Move:
        finishMove();
        break;
    case Drag::Connect:
        finishConnect(event->position());
        break;
    case Drag::RubberBand: {
        const QRectF area = QRectF(m_pressWorld, screenToWorld(event->position())).normalized();
        QSet<qint64> selection = m_selection;
        for (int i : m_scene.nodesIn(area))
            if (area.contains(m_scene.nodes()[size_t(i)].position))
                selection.insert(m_scene.nodes()[size_t(i)].id.value);
        setSelection(selection);
        break;
    }
    case Drag::MoveAnnotation: {
        auto it = m_edits ? m_edits->document().annotations().find(m_selectedAnnotation)
                          : std::map<AnnotationId, Annotation>::const_iterator();
        if (m_edits && !m_movedBy.isNull() && it != m_edits->document().annotations().end()) {
            Annotation moved = it->second;
            moved.position = rounded(moved.position + m_movedBy);
            m_movedBy = QPointF();
            if (!m_edits->perform(updateAnnotationChange(m_edits->document(), moved)).isEmpty())
                rebuildScene();
        }
        break;
    }
    case Drag::Pan:
    case Drag::None:
        break;
    }
    update();
}

void GraphCanvas::finishMove() {
    if (m_movedBy.isNull() || !m_edits)
        return;
    // One undo step for the whole drag, however many nodes moved.
    std::vector<std::pair<NodeId, QPointF>> positions;
    for (NodeId id : selectedNodes())
        if (const auto position = m_scene.positionOf(id))
            positions.emplace_back(id, rounded(*position));
    m_movedBy = QPointF();
    if (!commitPositions(positions, {}).isEmpty())
        rebuildScene(); // refused: show the stored positions again
}

void GraphCanvas::finishConnect(QPointF screen) {
    const auto target = nodeUnder(screenToWorld(screen));
    if (!target || !m_edits)
        return;
    const QStringList keys = allowedRelations(m_connectFrom, *target);
    const GraphDocument& document = m_edits->document();
    if (keys.isEmpty()) {
        Q_EMIT m_edits->editFailed(
            tr("No relation type allows a %1 → %2 relation. Add one in Edit > Schema.")
                .arg(document.graph().node(m_connectFrom)->type,
                     document.graph().node(*target)->type));
        return;
    }
    QMenu menu(this);
    menu.setObjectName(QStringLiteral("relationMenu"));
    menu.addSection(
        tr("%1 → %2").arg(document.displayLabel(m_connectFrom), document.displayLabel(*target)));
    for (const QString& key : keys) {
        menu.addAction(document.schema().relationName(key, m_language))->setData(key);
    }
    if (QAction* chosen = menu.exec(mapToGlobal(screen.toPoint())))
        connectNodes(m_connectFrom, *target, chosen->data().toString());
}

void GraphCanvas::mouseDoubleClickEvent(QMouseEvent* event) {
    if (event->button() != Qt::LeftButton || !m_edits)
        return;
    const QPointF world = screenToWorld(event->position());
    if (auto note = m_scene.annotationAt(world)) {
        editAnnotation(*note);
        return;
    }
    if (auto node = nodeUnder(world)) {
        select(node->value);
        startRename();
        return;
    }
    Q_EMIT createNodeRequested(rounded(world));
}

std::optional<NodeId> GraphCanvas::neighbourToward(NodeId from, QPointF direction) const {
    const auto origin = m_scene.positionOf(from);
    if (!m_model || !origin)
        return std::nullopt;
    const KnowledgeGraph& graph = m_model->document().graph();
    std::optional<NodeId> best;
    double bestScore = 0;
    for (EdgeId id : graph.incidentEdges(from)) {
        const EdgeData* edge = graph.edge(id);
        const NodeId other = edge->source == from ? edge->target : edge->source;
        const auto at = m_scene.positionOf(other);
        if (!at || other == from)
            continue;
        const QPointF offset = *at - *origin;
        const double length = std::hypot(offset.x(), offset.y());
        if (length <= 0)
            continue;
        // Within 60 degrees of the arrow's direction; nearer and straighter wins.
        const double cosine = QPointF::dotProduct(offset, direction) / length;
        if (cosine < 0.5)
            continue;
        const double score = length * (2.0 - cosine);
        if (!best || score < bestScore) {
            best = other;
            bestScore = score;
        }
    }
    return best;
}

void GraphCanvas::keyPressEvent(QKeyEvent* event) {
    // With one node selected, an arrow key moves the selection to its neighbour that way.
    const std::vector<NodeId> selected = selectedNodes();
    if (selected.size() == 1 && event->modifiers() == Qt::NoModifier) {
        QPointF direction;
        switch (event->key()) {
        case Qt::Key_Left:
            direction = {-1, 0};
            break;
        case Qt::Key_Right:
            direction = {1, 0};
            break;
        case Qt::Key_Up:
            direction = {0, -1};
            break;
        case Qt::Key_Down:
            direction = {0, 1};
            break;
        default:
            break;
        }
        if (!direction.isNull()) {
            if (auto next = neighbourToward(selected.front(), direction)) {
                select(next->value);
                const QPointF screen = worldToScreen(*m_scene.positionOf(*next));
                if (!QRectF(rect()).adjusted(40, 40, -40, -40).contains(screen))
                    setCamera(*m_scene.positionOf(*next), m_scale);
            } else {
                Q_EMIT message(tr("No relation leads that way from the selected node."));
            }
            return;
        }
    }
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
        if (m_renameEditor)
            cancelRename();
        else
            select(0);
        return;
    case Qt::Key_Delete:
    case Qt::Key_Backspace:
        deleteSelection();
        return;
    case Qt::Key_F2:
        startRename();
        return;
    default:
        QWidget::keyPressEvent(event);
        return;
    }
    update();
}

} // namespace kizuna
