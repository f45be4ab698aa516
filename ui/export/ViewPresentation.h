#pragma once
// How a saved view draws the map: its filter and timeline applied, nodes sized and coloured by
// its metrics, its own layout. kizuna-cli export --view uses this, so a view exports from the
// command line exactly as the app shows it.

#include "canvas/CanvasScene.h"
#include "model/Result.h"

namespace kizuna {

class GraphDocument;
struct SavedView;

// Computes the metrics a view styles by (an error only if that fails).
Result<SceneOptions> viewPresentation(const GraphDocument& document, const SavedView& view);
// Sizes and colours nodes by these keys (a metric or "prop:KEY"; empty: the usual look),
// computing the metrics only when a key is one. An unknown key is an error naming it.
Status styleNodes(const GraphDocument& document, SceneOptions& options, const QString& sizeBy,
                  const QString& colourBy);

} // namespace kizuna
