#include "document/GraphDocument.h"
#include "io/AttributeMapping.h"
#include "io/ExportText.h"
#include "io/GraphMlFormat.h"
#include "io/PropertyKeys.h"
#include "io/TextFiles.h"

#include <QXmlStreamWriter>
#include <set>

namespace kizuna {
namespace {

struct KeyDef {
    QString id, domain, name, type;
};

QString number(double value) {
    return QString::number(value, 'g', 17);
}

// XML 1.0 cannot carry C0 control characters (not even escaped): they become visible markers
// (io/ExportText.h; exportWarnings names them).
QString xmlText(const QString& text) {
    return carriedText(text, TextCarrier::Xml);
}

} // namespace

Status writeGraphMl(const GraphDocument& document, const QString& path) {
    const KnowledgeGraph& graph = document.graph();
    const PropertyKeys used = propertyKeys(graph);
    const std::set<QString>& nodeProperties = used.nodes;
    const std::set<QString>& edgeProperties = used.edges;
    // Fixed fields first, then one string key per property name (prefixed when it would clash).
    std::vector<KeyDef> keys = {
        {QStringLiteral("type"), QStringLiteral("node"), QStringLiteral("type"),
         QStringLiteral("string")},
        {QStringLiteral("label_en"), QStringLiteral("node"), QStringLiteral("label_en"),
         QStringLiteral("string")},
        {QStringLiteral("label_ja"), QStringLiteral("node"), QStringLiteral("label_ja"),
         QStringLiteral("string")},
        {QStringLiteral("label_zh"), QStringLiteral("node"), QStringLiteral("label_zh"),
         QStringLiteral("string")},
        {QStringLiteral("description"), QStringLiteral("node"), QStringLiteral("description"),
         QStringLiteral("string")},
        {QStringLiteral("valid_from"), QStringLiteral("node"), QStringLiteral("valid_from"),
         QStringLiteral("string")},
        {QStringLiteral("valid_to"), QStringLiteral("node"), QStringLiteral("valid_to"),
         QStringLiteral("string")},
        {QStringLiteral("x"), QStringLiteral("node"), QStringLiteral("x"),
         QStringLiteral("double")},
        {QStringLiteral("y"), QStringLiteral("node"), QStringLiteral("y"),
         QStringLiteral("double")},
        {QStringLiteral("relation"), QStringLiteral("edge"), QStringLiteral("relation"),
         QStringLiteral("string")},
        {QStringLiteral("edge_label"), QStringLiteral("edge"), QStringLiteral("label"),
         QStringLiteral("string")},
        {QStringLiteral("edge_valid_from"), QStringLiteral("edge"), QStringLiteral("valid_from"),
         QStringLiteral("string")},
        {QStringLiteral("edge_valid_to"), QStringLiteral("edge"), QStringLiteral("valid_to"),
         QStringLiteral("string")},
        {QStringLiteral("confidence"), QStringLiteral("edge"), QStringLiteral("confidence"),
         QStringLiteral("double")},
    };
    std::map<QString, QString> nodePropertyKey, edgePropertyKey;
    int n = 0;
    for (const QString& name : nodeProperties) {
        const QString id = QStringLiteral("np%1").arg(n++);
        nodePropertyKey[name] = id;
        keys.push_back({id, QStringLiteral("node"), xmlText(nodePropertyName(name)),
                        QStringLiteral("string")});
    }
    n = 0;
    for (const QString& name : edgeProperties) {
        const QString id = QStringLiteral("ep%1").arg(n++);
        edgePropertyKey[name] = id;
        keys.push_back({id, QStringLiteral("edge"), xmlText(edgePropertyName(name)),
                        QStringLiteral("string")});
    }

    QByteArray out;
    QXmlStreamWriter xml(&out);
    xml.setAutoFormatting(true);
    xml.setAutoFormattingIndent(1);
    xml.writeStartDocument();
    xml.writeStartElement(QStringLiteral("graphml"));
    xml.writeDefaultNamespace(QStringLiteral("http://graphml.graphdrawing.org/xmlns"));
    for (const KeyDef& key : keys) {
        xml.writeStartElement(QStringLiteral("key"));
        xml.writeAttribute(QStringLiteral("id"), key.id);
        xml.writeAttribute(QStringLiteral("for"), key.domain);
        xml.writeAttribute(QStringLiteral("attr.name"), key.name);
        xml.writeAttribute(QStringLiteral("attr.type"), key.type);
        xml.writeEndElement();
    }
    xml.writeStartElement(QStringLiteral("graph"));
    xml.writeAttribute(QStringLiteral("id"), document.info().name.isEmpty()
                                                 ? QStringLiteral("G")
                                                 : xmlText(document.info().name));
    // Directed: consumers such as networkx refuse per-edge directed="false" in a directed graph,
    // so an undirected relation's edges are written in their stored direction.
    xml.writeAttribute(QStringLiteral("edgedefault"), QStringLiteral("directed"));
    auto data = [&](const QString& key, const QString& value) {
        if (value.isEmpty())
            return;
        xml.writeStartElement(QStringLiteral("data"));
        xml.writeAttribute(QStringLiteral("key"), key);
        xml.writeCharacters(xmlText(value));
        xml.writeEndElement();
    };
    for (NodeId id : graph.nodeIds()) {
        const NodeData& node = *graph.node(id);
        xml.writeStartElement(QStringLiteral("node"));
        xml.writeAttribute(QStringLiteral("id"), QString::number(id.value));
        data(QStringLiteral("type"), node.type);
        data(QStringLiteral("label_en"), node.labels.en);
        data(QStringLiteral("label_ja"), node.labels.ja);
        data(QStringLiteral("label_zh"), node.labels.zh);
        data(QStringLiteral("description"), node.description);
        data(QStringLiteral("valid_from"), node.validFrom);
        data(QStringLiteral("valid_to"), node.validTo);
        if (node.position) {
            data(QStringLiteral("x"), number(node.position->x()));
            data(QStringLiteral("y"), number(node.position->y()));
        }
        for (auto it = node.properties.begin(); it != node.properties.end(); ++it)
            data(nodePropertyKey.at(it.key()), it.value());
        xml.writeEndElement();
    }
    for (EdgeId id : graph.edgeIds()) {
        const EdgeData& edge = *graph.edge(id);
        xml.writeStartElement(QStringLiteral("edge"));
        xml.writeAttribute(QStringLiteral("id"), QString::number(id.value));
        xml.writeAttribute(QStringLiteral("source"), QString::number(edge.source.value));
        xml.writeAttribute(QStringLiteral("target"), QString::number(edge.target.value));
        data(QStringLiteral("relation"), edge.relation);
        data(QStringLiteral("edge_label"), edge.label);
        data(QStringLiteral("edge_valid_from"), edge.validFrom);
        data(QStringLiteral("edge_valid_to"), edge.validTo);
        if (edge.confidence)
            data(QStringLiteral("confidence"), number(*edge.confidence));
        for (auto it = edge.properties.begin(); it != edge.properties.end(); ++it)
            data(edgePropertyKey.at(it.key()), it.value());
        xml.writeEndElement();
    }
    xml.writeEndElement();
    xml.writeEndElement();
    xml.writeEndDocument();
    if (xml.hasError()) // a character XML cannot carry got through: never write a broken file
        return Error{
            QStringLiteral("%1: could not be written as XML; nothing was written").arg(path)};
    return writeTextFile(path, out);
}

} // namespace kizuna
