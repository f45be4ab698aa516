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

// `kizuna-cli help`: every command with its arguments.
QString usageText();
// `command`'s entry of usageText() as --help prints it: "Usage: kizuna-cli COMMAND …" (and
// "or: …" for export's second form), then what it does; empty for an unknown command.
QString commandUsage(const QString& command);

// Parses `args` (the command's own arguments, without program and command names).
// Returns false after printing a usage error naming the command, or after printing the
// command's usage and options for --help (-h): then helpShown() is true and kizuna-cli exits 0.
bool parseArguments(QCommandLineParser& parser, const QString& command, const QStringList& args,
                    Io io, int minPositional, int maxPositional);
bool helpShown();
int usageError(Io io, const QString& command, const QString& message);
int dataError(Io io, const QString& message);

// Opens a map for reading only: read-only commands never modify the file.
std::unique_ptr<GraphDocument> openForReading(const QString& path, Io io);
// Opens a map for editing (migrating an older map first).
std::unique_ptr<GraphDocument> openForEditing(const QString& path, Io io);

// A text field of a tab-separated line on a terminal: control characters (C0, DEL, C1) shown as
// visible markers (ESC as ␛, BEL as ␇; C1 as U+FFFD; io/ExportText.h), so that a label cannot
// drive the terminal; tabs and line breaks, which would break the record, as spaces.
QString terminalField(const QString& text);
// Prints export warnings on stderr, `export: WARNING` (at most 50, then how many more).
void printExportWarnings(Io io, const QStringList& warnings);

// A text field in JSON: the text, or null when it is empty.
QJsonValue textOrNull(const QString& text);
QJsonObject nodeJson(const GraphDocument& document, const NodeData& node);
// The same with the display label in `language` (answers read without loading the map).
QJsonObject nodeJson(Language language, const NodeData& node);
QJsonObject edgeJson(const EdgeData& edge);
void printJsonLine(Io io, const QJsonObject& object);

} // namespace kizuna::cli
