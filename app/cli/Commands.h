#pragma once
// One function per kizuna-cli command: parse its arguments, call core, print. Returns the exit
// code.

#include "cli/CliSupport.h"

namespace kizuna::cli {

int runInit(const QStringList& args, Io io);
int runStats(const QStringList& args, Io io);
int runList(const QStringList& args, Io io);

} // namespace kizuna::cli
