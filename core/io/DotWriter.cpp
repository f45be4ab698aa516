#include "document/GraphDocument.h"
#include "io/DotFormat.h"
#include "io/TextFiles.h"

#include <QRegularExpression>

namespace kizuna {
namespace {

QString quoted(const QString& text) {
    QString escaped = text;
    escaped.replace(QLatin1Char('\\'), QLatin1String("\\\\"));
    escaped.replace(QLatin1Char('"'), QLatin1String("\\\""));
    escaped.replace(QLatin1Char('\n'), QLatin1String("\\n"));
    return QLatin1Char('"') + escaped + QLatin1Char('"');
}

QString graphvizShape(NodeShape shape) {
    switch (shape) {
    case NodeShape::Rectangle:
        return QStringLiteral("box");
    case NodeShape::RoundedRectangle:
        return QStringLiteral("box");
    case NodeShape::Diamond:
        return QStringLiteral("diamond");
    case NodeShape::Hexagon:
        return QStringLiteral("hexagon");
    case NodeShape::Octagon:
        return QStringLiteral("octagon");
    case NodeShape::Triangle:
        return QStringLiteral("triangle");
    case NodeShape::Ellipse:
        break;
    }
    return QStringLiteral("ellipse");
}

QString attributes(const std::vector<std::pair<QString, QString>>& list) {
    static const QRegularExpression plain(QStringLiteral("^[A-Za-z_][A-Za-z_0-9]*$"));
    QStringList parts;
    for (const auto& [name, value] : list)
        if (!value.isEmpty())
            parts << (plain.match(name).hasMatch() ? name : quoted(name)) + QLatin1Char('=') +
                         quoted(value);
    return parts.join(QStringLiteral(", "));
}

} // namespace

Status writeDot(const GraphDocument& document, const QString& path) {
    const KnowledgeGraph& graph = document.graph();
    const Schema& schema = document.schema();
    QString out;
    out += QStringLiteral("// Written by Kizuna. Render with: dot -Tsvg -o map.svg THIS_FILE\n");
    out += QStringLiteral("digraph %1 {\n")
               .arg(quoted(document.info().name.isEmpty() ? QStringLiteral("map")
                                                          : document.info().name));
    out += QStringLiteral("  kz_generator=\"kizuna\";\n");
    out += QStringLiteral("  node [style=filled, fontname=\"IPAPGothic\"];\n");
    out += QStringLiteral("  edge [fontname=\"IPAPGothic\", fontsize=9];\n");
    for (NodeId id : graph.nodeIds()) {
        const NodeData& n = *graph.node(id);
        const NodeType* type = schema.nodeType(n.type);
        std::vector<std::pair<QString, QString>> list = {
            {QStringLiteral("label"), n.labels.display(document.info().defaultLanguage)},
            {QStringLiteral("kz_type"), n.type},
            {QStringLiteral("label_en"), n.labels.en},
            {QStringLiteral("label_ja"), n.labels.ja},
            {QStringLiteral("label_zh"), n.labels.zh},
            {QStringLiteral("description"), n.description},
            {QStringLiteral("valid_from"), n.validFrom},
            {QStringLiteral("valid_to"), n.validTo},
            {QStringLiteral("fillcolor"), type ? type->color : QString()},
            {QStringLiteral("shape"), type ? graphvizShape(type->shape) : QString()},
        };
        if (n.position) // points, y up, pinned
            list.emplace_back(QStringLiteral("pos"), QStringLiteral("%1,%2!")
                                                         .arg(n.position->x(), 0, 'g', 17)
                                                         .arg(-n.position->y(), 0, 'g', 17));
        for (auto it = n.properties.begin(); it != n.properties.end(); ++it)
            list.emplace_back(QStringLiteral("prop.") + it.key(), it.value());
        out +=
            QStringLiteral("  %1 [%2];\n").arg(quoted(QString::number(id.value)), attributes(list));
    }
    for (EdgeId id : graph.edgeIds()) {
        const EdgeData& e = *graph.edge(id);
        const RelationType* type = schema.relationType(e.relation);
        std::vector<std::pair<QString, QString>> list = {
            {QStringLiteral("kz_relation"), e.relation},
            {QStringLiteral("label"), e.label},
            {QStringLiteral("valid_from"), e.validFrom},
            {QStringLiteral("valid_to"), e.validTo},
            {QStringLiteral("confidence"),
             e.confidence ? QString::number(*e.confidence, 'g', 17) : QString()},
            {QStringLiteral("color"), type ? type->color : QString()},
            {QStringLiteral("dir"), type && !type->directed ? QStringLiteral("none") : QString()},
        };
        for (auto it = e.properties.begin(); it != e.properties.end(); ++it)
            list.emplace_back(QStringLiteral("prop.") + it.key(), it.value());
        out += QStringLiteral("  %1 -> %2 [%3];\n")
                   .arg(quoted(QString::number(e.source.value)),
                        quoted(QString::number(e.target.value)), attributes(list));
    }
    out += QStringLiteral("}\n");
    return writeTextFile(path, out.toUtf8());
}

} // namespace kizuna
