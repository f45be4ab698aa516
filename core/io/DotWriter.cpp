#include "document/GraphDocument.h"
#include "io/DotFormat.h"
#include "io/ExportText.h"
#include "io/TextFiles.h"
#include "model/StyleOverrides.h"

#include <QRegularExpression>

namespace kizuna {
namespace {

// Graphviz takes any character in a quoted string but NUL, which ends it (there is no escape for
// a control character): NUL becomes a visible marker, a lone surrogate U+FFFD (io/ExportText.h).
QString quoted(const QString& text) {
    QString escaped = carriedText(text, TextCarrier::Dot);
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
        // The node's own look where it has one (named in kz_style, so that reading the file back
        // tells it from the type's look), else its type's.
        QStringList own;
        QString fill = type ? type->color : QString();
        if (auto colour = colorOverride(n.properties)) {
            fill = hexRgba(*colour);
            own << QStringLiteral("fillcolor");
        }
        std::optional<NodeShape> shape = shapeOverride(n.properties);
        if (shape)
            own << QStringLiteral("shape");
        else if (type)
            shape = type->shape;
        QString width, height;
        if (auto size = scaleOverride(n.properties, kStyleSize)) {
            width = QString::number(*size * 0.75, 'g', 10); // Graphviz's default is 0.75 × 0.5 in
            height = QString::number(*size * 0.5, 'g', 10);
            own << QStringLiteral("width");
        }
        std::vector<std::pair<QString, QString>> list = {
            {QStringLiteral("label"), n.labels.display(document.info().defaultLanguage)},
            {QStringLiteral("kz_type"), n.type},
            {QStringLiteral("label_en"), n.labels.en},
            {QStringLiteral("label_ja"), n.labels.ja},
            {QStringLiteral("label_zh"), n.labels.zh},
            {QStringLiteral("description"), n.description},
            {QStringLiteral("valid_from"), n.validFrom},
            {QStringLiteral("valid_to"), n.validTo},
            {QStringLiteral("fillcolor"), fill},
            {QStringLiteral("shape"), shape ? graphvizShape(*shape) : QString()},
            {QStringLiteral("style"),
             shape == NodeShape::RoundedRectangle ? QStringLiteral("rounded,filled") : QString()},
            {QStringLiteral("width"), width},
            {QStringLiteral("height"), height},
            {QStringLiteral("kz_style"), own.join(QLatin1Char(','))},
        };
        if (n.position) // points, y up, pinned
            list.emplace_back(QStringLiteral("pos"), QStringLiteral("%1,%2!")
                                                         .arg(n.position->x(), 0, 'g', 17)
                                                         .arg(-n.position->y(), 0, 'g', 17));
        for (auto it = n.properties.begin(); it != n.properties.end(); ++it)
            if (!isNodeStyleKey(it.key()))
                list.emplace_back(QStringLiteral("prop.") + it.key(), it.value());
        out +=
            QStringLiteral("  %1 [%2];\n").arg(quoted(QString::number(id.value)), attributes(list));
    }
    for (EdgeId id : graph.edgeIds()) {
        const EdgeData& e = *graph.edge(id);
        const RelationType* type = schema.relationType(e.relation);
        QStringList own;
        QString colour = type ? type->color : QString(), penwidth;
        if (auto style = colorOverride(e.properties)) {
            colour = hexRgba(*style);
            own << QStringLiteral("color");
        }
        if (auto width = scaleOverride(e.properties, kStyleWidth)) { // Graphviz's default is 1
            penwidth = QString::number(*width, 'g', 10);
            own << QStringLiteral("penwidth");
        }
        std::vector<std::pair<QString, QString>> list = {
            {QStringLiteral("kz_relation"), e.relation},
            {QStringLiteral("label"), e.label},
            {QStringLiteral("valid_from"), e.validFrom},
            {QStringLiteral("valid_to"), e.validTo},
            {QStringLiteral("confidence"),
             e.confidence ? QString::number(*e.confidence, 'g', 17) : QString()},
            {QStringLiteral("color"), colour},
            {QStringLiteral("penwidth"), penwidth},
            {QStringLiteral("dir"), type && !type->directed ? QStringLiteral("none") : QString()},
            {QStringLiteral("kz_style"), own.join(QLatin1Char(','))},
        };
        for (auto it = e.properties.begin(); it != e.properties.end(); ++it)
            if (!isEdgeStyleKey(it.key()))
                list.emplace_back(QStringLiteral("prop.") + it.key(), it.value());
        out += QStringLiteral("  %1 -> %2 [%3];\n")
                   .arg(quoted(QString::number(e.source.value)),
                        quoted(QString::number(e.target.value)), attributes(list));
    }
    out += QStringLiteral("}\n");
    return writeTextFile(path, out.toUtf8());
}

} // namespace kizuna
