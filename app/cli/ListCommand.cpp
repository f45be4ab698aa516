#include "cli/Commands.h"

namespace kizuna::cli {
namespace {

// Tab-separated fields, safe on a terminal: tabs and newlines inside a field would break the
// record, so they are spaced; control characters are shown as visible markers (␛, ␇).
QString field(const QString& text) {
    return terminalField(text);
}

} // namespace

int runList(const QStringList& args, Io io) {
    QCommandLineParser parser;
    const QCommandLineOption json(QStringLiteral("json"), QStringLiteral("Print JSON Lines."));
    parser.addOption(json);
    if (!parseArguments(parser, QStringLiteral("list"), args, io, 2, 2))
        return UsageError;
    const QString what = parser.positionalArguments().at(0);
    if (what != QLatin1String("nodes") && what != QLatin1String("edges"))
        return usageError(io, QStringLiteral("list"),
                          QStringLiteral("say 'nodes' or 'edges', not '%1'").arg(what));
    auto document = openForReading(parser.positionalArguments().at(1), io);
    if (!document)
        return DataError;
    const KnowledgeGraph& graph = document->graph();

    if (what == QLatin1String("nodes")) {
        for (NodeId id : graph.nodeIds()) {
            const NodeData& node = *graph.node(id);
            if (parser.isSet(json)) {
                printJsonLine(io, nodeJson(*document, node));
                continue;
            }
            io.out << id.value << '\t' << field(node.type) << '\t' << field(node.labels.en) << '\t'
                   << field(node.labels.ja) << '\t' << field(node.labels.zh) << '\t'
                   << field(node.validFrom) << '\t' << field(node.validTo) << '\n';
        }
        return Success;
    }
    for (EdgeId id : graph.edgeIds()) {
        const EdgeData& edge = *graph.edge(id);
        if (parser.isSet(json)) {
            printJsonLine(io, edgeJson(edge));
            continue;
        }
        io.out << id.value << '\t' << field(edge.relation) << '\t' << edge.source.value << '\t'
               << edge.target.value << '\t' << field(edge.label) << '\t' << field(edge.validFrom)
               << '\t' << field(edge.validTo) << '\n';
    }
    return Success;
}

} // namespace kizuna::cli
