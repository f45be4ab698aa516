#pragma once
// Brings a change set up to date with the map as it is now (after catching up with other
// programs), so an edit never writes back a stale copy:
// - each update keeps only the fields it really changes, on top of the current value; a field
//   another program changed since `before` was read is a conflict, named in the error;
// - removals of things already removed and insertions already there are dropped;
// - provisional ids of new things that another program has taken meanwhile are replaced by fresh
//   ones, in every reference.

#include "document/ChangeSet.h"
#include "document/GraphDocument.h"
#include "model/Result.h"

#include <functional>

namespace kizuna {

enum class IdKind { Element = 0, Source = 1, Citation = 2, Annotation = 3, View = 4 };

struct RebaseContext {
    const GraphDocument& document; // memory, caught up with the file
    const GraphDocument::ProvisionalIds& provisional;
    MapStore::LastIds fileLast;             // the highest ids in the file now
    std::function<qint64(IdKind)> allocate; // a fresh id above every id handed out
};

Result<ChangeSet> rebase(const ChangeSet& change, const RebaseContext& context);
// True when rebase() would return `change` unchanged (every `before` is what memory holds, no
// insertion's id is taken): the common case, checked without copying a big change set.
bool isCurrent(const ChangeSet& change, const RebaseContext& context);

} // namespace kizuna
