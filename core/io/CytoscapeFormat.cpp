#include "io/CytoscapeFormat.h"

#include "document/GraphDocument.h"
#include "io/AttributeMapping.h"
#include "io/KeyIndex.h"
#include "io/ReadError.h"
#include "io/TextFiles.h"
#include "model/StyleOverrides.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <algorithm>
#include <cmath>

namespace kizuna {
namespace {

QString text(const QJsonValue& value) {
    if (value.isString())
        return value.toString();
    if (value.isDouble())
        return QString::number(value.toDouble(), 'g', 17);
    if (value.isBool())
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    if (value.isArray())
        return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
    if (value.isObject())
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    return {};
}

// Cytoscape.js defaults: nodes 30 px wide, lines 3 px.
constexpr double kDefaultNodeWidth = 30, kDefaultLineWidth = 3;

std::optional<double> pixels(const QJsonValue& value) {
    QString number = text(value).trimmed();
    if (number.endsWith(QLatin1String("px")))
        number.chop(2);
    bool ok = false;
    const double result = number.toDouble(&ok);
    return ok && result > 0 ? std::optional<double>(result) : std::nullopt;
}

// A colour property with its opacity property ("background-color", "background-opacity").
void readColour(const QJsonObject& style, const char* colour, const char* opacity,
                Properties& properties) {
    auto parsed = parseColor(text(style.value(QLatin1String(colour))), ColorSyntax::Css);
    if (!parsed)
        return;
    if (style.contains(QLatin1String(opacity))) {
        bool ok = false;
        const double alpha = text(style.value(QLatin1String(opacity))).toDouble(&ok);
        if (ok && std::isfinite(alpha))
            parsed->a = std::clamp(int(std::lround(parsed->a * alpha)), 0, 255);
    }
    properties.insert(kStyleColor, styleColor(*parsed));
}

// A node's per-element "style" (Cytoscape.js's style bypass) as style overrides.
Properties nodeLook(const QJsonObject& style) {
    Properties look;
    readColour(style, "background-color", "background-opacity", look);
    if (auto width = pixels(style.value(QLatin1String("width"))))
        look.insert(kStyleSize, styleScale(*width / kDefaultNodeWidth));
    else if (auto height = pixels(style.value(QLatin1String("height"))))
        look.insert(kStyleSize, styleScale(*height / kDefaultNodeWidth));
    if (auto shape = shapeFromName(text(style.value(QLatin1String("shape")))))
        look.insert(kStyleShape, shapeKey(*shape));
    return look;
}

Properties edgeLook(const QJsonObject& style) {
    Properties look;
    readColour(style, "line-color", "line-opacity", look);
    if (auto width = pixels(style.value(QLatin1String("width"))))
        look.insert(kStyleWidth, styleScale(*width / kDefaultLineWidth));
    return look;
}

QString cytoscapeShape(NodeShape shape) {
    return shape == NodeShape::RoundedRectangle ? QStringLiteral("round-rectangle")
                                                : shapeKey(shape);
}

// An element and where it is in the file ("elements.nodes[2]", "[5]").
struct Element {
    QJsonObject object;
    QString where;
};

bool isEdge(const QJsonObject& element) {
    const QString group = element.value(QLatin1String("group")).toString();
    return group == QLatin1String("edges") ||
           (group.isEmpty() &&
            element.value(QLatin1String("data")).toObject().contains(QLatin1String("source")));
}

// A list of elements, each a node or an edge by its "group" (or, without one, by data.source).
void splitList(const QJsonArray& list, const QString& prefix, std::vector<Element>& nodes,
               std::vector<Element>& edges) {
    for (int i = 0; i < list.size(); ++i) {
        const QJsonObject object = list[i].toObject();
        (isEdge(object) ? edges : nodes)
            .push_back({object, QStringLiteral("%1[%2]").arg(prefix).arg(i)});
    }
}

void addGroup(const QJsonValue& list, const QString& prefix, std::vector<Element>& into) {
    const QJsonArray array = list.toArray();
    for (int i = 0; i < array.size(); ++i)
        into.push_back({array[i].toObject(), QStringLiteral("%1[%2]").arg(prefix).arg(i)});
}

// The file's elements in any of the shapes Cytoscape.js takes them: {"elements": {"nodes": […],
// "edges": […]}} (cy.json(), networkx), {"elements": […]}, and the element data alone as
// {"nodes": […], "edges": […]} or as one list of {group, data, position}.
ImportedGraph readElements(const QJsonDocument& document, const QString& path) {
    ImportedGraph graph;
    const QJsonObject root = document.object();
    graph.directed = root.value(QLatin1String("directed")).toBool(true);
    std::vector<Element> nodes, edges;
    const QJsonValue elements = root.value(QLatin1String("elements"));
    if (document.isArray()) {
        splitList(document.array(), QString(), nodes, edges);
    } else if (elements.isObject()) {
        addGroup(elements.toObject().value(QLatin1String("nodes")),
                 QStringLiteral("elements.nodes"), nodes);
        addGroup(elements.toObject().value(QLatin1String("edges")),
                 QStringLiteral("elements.edges"), edges);
    } else if (elements.isArray()) {
        splitList(elements.toArray(), QStringLiteral("elements"), nodes, edges);
    } else if (root.value(QLatin1String("nodes")).isArray() ||
               root.value(QLatin1String("edges")).isArray()) {
        addGroup(root.value(QLatin1String("nodes")), QStringLiteral("nodes"), nodes);
        addGroup(root.value(QLatin1String("edges")), QStringLiteral("edges"), edges);
    } else {
        throw ReadError{QStringLiteral(
            "not Cytoscape JSON: there is no \"elements\", no \"nodes\" or \"edges\" list, "
            "and the file is not a list of elements")};
    }
    // Elsewhere a "color" in an element's data is its colour (styles map data(color)); in a
    // file Kizuna wrote it is a property of that name (the colour is in "style").
    const bool kizunaFile =
        root.value(QLatin1String("generated_by")).toString() == QLatin1String("Kizuna");
    auto dataColour = [&](const QString& name, const QJsonValue& value, Properties& look) {
        if (kizunaFile || name != QLatin1String("color") || look.contains(kStyleColor))
            return false;
        const auto colour = styleColor(text(value), ColorSyntax::Css);
        if (colour)
            look.insert(kStyleColor, *colour);
        return colour.has_value();
    };
    KeyIndex<NodeId> ids;
    for (const auto& [element, where] : nodes) {
        const QJsonObject data = element.value(QLatin1String("data")).toObject();
        const QString key = text(data.value(QLatin1String("id")));
        if (key.isEmpty())
            throw ReadError{QStringLiteral("%1: data.id is missing").arg(where)};
        NodeData node;
        node.id = NodeId(qint64(graph.contents.nodes.size()) + 1);
        if (auto [id, added] = ids.emplace(key, node.id); !added) // resolveDuplicateIds decides
            graph.repeated.push_back(
                {graph.contents.nodes.size(), id, QStringLiteral("%1: %2").arg(path, where)});
        QString label;
        Properties look = nodeLook(element.value(QLatin1String("style")).toObject());
        for (auto it = data.begin(); it != data.end(); ++it) {
            // networkx repeats the id as "value"; that is not a property of the node.
            if (it.key() == QLatin1String("id") ||
                (it.key() == QLatin1String("value") && text(it.value()) == key) ||
                dataColour(it.key(), it.value(), look))
                continue;
            if (it.key() == QLatin1String("label") || it.key() == QLatin1String("name")) {
                label = label.isEmpty() || it.key() == QLatin1String("label") ? text(it.value())
                                                                              : label;
                continue; // a fallback: label_en/ja/zh say more
            }
            applyNodeAttribute(node, it.key(), text(it.value()), where);
        }
        node.properties.insert(look);
        if (node.labels.isEmpty())
            node.labels.en = label;
        const QJsonObject position = element.value(QLatin1String("position")).toObject();
        if (position.contains(QLatin1String("x")) && position.contains(QLatin1String("y")))
            node.position = QPointF(position.value(QLatin1String("x")).toDouble(),
                                    position.value(QLatin1String("y")).toDouble());
        ensureLabel(node, key);
        graph.contents.nodes.push_back(std::move(node));
        graph.nodeKeys.push_back(key);
    }
    for (size_t i = 0; i < edges.size(); ++i) {
        const auto& [element, where] = edges[i];
        const QJsonObject data = element.value(QLatin1String("data")).toObject();
        Properties look = edgeLook(element.value(QLatin1String("style")).toObject());
        EdgeData edge;
        edge.id = EdgeId(1000000000000LL + i);
        for (const char* role : {"source", "target"}) {
            const QString key = text(data.value(QLatin1String(role)));
            const NodeId* id = ids.find(key);
            if (!id)
                throw ReadError{QStringLiteral("%1: %2 \"%3\" is not a node")
                                    .arg(where, QLatin1String(role), key)};
            (role[0] == 's' ? edge.source : edge.target) = *id;
        }
        const QString edgeId = text(data.value(QLatin1String("id")));
        for (auto it = data.begin(); it != data.end(); ++it) {
            const QString name = it.key();
            if (name == QLatin1String("id") || name == QLatin1String("source") ||
                name == QLatin1String("target") ||
                (name == QLatin1String("key") &&
                 text(it.value()) == edgeId) || // a multigraph key repeating the id
                dataColour(name, it.value(), look))
                continue;
            applyEdgeAttribute(edge, name, text(it.value()), where);
        }
        edge.properties.insert(look);
        graph.contents.edges.push_back(std::move(edge));
    }
    return graph;
}

} // namespace

Result<ImportedGraph> readCytoscapeJson(const QString& path, const ProgressCallback&) {
    try {
        const QByteArray data = readTextFile(path);
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(data, &error);
        if (error.error != QJsonParseError::NoError)
            return Error{QStringLiteral("%1: %2: %3")
                             .arg(path, lineAndColumnOf(data, error.offset), error.errorString())};
        return readElements(document, path);
    } catch (const ReadError& error) {
        return Error{QStringLiteral("%1: %2").arg(path, error.message)};
    }
}

Status writeCytoscapeJson(const GraphDocument& document, const QString& path) {
    const KnowledgeGraph& graph = document.graph();
    auto put = [](QJsonObject& data, const QString& key, const QString& value) {
        if (!value.isEmpty())
            data.insert(key, value);
    };
    // Appearance overrides go into the element's "style" (Cytoscape.js's style bypass), not data.
    auto putProperties = [&](QJsonObject& data, const Properties& properties, bool node) {
        for (auto it = properties.begin(); it != properties.end(); ++it)
            if (!(node ? isNodeStyleKey(it.key()) : isEdgeStyleKey(it.key())))
                data.insert(node ? nodePropertyName(it.key()) : edgePropertyName(it.key()),
                            it.value());
    };
    auto putColour = [](QJsonObject& style, const Properties& properties, const char* colour,
                        const char* opacity) {
        if (auto rgba = colorOverride(properties)) {
            style.insert(QLatin1String(colour), hexRgba(Rgba{rgba->r, rgba->g, rgba->b, 255}));
            if (rgba->a < 255)
                style.insert(QLatin1String(opacity), rgba->a / 255.0);
        }
    };
    QJsonArray nodes, edges;
    for (NodeId id : graph.nodeIds()) {
        const NodeData& n = *graph.node(id);
        QJsonObject data;
        data.insert(QStringLiteral("id"), QString::number(id.value));
        data.insert(QStringLiteral("value"), QString::number(id.value)); // networkx's node key
        put(data, QStringLiteral("label"), n.labels.display(document.info().defaultLanguage));
        put(data, QStringLiteral("type"), n.type);
        put(data, QStringLiteral("label_en"), n.labels.en);
        put(data, QStringLiteral("label_ja"), n.labels.ja);
        put(data, QStringLiteral("label_zh"), n.labels.zh);
        put(data, QStringLiteral("description"), n.description);
        put(data, QStringLiteral("valid_from"), n.validFrom);
        put(data, QStringLiteral("valid_to"), n.validTo);
        putProperties(data, n.properties, true);
        QJsonObject element{{QStringLiteral("data"), data}};
        QJsonObject style;
        putColour(style, n.properties, "background-color", "background-opacity");
        if (auto size = scaleOverride(n.properties, kStyleSize)) {
            style.insert(QStringLiteral("width"), *size * kDefaultNodeWidth);
            style.insert(QStringLiteral("height"), *size * kDefaultNodeWidth);
        }
        if (auto shape = shapeOverride(n.properties))
            style.insert(QStringLiteral("shape"), cytoscapeShape(*shape));
        if (!style.isEmpty())
            element.insert(QStringLiteral("style"), style);
        if (n.position)
            element.insert(QStringLiteral("position"),
                           QJsonObject{{QStringLiteral("x"), n.position->x()},
                                       {QStringLiteral("y"), n.position->y()}});
        nodes.append(element);
    }
    for (EdgeId id : graph.edgeIds()) {
        const EdgeData& e = *graph.edge(id);
        QJsonObject data;
        data.insert(QStringLiteral("id"), QString::number(id.value));
        data.insert(QStringLiteral("key"),
                    QString::number(id.value)); // networkx's multigraph edge key
        data.insert(QStringLiteral("source"), QString::number(e.source.value));
        data.insert(QStringLiteral("target"), QString::number(e.target.value));
        put(data, QStringLiteral("relation"), e.relation);
        put(data, QStringLiteral("label"), e.label);
        put(data, QStringLiteral("valid_from"), e.validFrom);
        put(data, QStringLiteral("valid_to"), e.validTo);
        if (e.confidence)
            data.insert(QStringLiteral("confidence"), *e.confidence);
        putProperties(data, e.properties, false);
        QJsonObject element{{QStringLiteral("data"), data}};
        QJsonObject style;
        putColour(style, e.properties, "line-color", "line-opacity");
        if (auto width = scaleOverride(e.properties, kStyleWidth))
            style.insert(QStringLiteral("width"), *width * kDefaultLineWidth);
        if (!style.isEmpty())
            element.insert(QStringLiteral("style"), style);
        edges.append(element);
    }
    const QJsonObject root{
        {QStringLiteral("format_version"), QStringLiteral("1.0")},
        {QStringLiteral("generated_by"), QStringLiteral("Kizuna")},
        {QStringLiteral("data"), QJsonObject{{QStringLiteral("name"), document.info().name}}},
        {QStringLiteral("directed"), true},
        {QStringLiteral("multigraph"), true}, // parallel relations stay apart
        {QStringLiteral("elements"),
         QJsonObject{{QStringLiteral("nodes"), nodes}, {QStringLiteral("edges"), edges}}}};
    return writeTextFile(path, QJsonDocument(root).toJson(QJsonDocument::Indented));
}

} // namespace kizuna
