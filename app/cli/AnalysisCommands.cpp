// kizuna-cli path, neighbors and metrics: the analyses of core/algo, printed.
#include "cli/Commands.h"

#include "document/MapQuery.h"

#include "algo/Metrics.h"
#include "algo/Paths.h"
#include "document/NodeLookup.h"

#include <QJsonArray>
#include <algorithm>
#include <map>

namespace kizuna::cli {

int runPath(const QStringList& args, Io io) {
    QCommandLineParser parser;
    const QCommandLineOption undirected(QStringLiteral("undirected"),
                                        QStringLiteral("Walk relations both ways."));
    const QCommandLineOption avoid(QStringLiteral("avoid"),
                                   QStringLiteral("A node to go around (repeatable)."),
                                   QStringLiteral("NODE"));
    const QCommandLineOption avoidType(QStringLiteral("avoid-type"),
                                       QStringLiteral("A node type to go around (repeatable)."),
                                       QStringLiteral("TYPE"));
    const QCommandLineOption json(QStringLiteral("json"),
                                  QStringLiteral("Print JSON Lines, one path per line."));
    parser.addOptions({undirected, avoid, avoidType, json});
    if (!parseArguments(parser, QStringLiteral("path"), args, io, 3, 3))
        return UsageError;
    const QStringList positional = parser.positionalArguments();
    // Straight from the file: the graph's shape (ids, types, ends) is all the search needs;
    // labels and citations are read for the paths found only.
    auto query = MapQuery::open(positional.at(0));
    if (!query)
        return dataError(io, query.error());
    MapQuery& map = *query.value();
    auto from = map.findNode(positional.at(1));
    if (!from)
        return dataError(io, QStringLiteral("FROM: %1").arg(from.error()));
    auto to = map.findNode(positional.at(2));
    if (!to)
        return dataError(io, QStringLiteral("TO: %1").arg(to.error()));
    PathOptions options;
    options.undirected = parser.isSet(undirected);
    options.avoidTypes = parser.values(avoidType);
    for (const QString& text : parser.values(avoid)) {
        auto node = map.findNode(text);
        if (!node)
            return dataError(io, QStringLiteral("--avoid: %1").arg(node.error()));
        options.avoidNodes.insert(node.value().id);
    }
    auto shape = map.shape();
    if (!shape)
        return dataError(io, shape.error());
    const KnowledgeGraph& graph = *shape.value();
    const auto paths = shortestPaths(graph, from.value().id, to.value().id, options);
    // The labels of the nodes on the paths, the citations of their relations.
    std::vector<qint64> onPaths{from.value().id.value, to.value().id.value}, relations;
    for (const Path& path : paths)
        for (const PathStep& step : path) {
            onPaths.push_back(step.node.value);
            if (step.edge.isValid())
                relations.push_back(step.edge.value);
        }
    std::sort(onPaths.begin(), onPaths.end());
    onPaths.erase(std::unique(onPaths.begin(), onPaths.end()), onPaths.end());
    std::sort(relations.begin(), relations.end());
    relations.erase(std::unique(relations.begin(), relations.end()), relations.end());
    auto nodes = map.nodes(onPaths);
    if (!nodes)
        return dataError(io, nodes.error());
    auto provenance = map.provenanceOf(relations);
    if (!provenance)
        return dataError(io, provenance.error());
    std::map<NodeId, QString> labels;
    for (const NodeData& node : nodes.value())
        labels[node.id] = node.labels.display(map.info().defaultLanguage);
    // A node deleted by another program since the search read the map: its id.
    auto label = [&](NodeId id) {
        auto it = labels.find(id);
        return it != labels.end() ? it->second : QStringLiteral("#%1").arg(id.value);
    };
    if (paths.empty() && !parser.isSet(json))
        io.out << "no path from " << label(from.value().id) << " to " << label(to.value().id)
               << (options.undirected ? "" : " (try --undirected)") << "\n";
    bool first = true;
    for (const Path& path : paths) {
        const std::vector<PathHop> hops = describePath(graph, provenance.value(), path);
        if (parser.isSet(json)) {
            QJsonArray steps;
            for (size_t i = 0; i < path.size(); ++i) {
                const PathStep& step = path[i];
                QJsonArray evidence; // what the relation arriving here rests on
                if (i > 0)
                    for (const Evidence& item : hops[i - 1].evidence)
                        evidence.append(
                            QJsonObject{{QStringLiteral("source"), item.title},
                                        {QStringLiteral("source_id"), item.source.value},
                                        {QStringLiteral("excerpt"), textOrNull(item.excerpt)},
                                        {QStringLiteral("locator"), textOrNull(item.locator)},
                                        {QStringLiteral("url"), textOrNull(item.url)}});
                steps.append(
                    QJsonObject{{QStringLiteral("node"), step.node.value},
                                {QStringLiteral("label"), label(step.node)},
                                {QStringLiteral("edge"),
                                 step.edge.isValid() ? QJsonValue(step.edge.value) : QJsonValue()},
                                {QStringLiteral("relation"),
                                 step.edge.isValid() ? QJsonValue(graph.edge(step.edge)->relation)
                                                     : QJsonValue()},
                                {QStringLiteral("forward"), step.forward},
                                {QStringLiteral("evidence"), evidence}});
            }
            printJsonLine(io, QJsonObject{{QStringLiteral("hops"), qint64(path.size()) - 1},
                                          {QStringLiteral("steps"), steps}});
            continue;
        }
        // The whole path on one line, then each hop with the citations it rests on.
        auto arrow = [&](const PathHop& hop) {
            return (hop.forward ? QStringLiteral(" -[%1]-> %2") : QStringLiteral(" <-[%1]- %2"))
                .arg(hop.relation, label(hop.to));
        };
        if (!first)
            io.out << "\n";
        first = false;
        QString line = label(path.front().node);
        for (const PathHop& hop : hops)
            line += arrow(hop);
        io.out << line << "\n";
        for (const PathHop& hop : hops) {
            io.out << "  " << label(hop.from) << arrow(hop) << "\n";
            if (hop.evidence.empty())
                io.out << "      No source cited\n";
            for (const Evidence& item : hop.evidence)
                io.out << "      " << evidenceText(item) << "\n";
        }
    }
    return Success;
}

int runNeighbors(const QStringList& args, Io io) {
    QCommandLineParser parser;
    const QCommandLineOption depth(QStringLiteral("depth"), QStringLiteral("Hops (1 to 4)."),
                                   QStringLiteral("K"), QStringLiteral("1"));
    const QCommandLineOption json(QStringLiteral("json"), QStringLiteral("Print JSON Lines."));
    parser.addOptions({depth, json});
    if (!parseArguments(parser, QStringLiteral("neighbors"), args, io, 2, 2))
        return UsageError;
    bool ok = false;
    const int k = parser.value(depth).toInt(&ok);
    if (!ok || k < 1 || k > 4)
        return usageError(io, QStringLiteral("neighbors"),
                          QStringLiteral("--depth must be 1, 2, 3 or 4"));
    // Straight from the file: the relation tables' indexes give each node's neighbours, so only
    // the nodes reached are read (not the whole map).
    auto query = MapQuery::open(parser.positionalArguments().at(0));
    if (!query)
        return dataError(io, query.error());
    auto centre = query.value()->findNode(parser.positionalArguments().at(1));
    if (!centre)
        return dataError(io, centre.error());
    auto reached = query.value()->neighbourhood(centre.value().id, k);
    if (!reached)
        return dataError(io, reached.error());
    std::vector<qint64> ids;
    for (const auto& [id, distance] : reached.value())
        if (id != centre.value().id)
            ids.push_back(id.value);
    auto nodes = query.value()->nodes(ids); // in id order, as the map is
    if (!nodes)
        return dataError(io, nodes.error());
    const Language language = query.value()->info().defaultLanguage;
    for (const NodeData& node : nodes.value()) {
        const int distance = reached.value().at(node.id);
        if (parser.isSet(json)) {
            QJsonObject object = nodeJson(language, node);
            object.insert(QStringLiteral("distance"), distance);
            printJsonLine(io, object);
        } else {
            io.out << node.id.value << '\t' << distance << '\t' << terminalField(node.type) << '\t'
                   << terminalField(node.labels.display(language)) << '\n';
        }
    }
    return Success;
}

int runMetrics(const QStringList& args, Io io) {
    QCommandLineParser parser;
    const QCommandLineOption json(QStringLiteral("json"), QStringLiteral("Print JSON Lines."));
    parser.addOption(json);
    if (!parseArguments(parser, QStringLiteral("metrics"), args, io, 1, 1))
        return UsageError;
    auto document = openForReading(parser.positionalArguments().at(0), io);
    if (!document)
        return DataError;
    auto metrics = computeMetrics(document->graph());
    if (!metrics)
        return dataError(io, metrics.error());
    if (!parser.isSet(json))
        io.out << "id\tdegree\tin\tout\tbetweenness\tpagerank\tcomponent\tcommunity\tlabel\n";
    for (const NodeMetrics& m : metrics.value()) {
        if (parser.isSet(json)) {
            printJsonLine(io, QJsonObject{{QStringLiteral("id"), m.id.value},
                                          {QStringLiteral("label"), document->displayLabel(m.id)},
                                          {QStringLiteral("degree"), m.degree},
                                          {QStringLiteral("in_degree"), m.inDegree},
                                          {QStringLiteral("out_degree"), m.outDegree},
                                          {QStringLiteral("betweenness"), m.betweenness},
                                          {QStringLiteral("pagerank"), m.pageRank},
                                          {QStringLiteral("component"), m.component},
                                          {QStringLiteral("community"), m.community}});
            continue;
        }
        io.out << m.id.value << '\t' << m.degree << '\t' << m.inDegree << '\t' << m.outDegree
               << '\t' << QString::number(m.betweenness, 'g', 6) << '\t'
               << QString::number(m.pageRank, 'g', 6) << '\t' << m.component << '\t' << m.community
               << '\t' << document->displayLabel(m.id) << '\n';
    }
    return Success;
}

} // namespace kizuna::cli
