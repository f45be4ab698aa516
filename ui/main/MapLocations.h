#pragma once
// Where the desktop app keeps the user's copy of the bundled map.

#include "model/Result.h"

#include <QString>

namespace kizuna {

// The user's copy of the bundled US–China AI map, in the user's data folder.
QString userBundledMapPath();
// Makes sure the user's copy exists (written from the bundled map on first start; the shipped
// original is never edited) and returns its path.
Result<QString> ensureUserBundledMap();

} // namespace kizuna
