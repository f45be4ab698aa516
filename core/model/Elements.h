#pragma once
// The data carried by nodes, edges and their provenance (sources and citations).

#include "model/Ids.h"
#include "model/Labels.h"
#include "model/ViewFilter.h"

#include <QMap>
#include <QPointF>
#include <QString>
#include <map>
#include <optional>
#include <vector>

namespace kizuna {

using Properties = QMap<QString, QString>; // ordered by key: stable output

struct NodeData {
    NodeId id;
    QString type;
    Labels labels;
    QString description;
    Properties properties;
    std::optional<QPointF> position; // none until placed
    QString validFrom;               // partial ISO date or empty
    QString validTo;
    bool operator==(const NodeData&) const = default;
};

struct EdgeData {
    EdgeId id;
    QString relation;
    NodeId source;
    NodeId target;
    QString label;
    Properties properties;
    QString validFrom;
    QString validTo;
    std::optional<double> confidence; // in [0, 1]; none if not assessed
    bool operator==(const EdgeData&) const = default;
};

struct Source {
    SourceId id;
    QString title;
    QString publisher;
    QString date; // partial ISO date or empty
    QString url;
    QString document; // document name when there is no URL
    bool operator==(const Source&) const = default;
};

// Links one fact (a node or edge, by element id) to a source, with the passage it rests on.
struct Citation {
    CitationId id;
    qint64 elementId = 0;
    SourceId source;
    QString excerpt;
    QString locator; // section, page or paragraph
    bool operator==(const Citation&) const = default;
};

// A note placed on the diagram: a text box, or a callout when it points at a node or edge.
struct Annotation {
    AnnotationId id;
    QString text;
    QPointF position;   // top-left corner, in canvas coordinates
    double width = 180; // the text wraps to this width
    qint64 target = 0;  // element the callout points at; 0: a plain text box
    bool operator==(const Annotation&) const = default;
};

// A named picture of the map, for repeatable report diagrams: which elements are shown, the
// filter and timeline range, the camera, the label language, the colour scheme, the metrics
// nodes are sized and coloured by, and (if the user arranged the view) its own node positions.
// Stored with the map.
struct SavedView {
    ViewId id;
    QString name;
    std::vector<qint64> shown; // element ids; empty: everything
    ViewFilter filter;
    QPointF centre; // canvas coordinates at the middle of the window
    double zoom = 1.0;
    Language language = Language::En;
    int colours = 0;  // ColourScheme of the ui layer (0 schema, 1 colour-blind safe, 2 monochrome)
    QString sizeBy;   // metric key ("degree", "betweenness", "pagerank"); empty: one size
    QString colourBy; // metric key, or "community" / "component"; empty: by type
    std::map<NodeId, QPointF> positions; // the view's own layout; empty: the map's positions
    bool operator==(const SavedView&) const = default;
};

struct MapInfo {
    QString name;
    QString description;
    QString created; // ISO date-time
    Language defaultLanguage = Language::En;
    bool operator==(const MapInfo&) const = default;
};

} // namespace kizuna
