#include "document/GraphDocument.h"
#include "io/AttributeMapping.h"
#include "io/GexfFormat.h"
#include "io/PropertyKeys.h"
#include "io/TextFiles.h"
#include "model/PartialDate.h"

#include <QXmlStreamWriter>
#include <set>

namespace kizuna {
namespace {

const QString kNamespace = QStringLiteral("http://www.gexf.net/1.2draft");
const QString kViz = QStringLiteral("http://www.gexf.net/1.2draft/viz");

QString number(double value) {
    return QString::number(value, 'g', 17);
}

void declare(QXmlStreamWriter& xml, const QString& domain, const QStringList& titles,
             const QStringList& types) {
    xml.writeStartElement(kNamespace, QStringLiteral("attributes"));
    xml.writeAttribute(QStringLiteral("class"), domain);
    xml.writeAttribute(QStringLiteral("mode"), QStringLiteral("static"));
    for (int i = 0; i < titles.size(); ++i) {
        xml.writeEmptyElement(kNamespace, QStringLiteral("attribute"));
        xml.writeAttribute(QStringLiteral("id"), QStringLiteral("%1%2").arg(domain.at(0)).arg(i));
        xml.writeAttribute(QStringLiteral("title"), titles[i]);
        xml.writeAttribute(QStringLiteral("type"), types.value(i, QStringLiteral("string")));
    }
    xml.writeEndElement();
}

} // namespace

Status writeGexf(const GraphDocument& document, const QString& path) {
    const KnowledgeGraph& graph = document.graph();
    const PropertyKeys keys = propertyKeys(graph);
    const std::set<QString>& nodeProperties = keys.nodes;
    const std::set<QString>& edgeProperties = keys.edges;
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
    xml.writeTextElement(kNamespace, QStringLiteral("description"), document.info().name);
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
            xml.writeAttribute(QStringLiteral("value"), list[i]);
        }
        xml.writeEndElement();
    };

    xml.writeStartElement(kNamespace, QStringLiteral("nodes"));
    for (NodeId id : graph.nodeIds()) {
        const NodeData& node = *graph.node(id);
        xml.writeStartElement(kNamespace, QStringLiteral("node"));
        xml.writeAttribute(QStringLiteral("id"), QString::number(id.value));
        xml.writeAttribute(QStringLiteral("label"),
                           node.labels.display(document.info().defaultLanguage));
        interval(node.validFrom, node.validTo);
        QStringList list = {node.type,        node.labels.en, node.labels.ja, node.labels.zh,
                            node.description, node.validFrom, node.validTo};
        for (const QString& key : nodeProperties)
            list << node.properties.value(key);
        values(QLatin1Char('n'), list);
        if (const NodeType* type = document.schema().nodeType(node.type)) {
            xml.writeEmptyElement(kViz, QStringLiteral("color"));
            const char* channels[] = {"r", "g", "b"};
            for (int c = 0; c < 3; ++c) // type->color is #RRGGBB
                xml.writeAttribute(
                    QLatin1String(channels[c]),
                    QString::number(type->color.mid(1 + 2 * c, 2).toInt(nullptr, 16)));
        }
        if (node.position) {
            xml.writeEmptyElement(kViz, QStringLiteral("position"));
            xml.writeAttribute(QStringLiteral("x"), number(node.position->x()));
            xml.writeAttribute(QStringLiteral("y"), number(node.position->y()));
            xml.writeAttribute(QStringLiteral("z"), QStringLiteral("0"));
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
            xml.writeAttribute(QStringLiteral("label"), edge.label);
        interval(edge.validFrom, edge.validTo);
        QStringList list = {edge.relation, edge.label, edge.validFrom, edge.validTo,
                            edge.confidence ? number(*edge.confidence) : QString()};
        for (const QString& key : edgeProperties)
            list << edge.properties.value(key);
        values(QLatin1Char('e'), list);
        xml.writeEndElement();
    }
    xml.writeEndElement();
    xml.writeEndElement();
    xml.writeEndElement();
    xml.writeEndDocument();
    return writeTextFile(path, out);
}

} // namespace kizuna
