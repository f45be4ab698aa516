#pragma once
// One record of a map's change log: a committed change set, who made it, when, with which
// command, which ids it touched and (unless summarised) every operation with before/after values.

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <vector>

namespace kizuna {

// The ids one change set touched, by kind. Types and map information have no ids: flags.
struct TouchedIds {
    std::vector<qint64> nodes, edges, sources, citations, annotations, views;
    bool schema = false;
    bool info = false;
    size_t count() const {
        return nodes.size() + edges.size() + sources.size() + citations.size() +
               annotations.size() + views.size();
    }
};

struct JournalRecord {
    qint64 seq = 0;            // 1, 2, 3 ... in commit order
    QString time;              // UTC, ISO 8601 with milliseconds
    QString author;            // OS user name unless overridden
    QString program;           // "kizuna", "kizuna-cli" ...
    QString command;           // what was done ("Move 3 nodes", "Import people.csv")
    TouchedIds ids;            // everything the change touched
    TouchedIds added, removed; // of those, what it inserted and what it deleted (format 6 on)
    QByteArray operations;     // JSON array of {kind, id, before, after}; empty when summarised
    QString summary;           // for summarised (bulk) records: counts of what was done
    QStringList fields;        // for summarised records: the fields its updates changed
};

} // namespace kizuna
