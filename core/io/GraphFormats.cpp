#include "io/GraphFormats.h"

#include "io/CytoscapeFormat.h"
#include "io/DotFormat.h"
#include "io/GexfFormat.h"
#include "io/GraphMlFormat.h"
#include "io/MapJsonReader.h"
#include "io/MapJsonWriter.h"
#include "io/ReadError.h"
#include "io/TextFiles.h"

#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

namespace kizuna {
namespace {

const std::pair<const char*, GraphFormat> kExtensions[] = {
    {"csv", GraphFormat::Csv},         {"graphml", GraphFormat::GraphMl},
    {"gexf", GraphFormat::Gexf},       {"dot", GraphFormat::Dot},
    {"gv", GraphFormat::Dot},          {"cyjs", GraphFormat::CytoscapeJson},
    {"json", GraphFormat::KizunaJson},
};

} // namespace

QString formatName(GraphFormat format) {
    switch (format) {
    case GraphFormat::Csv:
        return QStringLiteral("csv");
    case GraphFormat::GraphMl:
        return QStringLiteral("graphml");
    case GraphFormat::Gexf:
        return QStringLiteral("gexf");
    case GraphFormat::Dot:
        return QStringLiteral("dot");
    case GraphFormat::CytoscapeJson:
        return QStringLiteral("cyjs");
    case GraphFormat::KizunaJson:
        break;
    }
    return QStringLiteral("json");
}

QStringList formatNames() {
    return {QStringLiteral("csv"), QStringLiteral("graphml"), QStringLiteral("gexf"),
            QStringLiteral("dot"), QStringLiteral("cyjs"),    QStringLiteral("json")};
}

std::optional<GraphFormat> formatFromName(const QString& name) {
    for (const auto& [extension, format] : kExtensions)
        if (name.compare(QLatin1String(extension), Qt::CaseInsensitive) == 0)
            return format;
    if (name.compare(QLatin1String("cytoscape"), Qt::CaseInsensitive) == 0)
        return GraphFormat::CytoscapeJson;
    return std::nullopt;
}

Result<GraphFormat> formatForWriting(const QString& path) {
    const QString suffix = QFileInfo(path).suffix();
    if (auto format = formatFromName(suffix))
        return *format;
    return Error{
        QStringLiteral("%1: cannot tell the format from \".%2\" (use one of .%3, or --format)")
            .arg(path, suffix, formatNames().join(QStringLiteral(", .")))};
}

Result<GraphFormat> detectFormat(const QString& path) {
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix != QLatin1String("json") && suffix != QLatin1String("xml"))
        if (auto format = formatFromName(suffix))
            return *format;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{QStringLiteral("%1: %2").arg(path, file.errorString())};
    // JSON keys come in any order, so a JSON file is looked at whole (within the import limits of
    // io/TextFiles.h); others by their start.
    QByteArray content;
    if (suffix == QLatin1String("json")) {
        try {
            content = readTextFile(path);
        } catch (const ReadError& error) {
            return Error{error.message};
        }
    } else {
        content = file.read(4096);
    }
    const QString head = QString::fromUtf8(content).trimmed();
    if (head.contains(QLatin1String("<graphml")))
        return GraphFormat::GraphMl;
    if (head.contains(QLatin1String("<gexf")))
        return GraphFormat::Gexf;
    if (head.startsWith(QLatin1Char('{')))
        return head.contains(QLatin1String("\"kizuna-map\"")) ? GraphFormat::KizunaJson
                                                              : GraphFormat::CytoscapeJson;
    // A JSON list of objects: Cytoscape.js elements ([{"group": …, "data": …}, …]).
    static const QRegularExpression jsonList(QStringLiteral("^\\[\\s*[{\\]]"));
    if (jsonList.match(head).hasMatch())
        return GraphFormat::CytoscapeJson;
    const QString first = head.section(QLatin1Char('{'), 0, 0).toLower();
    if (first.contains(QLatin1String("graph")) && head.contains(QLatin1Char('{')))
        return GraphFormat::Dot;
    if (suffix.isEmpty() || suffix == QLatin1String("txt"))
        return GraphFormat::Csv;
    return Error{
        QStringLiteral("%1: cannot tell the format of this file (use --format with one of %2)")
            .arg(path, formatNames().join(QStringLiteral(", ")))};
}

Result<ImportedGraph> readGraphFile(const QString& path, GraphFormat format, const Schema& existing,
                                    const ReadOptions& options) {
    Result<ImportedGraph> graph = Error{QString()};
    switch (format) {
    case GraphFormat::Csv:
        graph = readCsv(path, options.csv, options.progress);
        break;
    case GraphFormat::GraphMl:
        graph = readGraphMl(path, options.progress);
        break;
    case GraphFormat::Gexf:
        graph = readGexf(path, options.progress);
        break;
    case GraphFormat::Dot:
        graph = readDot(path, options.progress);
        break;
    case GraphFormat::CytoscapeJson:
        graph = readCytoscapeJson(path, options.progress);
        break;
    case GraphFormat::KizunaJson:
        graph = readMapJsonGraphFile(path);
        break;
    }
    if (graph && !graph.value().repeated.empty()) {
        if (options.duplicates) // (else the caller resolves them, and completes the schema)
            if (Status resolved = resolveDuplicateIds(graph.value(), *options.duplicates, existing);
                !resolved)
                return Error{resolved.error()};
    } else if (graph) {
        completeImportedSchema(graph.value(), existing);
    }
    return graph;
}

Status writeGraphFile(const GraphDocument& document, const QString& path, GraphFormat format,
                      const QString& edgesPath) {
    switch (format) {
    case GraphFormat::Csv:
        return writeCsv(document, path, edgesPath.isEmpty() ? defaultEdgesPath(path) : edgesPath);
    case GraphFormat::GraphMl:
        return writeGraphMl(document, path);
    case GraphFormat::Gexf:
        return writeGexf(document, path);
    case GraphFormat::Dot:
        return writeDot(document, path);
    case GraphFormat::CytoscapeJson:
        return writeCytoscapeJson(document, path);
    case GraphFormat::KizunaJson:
        break;
    }
    return writeMapJson(document, path);
}

} // namespace kizuna
