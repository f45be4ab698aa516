#include "cli/Commands.h"

#include "model/ViewSettings.h"

#include <QJsonArray>

namespace kizuna::cli {

// kizuna-cli views FILE [--json]: the saved views, one per line.
int runViews(const QStringList& args, Io io) {
    QCommandLineParser parser;
    const QCommandLineOption json(QStringLiteral("json"), QStringLiteral("Print JSON Lines."));
    parser.addOption(json);
    if (!parseArguments(parser, QStringLiteral("views"), args, io, 1, 1))
        return UsageError;
    auto document = openForReading(parser.positionalArguments().at(0), io);
    if (!document)
        return DataError;
    for (const auto& [id, view] : document->views()) {
        if (parser.isSet(json)) {
            // The stored settings (filter, timeline, styling) minus the own layout, which can be
            // as long as the map; its size is given instead.
            QJsonObject object = viewSettingsJson(view);
            object.remove(QStringLiteral("positions"));
            object.insert(QStringLiteral("id"), id.value);
            object.insert(QStringLiteral("name"), view.name);
            object.insert(QStringLiteral("x"), view.centre.x());
            object.insert(QStringLiteral("y"), view.centre.y());
            object.insert(QStringLiteral("own_layout"), qint64(view.positions.size()));
            printJsonLine(io, object);
            continue;
        }
        io.out << id.value << '\t' << view.name << '\t'
               << (view.shown.empty() ? QStringLiteral("all") : QString::number(view.shown.size()))
               << '\t'
               << (view.filter.isEmpty() ? QStringLiteral("unfiltered")
                                         : QStringLiteral("filtered"))
               << '\n';
    }
    return Success;
}

} // namespace kizuna::cli
