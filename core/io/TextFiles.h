#pragma once
// Reading and writing whole files for the importers and exporters: reads check UTF-8 (and say
// where it breaks); writes are atomic (QSaveFile), so a failed export leaves no half-written file.

#include "model/Result.h"

#include <QByteArray>
#include <QString>

namespace kizuna {

// Throws ReadError naming the file (cannot open, not UTF-8 with line and column).
QByteArray readTextFile(const QString& path);
Status writeTextFile(const QString& path, const QByteArray& data);

} // namespace kizuna
