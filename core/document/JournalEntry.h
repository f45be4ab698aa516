#pragma once
// The journal record of a committed change set: the ids it touched and each operation with its
// before and after values (only the changed fields of an update). Change sets of more than
// kSummariseAbove operations (imports, layouts of big maps) are summarised: counts and id runs
// only, so the journal stays small.

#include "document/ChangeSet.h"
#include "model/JournalRecord.h"

namespace kizuna {

constexpr size_t kSummariseAbove = 5000;

// Everything but seq, time, author and program.
JournalRecord journalRecordOf(const ChangeSet& change);

} // namespace kizuna
