#include "cli/Commands.h"

#include "io/MapFiles.h"

namespace kizuna::cli {

int runInit(const QStringList& args, Io io) {
    QCommandLineParser parser;
    const QCommandLineOption bundled(
        QStringLiteral("bundled"), QStringLiteral("Write a copy of the bundled US–China AI map."));
    const QCommandLineOption force(QStringLiteral("force"),
                                   QStringLiteral("Replace an existing file."));
    const QCommandLineOption name(QStringLiteral("name"), QStringLiteral("The map's name."),
                                  QStringLiteral("NAME"));
    parser.addOptions({bundled, force, name});
    if (!parseArguments(parser, QStringLiteral("init"), args, io, 1, 1))
        return UsageError;
    const QString path = parser.positionalArguments().at(0);

    auto contents = parser.isSet(bundled) ? bundledMapContents() : defaultSchemaContents();
    if (!contents)
        return dataError(io, contents.error());
    if (parser.isSet(name))
        contents.value().info.name = parser.value(name);
    if (Status status = writeNewMap(path, std::move(contents).value(), parser.isSet(force));
        !status)
        return dataError(io, status.error());
    return Success;
}

} // namespace kizuna::cli
