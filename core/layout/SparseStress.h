#pragma once
// Sparse stress refinement of a force layout: nodes are moved so that their drawn distances
// follow their distances in hops (the measure readers judge a drawing of a network by), after
// Ortmann, Klimenta and Brandes' sparse stress model. Each node keeps exact terms for its
// neighbours and approximate ones for a few pivots, each pivot standing for the nodes closest to
// it, so an iteration costs (links + pivots) per node instead of n.

#include "layout/BarnesHut.h"

#include <functional>
#include <vector>

namespace kizuna::layout {

struct Adjacency {
    const std::vector<int>& first; // node i's neighbours: other[first[i] .. first[i + 1])
    const std::vector<int>& other;
};

struct StressOptions {
    int pivots = 100; // at most: fewer on huge graphs (a byte per node each, 32 MB in all)
    int iterations = 12;
    double neighbourWeight = 1.0; // a neighbour's term against a pivot's (1 in the paper)
    unsigned seed = 1;
};

// Refines `pos` in place. The drawing keeps its size: one hop is drawn as long as the start
// draws it on average (forces spread a network out, and its names need that room).
// `tick(iteration)` false cancels (pos is then left part way, still a valid layout); returns false
// when cancelled.
bool refineSparseStress(const Adjacency& graph, std::vector<Vec>& pos, const StressOptions& options,
                        const std::function<bool(int)>& tick);

} // namespace kizuna::layout
