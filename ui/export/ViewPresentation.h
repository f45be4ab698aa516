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

} // namespace kizuna
