#pragma once
// Everything a map holds, as plain values: what the store loads and what importers produce.

#include "model/Elements.h"
#include "model/Schema.h"

#include <vector>

namespace kizuna {

struct MapContents {
    MapInfo info;
    Schema schema;
    std::vector<NodeData> nodes;
    std::vector<EdgeData> edges;
    std::vector<Source> sources;
    std::vector<Citation> citations;
    std::vector<Annotation> annotations;
    std::vector<SavedView> views;
    qint64 lastElementId = 0; // highest element id ever given out in the file (ids are not reused)
    qint64 journalSeq = 0;    // the last change-log record this state includes
};

} // namespace kizuna
