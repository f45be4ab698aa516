#pragma once
// Reading and writing whole files for the importers and exporters: reads check UTF-8 (and say
// where it breaks); writes are atomic (QSaveFile), so a failed export leaves no half-written file.

#include "model/Result.h"

#include <QByteArray>
#include <QString>

namespace kizuna {

// Limits for every import (README, Interchange formats, Limits): a file is read up to
// maxImportBytes() and no further (a stream such as /dev/zero too), so a hostile file meets a
// clear error before it can exhaust memory.
constexpr qint64 kDefaultMaxImportBytes = qint64(2) << 30; // 2 GiB
// Nodes and edges one file may make (where a few bytes can make many: DOT's {a b} -> {c d}).
constexpr qint64 kDefaultMaxImportElements = 5'000'000;
// KIZUNA_MAX_IMPORT_BYTES (bytes, or with K, M, G or T: 512M, 4G), else the default. Throws
// ReadError when the variable is set but not a size.
qint64 maxImportBytes();
// KIZUNA_MAX_IMPORT_ELEMENTS (a count), else the default. Throws ReadError when it is not one.
qint64 maxImportElements();
QString groupedNumber(qint64 value); // 1234567 -> "1,234,567", for limits in messages

// Throws ReadError naming the file (cannot open, larger than maxImportBytes(), not UTF-8 or a NUL
// byte with line and column). Stops at the first such problem: /dev/zero fails at once.
QByteArray readTextFile(const QString& path);
Status writeTextFile(const QString& path, const QByteArray& data);

} // namespace kizuna
