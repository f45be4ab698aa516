#include "canvas/MetricStyling.h"

#include <QCoreApplication>
#include <algorithm>
#include <cmath>

namespace kizuna {
namespace {

// Tableau-10-like categories, then grey for the long tail of small groups.
const QColor kGroups[] = {QColor(0x4E, 0x79, 0xA7), QColor(0xF2, 0x8E, 0x2B),
                          QColor(0xE1, 0x57, 0x59), QColor(0x76, 0xB7, 0xB2),
                          QColor(0x59, 0xA1, 0x4F), QColor(0xED, 0xC9, 0x48),
                          QColor(0xB0, 0x7A, 0xA1), QColor(0xFF, 0x9D, 0xA7),
                          QColor(0x9C, 0x75, 0x5F), QColor(0xBA, 0xB0, 0xAC)};

bool isGrouping(const QString& key) {
    return key == QLatin1String("community") || key == QLatin1String("component");
}

} // namespace

QColor ramp(double t) {
    static const QColor stops[] = {QColor(0xFD, 0xE7, 0x25), QColor(0x5E, 0xC9, 0x62),
                                   QColor(0x21, 0x91, 0x8C), QColor(0x3B, 0x52, 0x8B),
                                   QColor(0x44, 0x01, 0x54)};
    t = std::clamp(t, 0.0, 1.0) * 4;
    const int i = std::min(3, int(t));
    const double f = t - i;
    const QColor &a = stops[i], &b = stops[i + 1];
    return QColor::fromRgbF(float(a.redF() + (b.redF() - a.redF()) * f),
                            float(a.greenF() + (b.greenF() - a.greenF()) * f),
                            float(a.blueF() + (b.blueF() - a.blueF()) * f));
}

namespace {

// Each node's value scaled to [0, 1] by the square root (long-tailed measures stay readable).
std::vector<double> normalised(const std::vector<NodeMetrics>& metrics, const QString& key) {
    std::vector<double> values;
    values.reserve(metrics.size());
    double top = 0;
    for (const NodeMetrics& m : metrics) {
        values.push_back(std::sqrt(std::max(0.0, metricValue(m, key))));
        top = std::max(top, values.back());
    }
    for (double& v : values)
        v = top > 0 ? v / top : 0;
    return values;
}

} // namespace

QStringList sizeMetricKeys() {
    return {QStringLiteral("degree"), QStringLiteral("betweenness"), QStringLiteral("pagerank")};
}

QStringList colourMetricKeys() {
    return sizeMetricKeys() << QStringLiteral("community") << QStringLiteral("component");
}

QString metricName(const QString& key) {
    if (key == QLatin1String("degree"))
        return QCoreApplication::translate("Metrics", "Degree");
    if (key == QLatin1String("betweenness"))
        return QCoreApplication::translate("Metrics", "Betweenness");
    if (key == QLatin1String("pagerank"))
        return QCoreApplication::translate("Metrics", "PageRank");
    if (key == QLatin1String("community"))
        return QCoreApplication::translate("Metrics", "Community");
    if (key == QLatin1String("component"))
        return QCoreApplication::translate("Metrics", "Component");
    return key;
}

double metricValue(const NodeMetrics& m, const QString& key) {
    if (key == QLatin1String("degree"))
        return m.degree;
    if (key == QLatin1String("betweenness"))
        return m.betweenness;
    if (key == QLatin1String("pagerank"))
        return m.pageRank;
    if (key == QLatin1String("community"))
        return m.community;
    if (key == QLatin1String("component"))
        return m.component;
    return 0;
}

std::unordered_map<NodeId, double> sizesBy(const std::vector<NodeMetrics>& metrics,
                                           const QString& key) {
    std::unordered_map<NodeId, double> sizes;
    if (!sizeMetricKeys().contains(key))
        return sizes;
    const std::vector<double> values = normalised(metrics, key);
    for (size_t i = 0; i < metrics.size(); ++i)
        sizes.emplace(metrics[i].id, 0.6 + 1.8 * values[i]);
    return sizes;
}

std::unordered_map<NodeId, QColor> fillsBy(const std::vector<NodeMetrics>& metrics,
                                           const QString& key) {
    std::unordered_map<NodeId, QColor> fills;
    if (!colourMetricKeys().contains(key))
        return fills;
    if (isGrouping(key)) { // groups are numbered largest first, so the big ones get colours
        for (const NodeMetrics& m : metrics) {
            const int group = int(metricValue(m, key));
            fills.emplace(m.id, group < 9 ? kGroups[group] : kGroups[9]);
        }
        return fills;
    }
    const std::vector<double> values = normalised(metrics, key);
    for (size_t i = 0; i < metrics.size(); ++i)
        fills.emplace(metrics[i].id, ramp(values[i]));
    return fills;
}

} // namespace kizuna
