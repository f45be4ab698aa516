#include "document/GraphDocument.h"
#include "io/AttributeMapping.h"
#include "io/ExportText.h"
#include "io/GexfFormat.h"
#include "io/PropertyKeys.h"
#include "io/TextFiles.h"
#include "model/PartialDate.h"
#include "model/StyleOverrides.h"

#include <QXmlStreamWriter>
#include <set>

namespace kizuna {
namespace {

const QString kNamespace = QStringLiteral("http://www.gexf.net/1.2draft");
const QString kViz = QStringLiteral("http://www.gexf.net/1.2draft/viz");

QString number(double value) {
    return QString::number(value, 'g', 17);
}

// XML 1.0 cannot carry C0 control characters (not even escaped): they become visible markers
// (io/ExportText.h; exportWarnings names them).
QString xmlText(const QString& text) {
    return carriedText(text, TextCarrier::Xml);
}

void declare(QXmlStreamWriter& xml, const QString& domain, const QStringList& titles,
             const QStringList& types) {
    xml.writeStartElement(kNamespace, QStringLiteral("attributes"));
    xml.writeAttribute(QStringLiteral("class"), domain);
    xml.writeAttribute(QStringLiteral("mode"), QStringLiteral("static"));
    for (int i = 0; i < titles.size(); ++i) {
        xml.writeEmptyElement(kNamespace, QStringLiteral("attribute"));
        xml.writeAttribute(QStringLiteral("id"), QStringLiteral("%1%2").arg(domain.at(0)).arg(i));
        xml.writeAttribute(QStringLiteral("title"), xmlText(titles[i]));
        xml.writeAttribute(QStringLiteral("type"), types.value(i, QStringLiteral("string")));
    }
    xml.writeEndElement();
}

// GEXF's viz:shape values; the other Kizuna shapes stay a plain "style:shape" attribute.
QString gexfShape(NodeShape shape) {
    switch (shape) {
    case NodeShape::Ellipse:
        return QStringLiteral("disc");
    case NodeShape::Rectangle:
        return QStringLiteral("square");
    case NodeShape::Diamond:
        return QStringLiteral("diamond");
    case NodeShape::Triangle:
        return QStringLiteral("triangle");
    default:
        break;
    }
    return {};
}

// The style:shape value written as a plain attribute: one viz:shape cannot carry.
QString plainShape(const Properties& properties) {
    auto shape = shapeOverride(properties);
    return shape && gexfShape(*shape).isEmpty() ? shapeKey(*shape) : QString();
}

void writeColor(QXmlStreamWriter& xml, const Rgba& colour, bool withAlpha) {
    xml.writeEmptyElement(kViz, QStringLiteral("color"));
    xml.writeAttribute(QStringLiteral("r"), QString::number(colour.r));
    xml.writeAttribute(QStringLiteral("g"), QString::number(colour.g));
    xml.writeAttribute(QStringLiteral("b"), QString::number(colour.b));
    if (withAlpha)
        xml.writeAttribute(QStringLiteral("a"), QString::number(colour.a / 255.0, 'g', 3));
}

} // namespace

Status writeGexf(const GraphDocument& document, const QString& path) {
    const KnowledgeGraph& graph = document.graph();
    const PropertyKeys keys = propertyKeys(graph);
    // Appearance overrides go into viz:* elements, not attributes; only a shape viz:shape has no
    // name for stays an attribute.
    bool plainShapes = false;
    graph.forEachNode([&](const NodeData& n) {
        plainShapes = plainShapes || !plainShape(n.properties).isEmpty();
    });
    std::set<QString> nodeProperties, edgeProperties;
    for (const QString& key : keys.nodes)
        if (!isNodeStyleKey(key) || (key == kStyleShape && plainShapes))
            nodeProperties.insert(key);
    for (const QString& key : keys.edges)
        if (!isEdgeStyleKey(key))
            edgeProperties.insert(key);
    QStringList nodeTitles = {QStringLiteral("type"),        QStringLiteral("label_en"),
                              QStringLiteral("label_ja"),    QStringLiteral("label_zh"),
                              QStringLiteral("description"), QStringLiteral("valid_from"),
                              QStringLiteral("valid_to")};
    for (const QString& key : nodeProperties)
        nodeTitles << nodePropertyName(key);
    QStringList edgeTitles = {QStringLiteral("relation"), QStringLiteral("label"),
                              QStringLiteral("valid_from"), QStringLiteral("valid_to"),
                              QStringLiteral("confidence")};
    for (const QString& key : edgeProperties)
        edgeTitles << edgePropertyName(key);
    QStringList edgeTypes(edgeTitles.size(), QStringLiteral("string"));
    edgeTypes[4] = QStringLiteral("double");

    bool dynamic = false;
    graph.forEachNode([&](const NodeData& n) {
        dynamic = dynamic || !n.validFrom.isEmpty() || !n.validTo.isEmpty();
    });
    graph.forEachEdge([&](const EdgeData& e) {
        dynamic = dynamic || !e.validFrom.isEmpty() || !e.validTo.isEmpty();
    });

    QByteArray out;
    QXmlStreamWriter xml(&out);
    xml.setAutoFormatting(true);
    xml.setAutoFormattingIndent(1);
    xml.writeStartDocument();
    xml.writeNamespace(kViz, QStringLiteral("viz"));
    xml.writeDefaultNamespace(kNamespace);
    xml.writeStartElement(kNamespace, QStringLiteral("gexf"));
    xml.writeAttribute(QStringLiteral("version"), QStringLiteral("1.2"));
    xml.writeStartElement(kNamespace, QStringLiteral("meta"));
    xml.writeTextElement(kNamespace, QStringLiteral("creator"), QStringLiteral("Kizuna"));
    xml.writeTextElement(kNamespace, QStringLiteral("description"), xmlText(document.info().name));
    xml.writeEndElement();
    xml.writeStartElement(kNamespace, QStringLiteral("graph"));
    xml.writeAttribute(QStringLiteral("defaultedgetype"), QStringLiteral("directed"));
    if (dynamic) {
        xml.writeAttribute(QStringLiteral("mode"), QStringLiteral("dynamic"));
        xml.writeAttribute(QStringLiteral("timeformat"), QStringLiteral("date"));
    }
    declare(xml, QStringLiteral("node"), nodeTitles, {});
    declare(xml, QStringLiteral("edge"), edgeTitles, edgeTypes);

    // Full dates for Gephi's timeline; the partial dates themselves are kept in attributes.
    auto interval = [&](const QString& from, const QString& to) {
        if (auto d = PartialDate::parse(from))
            xml.writeAttribute(QStringLiteral("start"), d->firstDay().toString(Qt::ISODate));
        if (auto d = PartialDate::parse(to))
            xml.writeAttribute(QStringLiteral("end"), d->lastDay().toString(Qt::ISODate));
    };
    auto values = [&](QChar domain, const QStringList& list) {
        xml.writeStartElement(kNamespace, QStringLiteral("attvalues"));
        for (int i = 0; i < list.size(); ++i) {
            if (list[i].isEmpty())
                continue;
            xml.writeEmptyElement(kNamespace, QStringLiteral("attvalue"));
            xml.writeAttribute(QStringLiteral("for"), QStringLiteral("%1%2").arg(domain).arg(i));
            xml.writeAttribute(QStringLiteral("value"), xmlText(list[i]));
        }
        xml.writeEndElement();
    };

    xml.writeStartElement(kNamespace, QStringLiteral("nodes"));
    for (NodeId id : graph.nodeIds()) {
        const NodeData& node = *graph.node(id);
        xml.writeStartElement(kNamespace, QStringLiteral("node"));
        xml.writeAttribute(QStringLiteral("id"), QString::number(id.value));
        xml.writeAttribute(QStringLiteral("label"),
                           xmlText(node.labels.display(document.info().defaultLanguage)));
        interval(node.validFrom, node.validTo);
        QStringList list = {node.type,        node.labels.en, node.labels.ja, node.labels.zh,
                            node.description, node.validFrom, node.validTo};
        for (const QString& key : nodeProperties)
            list << (key == kStyleShape ? plainShape(node.properties) : node.properties.value(key));
        values(QLatin1Char('n'), list);
        // The node's own colour with its alpha ("a"); otherwise its type's colour, without "a",
        // which the reader takes for the type's colour in a file Kizuna wrote.
        if (auto colour = colorOverride(node.properties))
            writeColor(xml, *colour, true);
        else if (const NodeType* type = document.schema().nodeType(node.type))
            if (auto colour = parseColor(type->color, ColorSyntax::Kizuna))
                writeColor(xml, *colour, false);
        if (node.position) {
            xml.writeEmptyElement(kViz, QStringLiteral("position"));
            xml.writeAttribute(QStringLiteral("x"), number(node.position->x()));
            xml.writeAttribute(QStringLiteral("y"), number(node.position->y()));
            xml.writeAttribute(QStringLiteral("z"), QStringLiteral("0"));
        }
        if (auto size = scaleOverride(node.properties, kStyleSize)) { // Gephi's default is 10
            xml.writeEmptyElement(kViz, QStringLiteral("size"));
            xml.writeAttribute(QStringLiteral("value"), QString::number(*size * 10, 'g', 10));
        }
        if (auto shape = shapeOverride(node.properties); shape && !gexfShape(*shape).isEmpty()) {
            xml.writeEmptyElement(kViz, QStringLiteral("shape"));
            xml.writeAttribute(QStringLiteral("value"), gexfShape(*shape));
        }
        xml.writeEndElement();
    }
    xml.writeEndElement();
    xml.writeStartElement(kNamespace, QStringLiteral("edges"));
    for (EdgeId id : graph.edgeIds()) {
        const EdgeData& edge = *graph.edge(id);
        xml.writeStartElement(kNamespace, QStringLiteral("edge"));
        xml.writeAttribute(QStringLiteral("id"), QString::number(id.value));
        xml.writeAttribute(QStringLiteral("source"), QString::number(edge.source.value));
        xml.writeAttribute(QStringLiteral("target"), QString::number(edge.target.value));
        if (!edge.label.isEmpty())
            xml.writeAttribute(QStringLiteral("label"), xmlText(edge.label));
        interval(edge.validFrom, edge.validTo);
        QStringList list = {edge.relation, edge.label, edge.validFrom, edge.validTo,
                            edge.confidence ? number(*edge.confidence) : QString()};
        for (const QString& key : edgeProperties)
            list << edge.properties.value(key);
        values(QLatin1Char('e'), list);
        if (auto colour = colorOverride(edge.properties))
            writeColor(xml, *colour, true);
        if (auto width = scaleOverride(edge.properties, kStyleWidth)) {
            xml.writeEmptyElement(kViz, QStringLiteral("thickness"));
            xml.writeAttribute(QStringLiteral("value"), QString::number(*width, 'g', 10));
        }
        xml.writeEndElement();
    }
    xml.writeEndElement();
    xml.writeEndElement();
    xml.writeEndElement();
    xml.writeEndDocument();
    if (xml.hasError()) // a character XML cannot carry got through: never write a broken file
        return Error{
            QStringLiteral("%1: could not be written as XML; nothing was written").arg(path)};
    return writeTextFile(path, out);
}

} // namespace kizuna
