#pragma once
// "Revert this change": a new change set that takes back what one change-log record did, on the
// map as it is now. Each field goes back only where it still holds the value the record wrote;
// where a later change altered it (or deleted the element), the revert is refused with a message
// naming the element and field, so nothing later is silently undone.

#include "document/ChangeSet.h"
#include "model/JournalRecord.h"
#include "model/Result.h"

namespace kizuna {

class GraphDocument;

// Needs the record with its operations (GraphDocument::journal(..., withOperations = true)).
Result<ChangeSet> revertChange(const GraphDocument& document, const JournalRecord& record);

// The record with sequence number `seq`, with its operations.
Result<JournalRecord> journalRecord(const GraphDocument& document, qint64 seq);

} // namespace kizuna
