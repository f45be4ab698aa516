#include "canvas/NodeStyling.h"

#include "canvas/MetricStyling.h"

#include <QCoreApplication>
#include <QHash>
#include <algorithm>
#include <cmath>

namespace kizuna {
namespace {

const QString kPrefix = QStringLiteral("prop:");

// Categories: Paul Tol's "muted" and Okabe–Ito hues, distinct for colour-blind readers and
// in grey print; the long tail and missing values in two greys.
const QColor kCategories[kMaxPropertyCategories] = {
    QColor(0x00, 0x72, 0xB2), QColor(0xE6, 0x9F, 0x00), QColor(0x00, 0x9E, 0x73),
    QColor(0xCC, 0x79, 0xA7), QColor(0x56, 0xB4, 0xE9), QColor(0xD5, 0x5E, 0x00),
    QColor(0x88, 0x22, 0x55), QColor(0x99, 0x99, 0x33), QColor(0x44, 0xAA, 0x99),
    QColor(0x33, 0x22, 0x88)};
const QColor kOther(0x9A, 0x9A, 0x9A);
const QColor kMissing(0xE4, 0xE4, 0xE4);

QString otherValues() {
    return QCoreApplication::translate("NodeStyling", "other values");
}
QString noValue() {
    return QCoreApplication::translate("NodeStyling", "no value");
}

struct NumericRange {
    double low = 0, high = 0;
};
std::optional<NumericRange> numericRange(const KnowledgeGraph& graph, const QString& property) {
    bool any = false, numeric = true;
    NumericRange range{std::numeric_limits<double>::max(), std::numeric_limits<double>::lowest()};
    graph.forEachNode([&](const NodeData& node) {
        if (!numeric)
            return;
        const QString text = node.properties.value(property);
        if (text.isEmpty())
            return;
        bool ok = false;
        const double value = text.trimmed().toDouble(&ok);
        if (!ok || !std::isfinite(value)) {
            numeric = false;
            return;
        }
        any = true;
        range.low = std::min(range.low, value);
        range.high = std::max(range.high, value);
    });
    if (!any || !numeric)
        return std::nullopt;
    return range;
}

// A value's place in the range, by the square root so long tails stay readable.
double scaled(double value, const NumericRange& range) {
    const double span = range.high - range.low;
    return span > 0 ? std::sqrt((value - range.low) / span) : 1.0;
}

} // namespace

QString propertyStyleKey(const QString& property) {
    return kPrefix + property;
}

std::optional<QString> styledProperty(const QString& key) {
    if (!key.startsWith(kPrefix) || key.size() == kPrefix.size())
        return std::nullopt;
    return key.mid(kPrefix.size());
}

bool isMetricStyleKey(const QString& key) {
    return colourMetricKeys().contains(key);
}

QString styleKeyName(const QString& key) {
    if (auto property = styledProperty(key))
        return *property;
    return metricName(key);
}

bool isNumericProperty(const KnowledgeGraph& graph, const QString& property) {
    return numericRange(graph, property).has_value();
}

NodeFills fillsByProperty(const KnowledgeGraph& graph, const QString& property) {
    NodeFills result;
    if (const auto range = numericRange(graph, property)) {
        graph.forEachNode([&](const NodeData& node) {
            const QString text = node.properties.value(property);
            result.fills.emplace(node.id, text.isEmpty()
                                              ? kMissing
                                              : ramp(scaled(text.trimmed().toDouble(), *range)));
        });
        result.legend = {{QString::number(range->low), ramp(0)},
                         {QString::number(range->high), ramp(1)}};
    } else {
        QHash<QString, qint64> counts;
        graph.forEachNode([&](const NodeData& node) {
            if (const QString value = node.properties.value(property); !value.isEmpty())
                ++counts[value];
        });
        std::vector<std::pair<QString, qint64>> values(counts.keyValueBegin(),
                                                       counts.keyValueEnd());
        std::sort(values.begin(), values.end(), [](const auto& a, const auto& b) {
            return a.second != b.second ? a.second > b.second : a.first < b.first;
        });
        QHash<QString, QColor> colourOf;
        for (size_t i = 0; i < values.size() && i < size_t(kMaxPropertyCategories); ++i) {
            colourOf.insert(values[i].first, kCategories[i]);
            result.legend.push_back({values[i].first, kCategories[i]});
        }
        if (values.size() > size_t(kMaxPropertyCategories))
            result.legend.push_back({otherValues(), kOther});
        graph.forEachNode([&](const NodeData& node) {
            const QString value = node.properties.value(property);
            result.fills.emplace(node.id,
                                 value.isEmpty() ? kMissing : colourOf.value(value, kOther));
        });
    }
    bool missing = false;
    for (const auto& [id, colour] : result.fills)
        missing = missing || colour == kMissing;
    if (missing)
        result.legend.push_back({noValue(), kMissing});
    return result;
}

std::unordered_map<NodeId, double> sizesByProperty(const KnowledgeGraph& graph,
                                                   const QString& property) {
    std::unordered_map<NodeId, double> sizes;
    const auto range = numericRange(graph, property);
    if (!range)
        return sizes;
    graph.forEachNode([&](const NodeData& node) {
        const QString text = node.properties.value(property);
        if (!text.isEmpty())
            sizes.emplace(node.id, 0.6 + 1.8 * scaled(text.trimmed().toDouble(), *range));
    });
    return sizes;
}

NodeFills nodeFills(const KnowledgeGraph& graph, const std::vector<NodeMetrics>& metrics,
                    const QString& key) {
    if (auto property = styledProperty(key))
        return fillsByProperty(graph, *property);
    return {fillsBy(metrics, key), {}};
}

std::unordered_map<NodeId, double> nodeSizes(const KnowledgeGraph& graph,
                                             const std::vector<NodeMetrics>& metrics,
                                             const QString& key) {
    if (auto property = styledProperty(key))
        return sizesByProperty(graph, *property);
    return sizesBy(metrics, key);
}

} // namespace kizuna
