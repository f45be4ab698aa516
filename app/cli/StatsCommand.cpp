#include "cli/Commands.h"

#include <QJsonDocument>
#include <map>

namespace kizuna::cli {

int runStats(const QStringList& args, Io io) {
    QCommandLineParser parser;
    const QCommandLineOption json(QStringLiteral("json"), QStringLiteral("Print one JSON object."));
    parser.addOption(json);
    if (!parseArguments(parser, QStringLiteral("stats"), args, io, 1, 1))
        return UsageError;
    auto document = openForReading(parser.positionalArguments().at(0), io);
    if (!document)
        return DataError;

    // Every type of the schema is listed, with 0 where it is unused.
    std::map<QString, int> nodeTypes, relationTypes;
    for (const auto& type : document->schema().nodeTypes())
        nodeTypes[type.key] = 0;
    for (const auto& type : document->schema().relationTypes())
        relationTypes[type.key] = 0;
    document->graph().forEachNode([&](const NodeData& node) { ++nodeTypes[node.type]; });
    document->graph().forEachEdge([&](const EdgeData& edge) { ++relationTypes[edge.relation]; });

    if (parser.isSet(json)) {
        QJsonObject nodesByType, edgesByType;
        for (const auto& [key, count] : nodeTypes)
            nodesByType.insert(key, count);
        for (const auto& [key, count] : relationTypes)
            edgesByType.insert(key, count);
        QJsonObject object;
        object.insert(QStringLiteral("nodes"), qint64(document->graph().nodeCount()));
        object.insert(QStringLiteral("edges"), qint64(document->graph().edgeCount()));
        object.insert(QStringLiteral("node_types"), nodesByType);
        object.insert(QStringLiteral("relation_types"), edgesByType);
        printJsonLine(io, object);
        return Success;
    }
    io.out << "map: " << document->info().name << "\n";
    io.out << "nodes: " << document->graph().nodeCount() << "\n";
    for (const auto& [key, count] : nodeTypes)
        io.out << "  " << key << ": " << count << "\n";
    io.out << "edges: " << document->graph().edgeCount() << "\n";
    for (const auto& [key, count] : relationTypes)
        io.out << "  " << key << ": " << count << "\n";
    return Success;
}

} // namespace kizuna::cli
