#pragma once
// The property names in use, for writers that declare them up front (columns, keys, attributes).

#include "model/KnowledgeGraph.h"

#include <set>

namespace kizuna {

struct PropertyKeys {
    std::set<QString> nodes;
    std::set<QString> edges;
};

PropertyKeys propertyKeys(const KnowledgeGraph& graph);

} // namespace kizuna
