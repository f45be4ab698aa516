#pragma once
// Where the desktop app keeps the user's copy of the bundled map.

#include "model/Result.h"

#include <QString>

class QSettings;

namespace kizuna {

// The user's copy of the bundled US–China AI map, in the user's data folder.
QString userBundledMapPath();
// Makes sure the user's copy exists (written from the bundled map on first start; the shipped
// original is never edited) and returns its path.
Result<QString> ensureUserBundledMap();

// The map the app opens when it starts: the file given on the command line (made absolute),
// else the map open when it last closed, else the user's copy of the bundled map.
Result<QString> mapToOpenAtStart(const QString& argument, QSettings& settings);

} // namespace kizuna
