#pragma once
// Creating whole map files: an empty map with the default schema, or the bundled US–China AI map.
// Files are written under a temporary name and renamed into place, so no half-written map exists.

#include "model/MapContents.h"
#include "model/Result.h"

namespace kizuna {

Result<MapContents> defaultSchemaContents();
Result<MapContents> bundledMapContents();

// Writes `contents` as a new map at `path`, placing nodes that have no position. Refuses an
// existing file unless `overwrite`. An empty info.name becomes the file's base name.
Status writeNewMap(const QString& path, MapContents contents, bool overwrite);

} // namespace kizuna
