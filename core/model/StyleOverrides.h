#pragma once
// Appearance a node or relation carries itself, over the look of its type: reserved properties
// that importers fill from a file's colours, sizes and shapes (GEXF viz:*, yEd realizers, DOT
// attributes, Cytoscape styles), writers give back natively, and the canvas draws.

#include "model/Elements.h"
#include "model/Schema.h"

#include <QString>
#include <optional>

namespace kizuna {

// Nodes and relations: "#rrggbb", or "#aarrggbb" when not opaque.
inline const QString kStyleColor = QStringLiteral("style:color");
// Nodes: a multiple of the default node size ("1.5"), in [0.25, 8], at most 3 decimals.
inline const QString kStyleSize = QStringLiteral("style:size");
// Nodes: a NodeShape key ("hexagon").
inline const QString kStyleShape = QStringLiteral("style:shape");
// Relations: a multiple of the default line width, in [0.25, 8], at most 3 decimals.
inline const QString kStyleWidth = QStringLiteral("style:width");

// Nodes: "true" when the user pinned the node's name: it is shown before all others at every
// zoom and in exports. An ordinary property (every format carries it), not a style override.
inline const QString kPinnedLabel = QStringLiteral("label:pinned");
inline bool isLabelPinned(const Properties& properties) {
    return properties.value(kPinnedLabel) == QLatin1String("true");
}

constexpr double kMinStyleScale = 0.25;
constexpr double kMaxStyleScale = 8.0;

// The reserved keys that apply to nodes (colour, size, shape) or relations (colour, width).
bool isNodeStyleKey(const QString& key);
bool isEdgeStyleKey(const QString& key);

struct Rgba {
    int r = 0, g = 0, b = 0, a = 255;
    bool operator==(const Rgba&) const = default;
};

// How a file spells colours. Names are case-insensitive; "none" and "transparent" are no colour.
enum class ColorSyntax {
    Kizuna,   // style:color itself: #rgb, #rrggbb, #aarrggbb; or a CSS name or rgb()
    Graphviz, // #rrggbb, #rrggbbaa, "H,S,V" fractions, common X11 names, "/x11/red", "red:blue"
    Css       // #rgb, #rrggbb, #rrggbbaa (also yEd), rgb(), rgba(), common CSS names
};

std::optional<Rgba> parseColor(const QString& text, ColorSyntax syntax);
// The style:color value: "#rrggbb", or "#aarrggbb" when a < 255 (lower-case hex).
QString styleColor(const Rgba& color);
std::optional<QString> styleColor(const QString& text, ColorSyntax syntax);
// "#rrggbb", or "#rrggbbaa" when a < 255: how Graphviz and yEd write alpha.
QString hexRgba(const Rgba& color);

// A scale as stored: clamped to [0.25, 8], at most 3 decimals ("1", "1.42", "0.25").
// Empty for a value that is not a finite number.
QString styleScale(double multiple);
// A stored scale read back (clamped); none if it is not a number.
std::optional<double> parseStyleScale(const QString& text);

// A shape named by another program: disc/circle/ellipse/oval, square/box/rect/rectangle,
// roundrectangle/round-rectangle/Mrecord, diamond, hexagon, octagon, triangle, and Kizuna's own
// keys. Anything else (stars, images, parallelograms…) is none.
std::optional<NodeShape> shapeFromName(const QString& name);

// A reserved property as it arrives by name (a CSV column "style:color", a GraphML key): the
// value normalised, or none when it is not a valid value for that key (it is then left out).
std::optional<QString> normalisedStyleValue(const QString& key, const QString& value);

// An element's overrides, validated; none where it has none (or an invalid one).
std::optional<Rgba> colorOverride(const Properties& properties);
std::optional<double> scaleOverride(const Properties& properties, const QString& key);
std::optional<NodeShape> shapeOverride(const Properties& properties);

} // namespace kizuna
