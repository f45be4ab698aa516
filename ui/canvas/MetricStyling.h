#pragma once
// Turns node metrics into canvas styling: sizes that grow with a measure, and fills that show a
// measure (light to dark) or a grouping (community, component: one colour each).

#include "algo/Metrics.h"

#include <QColor>
#include <QString>
#include <QStringList>
#include <unordered_map>

namespace kizuna {

// Keys a view may size by ("degree", "betweenness", "pagerank") and colour by (those and
// "community", "component"), as saved views store them.
QStringList sizeMetricKeys();
QStringList colourMetricKeys();
QString metricName(const QString& key); // for menus: "Degree", "PageRank" …
double metricValue(const NodeMetrics& metrics, const QString& key);
// The sequential "viridis" ramp, t in [0, 1] light to dark: readable in grey print and for
// colour-blind readers.
QColor ramp(double t);

// Sizes from 0.6 to 2.4 times the usual radius, by the square root of the value (so area
// follows the measure); empty for an unknown key.
std::unordered_map<NodeId, double> sizesBy(const std::vector<NodeMetrics>& metrics,
                                           const QString& key);
std::unordered_map<NodeId, QColor> fillsBy(const std::vector<NodeMetrics>& metrics,
                                           const QString& key);

} // namespace kizuna
