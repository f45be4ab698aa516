#pragma once
// "What changed since the October brief": the net change of every node and relation between a
// point in the change log (a checkpoint, a date) and the map as it is now, field by field, with
// who changed it and when. Built from the journal records in between; a change undone later is
// no change. Positions are left out: moving a node is layout, not a change of the facts.

#include "history/ChangeSummary.h"
#include "model/JournalRecord.h"
#include "model/Result.h"

namespace kizuna {

class GraphDocument;

struct Baseline {
    qint64 seq = 0;      // changes after this change-log record count
    QString description; // "checkpoint \"October brief\" (2026-11-01 09:30)", "2026-11-01"
};

// A checkpoint's name, or a UTC date or time (2026-11-01, 2026-11-01T09:30): the last record
// before it. A name that is neither says which checkpoints there are.
Result<Baseline> resolveBaseline(const GraphDocument& document, const QString& text);

// Net changes from after record `baseline.seq` to the document's state in memory (records the
// document has not caught up with yet are left out).
Result<MapChanges> changesSince(const GraphDocument& document, const Baseline& baseline);

// What one change-log record did (needs its operations): insertions, updates field by field
// (positions included: a move is what that record did), deletions; ghosts for elements that are
// not in the map now. A summarised record gives ids only.
MapChanges changesOfRecord(const GraphDocument& document, const JournalRecord& record);

} // namespace kizuna
