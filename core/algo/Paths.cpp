#include "algo/Paths.h"

#include "algo/GraphSnapshot.h"

#include <deque>
#include <functional>

namespace kizuna {

std::vector<Path> shortestPaths(const KnowledgeGraph& graph, NodeId from, NodeId to,
                                const PathOptions& options) {
    std::vector<Path> paths;
    if (!graph.contains(from) || !graph.contains(to))
        return paths;
    const GraphSnapshot g = GraphSnapshot::of(graph, options.undirected);
    const int source = g.index.at(from), target = g.index.at(to);
    auto passable = [&](int v) {
        if (v == source || v == target)
            return true;
        const NodeData& node = *graph.node(g.ids[size_t(v)]);
        return !options.avoidNodes.count(node.id) && !options.avoidTypes.contains(node.type);
    };
    // BFS from the source, remembering every predecessor on a shortest route.
    std::vector<int> distance(size_t(g.size()), -1);
    std::vector<std::vector<std::pair<int, GraphSnapshot::Arc>>> before(size_t(g.size()));
    std::deque<int> queue{source};
    distance[size_t(source)] = 0;
    while (!queue.empty()) {
        const int v = queue.front();
        queue.pop_front();
        if (v == target)
            continue;
        for (const GraphSnapshot::Arc& arc : g.out[size_t(v)]) {
            if (!passable(arc.to))
                continue;
            if (distance[size_t(arc.to)] < 0) {
                distance[size_t(arc.to)] = distance[size_t(v)] + 1;
                queue.push_back(arc.to);
            }
            if (distance[size_t(arc.to)] == distance[size_t(v)] + 1)
                before[size_t(arc.to)].push_back({v, arc});
        }
    }
    if (distance[size_t(target)] < 0)
        return paths;
    // Walk back from the target through the predecessors, depth-first, up to maxPaths.
    Path reversed;
    std::function<void(int)> walk = [&](int v) {
        if (int(paths.size()) >= options.maxPaths)
            return;
        if (v == source) {
            Path path{PathStep{from, EdgeId(), true}};
            for (auto it = reversed.rbegin(); it != reversed.rend(); ++it)
                path.push_back(*it);
            paths.push_back(path);
            return;
        }
        for (const auto& [previous, arc] : before[size_t(v)]) {
            reversed.push_back({g.ids[size_t(v)], arc.edge, arc.forward});
            walk(previous);
            reversed.pop_back();
        }
    };
    walk(target);
    return paths;
}

std::map<NodeId, int> neighbourhood(const KnowledgeGraph& graph, NodeId centre, int depth) {
    std::map<NodeId, int> result;
    if (!graph.contains(centre))
        return result;
    const GraphSnapshot g = GraphSnapshot::of(graph, true);
    std::vector<int> distance(size_t(g.size()), -1);
    std::deque<int> queue{g.index.at(centre)};
    distance[size_t(queue.front())] = 0;
    while (!queue.empty()) {
        const int v = queue.front();
        queue.pop_front();
        result[g.ids[size_t(v)]] = distance[size_t(v)];
        if (distance[size_t(v)] == depth)
            continue;
        for (const GraphSnapshot::Arc& arc : g.out[size_t(v)])
            if (distance[size_t(arc.to)] < 0) {
                distance[size_t(arc.to)] = distance[size_t(v)] + 1;
                queue.push_back(arc.to);
            }
    }
    return result;
}

} // namespace kizuna
