#include "cli/Commands.h"

#include "document/MapQuery.h"

namespace kizuna::cli {

// kizuna-cli search FILE QUERY [--json] [--limit N]: nodes that match, best first.
int runSearch(const QStringList& args, Io io) {
    QCommandLineParser parser;
    const QCommandLineOption json(QStringLiteral("json"), QStringLiteral("Print JSON Lines."));
    const QCommandLineOption limit(QStringLiteral("limit"), QStringLiteral("At most N results."),
                                   QStringLiteral("N"), QStringLiteral("50"));
    parser.addOptions({json, limit});
    if (!parseArguments(parser, QStringLiteral("search"), args, io, 2, 2))
        return UsageError;
    bool ok = false;
    const int most = parser.value(limit).toInt(&ok);
    if (!ok || most < 1)
        return usageError(io, QStringLiteral("search"),
                          QStringLiteral("--limit must be a positive number"));
    // Straight from the file's search index: no loading.
    auto query = MapQuery::open(parser.positionalArguments().at(0));
    if (!query)
        return dataError(io, query.error());
    auto hits = query.value()->search(parser.positionalArguments().at(1), most);
    if (!hits)
        return dataError(io, hits.error());
    const Language language = query.value()->info().defaultLanguage;
    for (const NodeData& node : hits.value()) {
        if (parser.isSet(json))
            printJsonLine(io, nodeJson(language, node));
        else
            // Safe on a terminal: control characters as visible markers (␛, ␇), no tab or
            // line break inside a field.
            io.out << node.id.value << '\t' << terminalField(node.type) << '\t'
                   << terminalField(node.labels.display(language)) << '\n';
    }
    return Success;
}

} // namespace kizuna::cli
