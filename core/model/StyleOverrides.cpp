#include "model/StyleOverrides.h"

#include <QRegularExpression>
#include <algorithm>
#include <cmath>

namespace kizuna {
namespace {

// Common colour names. X11 (Graphviz's default scheme) and CSS agree on all but four: the CSS
// values of those are in the third column. Core has no QColor (QtGui), hence this short list;
// a name that is not here is not read (the element keeps its type's colour).
struct NamedColor {
    const char* name;
    unsigned x11;
    unsigned css;
};
constexpr NamedColor kNames[] = {
    {"black", 0x000000, 0x000000},
    {"white", 0xFFFFFF, 0xFFFFFF},
    {"red", 0xFF0000, 0xFF0000},
    {"green", 0x00FF00, 0x008000},
    {"blue", 0x0000FF, 0x0000FF},
    {"yellow", 0xFFFF00, 0xFFFF00},
    {"cyan", 0x00FFFF, 0x00FFFF},
    {"aqua", 0x00FFFF, 0x00FFFF},
    {"magenta", 0xFF00FF, 0xFF00FF},
    {"fuchsia", 0xFF00FF, 0xFF00FF},
    {"gray", 0xBEBEBE, 0x808080},
    {"grey", 0xBEBEBE, 0x808080},
    {"lightgray", 0xD3D3D3, 0xD3D3D3},
    {"lightgrey", 0xD3D3D3, 0xD3D3D3},
    {"darkgray", 0xA9A9A9, 0xA9A9A9},
    {"darkgrey", 0xA9A9A9, 0xA9A9A9},
    {"dimgray", 0x696969, 0x696969},
    {"dimgrey", 0x696969, 0x696969},
    {"silver", 0xC0C0C0, 0xC0C0C0},
    {"gainsboro", 0xDCDCDC, 0xDCDCDC},
    {"whitesmoke", 0xF5F5F5, 0xF5F5F5},
    {"snow", 0xFFFAFA, 0xFFFAFA},
    {"ivory", 0xFFFFF0, 0xFFFFF0},
    {"beige", 0xF5F5DC, 0xF5F5DC},
    {"wheat", 0xF5DEB3, 0xF5DEB3},
    {"tan", 0xD2B48C, 0xD2B48C},
    {"khaki", 0xF0E68C, 0xF0E68C},
    {"darkkhaki", 0xBDB76B, 0xBDB76B},
    {"gold", 0xFFD700, 0xFFD700},
    {"goldenrod", 0xDAA520, 0xDAA520},
    {"lightyellow", 0xFFFFE0, 0xFFFFE0},
    {"orange", 0xFFA500, 0xFFA500},
    {"darkorange", 0xFF8C00, 0xFF8C00},
    {"orangered", 0xFF4500, 0xFF4500},
    {"coral", 0xFF7F50, 0xFF7F50},
    {"tomato", 0xFF6347, 0xFF6347},
    {"salmon", 0xFA8072, 0xFA8072},
    {"lightsalmon", 0xFFA07A, 0xFFA07A},
    {"pink", 0xFFC0CB, 0xFFC0CB},
    {"lightpink", 0xFFB6C1, 0xFFB6C1},
    {"hotpink", 0xFF69B4, 0xFF69B4},
    {"deeppink", 0xFF1493, 0xFF1493},
    {"crimson", 0xDC143C, 0xDC143C},
    {"firebrick", 0xB22222, 0xB22222},
    {"darkred", 0x8B0000, 0x8B0000},
    {"indianred", 0xCD5C5C, 0xCD5C5C},
    {"maroon", 0xB03060, 0x800000},
    {"brown", 0xA52A2A, 0xA52A2A},
    {"sienna", 0xA0522D, 0xA0522D},
    {"chocolate", 0xD2691E, 0xD2691E},
    {"purple", 0xA020F0, 0x800080},
    {"violet", 0xEE82EE, 0xEE82EE},
    {"orchid", 0xDA70D6, 0xDA70D6},
    {"plum", 0xDDA0DD, 0xDDA0DD},
    {"darkviolet", 0x9400D3, 0x9400D3},
    {"mediumpurple", 0x9370DB, 0x9370DB},
    {"indigo", 0x4B0082, 0x4B0082},
    {"lavender", 0xE6E6FA, 0xE6E6FA},
    {"navy", 0x000080, 0x000080},
    {"navyblue", 0x000080, 0x000080},
    {"darkblue", 0x00008B, 0x00008B},
    {"midnightblue", 0x191970, 0x191970},
    {"royalblue", 0x4169E1, 0x4169E1},
    {"steelblue", 0x4682B4, 0x4682B4},
    {"dodgerblue", 0x1E90FF, 0x1E90FF},
    {"cornflowerblue", 0x6495ED, 0x6495ED},
    {"skyblue", 0x87CEEB, 0x87CEEB},
    {"lightblue", 0xADD8E6, 0xADD8E6},
    {"powderblue", 0xB0E0E6, 0xB0E0E6},
    {"cadetblue", 0x5F9EA0, 0x5F9EA0},
    {"slateblue", 0x6A5ACD, 0x6A5ACD},
    {"slategray", 0x708090, 0x708090},
    {"lightcyan", 0xE0FFFF, 0xE0FFFF},
    {"darkcyan", 0x008B8B, 0x008B8B},
    {"teal", 0x008080, 0x008080},
    {"turquoise", 0x40E0D0, 0x40E0D0},
    {"aquamarine", 0x7FFFD4, 0x7FFFD4},
    {"lime", 0x00FF00, 0x00FF00},
    {"limegreen", 0x32CD32, 0x32CD32},
    {"lightgreen", 0x90EE90, 0x90EE90},
    {"palegreen", 0x98FB98, 0x98FB98},
    {"seagreen", 0x2E8B57, 0x2E8B57},
    {"forestgreen", 0x228B22, 0x228B22},
    {"darkgreen", 0x006400, 0x006400},
    {"olive", 0x808000, 0x808000},
    {"olivedrab", 0x6B8E23, 0x6B8E23},
    {"darkolivegreen", 0x556B2F, 0x556B2F},
};

Rgba fromRgb(unsigned rgb, int a = 255) {
    return Rgba{int((rgb >> 16) & 0xFF), int((rgb >> 8) & 0xFF), int(rgb & 0xFF), a};
}

int channel(double fraction) {
    return std::clamp(int(std::lround(fraction * 255)), 0, 255);
}

std::optional<Rgba> fromHex(const QString& digits, bool alphaFirst) {
    static const QRegularExpression hex(QStringLiteral("^[0-9A-Fa-f]+$"));
    if (!hex.match(digits).hasMatch())
        return std::nullopt;
    bool ok = false;
    const unsigned value = digits.toUInt(&ok, 16);
    if (!ok)
        return std::nullopt;
    if (digits.size() == 3) // #rgb: each digit doubled
        return Rgba{int((value >> 8) & 0xF) * 17, int((value >> 4) & 0xF) * 17,
                    int(value & 0xF) * 17, 255};
    if (digits.size() == 6)
        return fromRgb(value);
    if (digits.size() == 8)
        return alphaFirst ? fromRgb(value & 0xFFFFFF, int(value >> 24))
                          : fromRgb(value >> 8, int(value & 0xFF));
    return std::nullopt;
}

std::optional<Rgba> fromName(const QString& name, bool x11) {
    for (const NamedColor& named : kNames)
        if (name == QLatin1String(named.name))
            return fromRgb(x11 ? named.x11 : named.css);
    // X11 grey levels: gray0 … gray100.
    static const QRegularExpression level(QStringLiteral("^gr[ae]y(\\d{1,3})$"));
    if (auto match = level.match(name); match.hasMatch()) {
        const int percent = match.captured(1).toInt();
        if (percent > 100)
            return std::nullopt;
        const int v = int(std::ceil(percent * 255.0 / 100 - 0.5));
        return Rgba{v, v, v, 255};
    }
    return std::nullopt;
}

// rgb(255, 0, 0), rgba(255, 0, 0, 0.5), rgb(100%, 0%, 0%).
std::optional<Rgba> fromFunction(const QString& text) {
    static const QRegularExpression function(
        QStringLiteral("^rgba?\\(\\s*([^,\\s]+)\\s*,\\s*([^,\\s]+)\\s*,\\s*([^,\\s)]+)\\s*"
                       "(?:,\\s*([^,\\s)]+)\\s*)?\\)$"));
    const auto match = function.match(text);
    if (!match.hasMatch())
        return std::nullopt;
    int values[3];
    for (int i = 0; i < 3; ++i) {
        QString part = match.captured(i + 1);
        const bool percent = part.endsWith(QLatin1Char('%'));
        if (percent)
            part.chop(1);
        bool ok = false;
        const double v = part.toDouble(&ok);
        if (!ok || !std::isfinite(v))
            return std::nullopt;
        values[i] = percent ? channel(v / 100) : std::clamp(int(std::lround(v)), 0, 255);
    }
    int alpha = 255;
    if (match.hasCaptured(4) && !match.captured(4).isEmpty()) {
        bool ok = false;
        const double a = match.captured(4).toDouble(&ok);
        if (!ok || !std::isfinite(a))
            return std::nullopt;
        alpha = channel(a);
    }
    return Rgba{values[0], values[1], values[2], alpha};
}

// Graphviz's "H,S,V" (or space-separated), each a fraction of 1.
std::optional<Rgba> fromHsv(const QString& text) {
    static const QRegularExpression hsv(
        QStringLiteral("^([0-9]*\\.?[0-9]+)[\\s,]+([0-9]*\\.?[0-9]+)[\\s,]+([0-9]*\\.?[0-9]+)$"));
    const auto match = hsv.match(text);
    if (!match.hasMatch())
        return std::nullopt;
    const double h = std::clamp(match.captured(1).toDouble(), 0.0, 1.0) * 6;
    const double s = std::clamp(match.captured(2).toDouble(), 0.0, 1.0);
    const double v = std::clamp(match.captured(3).toDouble(), 0.0, 1.0);
    const int sector = std::min(int(h), 5);
    const double f = h - sector;
    const double p = v * (1 - s), q = v * (1 - s * f), t = v * (1 - s * (1 - f));
    const double rgb[6][3] = {{v, t, p}, {q, v, p}, {p, v, t}, {p, q, v}, {t, p, v}, {v, p, q}};
    return Rgba{channel(rgb[sector][0]), channel(rgb[sector][1]), channel(rgb[sector][2]), 255};
}

QString hex2(int value) {
    return QStringLiteral("%1").arg(value, 2, 16, QLatin1Char('0'));
}

} // namespace

bool isNodeStyleKey(const QString& key) {
    return key == kStyleColor || key == kStyleSize || key == kStyleShape;
}

bool isEdgeStyleKey(const QString& key) {
    return key == kStyleColor || key == kStyleWidth;
}

std::optional<Rgba> parseColor(const QString& input, ColorSyntax syntax) {
    QString text = input.trimmed().toLower();
    if (syntax == ColorSyntax::Graphviz) {
        // A colour list ("red:blue", "red;0.3:blue") fills with its first colour; "/x11/red"
        // names a colour scheme.
        text = text.section(QLatin1Char(':'), 0, 0).section(QLatin1Char(';'), 0, 0).trimmed();
        if (text.startsWith(QLatin1Char('/')))
            text = text.section(QLatin1Char('/'), -1);
    }
    if (text.isEmpty() || text == QLatin1String("none") || text == QLatin1String("transparent"))
        return std::nullopt;
    if (text.startsWith(QLatin1Char('#')))
        return fromHex(text.mid(1), syntax == ColorSyntax::Kizuna);
    if (syntax == ColorSyntax::Graphviz)
        if (auto hsv = fromHsv(text))
            return hsv;
    if (syntax != ColorSyntax::Graphviz && text.startsWith(QLatin1String("rgb")))
        return fromFunction(text);
    return fromName(text, syntax == ColorSyntax::Graphviz);
}

QString styleColor(const Rgba& color) {
    QString text = QStringLiteral("#");
    if (color.a < 255)
        text += hex2(color.a);
    return text + hex2(color.r) + hex2(color.g) + hex2(color.b);
}

std::optional<QString> styleColor(const QString& text, ColorSyntax syntax) {
    if (auto color = parseColor(text, syntax))
        return styleColor(*color);
    return std::nullopt;
}

QString hexRgba(const Rgba& color) {
    QString text = QStringLiteral("#") + hex2(color.r) + hex2(color.g) + hex2(color.b);
    if (color.a < 255)
        text += hex2(color.a);
    return text;
}

QString styleScale(double multiple) {
    if (!std::isfinite(multiple))
        return {};
    QString text = QString::number(std::clamp(multiple, kMinStyleScale, kMaxStyleScale), 'f', 3);
    while (text.endsWith(QLatin1Char('0')))
        text.chop(1);
    if (text.endsWith(QLatin1Char('.')))
        text.chop(1);
    return text;
}

std::optional<double> parseStyleScale(const QString& text) {
    bool ok = false;
    const double value = text.trimmed().toDouble(&ok);
    if (!ok || !std::isfinite(value))
        return std::nullopt;
    return std::clamp(value, kMinStyleScale, kMaxStyleScale);
}

std::optional<NodeShape> shapeFromName(const QString& input) {
    const QString name = input.trimmed().toLower();
    if (auto own = shapeFromKey(name))
        return own;
    static const std::pair<const char*, NodeShape> kAliases[] = {
        {"disc", NodeShape::Ellipse},
        {"circle", NodeShape::Ellipse},
        {"oval", NodeShape::Ellipse},
        {"square", NodeShape::Rectangle},
        {"box", NodeShape::Rectangle},
        {"rect", NodeShape::Rectangle},
        {"record", NodeShape::Rectangle},
        {"roundrectangle", NodeShape::RoundedRectangle},
        {"round-rectangle", NodeShape::RoundedRectangle},
        {"roundrect", NodeShape::RoundedRectangle},
        {"round_rectangle", NodeShape::RoundedRectangle},
        {"mrecord", NodeShape::RoundedRectangle},
    };
    for (const auto& [alias, shape] : kAliases)
        if (name == QLatin1String(alias))
            return shape;
    return std::nullopt;
}

std::optional<QString> normalisedStyleValue(const QString& key, const QString& value) {
    if (key == kStyleColor)
        return styleColor(value, ColorSyntax::Kizuna);
    if (key == kStyleSize || key == kStyleWidth) {
        if (auto scale = parseStyleScale(value))
            return styleScale(*scale);
        return std::nullopt;
    }
    if (key == kStyleShape) {
        if (auto shape = shapeFromName(value))
            return shapeKey(*shape);
        return std::nullopt;
    }
    return value;
}

std::optional<Rgba> colorOverride(const Properties& properties) {
    auto it = properties.find(kStyleColor);
    return it == properties.end() ? std::nullopt : parseColor(*it, ColorSyntax::Kizuna);
}

std::optional<double> scaleOverride(const Properties& properties, const QString& key) {
    auto it = properties.find(key);
    return it == properties.end() ? std::nullopt : parseStyleScale(*it);
}

std::optional<NodeShape> shapeOverride(const Properties& properties) {
    auto it = properties.find(kStyleShape);
    return it == properties.end() ? std::nullopt : shapeFromKey(*it);
}

} // namespace kizuna
