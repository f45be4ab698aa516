// kizuna-cli: the headless tool. `kizuna-cli COMMAND FILE [ARGS…] [--json]`; see README.
#include "cli/Commands.h"

#include <QCoreApplication>
#include <functional>
#include <map>

using namespace kizuna::cli;

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
  set FILE ID FIELD VALUE                          set a field (or prop.KEY); an empty VALUE clears it
  delete FILE ID...                                delete nodes (with their edges) and edges
  merge FILE SURVIVOR OTHER... [--prefer survivor|other]   merge nodes into SURVIVOR
  import FILE INPUT [--format F] [--merge-by id|label] [--dry-run] [--edges PATH]
           [--map COLUMN=FIELD]... [--json]      import (FILE is created if missing)
  export FILE OUT [--format F] [--edges PATH]      export as csv, graphml, gexf, dot, cyjs or json
  help                                             this text

Nodes (FROM, TO, SURVIVOR, OTHER, ID) are given by id or by exact label in any language.

Exit status: 0 success, 1 data or file error, 2 usage error.
)";

} // namespace

int main(int argc, char* argv[]) {
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("kizuna-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(KIZUNA_VERSION));
    QTextStream out(stdout), err(stderr);
    Io io{out, err};

    QStringList args = app.arguments().mid(1);
    if (args.isEmpty())
        return usageError(io, QStringLiteral(""), QStringLiteral("no command given"));
    const QString command = args.takeFirst();
    if (command == QLatin1String("help") || command == QLatin1String("--help") ||
        command == QLatin1String("-h")) {
        out << kUsage;
        return Success;
    }
    if (command == QLatin1String("--version")) {
        out << "kizuna-cli " << KIZUNA_VERSION << "\n";
        return Success;
    }
    const std::map<QString, std::function<int(const QStringList&, Io)>> commands = {
        {QStringLiteral("init"), runInit},        {QStringLiteral("stats"), runStats},
        {QStringLiteral("list"), runList},        {QStringLiteral("add-node"), runAddNode},
        {QStringLiteral("add-edge"), runAddEdge}, {QStringLiteral("set"), runSet},
        {QStringLiteral("delete"), runDelete},    {QStringLiteral("merge"), runMerge},
        {QStringLiteral("import"), runImport},    {QStringLiteral("export"), runExport},
    };
    const auto it = commands.find(command);
    if (it == commands.end())
        return usageError(io, command, QStringLiteral("unknown command"));
    return it->second(args, io);
}
