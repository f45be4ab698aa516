#pragma once
// Multilevel force-directed layout for big graphs (the scheme of Walshaw's and Hu's multilevel
// layouts): the graph is coarsened again and again by merging neighbouring nodes into clusters,
// the smallest graph is laid out in full, and each finer graph starts from its clusters'
// places and needs only a few iterations to settle. The global shape comes from the coarse
// levels, where a few hundred iterations are cheap, instead of from hundreds of iterations over
// every node.

#include "layout/BarnesHut.h"
#include "model/Progress.h"

#include <optional>
#include <utility>
#include <vector>

namespace kizuna::layout {

struct MultilevelOptions {
    double edgeLength = 140.0; // ideal distance between linked nodes
    int coarsestIterations = 300;
    quint32 seed = 1;
};

// Positions for nodes 0..n-1 linked by `links` (self-links ignored). `start` (empty: none) is
// where the nodes are now: the clusters then start at their members' centre instead of at
// random. Nothing when cancelled through `progress`.
std::optional<std::vector<Vec>> multilevelLayout(size_t n,
                                                 const std::vector<std::pair<int, int>>& links,
                                                 const std::vector<Vec>& start,
                                                 const MultilevelOptions& options,
                                                 const ProgressCallback& progress = {});

// How many times a graph of n nodes and these links is coarsened (for tests and the benchmark).
size_t multilevelDepth(size_t n, const std::vector<std::pair<int, int>>& links);

} // namespace kizuna::layout
