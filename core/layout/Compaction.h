#pragma once
// What makes a laid-out picture compact and legible: disconnected parts packed close around the
// largest (polyomino packing, as Graphviz's `pack` does), then no node or label on top of
// another (overlaps pushed apart along the shorter way out, so the picture keeps its shape).
// Every layout ends with these two passes.

#include "model/KnowledgeGraph.h"
#include "model/Labels.h"

#include <QPointF>
#include <QRectF>
#include <unordered_map>
#include <vector>

namespace kizuna {

// The room a node needs around its centre: its shape, and its label on the right (where the
// label placement puts it first), estimated from the label's characters.
QRectF nodeFootprint(const QString& label);

// Moves whole connected components (given by undirected `neighbours`) so that they sit close
// around the largest, largest first, wider than tall (pages are landscape). Positions are
// centres; footprints are relative to them.
void packComponents(std::vector<QPointF>& points, const std::vector<std::vector<int>>& neighbours,
                    const std::vector<QRectF>& footprints, double gap = 24.0);

// Pushes apart nodes whose footprints (plus `gap`) overlap, `fixed` ones staying where they are.
// Returns the number of overlapping pairs left (0 unless the rounds ran out).
size_t removeOverlaps(std::vector<QPointF>& points, const std::vector<QRectF>& footprints,
                      const std::vector<char>& fixed, double gap = 8.0, int rounds = 80);

struct CompactOptions {
    Language language = Language::En; // the labels shown
    bool pack = true;                 // a grid is its own packing: only overlaps are removed
    NodeId anchor; // stays exactly where it is (a radial layout's centre); else the centre stays
};

// Both passes over a whole layout of `graph`.
void compactLayout(const KnowledgeGraph& graph, std::unordered_map<NodeId, QPointF>& positions,
                   const CompactOptions& options);

} // namespace kizuna
