#pragma once
// Cuts a line to the part inside a rectangle (Liang–Barsky). Painting only that part matters:
// Qt strokes a wide or dashed line over its whole length before clipping, so a relation a
// hundred thousand pixels long on a close-up costs as much as the whole view.

#include <QLineF>
#include <QPen>
#include <QRectF>
#include <cmath>

namespace kizuna {

// False when the line misses the rectangle.
inline bool clipLine(QLineF& line, const QRectF& rect) {
    const double x0 = line.x1(), y0 = line.y1();
    const double dx = line.dx(), dy = line.dy();
    double t0 = 0, t1 = 1;
    const double p[4] = {-dx, dx, -dy, dy};
    const double q[4] = {x0 - rect.left(), rect.right() - x0, y0 - rect.top(), rect.bottom() - y0};
    for (int i = 0; i < 4; ++i) {
        if (p[i] == 0) {
            if (q[i] < 0)
                return false; // parallel to this edge and outside it
            continue;
        }
        const double t = q[i] / p[i];
        if (p[i] < 0) {
            if (t > t1)
                return false;
            if (t > t0)
                t0 = t;
        } else {
            if (t < t0)
                return false;
            if (t < t1)
                t1 = t;
        }
    }
    line = QLineF(x0 + t0 * dx, y0 + t0 * dy, x0 + t1 * dx, y0 + t1 * dy);
    return true;
}

// As clipLine, for a dashed line whose dash pattern repeats every `period` (same units): the cut
// start moves back to a whole number of periods from the line's own start, so the dashes stay
// where they were as the view moves. A period of 0: a solid line.
inline bool clipLine(QLineF& line, const QRectF& rect, double period) {
    const QLineF whole = line;
    if (!clipLine(line, rect))
        return false;
    const double length = whole.length();
    if (period <= 0 || length <= 0)
        return true;
    const double from = QLineF(whole.p1(), line.p1()).length();
    line.setP1(whole.pointAt((from - std::fmod(from, period)) / length));
    return true;
}

// How long one repeat of Qt's dash pattern is for a pen of `width` (0: solid).
inline double dashPeriod(Qt::PenStyle style, double width) {
    switch (style) {
    case Qt::DashLine:
        return 6 * width; // 4 on, 2 off
    case Qt::DotLine:
        return 3 * width; // 1 on, 2 off
    case Qt::DashDotLine:
        return 9 * width; // 4, 2, 1, 2
    case Qt::DashDotDotLine:
        return 12 * width;
    default:
        return 0;
    }
}

} // namespace kizuna
