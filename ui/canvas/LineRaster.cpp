#include "canvas/LineRaster.h"

#include "canvas/LineClip.h"

#include <algorithm>
#include <cmath>

namespace kizuna {
namespace {

// x * a / 255 for each of the four 8-bit channels of x at once (two channels a multiply).
inline uint32_t scaled(uint32_t x, uint32_t a) {
    uint32_t rb = (x & 0xff00ffu) * a;
    rb = ((rb + ((rb >> 8) & 0xff00ffu) + 0x800080u) >> 8) & 0xff00ffu;
    uint32_t ag = ((x >> 8) & 0xff00ffu) * a;
    ag = (ag + ((ag >> 8) & 0xff00ffu) + 0x800080u) & 0xff00ff00u;
    return rb | ag;
}

// Source over, premultiplied: src + dst * (1 - src alpha).
inline void blend(uint32_t& dst, uint32_t src, uint32_t srcAlpha) {
    dst = srcAlpha == 255 ? src : src + scaled(dst, 255 - srcAlpha);
}

// Qt's dash patterns, as on/off runs in pen widths.
struct Pattern {
    int runs[6];
    int count;
};

bool patternOf(Qt::PenStyle style, Pattern& pattern) {
    switch (style) {
    case Qt::DashLine:
        pattern = {{4, 2}, 2};
        return true;
    case Qt::DotLine:
        pattern = {{1, 2}, 2};
        return true;
    case Qt::DashDotLine:
        pattern = {{4, 2, 1, 2}, 4};
        return true;
    case Qt::DashDotDotLine:
        pattern = {{4, 2, 1, 2, 1, 2}, 6};
        return true;
    default:
        return false;
    }
}

} // namespace

LineRaster::LineRaster(uchar* bits, qsizetype bytesPerLine, const QRect& clip)
    : m_bits(bits), m_stride(bytesPerLine), m_clip(clip) {}

bool LineRaster::supports(Qt::PenStyle style, double width) {
    Pattern unused;
    if (!(width > 0 && width <= kMaxWidth))
        return false;
    if (style == Qt::SolidLine)
        return true;
    // A dash pattern's pixels fit the 64 bits of its mask (12 pen widths at most).
    return patternOf(style, unused) && dashUnit(width) * 12 <= 64;
}

int LineRaster::dashUnit(double width) {
    return std::max(1, int(std::lround(width)));
}

LineRaster::Pen LineRaster::pen(QRgb colour, double opacity, Qt::PenStyle style, double width,
                                bool antialias) {
    Pen pen;
    pen.alpha = uint32_t(std::clamp(int(std::lround(qAlpha(colour) * opacity)), 0, 255));
    pen.colour = qPremultiply(qRgba(qRed(colour), qGreen(colour), qBlue(colour), int(pen.alpha)));
    pen.antialias = antialias;
    pen.width = std::clamp(antialias ? width : double(dashUnit(width)), 0.0, kMaxWidth + 0.5);
    Pattern pattern;
    if (patternOf(style, pattern)) {
        const int unit = dashUnit(width);
        int k = 0;
        for (int run = 0; run < pattern.count; ++run)
            for (int i = 0; i < pattern.runs[run] * unit; ++i, ++k)
                if (run % 2 == 0)
                    pen.dashMask |= uint64_t(1) << k;
        pen.dashPeriod = k;
    }
    return pen;
}

void LineRaster::draw(const QLineF& whole) {
    if (m_clip.isEmpty() || m_pen.alpha == 0)
        return;
    // The part inside (a dashed line cut where its pattern starts again).
    QLineF line = whole;
    if (!clipLine(line, QRectF(m_clip.left(), m_clip.top(), m_clip.width(), m_clip.height()),
                  m_pen.dashPeriod))
        return;
    const double x0 = line.x1(), y0 = line.y1(), dx = line.dx(), dy = line.dy();
    const bool alongX = std::abs(dx) >= std::abs(dy);
    const double major0 = alongX ? x0 : y0, minor0 = alongX ? y0 : x0;
    const double majorD = alongX ? dx : dy, minorD = alongX ? dy : dx;
    // Pixels on the longer axis, clipped.
    const int clipLow = alongX ? m_clip.left() : m_clip.top();
    const int clipHigh = alongX ? m_clip.right() : m_clip.bottom();
    const int minorLow = alongX ? m_clip.top() : m_clip.left();
    const int minorHigh = alongX ? m_clip.bottom() : m_clip.right();
    const int first = std::max(int(std::floor(std::min(major0, major0 + majorD))), clipLow);
    const int last = std::min(int(std::floor(std::max(major0, major0 + majorD))), clipHigh);
    if (first > last)
        return;
    const double slope = majorD != 0 ? minorD / majorD : 0;
    const double stepLength = std::sqrt(1 + slope * slope); // along the line, per pixel
    uint32_t* const bits = reinterpret_cast<uint32_t*>(m_bits);
    const qsizetype stride = m_stride / 4;
    const qsizetype majorStride = alongX ? 1 : stride, minorStride = alongX ? stride : 1;
    auto pixel = [&](int m, int n) -> uint32_t& { return bits[m * majorStride + n * minorStride]; };

    if (m_pen.antialias) {
        // The line's span across the minor axis at each pixel's centre: the pixels it covers
        // in full get the colour, the two at its edges the share they are covered.
        const double half = m_pen.width * stepLength / 2;
        const uint32_t colour = m_pen.colour, alpha = m_pen.alpha;
        auto edge = [&](int m, int n, double cover) {
            const uint32_t share = uint32_t(cover * 255 + 0.5);
            if (n >= minorLow && n <= minorHigh && share > 0)
                blend(pixel(m, n), scaled(colour, share), (alpha * share + 127) / 255);
        };
        // Spans stay within a few pixels of the clip: truncating from 8 below floors.
        constexpr int kBelow = 8;
        double centre = minor0 + slope * (first + 0.5 - major0);
        for (int m = first; m <= last; ++m, centre += slope) {
            if (m_pen.dashPeriod > 0 && dashGap(std::abs(m + 0.5 - major0) * stepLength))
                continue;
            const double low = centre - half, high = centre + half;
            const int lowPixel = int(low + kBelow) - kBelow,
                      highPixel = int(high + kBelow) - kBelow;
            if (lowPixel == highPixel) {
                edge(m, lowPixel, high - low);
                continue;
            }
            edge(m, lowPixel, lowPixel + 1 - low);
            for (int n = std::max(lowPixel + 1, minorLow); n < std::min(highPixel, minorHigh + 1);
                 ++n)
                blend(pixel(m, n), colour, alpha);
            edge(m, highPixel, high - highPixel);
        }
        return;
    }

    // Aliased: the minor coordinate (less half the thickness) in fixed point with 32 fraction
    // bits, stepped; a shift floors it. The pen in locals: the compiler cannot tell the pixel
    // writes from the pen's fields.
    const uint32_t colour = m_pen.colour, alpha = m_pen.alpha;
    const int thickness = int(m_pen.width);
    constexpr double kOne = 4294967296.0;
    int64_t minor =
        std::llround((minor0 - (thickness - 1) / 2.0 + slope * (first + 0.5 - major0)) * kOne);
    const int64_t step = std::llround(slope * kOne);
    if (thickness == 1 && m_pen.dashPeriod == 0) { // most lines of a big view
        for (int m = first; m <= last; ++m, minor += step) {
            const int n = int(minor >> 32);
            if (n >= minorLow && n <= minorHigh)
                blend(pixel(m, n), colour, alpha);
        }
        return;
    }
    for (int m = first; m <= last; ++m, minor += step) {
        if (m_pen.dashPeriod > 0 && dashGap(std::abs(m + 0.5 - major0) * stepLength))
            continue;
        const int low = int(minor >> 32);
        for (int n = std::max(low, minorLow); n <= std::min(low + thickness - 1, minorHigh); ++n)
            blend(pixel(m, n), colour, alpha);
    }
}

} // namespace kizuna
