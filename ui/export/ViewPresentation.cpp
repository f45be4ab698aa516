#include "export/ViewPresentation.h"

#include "algo/Visibility.h"
#include "canvas/MetricStyling.h"
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
    if (!view.sizeBy.isEmpty() || !view.colourBy.isEmpty()) {
        auto metrics = computeMetrics(document.graph());
        if (!metrics)
            return Error{metrics.error()};
        options.sizes = sizesBy(metrics.value(), view.sizeBy);
        options.fills = fillsBy(metrics.value(), view.colourBy);
        options.sizeBy = view.sizeBy;
        options.colourBy = view.colourBy;
    }
    return options;
}

} // namespace kizuna
