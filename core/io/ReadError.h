#pragma once
// Thrown inside importers; the reader entry points turn it into an Error naming the file.

#include <QString>

namespace kizuna {

struct ReadError {
    QString message; // "line 12, column 5: ..." or "nodes[3]: ..."
};

// Finds the first byte that is not valid UTF-8; -1 if all is valid.
qsizetype firstInvalidUtf8(const QByteArray& data);
// "line L, column C" of a byte offset (columns count characters).
QString lineAndColumnOf(const QByteArray& data, qsizetype offset);

} // namespace kizuna
