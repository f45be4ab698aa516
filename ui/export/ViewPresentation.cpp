#include "export/ViewPresentation.h"

#include "algo/Visibility.h"
#include "canvas/MetricStyling.h"
#include "canvas/NodeStyling.h"
#include "document/GraphDocument.h"

namespace kizuna {

Result<SceneOptions> viewPresentation(const GraphDocument& document, const SavedView& view) {
    SceneOptions options;
    options.language = view.language;
    options.colours = ColourScheme(view.colours);
    options.only = QSet<qint64>(view.shown.begin(), view.shown.end());
    Visibility visibility = computeVisibility(document.graph(), view.filter);
    options.hidden = std::move(visibility.hidden);
    options.faded = std::move(visibility.faded);
    options.positions = view.positions;
    if (Status styled = styleNodes(document, options, view.sizeBy, view.colourBy); !styled)
        return Error{styled.error()};
    return options;
}

Status styleNodes(const GraphDocument& document, SceneOptions& options, const QString& sizeBy,
                  const QString& colourBy) {
    for (const QString& key : {sizeBy, colourBy})
        if (!key.isEmpty() && !isMetricStyleKey(key) && !styledProperty(key))
            return Error{QStringLiteral("\"%1\" is neither a metric (%2) nor prop:KEY")
                             .arg(key, colourMetricKeys().join(QStringLiteral(", ")))};
    std::vector<NodeMetrics> metrics;
    if (isMetricStyleKey(sizeBy) || isMetricStyleKey(colourBy)) {
        auto computed = computeMetrics(document.graph());
        if (!computed)
            return Error{computed.error()};
        metrics = std::move(computed).value();
    }
    options.sizes = nodeSizes(document.graph(), metrics, sizeBy);
    NodeFills fills = nodeFills(document.graph(), metrics, colourBy);
    options.fills = std::move(fills.fills);
    options.fillLegend = std::move(fills.legend);
    options.sizeBy = sizeBy;
    options.colourBy = colourBy;
    return {};
}

} // namespace kizuna
