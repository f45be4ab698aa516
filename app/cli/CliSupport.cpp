#include "cli/CliSupport.h"

#include "io/ExportText.h"

#include <QJsonDocument>
#include <vector>

namespace kizuna::cli {

QJsonValue textOrNull(const QString& text) {
    return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

namespace {

const char* const kUsage = R"(Usage: kizuna-cli COMMAND FILE [ARGS...] [--json]

Commands:
  init FILE [--bundled] [--force] [--name NAME]   create a map (empty, or the bundled US-China AI map)
  stats FILE [--json]                              node and edge counts, by type
  list nodes|edges FILE [--json]                   one record per line (JSON Lines with --json)
  add-node FILE --type T --label L [--lang en|ja|zh] [--description D]
           [--prop KEY=VALUE]... [--valid-from DATE] [--valid-to DATE]   add a node, print its id
  add-edge FILE FROM TO --relation R [--label L] [--confidence C]
           [--prop KEY=VALUE]... [--valid-from DATE] [--valid-to DATE]   add an edge, print its id
  set FILE ID[,ID...] FIELD VALUE                  set a field (or prop.KEY) on one element or
                                                   several (ids with commas); empty VALUE clears it
  delete FILE ID...                                delete nodes (with their edges) and edges
  merge FILE SURVIVOR OTHER... [--prefer survivor|other]   merge nodes into SURVIVOR
  import FILE INPUT [--format F] [--merge-by id|label] [--dry-run] [--edges PATH]
           [--map COLUMN=FIELD]... [--duplicates error|merge|first] [--json]
                                                   import (FILE is created if missing)
  export FILE OUT [--format F] [--edges PATH]      export as csv, graphml, gexf, dot, cyjs or json
  export FILE OUT.{svg,pdf,png} [--view NAME] [--title T] [--subtitle S] [--no-legend]
           [--no-sources] [--min-font PT] [--dpi N] [--page A4|Letter|A3|A2|fit] [--tiles]
           [--landscape|--portrait] [--as-of DATE] [--monochrome|--colorblind]
           [--transparent] [--lang en|ja|zh] [--color-by KEY] [--size-by KEY]
           [--changes-since CHECKPOINT|DATE | --compare OTHER] [--no-change-list]
                                                   export a diagram
  views FILE [--json]                              the saved views
  search FILE QUERY [--limit N] [--json]           nodes matching QUERY (any language, substrings)
  path FILE FROM TO [--undirected] [--avoid NODE]... [--avoid-type T]... [--json]
                                                   shortest paths, hop by hop
  neighbors FILE NODE [--depth K] [--json]         nodes within K hops (1-4)
  metrics FILE [--json]                            degree, betweenness, PageRank, component, community
  layout FILE --algorithm force|circular|layered|radial|grid [--centre NODE] [--pin NODE]...
           [--only NODE]... [--spacing N]          lay the map out again (one edit)
  history FILE [--since SEQ|CHECKPOINT|DATE] [--records] [--operations] [--json]
                                                   the change log: who changed what, when; since
                                                   a checkpoint or date: what changed, field by field
  checkpoint FILE NAME | FILE --list | FILE NAME --delete
                                                   name the map's present state ("October brief")
  revert FILE SEQ                                  take back change-log record SEQ (a new change)
  diff A B [--apply KEY,...|all] [--json]          how map B differs from map A; --apply gives A
                                                   the selected changes from B (one edit)
  check FILE [--json]                              full integrity check of the map file
  help [COMMAND]                                   this text, or COMMAND's usage and options
                                                   (the same as COMMAND --help)

Every command takes --author NAME: the name written into the change log for its edits
(default: $KIZUNA_AUTHOR, else the OS user name).

Nodes (FROM, TO, SURVIVOR, OTHER, ID) are given by id or by exact label in any language.

Exit status: 0 success, 1 data or file error, 2 usage error.
)";

bool g_helpShown = false;

// `kizuna-cli COMMAND --help`: the command's lines of the usage text, then its options.
void printHelp(QCommandLineParser& parser, const QString& command, Io io) {
    io.out << commandUsage(command) << "\n";
    // kizuna-cli takes --author before any command sees its arguments; listed for completeness.
    parser.addOption(QCommandLineOption(
        QStringLiteral("author"),
        QStringLiteral("The name the change log gives these edits (default: $KIZUNA_AUTHOR, "
                       "else the OS user name)."),
        QStringLiteral("NAME")));
    QString options = parser.helpText();
    options = options.mid(options.indexOf(QLatin1String("Options:")));
    io.out << options.trimmed() << "\n"
           << "\nExit status: 0 success, 1 data or file error, 2 usage error.\n";
    io.out.flush();
}

QJsonObject propertiesJson(const Properties& properties) {
    QJsonObject object;
    for (auto it = properties.begin(); it != properties.end(); ++it)
        object.insert(it.key(), it.value());
    return object;
}

} // namespace

QString usageText() {
    return QString::fromUtf8(kUsage);
}

QString commandUsage(const QString& command) {
    // In the usage text a command's entry starts with two spaces and its name, continuation lines
    // are indented further, and what the command does follows the arguments after 3+ spaces (or
    // alone on a line indented past column 40).
    struct Entry {
        QStringList synopsis, description;
    };
    std::vector<Entry> entries;
    bool inEntry = false;
    for (const QString& line : usageText().split(QLatin1Char('\n'))) {
        const bool first =
            line.startsWith(QLatin1String("  ")) && !line.startsWith(QLatin1String("   "));
        if (first) {
            inEntry = line.mid(2).section(QLatin1Char(' '), 0, 0) == command;
            if (inEntry)
                entries.emplace_back();
        } else if (!line.startsWith(QLatin1String("   "))) {
            inEntry = false;
        }
        if (!inEntry)
            continue;
        const QString text = line.trimmed();
        if (!first && line.indexOf(text) >= 40) {
            entries.back().description << text;
            continue;
        }
        const qsizetype gap = text.indexOf(QLatin1String("   "));
        entries.back().synopsis << (gap < 0 ? text : text.left(gap));
        if (gap >= 0)
            entries.back().description << text.mid(gap).trimmed();
    }
    QString out;
    for (size_t i = 0; i < entries.size(); ++i) {
        out +=
            (i == 0 ? QStringLiteral("Usage: kizuna-cli ") : QStringLiteral("   or: kizuna-cli ")) +
            entries[i].synopsis.join(QStringLiteral("\n           ")) + QLatin1Char('\n');
        if (!entries[i].description.isEmpty())
            out += QStringLiteral("         ") + entries[i].description.join(QLatin1Char(' ')) +
                   QLatin1Char('\n');
    }
    return out;
}

bool helpShown() {
    return g_helpShown;
}

bool parseArguments(QCommandLineParser& parser, const QString& command, const QStringList& args,
                    Io io, int minPositional, int maxPositional) {
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")},
                                  QStringLiteral("Show this help."));
    parser.addOption(help);
    // --help wins over anything else on the line (missing arguments, unknown options).
    const qsizetype separator = args.indexOf(QStringLiteral("--"));
    const QStringList options = separator < 0 ? args : args.mid(0, separator);
    if (options.contains(QStringLiteral("--help")) || options.contains(QStringLiteral("-h"))) {
        printHelp(parser, command, io);
        g_helpShown = true;
        return false;
    }
    if (!parser.parse(QStringList{QStringLiteral("kizuna-cli")} + args)) {
        usageError(io, command, parser.errorText());
        return false;
    }
    const qsizetype count = parser.positionalArguments().size();
    if (count < minPositional || count > maxPositional) {
        usageError(io, command,
                   count < minPositional ? QStringLiteral("missing arguments")
                                         : QStringLiteral("too many arguments"));
        return false;
    }
    return true;
}

QString terminalField(const QString& text) {
    QString clean = text;
    clean.replace(QLatin1Char('\t'), QLatin1Char(' ')).replace(QLatin1Char('\n'), QLatin1Char(' '));
    return carriedText(clean, TextCarrier::Terminal);
}

void printExportWarnings(Io io, const QStringList& warnings) {
    constexpr qsizetype kMost = 50;
    for (qsizetype i = 0; i < std::min(kMost, warnings.size()); ++i)
        io.err << "export: " << warnings.at(i) << "\n";
    if (warnings.size() > kMost)
        io.err << "export: … and " << (warnings.size() - kMost)
               << " more elements whose text was replaced in the same way\n";
    io.err.flush();
}

int usageError(Io io, const QString& command, const QString& message) {
    io.err << "kizuna-cli " << command << ": " << message << "\n"
           << "Try 'kizuna-cli help' for usage.\n";
    io.err.flush();
    return UsageError;
}

int dataError(Io io, const QString& message) {
    io.err << "kizuna-cli: " << message << "\n";
    io.err.flush();
    return DataError;
}

std::unique_ptr<GraphDocument> openForReading(const QString& path, Io io) {
    auto document = GraphDocument::open(path, MapStore::Access::ReadOnly);
    if (!document) {
        dataError(io, document.error());
        return nullptr;
    }
    return std::move(document).value();
}

std::unique_ptr<GraphDocument> openForEditing(const QString& path, Io io) {
    auto document = GraphDocument::open(path, MapStore::Access::ReadWrite);
    if (!document) {
        dataError(io, document.error());
        return nullptr;
    }
    return std::move(document).value();
}

QJsonObject nodeJson(const GraphDocument& document, const NodeData& node) {
    return nodeJson(document.info().defaultLanguage, node);
}

QJsonObject nodeJson(Language language, const NodeData& node) {
    QJsonObject labels;
    labels.insert(QStringLiteral("en"), textOrNull(node.labels.en));
    labels.insert(QStringLiteral("ja"), textOrNull(node.labels.ja));
    labels.insert(QStringLiteral("zh"), textOrNull(node.labels.zh));
    QJsonObject object;
    object.insert(QStringLiteral("id"), node.id.value);
    object.insert(QStringLiteral("type"), node.type);
    object.insert(QStringLiteral("label"), node.labels.display(language));
    object.insert(QStringLiteral("labels"), labels);
    object.insert(QStringLiteral("description"), textOrNull(node.description));
    object.insert(QStringLiteral("properties"), propertiesJson(node.properties));
    object.insert(QStringLiteral("valid_from"), textOrNull(node.validFrom));
    object.insert(QStringLiteral("valid_to"), textOrNull(node.validTo));
    object.insert(QStringLiteral("x"),
                  node.position ? QJsonValue(node.position->x()) : QJsonValue());
    object.insert(QStringLiteral("y"),
                  node.position ? QJsonValue(node.position->y()) : QJsonValue());
    return object;
}

QJsonObject edgeJson(const EdgeData& edge) {
    QJsonObject object;
    object.insert(QStringLiteral("id"), edge.id.value);
    object.insert(QStringLiteral("relation"), edge.relation);
    object.insert(QStringLiteral("type"), edge.relation);
    object.insert(QStringLiteral("source"), edge.source.value);
    object.insert(QStringLiteral("target"), edge.target.value);
    object.insert(QStringLiteral("label"), textOrNull(edge.label));
    object.insert(QStringLiteral("properties"), propertiesJson(edge.properties));
    object.insert(QStringLiteral("valid_from"), textOrNull(edge.validFrom));
    object.insert(QStringLiteral("valid_to"), textOrNull(edge.validTo));
    object.insert(QStringLiteral("confidence"),
                  edge.confidence ? QJsonValue(*edge.confidence) : QJsonValue());
    return object;
}

void printJsonLine(Io io, const QJsonObject& object) {
    io.out << QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact)) << "\n";
}

} // namespace kizuna::cli
