#pragma once
// Files written whole or not at all: each goes to a temporary file next to it (QSaveFile,
// unbuffered, so a failed write is seen at once) and replaces the old one only when every file
// of the set was written completely. The error names the file and gives the system's reason
// ("No space left on device", "File too large").

#include "model/Result.h"

#include <QByteArray>
#include <QIODevice>
#include <QString>
#include <functional>
#include <utility>
#include <vector>

namespace kizuna {

Status writeFilesAtomically(const std::vector<std::pair<QString, QByteArray>>& files);
// One file written as it is made (a big export streams into it): `write` writes to the
// temporary file; the file replaces the old one only when `write` succeeded and all of it was
// written.
Status writeFileStreamed(const QString& path, const std::function<Status(QIODevice&)>& write);

} // namespace kizuna
