#pragma once
// Sizes and fills of nodes by a measure or by one of their properties ("style by property"): the
// keys a view saves as sizeBy/colourBy are metric keys ("degree", "community" …) or "prop:KEY".
// A property colours by category (its most common values, each its own colour-blind-safe colour,
// the rest "other values") or, when every value is a number, along a light-to-dark ramp; it sizes
// only when numeric. The canvas, the legend dock, saved views and exports all use this, so a map
// is coloured the same everywhere.

#include "algo/Metrics.h"
#include "model/KnowledgeGraph.h"

#include <QColor>
#include <QString>
#include <optional>
#include <unordered_map>
#include <vector>

namespace kizuna {

QString propertyStyleKey(const QString& property); // "owner" -> "prop:owner"
// The property a styling key names; none for metric keys.
std::optional<QString> styledProperty(const QString& key);
bool isMetricStyleKey(const QString& key);
// For menus and legends: a metric's name, or the property key itself.
QString styleKeyName(const QString& key);

// Every value of the property on the map's nodes is a number (and there is at least one).
bool isNumericProperty(const KnowledgeGraph& graph, const QString& property);

// What each colour means: a value, "other values", "no value", or a range's ends ("12", "480"),
// most common first.
using StyleLegend = std::vector<std::pair<QString, QColor>>;

struct NodeFills {
    std::unordered_map<NodeId, QColor> fills;
    StyleLegend legend;
};
// At most this many values get their own colour; the rest share "other values".
constexpr int kMaxPropertyCategories = 10;
NodeFills fillsByProperty(const KnowledgeGraph& graph, const QString& property);
// Numeric values: 0.6 to 2.4 times the usual radius by the square root of the value above the
// smallest; nodes without a value keep the usual size. Empty when the property is not numeric.
std::unordered_map<NodeId, double> sizesByProperty(const KnowledgeGraph& graph,
                                                   const QString& property);

// Either kind of key; `metrics` is needed only for metric keys (may be empty otherwise).
NodeFills nodeFills(const KnowledgeGraph& graph, const std::vector<NodeMetrics>& metrics,
                    const QString& key);
std::unordered_map<NodeId, double>
nodeSizes(const KnowledgeGraph& graph, const std::vector<NodeMetrics>& metrics, const QString& key);

} // namespace kizuna
