#pragma once
// Shared plumbing of kizuna-cli commands: exit codes, output streams, argument parsing, JSON
// records. Exit status: 0 success, 1 data or file error, 2 usage error (a contract for scripts).

#include "document/GraphDocument.h"

#include <QCommandLineParser>
#include <QJsonObject>
#include <QStringList>
#include <QTextStream>

namespace kizuna::cli {

enum ExitCode { Success = 0, DataError = 1, UsageError = 2 };

struct Io {
    QTextStream& out;
    QTextStream& err;
};

// Parses `args` (the command's own arguments, without program and command names).
// Returns false after printing a usage error naming the command.
bool parseArguments(QCommandLineParser& parser, const QString& command, const QStringList& args,
                    Io io, int minPositional, int maxPositional);
int usageError(Io io, const QString& command, const QString& message);
int dataError(Io io, const QString& message);

// Opens a map for reading only: read-only commands never modify the file.
std::unique_ptr<GraphDocument> openForReading(const QString& path, Io io);
// Opens a map for editing (migrating an older map first).
std::unique_ptr<GraphDocument> openForEditing(const QString& path, Io io);

// A text field in JSON: the text, or null when it is empty.
QJsonValue textOrNull(const QString& text);
QJsonObject nodeJson(const GraphDocument& document, const NodeData& node);
QJsonObject edgeJson(const EdgeData& edge);
void printJsonLine(Io io, const QJsonObject& object);

} // namespace kizuna::cli
