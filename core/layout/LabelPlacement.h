#pragma once
// Which labels to show, and where, so that none overlaps another label or a node: the canvas at
// every zoom and diagram exports use the same placement. Works in device units (screen pixels or
// page units) for one scale: labels keep a readable size however far out the view is, so fewer
// of them fit, and the most important are the ones kept.

#include <QPointF>
#include <QRectF>
#include <QSizeF>
#include <cstdint>
#include <unordered_map>
#include <vector>

namespace kizuna {

// Where a label sits around its node, in order of preference.
// Where a label sits around its node, in order of preference: the four sides, then the corners.
enum class LabelSide : std::int8_t {
    Hidden = -1,
    Right = 0,
    Left = 1,
    Above = 2,
    Below = 3,
    AboveRight = 4,
    BelowRight = 5,
    AboveLeft = 6,
    BelowLeft = 7
};

struct LabelRequest {
    QPointF centre; // the node's centre, device units
    double radius;  // the node's drawn radius, device units
    QSizeF size;    // the label's box, device units (empty: the node has no label)
    LabelSide preferred = LabelSide::Hidden; // where it was at the last placement, tried first
    bool onlyPreferred = false; // there or nowhere (it must not move: a closer zoom has it there)
};

// Nodes drawn smaller than this (device units) are dots that labels may cover.
constexpr double kDotRadius = 3.0;

// Places labels in `order` (most important first) at the first free side, keeping `gap` device
// units between labels and other nodes' shapes. Each node's shape (unless a dot) is an obstacle
// to every other label. Returns one side per request (Hidden where no side was free).
std::vector<LabelSide> placeLabels(const std::vector<LabelRequest>& requests,
                                   const std::vector<int>& order, double gap = 2.0);

// The device rectangle of a label on `side` of its node (gap as in placeLabels).
QRectF labelRect(const LabelRequest& request, LabelSide side, double gap = 2.0);

// The boxes placed so far (labels, node shapes) on a grid, to ask whether a new box is free.
class FreeSpace {
public:
    explicit FreeSpace(double cellSize);
    // Free when it overlaps no box taken, except those of `ignoreOwner`.
    bool isFree(const QRectF& box, int ignoreOwner = -1) const;
    void take(const QRectF& box, int owner = -1);

private:
    template <typename F> void forCells(const QRectF& box, F&& visit) const;
    double m_cell;
    std::vector<std::pair<QRectF, int>> m_boxes;
    std::unordered_map<std::int64_t, std::vector<int>> m_grid; // cell -> indexes into m_boxes
};

} // namespace kizuna
