#include "cli/Commands.h"

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
            QJsonArray shown;
            for (qint64 element : view.shown)
                shown.append(element);
            printJsonLine(io,
                          QJsonObject{{QStringLiteral("id"), id.value},
                                      {QStringLiteral("name"), view.name},
                                      {QStringLiteral("shown"), shown},
                                      {QStringLiteral("x"), view.centre.x()},
                                      {QStringLiteral("y"), view.centre.y()},
                                      {QStringLiteral("zoom"), view.zoom},
                                      {QStringLiteral("language"), languageKey(view.language)}});
            continue;
        }
        io.out << id.value << '\t' << view.name << '\t'
               << (view.shown.empty() ? QStringLiteral("all") : QString::number(view.shown.size()))
               << '\n';
    }
    return Success;
}

} // namespace kizuna::cli
