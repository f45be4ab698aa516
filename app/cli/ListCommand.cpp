#include "cli/Commands.h"

#include "document/MapQuery.h"

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
    // Streamed from the file in id order: a 100,000-node map is listed without loading it.
    auto query = MapQuery::open(parser.positionalArguments().at(1));
    if (!query)
        return dataError(io, query.error());
    const bool asJson = parser.isSet(json);
    const Language language = query.value()->info().defaultLanguage;
    const Status listed =
        what == QLatin1String("nodes")
            ? query.value()->forEachNode(asJson,
                                         [&](const NodeData& node) {
                                             if (asJson) {
                                                 printJsonLine(io, nodeJson(language, node));
                                                 return;
                                             }
                                             io.out << node.id.value << '\t' << field(node.type)
                                                    << '\t' << field(node.labels.en) << '\t'
                                                    << field(node.labels.ja) << '\t'
                                                    << field(node.labels.zh) << '\t'
                                                    << field(node.validFrom) << '\t'
                                                    << field(node.validTo) << '\n';
                                         })
            : query.value()->forEachEdge(asJson, [&](const EdgeData& edge) {
                  if (asJson) {
                      printJsonLine(io, edgeJson(edge));
                      return;
                  }
                  io.out << edge.id.value << '\t' << field(edge.relation) << '\t'
                         << edge.source.value << '\t' << edge.target.value << '\t'
                         << field(edge.label) << '\t' << field(edge.validFrom) << '\t'
                         << field(edge.validTo) << '\n';
              });
    if (!listed)
        return dataError(io, listed.error());
    return Success;
}

} // namespace kizuna::cli
