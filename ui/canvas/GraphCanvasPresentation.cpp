// GraphCanvas: what is shown and how: filters and timeline, neighbourhood focus, a highlighted
// path, styling by metric, a saved view's own layout, and animated layout changes.
#include "canvas/GraphCanvas.h"

#include "algo/Visibility.h"
#include "canvas/GraphModelAdapter.h"
#include "commands/EditController.h"
#include "document/Edits.h"
#include "document/GraphDocument.h"

#include <QVariantAnimation>

namespace kizuna {
namespace {

constexpr int kAnimationMs = 280;
constexpr size_t kMaxAnimatedNodes = 20000; // beyond this a frame costs more than it shows

} // namespace

const GraphDocument* GraphCanvas::document() const {
    return m_model ? &m_model->document() : nullptr;
}

SceneOptions GraphCanvas::sceneOptions() const {
    SceneOptions options;
    options.language = m_language;
    options.colours = m_colours;
    options.only = m_shown;
    const KnowledgeGraph& graph = m_model->document().graph();
    Visibility visibility = computeVisibility(graph, m_filter);
    options.hidden = std::move(visibility.hidden);
    options.faded = std::move(visibility.faded);
    if (!m_focus.isEmpty()) {
        auto& outside = m_focusHides ? options.hidden : options.faded;
        graph.forEachNode([&](const NodeData& node) {
            if (!m_focus.contains(node.id.value))
                outside.insert(node.id.value);
        });
        graph.forEachEdge([&](const EdgeData& edge) {
            if (!m_focus.contains(edge.source.value) || !m_focus.contains(edge.target.value))
                outside.insert(edge.id.value);
        });
    }
    options.sizes = m_sizes;
    options.fills = m_fills;
    options.fillLegend = m_fillLegend;
    options.sizeBy = m_sizeBy;
    options.colourBy = m_colourBy;
    options.positions = m_viewPositions;
    return options;
}

void GraphCanvas::setFilter(const ViewFilter& filter) {
    if (filter == m_filter)
        return;
    m_filter = filter;
    rebuildScene();
    Q_EMIT presentationChanged();
}

void GraphCanvas::setFocusNodes(const QSet<qint64>& nodes, bool hide) {
    m_focus = nodes;
    m_focusHides = hide;
    rebuildScene();
    Q_EMIT presentationChanged();
}

void GraphCanvas::setHighlight(const QSet<qint64>& elements) {
    m_highlight = elements;
    update();
    Q_EMIT presentationChanged();
}

void GraphCanvas::setNodeStyling(const QString& sizeBy, std::unordered_map<NodeId, double> sizes,
                                 const QString& colourBy, std::unordered_map<NodeId, QColor> fills,
                                 std::vector<std::pair<QString, QColor>> fillLegend) {
    m_fillLegend = std::move(fillLegend);
    m_sizeBy = sizeBy;
    m_sizes = std::move(sizes);
    m_colourBy = colourBy;
    m_fills = std::move(fills);
    rebuildScene();
    Q_EMIT presentationChanged();
}

void GraphCanvas::setViewLayout(ViewId view) {
    m_layoutView = view;
    reloadViewLayout();
}

void GraphCanvas::reloadViewLayout() {
    m_viewPositions.clear();
    if (m_layoutView.isValid() && m_model) {
        const auto& views = m_model->document().views();
        auto it = views.find(m_layoutView);
        if (it == views.end() || it->second.positions.empty())
            m_layoutView = ViewId(); // deleted, or saved without a layout of its own
        else
            m_viewPositions = it->second.positions;
    }
    rebuildScene();
}

QString GraphCanvas::commitPositions(const std::vector<std::pair<NodeId, QPointF>>& positions,
                                     const QString& description) {
    if (!m_edits)
        return tr("The map is open read-only.");
    GraphDocument& document = m_edits->document();
    auto view = document.views().find(m_layoutView);
    if (m_layoutView.isValid() && view != document.views().end()) {
        SavedView changed = view->second;
        for (const auto& [id, point] : positions)
            changed.positions[id] = point;
        ChangeSet change = saveViewChange(document, changed);
        change.description = description.isEmpty()
                                 ? tr("Move in view “%1”").arg(changed.name)
                                 : tr("%1 in view “%2”").arg(description, changed.name);
        return m_edits->perform(change);
    }
    ChangeSet change = moveNodesChange(document, positions);
    if (!description.isEmpty())
        change.description = description;
    return m_edits->perform(change);
}

QString GraphCanvas::applyPositions(const std::vector<std::pair<NodeId, QPointF>>& positions,
                                    const QString& description) {
    std::unordered_map<NodeId, QPointF> from;
    for (const auto& [id, point] : positions)
        if (const auto now = m_scene.positionOf(id))
            from.emplace(id, *now);
    const QString error = commitPositions(positions, description);
    if (!error.isEmpty() || !isVisible() || positions.size() > kMaxAnimatedNodes)
        return error;
    // The scene now holds the new positions; glide there from the old ones.
    std::unordered_map<NodeId, QPointF> to(positions.begin(), positions.end());
    if (m_animation)
        m_animation->stop();
    delete m_animation;
    m_animation = new QVariantAnimation(this);
    m_animation->setDuration(kAnimationMs);
    m_animation->setStartValue(0.0);
    m_animation->setEndValue(1.0);
    m_animation->setEasingCurve(QEasingCurve::InOutCubic);
    connect(m_animation, &QVariantAnimation::valueChanged, this,
            [this, from = std::move(from), to = std::move(to)](const QVariant& value) {
                const double t = value.toDouble();
                std::unordered_map<NodeId, QPointF> now;
                now.reserve(to.size());
                for (const auto& [id, end] : to) {
                    auto start = from.find(id);
                    now.emplace(id, start == from.end() ? end : start->second * (1 - t) + end * t);
                }
                m_scene.placeNodes(now);
                update();
            });
    connect(m_animation, &QVariantAnimation::finished, this, &GraphCanvas::rebuildScene);
    m_animation->start();
    return error;
}

} // namespace kizuna
