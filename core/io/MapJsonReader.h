#pragma once
// Reads Kizuna's own JSON map format ("format": "kizuna-map") into MapContents. Ids in the file
// (strings or numbers) become provisional ids that GraphDocument::append replaces.

#include "io/ImportedGraph.h"
#include "model/MapContents.h"
#include "model/Result.h"

#include <QByteArray>
#include <QString>

namespace kizuna {

// `name` is the file name used in error messages.
Result<MapContents> readMapJson(const QByteArray& data, const QString& name);
Result<MapContents> readMapJsonFile(const QString& path);
// The same, with each node's id in the file; numeric ids of a Kizuna export are kept.
Result<ImportedGraph> readMapJsonGraph(const QByteArray& data, const QString& name);
Result<ImportedGraph> readMapJsonGraphFile(const QString& path);

} // namespace kizuna
