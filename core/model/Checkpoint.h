#pragma once
// A named point in a map's change log ("October brief"): what "changes since" compares against.

#include <QString>

namespace kizuna {

struct Checkpoint {
    QString name;
    qint64 seq = 0; // the last change-log record it includes
    QString time;   // UTC, ISO 8601 with milliseconds
    QString author;
    bool operator==(const Checkpoint&) const = default;
};

} // namespace kizuna
