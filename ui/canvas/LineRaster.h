#pragma once
// Lines written straight into a premultiplied ARGB32 image: the map layer's bulk relations.
// Qt's stroker hands each pixel of a cosmetic line to a span blender, about 40 ns a pixel
// (measured: 0.3–0.7 s for the ten million or so pixels of a fitted view of a million
// relations), and strokes a wide antialiased line as a polygon (0.5 s for 17,000 relations
// crossing a close-up); writing the pixels here takes a few nanoseconds each. Lines up to
// kMaxWidth pixels wide (dashed ones up to five), aliased or antialiased, solid or in Qt's dash
// patterns; the rest stay with QPainter.

#include <QColor>
#include <QLineF>
#include <QRect>
#include <cstdint>

namespace kizuna {

class LineRaster {
public:
    // Draws into the pixels of a Format_ARGB32_Premultiplied image (its bits() and
    // bytesPerLine()), only inside `clip`, which must lie within the image. Several rasters may
    // draw into one image at once, on other threads, inside clips that do not overlap.
    LineRaster(uchar* bits, qsizetype bytesPerLine, const QRect& clip);

    static constexpr double kMaxWidth = 8.5;
    // Whether a pen of `style` and `width` (pixels) can be drawn here.
    static bool supports(Qt::PenStyle style, double width);
    // The width Qt's dash pattern is scaled by for a pen of `width`: dashes repeat every
    // dashPeriod(style, dashUnit(width)) pixels along the line, from its start.
    static int dashUnit(double width);

    // The look of lines: blended over what is there (source over), `width` pixels across
    // (aliased: rounded to whole pixels) in the dash pattern of `style`.
    struct Pen {
        uint32_t colour = 0; // premultiplied, at full coverage
        uint32_t alpha = 0;
        uint64_t dashMask = 0; // bit k: the k-th pixel of a period is drawn
        int dashPeriod = 0;    // 0: solid
        double width = 1;
        bool antialias = false;
    };
    static Pen pen(QRgb colour, double opacity, Qt::PenStyle style, double width, bool antialias);
    // The pen of the lines drawn next.
    void setPen(const Pen& pen) { m_pen = pen; }
    void setPen(QRgb colour, double opacity, Qt::PenStyle style, double width, bool antialias) {
        m_pen = pen(colour, opacity, style, width, antialias);
    }

    // The part of `line` inside the clip. Aliased: at each step along the longer axis, the
    // pixels across it nearest its centre; antialiased: each pixel as much as the line covers.
    void draw(const QLineF& line);

private:
    bool dashGap(double along) const {
        return m_pen.dashPeriod > 0 && !(m_pen.dashMask >> (int(along) % m_pen.dashPeriod) & 1u);
    }

    uchar* m_bits;
    qsizetype m_stride;
    QRect m_clip;
    Pen m_pen;
};

} // namespace kizuna
