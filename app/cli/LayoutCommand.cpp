// kizuna-cli layout: lays the map (or some nodes) out again with one of core/layout's
// algorithms and saves the new positions as one edit, as the app's Layout menu does.
#include "cli/Commands.h"

#include "document/Edits.h"
#include "document/NodeLookup.h"
#include "layout/Layouts.h"

#include <cstdio>
#include <unistd.h>

namespace kizuna::cli {

int runLayout(const QStringList& args, Io io) {
    QCommandLineParser parser;
    const QCommandLineOption algorithm(
        QStringLiteral("algorithm"),
        QStringLiteral("force, circular, layered, radial or grid (default force)."),
        QStringLiteral("NAME"), QStringLiteral("force"));
    const QCommandLineOption centre(QStringLiteral("centre"),
                                    QStringLiteral("radial: the node in the middle."),
                                    QStringLiteral("NODE"));
    const QCommandLineOption pin(QStringLiteral("pin"),
                                 QStringLiteral("force: a node that stays put (repeatable)."),
                                 QStringLiteral("NODE"));
    const QCommandLineOption only(QStringLiteral("only"),
                                  QStringLiteral("Lay out only these nodes (repeatable)."),
                                  QStringLiteral("NODE"));
    const QCommandLineOption spacing(QStringLiteral("spacing"),
                                     QStringLiteral("Distance between neighbours (default 140)."),
                                     QStringLiteral("N"), QStringLiteral("140"));
    parser.addOptions({algorithm, centre, pin, only, spacing});
    if (!parseArguments(parser, QStringLiteral("layout"), args, io, 1, 1))
        return UsageError;
    const auto chosen = layoutFromKey(parser.value(algorithm));
    if (!chosen)
        return usageError(io, QStringLiteral("layout"),
                          QStringLiteral("--algorithm must be force, circular, layered, radial or "
                                         "grid, not \"%1\"")
                              .arg(parser.value(algorithm)));
    bool ok = false;
    LayoutOptions options;
    options.spacing = parser.value(spacing).toDouble(&ok);
    if (!ok || options.spacing <= 0)
        return usageError(io, QStringLiteral("layout"),
                          QStringLiteral("--spacing must be a positive number"));
    auto document = openForEditing(parser.positionalArguments().at(0), io);
    if (!document)
        return DataError;
    options.language = document->info().defaultLanguage;
    auto lookUp = [&](const QString& option, const QString& text) -> std::optional<NodeId> {
        auto node = findNode(*document, text);
        if (!node) {
            dataError(io, QStringLiteral("--%1: %2").arg(option, node.error()));
            return std::nullopt;
        }
        return node.value();
    };
    if (parser.isSet(centre)) {
        const auto node = lookUp(QStringLiteral("centre"), parser.value(centre));
        if (!node)
            return DataError;
        options.centre = *node;
    }
    for (const QString& text : parser.values(pin)) {
        const auto node = lookUp(QStringLiteral("pin"), text);
        if (!node)
            return DataError;
        options.pinned.insert(*node);
    }
    for (const QString& text : parser.values(only)) {
        const auto node = lookUp(QStringLiteral("only"), text);
        if (!node)
            return DataError;
        options.nodes.insert(*node);
    }
    // A big map's layout takes a while: on a terminal, say how far it is (Ctrl+C stops it, and
    // nothing is written until it is done).
    int shown = -5; // the last percentage shown, in steps of 5
    const bool terminal = isatty(fileno(stderr));
    auto progress = [&](qint64 done, qint64 total) {
        const int percent = total > 0 ? int(done * 100 / total) : 100;
        if (terminal && percent / 5 != shown / 5) {
            shown = percent;
            // Straight to stderr: the sanitising stream would show the carriage return.
            std::fprintf(stderr, "\rlaying out: %3d %%", percent);
            std::fflush(stderr);
        }
        return true;
    };
    auto positions = computeLayout(document->graph(), *chosen, options, progress);
    if (terminal && shown >= 0) // clear the line
        std::fprintf(stderr, "\r%20s\r", "");
    if (!positions)
        return dataError(io, positions.error());
    const auto moves = inIdOrder(positions.value());
    ChangeSet change = moveNodesChange(*document, moves);
    change.description = QStringLiteral("Layout: %1").arg(layoutKey(*chosen));
    if (Status status = document->apply(change); !status)
        return dataError(io, status.error());
    io.out << "laid out " << moves.size() << " nodes (" << layoutKey(*chosen) << ")\n";
    return Success;
}

} // namespace kizuna::cli
