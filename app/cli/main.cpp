// kizuna-cli: the headless tool. `kizuna-cli COMMAND FILE [ARGS…] [--json]`; see README.
#include "cli/Commands.h"
#include "cli/TerminalOutput.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <functional>
#include <map>
#include <memory>

using namespace kizuna::cli;

// Painting (diagram export) needs a QGuiApplication; it runs on the offscreen platform, so the
// CLI never needs a display. Everything else runs on QCoreApplication.
bool paints(int argc, char* argv[]) {
    QStringList args;
    for (int i = 1; i < argc; ++i) {
        const QByteArray arg(argv[i]);
        if (arg == "--author")
            ++i; // and its value
        else if (!arg.startsWith("--author="))
            args << QString::fromLocal8Bit(arg);
    }
    if (args.size() < 3 || args.takeFirst() != QLatin1String("export"))
        return false;
    QString format;
    QStringList positional;
    for (int i = 0; i < args.size(); ++i) {
        if (args[i] == QLatin1String("--format") && i + 1 < args.size())
            format = args[++i];
        else if (args[i].startsWith(QLatin1String("--format=")))
            format = args[i].mid(9);
        else if (!args[i].startsWith(QLatin1String("--")))
            positional << args[i];
    }
    return positional.size() >= 2 && isDiagramPath(positional.at(1), format);
}

// Qt's note that XDG_RUNTIME_DIR is unset (usual for root and in CI) is not the user's concern.
void quietMessages(QtMsgType type, const QMessageLogContext& context, const QString& message) {
    if (message.startsWith(QLatin1String("QStandardPaths: XDG_RUNTIME_DIR")))
        return;
    qt_message_output(type, context, message);
}

int main(int argc, char* argv[]) {
    // A fixed hash seed keeps Qt's internal ordering (fonts in a PDF) the same from run to run:
    // the same map and options export to the same bytes.
    qputenv("QT_HASH_SEED", "0");
    qInstallMessageHandler(quietMessages);
    std::unique_ptr<QCoreApplication> application;
    if (paints(argc, argv)) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
        application = std::make_unique<QGuiApplication>(argc, argv);
    } else {
        application = std::make_unique<QCoreApplication>(argc, argv);
    }
    QCoreApplication& app = *application;
    QCoreApplication::setApplicationName(QStringLiteral("kizuna-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(KIZUNA_VERSION));
    TerminalOutput outDevice(stdout), errDevice(stderr); // no raw control characters
    QTextStream out(&outDevice), err(&errDevice);
    Io io{out, err};

    QStringList args = app.arguments().mid(1);
    // --author NAME applies to every command: it names who made the edits in the change log.
    for (qsizetype i = 0; i < args.size(); ++i) {
        if (args[i] == QLatin1String("--author") ||
            args[i].startsWith(QLatin1String("--author="))) {
            const bool joined = args[i].contains(QLatin1Char('='));
            if (!joined && i + 1 >= args.size())
                return usageError(io, QStringLiteral("--author"), QStringLiteral("needs a name"));
            const QString name = joined ? args[i].section(QLatin1Char('='), 1) : args[i + 1];
            if (name.trimmed().isEmpty())
                return usageError(io, QStringLiteral("--author"), QStringLiteral("needs a name"));
            qputenv("KIZUNA_AUTHOR", name.trimmed().toUtf8());
            args.remove(i, joined ? 1 : 2);
            break;
        }
    }
    if (args.isEmpty())
        return usageError(io, QStringLiteral(""), QStringLiteral("no command given"));
    const QString command = args.takeFirst();
    if (command == QLatin1String("--help") || command == QLatin1String("-h") ||
        (command == QLatin1String("help") && args.isEmpty())) {
        out << usageText();
        return Success;
    }
    if (command == QLatin1String("--version")) {
        out << "kizuna-cli " << KIZUNA_VERSION << "\n";
        return Success;
    }
    const std::map<QString, std::function<int(const QStringList&, Io)>> commands = {
        {QStringLiteral("init"), runInit},
        {QStringLiteral("stats"), runStats},
        {QStringLiteral("list"), runList},
        {QStringLiteral("add-node"), runAddNode},
        {QStringLiteral("add-edge"), runAddEdge},
        {QStringLiteral("set"), runSet},
        {QStringLiteral("delete"), runDelete},
        {QStringLiteral("merge"), runMerge},
        {QStringLiteral("import"), runImport},
        {QStringLiteral("export"), runExport},
        {QStringLiteral("views"), runViews},
        {QStringLiteral("search"), runSearch},
        {QStringLiteral("path"), runPath},
        {QStringLiteral("neighbors"), runNeighbors},
        {QStringLiteral("metrics"), runMetrics},
        {QStringLiteral("layout"), runLayout},
        {QStringLiteral("history"), runHistory},
        {QStringLiteral("check"), runCheck},
        {QStringLiteral("checkpoint"), runCheckpoint},
        {QStringLiteral("revert"), runRevert},
        {QStringLiteral("diff"), runDiff},
    };
    if (command == QLatin1String("help")) { // help COMMAND: the same as COMMAND --help
        const auto it = commands.find(args.first());
        if (it == commands.end())
            return usageError(io, args.first(), QStringLiteral("unknown command"));
        it->second({QStringLiteral("--help")}, io);
        return Success;
    }
    const auto it = commands.find(command);
    if (it == commands.end())
        return usageError(io, command, QStringLiteral("unknown command"));
    const int code = it->second(args, io);
    return helpShown() ? Success : code;
}
