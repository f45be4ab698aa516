#pragma once
// One function per kizuna-cli command: parse its arguments, call core, print. Returns the exit
// code.

#include "cli/CliSupport.h"

namespace kizuna::cli {

int runInit(const QStringList& args, Io io);
int runStats(const QStringList& args, Io io);
int runList(const QStringList& args, Io io);
int runAddNode(const QStringList& args, Io io);
int runAddEdge(const QStringList& args, Io io);
int runSet(const QStringList& args, Io io);
int runDelete(const QStringList& args, Io io);
int runMerge(const QStringList& args, Io io);
int runImport(const QStringList& args, Io io);
int runExport(const QStringList& args, Io io);
int runViews(const QStringList& args, Io io);
int runSearch(const QStringList& args, Io io);
int runPath(const QStringList& args, Io io);
int runNeighbors(const QStringList& args, Io io);
int runMetrics(const QStringList& args, Io io);
int runLayout(const QStringList& args, Io io);
int runHistory(const QStringList& args, Io io);
int runCheck(const QStringList& args, Io io);
int runCheckpoint(const QStringList& args, Io io);
int runRevert(const QStringList& args, Io io);
int runDiff(const QStringList& args, Io io);
// Diagram export (svg, pdf, png); needs a QGuiApplication.
bool isDiagramPath(const QString& path, const QString& format);
int runExportDiagram(const QStringList& args, Io io);

} // namespace kizuna::cli
