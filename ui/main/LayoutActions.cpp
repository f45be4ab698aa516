#include "main/LayoutActions.h"

#include "canvas/GraphCanvas.h"
#include "canvas/GraphModelAdapter.h"
#include "commands/EditController.h"
#include "document/GraphDocument.h"
#include "main/BackgroundTask.h"

#include <QMenu>

namespace kizuna {

LayoutActions::LayoutActions(GraphCanvas& canvas, QWidget* window)
    : QObject(window), m_canvas(canvas), m_window(window) {}

void LayoutActions::addTo(QMenu* menu) {
    const std::pair<LayoutAlgorithm, QString> entries[] = {
        {LayoutAlgorithm::Force, tr("&Force-Directed (selected nodes stay put)")},
        {LayoutAlgorithm::Circular, tr("&Circular")},
        {LayoutAlgorithm::Layered, tr("&Hierarchical (Layered)")},
        {LayoutAlgorithm::Radial, tr("&Radial Around Selected Node")},
        {LayoutAlgorithm::Grid, tr("&Grid")}};
    for (const auto& [algorithm, name] : entries)
        menu->addAction(name, this, [this, algorithm = algorithm] {
            const QString error = apply(algorithm);
            if (!error.isEmpty())
                Q_EMIT m_canvas.message(tr("Layout not applied: %1").arg(error));
        });
}

QString LayoutActions::apply(LayoutAlgorithm algorithm) {
    const GraphDocument* document = m_canvas.document();
    if (!document)
        return tr("No map is open.");
    const KnowledgeGraph& graph = document->graph();
    LayoutOptions options;
    options.language = m_canvas.labelLanguage();
    const std::vector<NodeId> selected = m_canvas.selectedNodes();
    if (algorithm == LayoutAlgorithm::Force) {
        options.pinned.insert(selected.begin(), selected.end());
    } else if (selected.size() >= 2) {
        options.nodes.insert(selected.begin(), selected.end());
    } else if (m_canvas.scene().nodeCount() < graph.nodeCount()) {
        for (const NodeVisual& node : m_canvas.scene().nodes()) // only what is shown
            options.nodes.insert(node.id);
    }
    if (selected.size() == 1)
        options.centre = selected.front();
    if (graph.nodeCount() == 0)
        return {};
    auto positions =
        runWithProgress(m_window,
                        tr("Laying out %n node(s)…", "",
                           int(options.nodes.empty() ? graph.nodeCount() : options.nodes.size())),
                        [&](const ProgressCallback& progress) {
                            return computeLayout(graph, algorithm, options, progress);
                        });
    if (!positions)
        return positions.error();
    return m_canvas.applyPositions(inIdOrder(positions.value()),
                                   tr("Layout: %1").arg(layoutKey(algorithm)));
}

} // namespace kizuna
