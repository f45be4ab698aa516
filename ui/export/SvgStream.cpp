#include "export/SvgStream.h"

#include <QBuffer>
#include <QFont>
#include <QImage>
#include <QPaintEngine>
#include <QPainterPath>
#include <QPen>
#include <QPixmap>
#include <QTextItem>
#include <charconv>
#include <cmath>
#include <cstdio>
#include <optional>
#include <vector>

namespace kizuna {

namespace {

constexpr double kDpi = 96;
constexpr qsizetype kFlushAt = 1 << 16;

// A coordinate or length: at most two decimals, no trailing zeros ("12", "3.5", "-0.25").
void appendNumber(QByteArray& out, double value) {
    // In hundredths, as an integer: snprintf's float formatting took a sixth of a big export.
    const double scaled = std::round(value * 100);
    if (!std::isfinite(scaled) || std::abs(scaled) > 9e17) {
        out += '0';
        return;
    }
    long long hundredths = (long long)scaled;
    if (hundredths < 0) {
        out += '-';
        hundredths = -hundredths;
    }
    char text[24];
    char* end = text + sizeof text;
    char* p = end;
    long long whole = hundredths / 100;
    const int fraction = int(hundredths % 100);
    do {
        *--p = char('0' + whole % 10);
        whole /= 10;
    } while (whole > 0);
    out.append(p, end - p);
    if (fraction) {
        out += '.';
        out += char('0' + fraction / 10);
        if (fraction % 10)
            out += char('0' + fraction % 10);
    }
}

void appendPoint(QByteArray& out, QPointF p) {
    appendNumber(out, p.x());
    out += ' ';
    appendNumber(out, p.y());
}

// ` name="value"`.
void appendAttribute(QByteArray& out, const char* name, double value) {
    out += ' ';
    out += name;
    out += "=\"";
    appendNumber(out, value);
    out += '"';
}

QByteArray colourName(const QColor& colour) {
    return colour.name(QColor::HexRgb).toLatin1();
}

// Text content and attribute values: the XML specials escaped (control characters are left to
// WellFormedXmlDevice, which also names them in the export's warnings).
void appendEscaped(QByteArray& out, const QString& text) {
    const QByteArray utf8 = text.toUtf8();
    for (char c : utf8) {
        switch (c) {
        case '<':
            out += "&lt;";
            break;
        case '>':
            out += "&gt;";
            break;
        case '&':
            out += "&amp;";
            break;
        case '"':
            out += "&quot;";
            break;
        default:
            out += c;
        }
    }
}

QByteArray fontFamilies(const QFont& font) {
    QStringList families = font.families();
    if (families.isEmpty())
        families << font.family();
    QByteArray out;
    for (const QString& family : families) {
        if (!out.isEmpty())
            out += ", ";
        QByteArray name;
        appendEscaped(name, family);
        out += family.contains(QLatin1Char(' ')) ? "'" + name + "'" : name;
    }
    return out;
}

// An element's look as SVG presentation attributes, slot by slot; an empty slot is SVG's
// default. A group holds the look of its first element; later elements write only the slots
// where they differ, so a line and its arrowhead (two looks, one after the other, half a million
// times on a big map) share one group instead of opening a group each.
enum Slot {
    Fill,
    FillOpacity,
    FillRule,
    Stroke,
    StrokeOpacity,
    StrokeWidth,
    VectorEffect,
    LineCap,
    LineJoin,
    DashArray,
    DashOffset,
    Opacity,
    FontFamily,
    FontSize,
    FontWeight,
    FontStyle,
    SlotCount
};

constexpr const char* kSlotNames[SlotCount] = {"fill",
                                               "fill-opacity",
                                               "fill-rule",
                                               "stroke",
                                               "stroke-opacity",
                                               "stroke-width",
                                               "vector-effect",
                                               "stroke-linecap",
                                               "stroke-linejoin",
                                               "stroke-dasharray",
                                               "stroke-dashoffset",
                                               "opacity",
                                               "font-family",
                                               "font-size",
                                               "font-weight",
                                               "font-style"};

// What an attribute is when it is not written: the value an element resets an inherited one to.
constexpr const char* kSlotDefaults[SlotCount] = {"black",   "1",      "nonzero", "none",  "1", "1",
                                                  "none",    "butt",   "miter",   "none",  "0", "1",
                                                  "inherit", "medium", "normal",  "normal"};

struct Look {
    QByteArray slots[SlotCount];
    bool operator==(const Look&) const = default;
};

} // namespace

class SvgStreamEngine : public QPaintEngine {
public:
    SvgStreamEngine(QIODevice& out, QSizeF size, QString title, QString description)
        : QPaintEngine(QPaintEngine::AllFeatures &
                       ~(QPaintEngine::PatternBrush | QPaintEngine::PerspectiveTransform |
                         QPaintEngine::ConicalGradientFill | QPaintEngine::PorterDuff)),
          m_out(out), m_size(size), m_title(std::move(title)),
          m_description(std::move(description)) {}

    bool ok() const { return !m_failed; }

    bool begin(QPaintDevice*) override {
        m_buffer += "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"no\"?>\n<svg "
                    "xmlns=\"http://www.w3.org/2000/svg\" "
                    "xmlns:xlink=\"http://www.w3.org/1999/xlink\" version=\"1.1\" width=\"";
        appendNumber(m_buffer, m_size.width() * 25.4 / kDpi);
        m_buffer += "mm\" height=\"";
        appendNumber(m_buffer, m_size.height() * 25.4 / kDpi);
        m_buffer += "mm\" viewBox=\"0 0 ";
        appendPoint(m_buffer, QPointF(m_size.width(), m_size.height()));
        m_buffer += "\">\n<title>";
        appendEscaped(m_buffer, m_title);
        m_buffer += "</title>\n<desc>";
        appendEscaped(m_buffer, m_description);
        m_buffer += "</desc>\n";
        return flush();
    }

    bool end() override {
        closeGroup();
        m_buffer += "</svg>\n";
        return flush(true);
    }

    Type type() const override { return QPaintEngine::User; }

    void updateState(const QPaintEngineState& state) override {
        const DirtyFlags dirty = state.state();
        if (dirty & (DirtyPen | DirtyBrush | DirtyTransform | DirtyOpacity)) {
            m_lookCache.clear();
            m_textLook.reset();
            m_transformAttribute.reset();
        }
        if (dirty & DirtyPen)
            m_pen = state.pen();
        if (dirty & DirtyBrush)
            m_brush = state.brush();
        if (dirty & DirtyTransform)
            m_transform = state.transform();
        if (dirty & DirtyOpacity)
            m_opacity = state.opacity();
    }

    void drawPath(const QPainterPath& path) override {
        if (path.isEmpty())
            return;
        if (const auto rounded = roundedRectOf(path)) { // the labels' backgrounds: one in three
            m_buffer += "<rect";
            useLook(shapeLook(true, path.fillRule()));
            appendRect(rounded->rect);
            appendAttribute(m_buffer, "rx", rounded->rx);
            appendAttribute(m_buffer, "ry", rounded->ry);
            m_buffer += "/>\n";
            flush();
            return;
        }
        m_buffer += "<path";
        useLook(shapeLook(true, path.fillRule()));
        m_buffer += " d=\"";
        appendPathData(path);
        m_buffer += "\"/>\n";
        flush();
    }

    void drawPolygon(const QPointF* points, int count, PolygonDrawMode mode) override {
        if (count <= 0)
            return;
        const bool outline = mode == PolylineMode;
        m_buffer += outline ? "<polyline" : "<polygon";
        useLook(shapeLook(!outline, mode == WindingMode ? Qt::WindingFill : Qt::OddEvenFill));
        m_buffer += " points=\"";
        for (int i = 0; i < count; ++i) {
            if (i)
                m_buffer += ' ';
            appendPoint(m_buffer, points[i]);
        }
        m_buffer += "\"/>\n";
        flush();
    }

    void drawPolygon(const QPoint* points, int count, PolygonDrawMode mode) override {
        QVector<QPointF> converted(count);
        for (int i = 0; i < count; ++i)
            converted[i] = points[i];
        drawPolygon(converted.constData(), count, mode);
    }

    void drawLines(const QLineF* lines, int count) override {
        if (count <= 0)
            return;
        m_buffer += "<path";
        useLook(shapeLook(false, Qt::OddEvenFill));
        m_buffer += " d=\"";
        for (int i = 0; i < count; ++i) {
            m_buffer += i ? " M" : "M";
            appendPoint(m_buffer, lines[i].p1());
            m_buffer += 'L';
            appendPoint(m_buffer, lines[i].p2());
        }
        m_buffer += "\"/>\n";
        flush();
    }

    void drawLines(const QLine* lines, int count) override {
        for (int i = 0; i < count; ++i) {
            const QLineF line(lines[i]);
            drawLines(&line, 1);
        }
    }

    void drawRects(const QRectF* rects, int count) override {
        const Look look = shapeLook(true, Qt::OddEvenFill);
        for (int i = 0; i < count; ++i) {
            const QRectF r = rects[i].normalized();
            m_buffer += "<rect";
            useLook(look);
            appendRect(r);
            m_buffer += "/>\n";
        }
        flush();
    }

    void drawRects(const QRect* rects, int count) override {
        for (int i = 0; i < count; ++i) {
            const QRectF rect(rects[i]);
            drawRects(&rect, 1);
        }
    }

    void drawEllipse(const QRectF& rect) override {
        const QRectF r = rect.normalized();
        m_buffer += "<ellipse";
        useLook(shapeLook(true, Qt::OddEvenFill));
        appendAttribute(m_buffer, "cx", r.center().x());
        appendAttribute(m_buffer, "cy", r.center().y());
        appendAttribute(m_buffer, "rx", r.width() / 2);
        appendAttribute(m_buffer, "ry", r.height() / 2);
        m_buffer += "/>\n";
        flush();
    }

    void drawEllipse(const QRect& rect) override { drawEllipse(QRectF(rect)); }

    void drawPoints(const QPointF* points, int count) override {
        // A point is a dot of the pen's width, in the pen's colour.
        const double size = std::max(m_pen.widthF(), 1.0);
        const QBrush brush = m_brush;
        const QPen pen = m_pen;
        m_brush = pen.brush();
        m_pen = Qt::NoPen;
        m_lookCache.clear();
        for (int i = 0; i < count; ++i)
            drawEllipse(QRectF(points[i] - QPointF(size / 2, size / 2), QSizeF(size, size)));
        m_pen = pen;
        m_brush = brush;
        m_lookCache.clear();
    }

    void drawPoints(const QPoint* points, int count) override {
        for (int i = 0; i < count; ++i) {
            const QPointF point(points[i]);
            drawPoints(&point, 1);
        }
    }

    void drawTextItem(const QPointF& p, const QTextItem& item) override {
        const QString text = item.text();
        if (text.isEmpty())
            return;
        const QFont font = item.font();
        if (!m_textLook || m_textLook->first != font)
            m_textLook.emplace(font, textLook(font));
        m_buffer += "<text xml:space=\"preserve\"";
        useLook(m_textLook->second);
        appendAttribute(m_buffer, "x", p.x());
        appendAttribute(m_buffer, "y", p.y());
        m_buffer += ">";
        appendEscaped(m_buffer, text);
        m_buffer += "</text>\n";
        flush();
    }

    void drawPixmap(const QRectF& target, const QPixmap& pixmap, const QRectF& source) override {
        drawImage(target, pixmap.toImage(), source, Qt::AutoColor);
    }

    void drawImage(const QRectF& target, const QImage& image, const QRectF& source,
                   Qt::ImageConversionFlags) override {
        QByteArray png;
        QBuffer buffer(&png);
        buffer.open(QIODevice::WriteOnly);
        image.copy(source.toAlignedRect()).save(&buffer, "PNG");
        m_buffer += "<image preserveAspectRatio=\"none\"";
        useLook(baseLook());
        appendRect(target);
        m_buffer += " xlink:href=\"data:image/png;base64,";
        m_buffer += png.toBase64();
        m_buffer += "\"/>\n";
        flush();
    }

private:
    const QByteArray& transformAttribute() {
        if (!m_transformAttribute)
            m_transformAttribute = makeTransformAttribute();
        return *m_transformAttribute;
    }

    QByteArray makeTransformAttribute() const {
        if (m_transform.isIdentity())
            return {};
        QByteArray out = " transform=\"matrix(";
        for (double v :
             {m_transform.m11(), m_transform.m12(), m_transform.m21(), m_transform.m22()}) {
            // As "%.6g", without printf's locale and formatting machinery (a transform per node).
            char text[32];
            const auto written =
                std::to_chars(text, text + sizeof text - 1, v, std::chars_format::general, 6);
            *written.ptr = ' ';
            out.append(text, int(written.ptr + 1 - text));
        }
        appendPoint(out, QPointF(m_transform.dx(), m_transform.dy()));
        out += ")\"";
        return out;
    }

    static QByteArray alpha(double value) {
        QByteArray out;
        if (value < 1)
            appendNumber(out, value);
        return out;
    }

    Look baseLook() const {
        Look look;
        look.slots[Opacity] = alpha(m_opacity);
        return look;
    }

    // The look of a shape: fill (when `filled`), stroke, opacity. Slots that do not show (a
    // fill rule without a fill, a line cap without a stroke) are left empty.
    // The look of a shape, worked out once per painter state (and fill kind).
    const Look& shapeLook(bool filled, Qt::FillRule rule) {
        const int key = (filled ? 2 : 0) + (rule == Qt::OddEvenFill ? 1 : 0);
        for (const auto& [cached, look] : m_lookCache)
            if (cached == key)
                return look;
        return m_lookCache.emplace_back(key, makeShapeLook(filled, rule)).second;
    }

    Look textLook(const QFont& font) const {
        Look look = baseLook();
        look.slots[Fill] = colourName(m_pen.color());
        look.slots[FillOpacity] = alpha(m_pen.color().alphaF());
        look.slots[Stroke] = "none";
        look.slots[FontFamily] = fontFamilies(font);
        appendNumber(look.slots[FontSize],
                     font.pixelSize() > 0 ? font.pixelSize() : font.pointSizeF() * kDpi / 72);
        if (font.weight() != QFont::Normal)
            look.slots[FontWeight] = QByteArray::number(int(font.weight()));
        if (font.style() != QFont::StyleNormal)
            look.slots[FontStyle] = "italic";
        return look;
    }

    Look makeShapeLook(bool filled, Qt::FillRule rule) const {
        Look look = baseLook();
        if (!filled || m_brush.style() == Qt::NoBrush) {
            look.slots[Fill] = "none";
        } else {
            look.slots[Fill] = colourName(m_brush.color());
            look.slots[FillOpacity] = alpha(m_brush.color().alphaF());
            if (rule == Qt::OddEvenFill)
                look.slots[FillRule] = "evenodd";
        }
        if (m_pen.style() == Qt::NoPen)
            return look;
        look.slots[Stroke] = colourName(m_pen.color());
        look.slots[StrokeOpacity] = alpha(m_pen.color().alphaF());
        const double width = m_pen.widthF() > 0 ? m_pen.widthF() : 1;
        if (width != 1)
            appendNumber(look.slots[StrokeWidth], width);
        if (m_pen.isCosmetic() && !m_transform.isIdentity())
            look.slots[VectorEffect] = "non-scaling-stroke";
        if (m_pen.capStyle() == Qt::RoundCap)
            look.slots[LineCap] = "round";
        else if (m_pen.capStyle() != Qt::FlatCap)
            look.slots[LineCap] = "square";
        if (m_pen.joinStyle() == Qt::RoundJoin)
            look.slots[LineJoin] = "round";
        else if (m_pen.joinStyle() == Qt::BevelJoin)
            look.slots[LineJoin] = "bevel";
        if (m_pen.style() != Qt::SolidLine) {
            // Qt's dashes are in pen widths; SVG's in user units.
            const QList<qreal> pattern = m_pen.dashPattern();
            for (qsizetype i = 0; i < pattern.size(); ++i) {
                if (i)
                    look.slots[DashArray] += ' ';
                appendNumber(look.slots[DashArray], pattern[i] * width);
            }
            if (m_pen.dashOffset() != 0)
                appendNumber(look.slots[DashOffset], m_pen.dashOffset() * width);
        }
        return look;
    }

    static void appendSlot(QByteArray& out, int slot, const QByteArray& value) {
        out += ' ';
        out += kSlotNames[slot];
        out += "=\"";
        out += value.isEmpty() ? QByteArray(kSlotDefaults[slot]) : value;
        out += '"';
    }

    // Called with the element's tag open: writes the slots where `look` differs from the open
    // group's. A new transform, or a look differing in more than a few slots, opens a new group
    // (written before the element's tag, which is moved after it).
    void useLook(const Look& look) {
        const QByteArray transform = transformAttribute();
        int differing = 0;
        if (m_inGroup && transform == m_groupTransform)
            for (int i = 0; i < SlotCount; ++i)
                differing += shows(look, i) && look.slots[i] != m_groupLook.slots[i];
        // A run of one look other than the group's gets its own group.
        const bool run = differing > 0 && m_lastOverride && look == *m_lastOverride;
        m_lastOverride.reset();
        if (!m_inGroup || transform != m_groupTransform || differing > kMaxOverrides || run) {
            const qsizetype tag = m_buffer.lastIndexOf('<');
            const QByteArray element = m_buffer.mid(tag);
            m_buffer.truncate(tag);
            closeGroup();
            m_buffer += "<g" + transform;
            for (int i = 0; i < SlotCount; ++i)
                if (!look.slots[i].isEmpty())
                    appendSlot(m_buffer, i, look.slots[i]);
            m_buffer += ">\n" + element;
            m_groupLook = look;
            m_groupTransform = transform;
            m_inGroup = true;
            return;
        }
        for (int i = 0; i < SlotCount; ++i)
            if (shows(look, i) && look.slots[i] != m_groupLook.slots[i])
                appendSlot(m_buffer, i, look.slots[i]);
        if (differing > 0)
            m_lastOverride = look;
    }

    // Whether a slot changes how an element of `look` is drawn: a line's cap does not when it
    // has no stroke, a fill rule not without a fill, a font not on a shape.
    static bool shows(const Look& look, int slot) {
        const bool text = !look.slots[FontFamily].isEmpty();
        switch (slot) {
        case FillOpacity:
        case FillRule:
            return look.slots[Fill] != "none" && !(text && slot == FillRule);
        case StrokeOpacity:
        case StrokeWidth:
        case VectorEffect:
        case LineCap:
        case LineJoin:
        case DashArray:
        case DashOffset:
            return !look.slots[Stroke].isEmpty() && look.slots[Stroke] != "none";
        case FontFamily:
        case FontSize:
        case FontWeight:
        case FontStyle:
            return text;
        default:
            return true;
        }
    }

    void closeGroup() {
        if (m_inGroup)
            m_buffer += "</g>\n";
        m_inGroup = false;
    }

    void appendRect(const QRectF& r) {
        appendAttribute(m_buffer, "x", r.x());
        appendAttribute(m_buffer, "y", r.y());
        appendAttribute(m_buffer, "width", r.width());
        appendAttribute(m_buffer, "height", r.height());
    }

    struct RoundedRect {
        QRectF rect;
        double rx, ry;
    };

    // A path that QPainterPath::addRoundedRect made (QPainter::drawRoundedRect comes as a path):
    // a <rect> with rx and ry is a fifth of its path data.
    static std::optional<RoundedRect> roundedRectOf(const QPainterPath& path) {
        if (path.elementCount() != 17 || path.elementAt(0).type != QPainterPath::MoveToElement ||
            path.elementAt(1).type != QPainterPath::CurveToElement)
            return std::nullopt;
        const QRectF bounds = path.boundingRect();
        const QPointF start = path.elementAt(0), corner = path.elementAt(3);
        const double rx = corner.x() - start.x(), ry = start.y() - corner.y();
        if (!(rx > 0 && ry > 0))
            return std::nullopt;
        QPainterPath same;
        same.addRoundedRect(bounds, rx, ry, Qt::AbsoluteSize);
        if (same.elementCount() != 17)
            return std::nullopt;
        const double tolerance = 1e-6 * std::max({1.0, bounds.width(), bounds.height()});
        for (int i = 0; i < 17; ++i) {
            const QPainterPath::Element a = path.elementAt(i), b = same.elementAt(i);
            if (a.type != b.type || std::abs(a.x - b.x) > tolerance ||
                std::abs(a.y - b.y) > tolerance)
                return std::nullopt;
        }
        return RoundedRect{bounds, rx, ry};
    }

    void appendPathData(const QPainterPath& path) {
        for (int i = 0; i < path.elementCount(); ++i) {
            const QPainterPath::Element& e = path.elementAt(i);
            switch (e.type) {
            case QPainterPath::MoveToElement:
                m_buffer += i ? " M" : "M";
                appendPoint(m_buffer, e);
                break;
            case QPainterPath::LineToElement:
                m_buffer += 'L';
                appendPoint(m_buffer, e);
                break;
            case QPainterPath::CurveToElement:
                m_buffer += 'C';
                appendPoint(m_buffer, e);
                break;
            case QPainterPath::CurveToDataElement:
                m_buffer += ' ';
                appendPoint(m_buffer, e);
                break;
            }
        }
    }

    bool flush(bool force = false) {
        if (m_failed || (!force && m_buffer.size() < kFlushAt))
            return !m_failed;
        if (m_out.write(m_buffer) != m_buffer.size())
            m_failed = true;
        m_buffer.clear();
        return !m_failed;
    }

    QIODevice& m_out;
    QSizeF m_size;
    QString m_title, m_description;
    QByteArray m_buffer;
    bool m_failed = false;
    QPen m_pen;
    QBrush m_brush;
    QTransform m_transform;
    double m_opacity = 1;
    Look m_groupLook;
    std::vector<std::pair<int, Look>> m_lookCache; // shape looks of the current painter state
    std::optional<QByteArray> m_transformAttribute;
    std::optional<std::pair<QFont, Look>> m_textLook; // of the last text's font, in this state
    std::optional<Look> m_lastOverride;               // the last element's look, when it differed
    QByteArray m_groupTransform;
    bool m_inGroup = false;
    static constexpr int kMaxOverrides = 4;
};

SvgStreamDevice::SvgStreamDevice(QIODevice& out, QSizeF size, QString title, QString description)
    : m_size(size), m_engine(std::make_unique<SvgStreamEngine>(out, size, std::move(title),
                                                               std::move(description))) {}

SvgStreamDevice::~SvgStreamDevice() = default;

QPaintEngine* SvgStreamDevice::paintEngine() const {
    return m_engine.get();
}

bool SvgStreamDevice::ok() const {
    return m_engine->ok();
}

int SvgStreamDevice::metric(PaintDeviceMetric metric) const {
    switch (metric) {
    case PdmWidth:
        return int(std::ceil(m_size.width()));
    case PdmHeight:
        return int(std::ceil(m_size.height()));
    case PdmWidthMM:
        return int(std::ceil(m_size.width() * 25.4 / kDpi));
    case PdmHeightMM:
        return int(std::ceil(m_size.height() * 25.4 / kDpi));
    case PdmDpiX:
    case PdmDpiY:
    case PdmPhysicalDpiX:
    case PdmPhysicalDpiY:
        return int(kDpi);
    case PdmNumColors:
        return 0xffffff;
    case PdmDepth:
        return 32;
    case PdmDevicePixelRatio:
        return 1;
    case PdmDevicePixelRatioScaled:
        return int(devicePixelRatioFScale());
    default:
        return 0;
    }
}

} // namespace kizuna
