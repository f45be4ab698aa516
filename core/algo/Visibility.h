#pragma once
// Applies a ViewFilter to the graph: which nodes and edges are hidden, and which are faded
// (outside the timeline range). Used by the canvas, diagram exports and kizuna-cli alike.

#include "model/KnowledgeGraph.h"
#include "model/ViewFilter.h"

#include <QDate>
#include <optional>
#include <unordered_set>

namespace kizuna {

struct Visibility {
    std::unordered_set<qint64> hidden; // element ids (nodes and edges)
    std::unordered_set<qint64> faded;  // shown, but outside the timeline range
    bool isHidden(qint64 id) const { return hidden.count(id) > 0; }
    bool isFaded(qint64 id) const { return faded.count(id) > 0; }
};

Visibility computeVisibility(const KnowledgeGraph& graph, const ViewFilter& filter);

// Whether a fact valid from `validFrom` to `validTo` (partial dates, empty for open) overlaps the
// range [from, to]; undated facts overlap every range.
bool validityOverlaps(const QString& validFrom, const QString& validTo, const QString& from,
                      const QString& to);

// The first and last day of the periods the map's facts are dated with ("2025-07" covers July);
// nullopt when nothing is dated.
struct DateSpan {
    QDate first;
    QDate last;
};
std::optional<DateSpan> datedSpan(const KnowledgeGraph& graph);

} // namespace kizuna
