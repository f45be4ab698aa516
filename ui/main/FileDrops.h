#pragma once
// What a file dropped on the window (or given to a running Kizuna) means: a map to open, a file
// to import into the open map, or neither.

#include <QList>
#include <QString>

class QMimeData;

namespace kizuna {

enum class FileAction { OpenMap, Import, Refuse };

// A *.kizuna file opens; a file with an importer's extension (.csv, .graphml, .gexf, .dot, .gv,
// .cyjs, and .json or .xml whose content one reads) imports; anything else is refused.
FileAction fileActionFor(const QString& path);

// The first local file in a drag that Kizuna can open or import, else empty.
QString droppableFile(const QMimeData& data);

} // namespace kizuna
