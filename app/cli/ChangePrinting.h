#pragma once
// Prints a MapChanges ("changes since", "diff") for people (one block per element) or scripts
// (JSON Lines, one object per change).

#include "cli/CliSupport.h"
#include "history/ChangeSummary.h"

namespace kizuna::cli {

// `heading` starts the first line ("Changes since checkpoint \"October brief\"").
void printChanges(Io io, const QString& heading, const MapChanges& changes, bool json);

} // namespace kizuna::cli
