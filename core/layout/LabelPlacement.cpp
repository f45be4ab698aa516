#include "layout/LabelPlacement.h"

#include <algorithm>
#include <cmath>

namespace kizuna {

FreeSpace::FreeSpace(double cellSize) : m_cell(std::max(cellSize, 1.0)) {}

template <typename F> void FreeSpace::forCells(const QRectF& box, F&& visit) const {
    const auto x0 = std::int64_t(std::floor(box.left() / m_cell)),
               x1 = std::int64_t(std::floor(box.right() / m_cell));
    const auto y0 = std::int64_t(std::floor(box.top() / m_cell)),
               y1 = std::int64_t(std::floor(box.bottom() / m_cell));
    for (auto y = y0; y <= y1; ++y)
        for (auto x = x0; x <= x1; ++x)
            visit((y << 32) ^ (x & 0xffffffff));
}

bool FreeSpace::isFree(const QRectF& box, int ignoreOwner) const {
    if (box.isEmpty()) // overlaps nothing (as QRectF::intersects has it)
        return true;
    bool free = true;
    forCells(box, [&](std::int64_t key) {
        if (!free)
            return;
        auto it = m_grid.find(key);
        if (it == m_grid.end())
            return;
        for (int i : it->second) {
            const auto& [other, owner] = m_boxes[size_t(i)];
            // QRectF::intersects, inline and for boxes of positive size (it normalizes both
            // first: a third of a placement's time on a dense map).
            if ((ignoreOwner < 0 || owner != ignoreOwner) && other.left() < box.right() &&
                box.left() < other.right() && other.top() < box.bottom() &&
                box.top() < other.bottom()) {
                free = false;
                return;
            }
        }
    });
    return free;
}

void FreeSpace::take(const QRectF& box, int owner) {
    if (box.isEmpty())
        return;
    const int index = int(m_boxes.size());
    m_boxes.emplace_back(box, owner);
    forCells(box, [&](std::int64_t key) { m_grid[key].push_back(index); });
}

QRectF labelRect(const LabelRequest& request, LabelSide side, double gap) {
    const QSizeF size = request.size;
    const QPointF c = request.centre;
    const double r = request.radius + gap;
    switch (side) {
    case LabelSide::Right:
        return QRectF(c.x() + r, c.y() - size.height() / 2, size.width(), size.height());
    case LabelSide::Left:
        return QRectF(c.x() - r - size.width(), c.y() - size.height() / 2, size.width(),
                      size.height());
    case LabelSide::Above:
        return QRectF(c.x() - size.width() / 2, c.y() - r - size.height(), size.width(),
                      size.height());
    case LabelSide::Below:
        return QRectF(c.x() - size.width() / 2, c.y() + r, size.width(), size.height());
    case LabelSide::AboveRight:
        return QRectF(c.x() + r * 0.7, c.y() - r * 0.7 - size.height(), size.width(),
                      size.height());
    case LabelSide::BelowRight:
        return QRectF(c.x() + r * 0.7, c.y() + r * 0.7, size.width(), size.height());
    case LabelSide::AboveLeft:
        return QRectF(c.x() - r * 0.7 - size.width(), c.y() - r * 0.7 - size.height(), size.width(),
                      size.height());
    case LabelSide::BelowLeft:
        return QRectF(c.x() - r * 0.7 - size.width(), c.y() + r * 0.7, size.width(), size.height());
    case LabelSide::Hidden:
        break;
    }
    return {};
}

std::vector<LabelSide> placeLabels(const std::vector<LabelRequest>& requests,
                                   const std::vector<int>& order, double gap) {
    std::vector<LabelSide> sides(requests.size(), LabelSide::Hidden);
    if (requests.empty())
        return sides;
    // Cells about the size of a typical label keep each query to a few boxes.
    double height = 0;
    for (const LabelRequest& r : requests)
        height = std::max(height, r.size.height());
    FreeSpace space(std::max(height * 4, 16.0));
    for (size_t i = 0; i < requests.size(); ++i) {
        const LabelRequest& r = requests[i];
        // Far out, where nodes are dots, the important names may cover dots (a hairball's hubs
        // are named, as at Gephi's overview); a node drawn as a shape is never covered.
        if (r.radius < kDotRadius)
            continue;
        const double extent = r.radius + gap / 2;
        space.take(QRectF(r.centre.x() - extent, r.centre.y() - extent, 2 * extent, 2 * extent),
                   int(i));
    }
    constexpr LabelSide kSides[] = {
        LabelSide::Right,      LabelSide::Left,       LabelSide::Above,     LabelSide::Below,
        LabelSide::AboveRight, LabelSide::BelowRight, LabelSide::AboveLeft, LabelSide::BelowLeft};
    for (int i : order) {
        const LabelRequest& r = requests[size_t(i)];
        if (r.size.isEmpty())
            continue;
        auto tryside = [&](LabelSide side) {
            const QRectF box = labelRect(r, side, gap);
            // The halo around the text: labels keep a little air between them.
            const QRectF padded = box.adjusted(-gap, -gap / 2, gap, gap / 2);
            if (!space.isFree(padded, i))
                return false;
            space.take(padded, i);
            sides[size_t(i)] = side;
            return true;
        };
        if (r.preferred != LabelSide::Hidden && tryside(r.preferred))
            continue;
        if (r.onlyPreferred)
            continue;
        for (LabelSide side : kSides)
            if (side != r.preferred && tryside(side))
                break;
    }
    return sides;
}

} // namespace kizuna
