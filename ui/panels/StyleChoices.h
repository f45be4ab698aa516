#pragma once
// The choices of "Size nodes by" and "Colour nodes by" (Metrics panel, Legend and Filter dock):
// none, the metrics, then every property key of the map's nodes ("prop:KEY", NodeStyling.h).

class QComboBox;

namespace kizuna {

class GraphDocument;

enum class StyleChoice { Size, Colour };

// Rebuilds the items only when the keys changed, keeping the current choice where it still
// exists; emits no change of the current index otherwise.
void fillStyleChoices(QComboBox& combo, const GraphDocument* document, StyleChoice kind);

} // namespace kizuna
