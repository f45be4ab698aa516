#include "algo/Visibility.h"

#include "model/PartialDate.h"

namespace kizuna {
namespace {

QDate startOf(const QString& text, QDate fallback) {
    const auto date = PartialDate::parse(text);
    return date ? date->firstDay() : fallback;
}

QDate endOf(const QString& text, QDate fallback) {
    const auto date = PartialDate::parse(text);
    return date ? date->lastDay() : fallback;
}

bool isDated(const QString& validFrom, const QString& validTo) {
    return PartialDate::parse(validFrom) || PartialDate::parse(validTo);
}

// In range, out of range (faded or hidden), or undated and switched off.
enum class InTime { Yes, No };

InTime inTime(const QString& validFrom, const QString& validTo, const ViewFilter& filter) {
    if (!isDated(validFrom, validTo))
        return filter.showUndated ? InTime::Yes : InTime::No;
    return validityOverlaps(validFrom, validTo, filter.from, filter.to) ? InTime::Yes : InTime::No;
}

bool propertyMatches(const NodeData& node, const ViewFilter& filter) {
    if (filter.propertyKey.isEmpty())
        return true;
    auto it = node.properties.find(filter.propertyKey);
    if (it == node.properties.end())
        return false;
    return filter.propertyValue.isEmpty() ||
           it.value().contains(filter.propertyValue, Qt::CaseInsensitive);
}

} // namespace

bool validityOverlaps(const QString& validFrom, const QString& validTo, const QString& from,
                      const QString& to) {
    const QDate minDate = QDate(1, 1, 1), maxDate = QDate(9999, 12, 31);
    // A fact [a, b] overlaps the range [c, d] when a <= d and c <= b.
    const QDate a = startOf(validFrom, minDate), b = endOf(validTo, maxDate);
    const QDate c = startOf(from, minDate), d = endOf(to, maxDate);
    return a <= d && c <= b;
}

Visibility computeVisibility(const KnowledgeGraph& graph, const ViewFilter& filter) {
    Visibility result;
    if (filter.isEmpty())
        return result;
    const bool timeline = filter.hasTimeline();
    auto outOfTime = [&](qint64 id, const QString& from, const QString& to) {
        if (!timeline || inTime(from, to, filter) == InTime::Yes)
            return;
        (filter.hideOutsideRange ? result.hidden : result.faded).insert(id);
    };
    graph.forEachNode([&](const NodeData& node) {
        if (filter.hiddenNodeTypes.contains(node.type) || !propertyMatches(node, filter))
            result.hidden.insert(node.id.value);
        else
            outOfTime(node.id.value, node.validFrom, node.validTo);
    });
    std::unordered_set<qint64> connected; // nodes with at least one shown relation
    graph.forEachEdge([&](const EdgeData& edge) {
        if (filter.hiddenRelationTypes.contains(edge.relation) ||
            result.isHidden(edge.source.value) || result.isHidden(edge.target.value)) {
            result.hidden.insert(edge.id.value);
            return;
        }
        outOfTime(edge.id.value, edge.validFrom, edge.validTo);
        if (result.isHidden(edge.id.value))
            return;
        // A relation to a faded node is faded with it.
        if (result.isFaded(edge.source.value) || result.isFaded(edge.target.value))
            result.faded.insert(edge.id.value);
        connected.insert(edge.source.value);
        connected.insert(edge.target.value);
    });
    if (filter.hideIsolated) {
        graph.forEachNode([&](const NodeData& node) {
            if (!connected.count(node.id.value)) {
                result.hidden.insert(node.id.value);
                result.faded.erase(node.id.value);
            }
        });
    }
    return result;
}

std::optional<DateSpan> datedSpan(const KnowledgeGraph& graph) {
    std::optional<DateSpan> span;
    auto extend = [&](const QString& text) { // by the whole period a partial date names
        const auto date = PartialDate::parse(text);
        if (!date)
            return;
        if (!span)
            span = DateSpan{date->firstDay(), date->lastDay()};
        span->first = std::min(span->first, date->firstDay());
        span->last = std::max(span->last, date->lastDay());
    };
    graph.forEachNode([&](const NodeData& node) {
        extend(node.validFrom);
        extend(node.validTo);
    });
    graph.forEachEdge([&](const EdgeData& edge) {
        extend(edge.validFrom);
        extend(edge.validTo);
    });
    return span;
}

} // namespace kizuna
