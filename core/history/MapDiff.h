#pragma once
// Comparing two maps (a colleague's copy with one's own): elements are matched by id where the
// id means the same in both (given out before the copies parted, as their change logs show; a
// later id only with a label in common, since both copies count on from the same number), then
// nodes by type and label in any language (NFKC, case-insensitive) and relations by their matched
// ends and relation type. The result is a MapChanges from `ours` to `theirs`
// (added: only theirs has it), and selected changes can be applied to ours as one edit.

#include "document/ChangeSet.h"
#include "history/ChangeSummary.h"
#include "model/Progress.h"
#include "model/Result.h"

#include <QLineF>
#include <QPointF>
#include <map>

namespace kizuna {

class GraphDocument;

struct MapDiff {
    MapChanges changes;
    std::map<qint64, qint64> nodeOursToTheirs, nodeTheirsToOurs;
    std::map<qint64, qint64> edgeOursToTheirs, edgeTheirsToOurs;
    // Where a node only theirs has goes on our canvas (their position when the two layouts
    // agree, else beside its matched neighbours).
    std::map<qint64, QPointF> placement; // by their id
    bool cancelled = false;              // the progress callback said stop: the rest is empty
};

// Ghosts of elements only `theirs` has carry negative ids (-their id) so they never collide with
// ours; a ghost relation's ends are our ids where matched, else such negative ids.
// Reports progress by element compared (big maps take seconds) and stops when told to.
MapDiff diffMaps(const GraphDocument& ours, const GraphDocument& theirs, const QString& theirName,
                 const ProgressCallback& progress = {});

// One change set that gives `ours` the selected changes (ElementChange::key(); "all" for every
// one). A relation only theirs has brings its unmatched ends along.
Result<ChangeSet> applyDiffChange(GraphDocument& ours, const GraphDocument& theirs,
                                  const MapDiff& diff, const QStringList& keys);

} // namespace kizuna
