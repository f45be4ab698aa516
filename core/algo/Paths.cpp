#include "algo/Paths.h"

#include <algorithm>
#include <functional>
#include <unordered_map>

namespace kizuna {
namespace {

// One way to leave a node: to `to` over `edge`, walked along its direction or against it.
struct Arc {
    NodeId to;
    EdgeId edge;
    bool forward;
};

// The arcs from `id` in edge id order (stable results whatever the memory order). `outward`:
// along the relations' direction (a forward search); else against it (a search back from the
// target), where `forward` still tells how the final path walks the edge.
std::vector<Arc> arcsOf(const KnowledgeGraph& graph, NodeId id, bool outward, bool undirected) {
    const auto& g = graph.graph();
    const auto v = graph.vertex(id);
    std::vector<Arc> arcs;
    auto add = [&](const EdgeData& edge, bool alongOut) {
        if (edge.source == edge.target)
            return;
        const NodeId other = edge.source == id ? edge.target : edge.source;
        // Leaving `id` along an out-edge walks it forward in a forward search; in a backward
        // search the path arrives at `id` over an in-edge forward.
        arcs.push_back({other, edge.id, alongOut == outward});
    };
    if (outward || undirected)
        for (auto [it, end] = boost::out_edges(v, g); it != end; ++it)
            add(g[*it], true);
    if (!outward || undirected)
        for (auto [it, end] = boost::in_edges(v, g); it != end; ++it)
            add(g[*it], false);
    std::sort(arcs.begin(), arcs.end(), [](const Arc& a, const Arc& b) {
        return a.edge < b.edge || (a.edge == b.edge && a.forward > b.forward);
    });
    return arcs;
}

// One side of a bidirectional breadth-first search: distances from its root and, for each node
// reached, the arcs from the previous layer that reach it.
struct Search {
    NodeId root;
    bool outward;
    std::unordered_map<NodeId, int> distance;
    std::unordered_map<NodeId, std::vector<std::pair<NodeId, Arc>>> via;
    std::vector<NodeId> frontier;
    int depth = 0;
    size_t work = 0; // arcs the next layer would scan, to expand the cheaper side

    Search(const KnowledgeGraph& graph, NodeId from, bool out) : root(from), outward(out) {
        distance[from] = 0;
        frontier = {from};
        work = boost::out_degree(graph.vertex(from), graph.graph()) +
               boost::in_degree(graph.vertex(from), graph.graph());
    }

    // Expands one whole layer; returns the nodes newly reached.
    template <typename Passable>
    void expand(const KnowledgeGraph& graph, bool undirected, Passable passable) {
        std::vector<NodeId> next;
        work = 0;
        for (NodeId v : frontier)
            for (const Arc& arc : arcsOf(graph, v, outward, undirected)) {
                if (!passable(arc.to))
                    continue;
                auto [it, fresh] = distance.emplace(arc.to, depth + 1);
                if (fresh) {
                    next.push_back(arc.to);
                    work += boost::out_degree(graph.vertex(arc.to), graph.graph()) +
                            boost::in_degree(graph.vertex(arc.to), graph.graph());
                }
                if (it->second == depth + 1)
                    via[arc.to].emplace_back(v, arc);
            }
        frontier = std::move(next);
        ++depth;
    }
};

} // namespace

std::vector<Path> shortestPaths(const KnowledgeGraph& graph, NodeId from, NodeId to,
                                const PathOptions& options) {
    std::vector<Path> paths;
    if (!graph.contains(from) || !graph.contains(to))
        return paths;
    if (from == to)
        return {Path{PathStep{from, EdgeId(), true}}};
    auto passable = [&](NodeId id) {
        if (id == from || id == to)
            return true;
        return !options.avoidNodes.count(id) && !options.avoidTypes.contains(graph.node(id)->type);
    };
    // Meet in the middle: grow the cheaper side a layer at a time until the two touch. On maps
    // where everything is a few hops from everything, this visits a small part of the map.
    Search forward(graph, from, true), backward(graph, to, false);
    std::vector<NodeId> meeting;
    int total = -1;
    while (total < 0 && !forward.frontier.empty() && !backward.frontier.empty()) {
        const bool forwardSide = forward.work <= backward.work;
        Search& grown = forwardSide ? forward : backward;
        const Search& other = forwardSide ? backward : forward;
        grown.expand(graph, options.undirected, passable);
        for (NodeId v : grown.frontier)
            if (auto it = other.distance.find(v); it != other.distance.end())
                if (total < 0 || grown.depth + it->second < total)
                    total = grown.depth + it->second;
        if (total < 0)
            continue;
        // Every shortest path crosses the new layer at a node this far from the other end.
        for (NodeId v : grown.frontier)
            if (auto it = other.distance.find(v);
                it != other.distance.end() && grown.depth + it->second == total)
                meeting.push_back(v);
    }
    if (total < 0)
        return paths;
    std::sort(meeting.begin(), meeting.end());

    // Prefixes from the source to a meeting node, suffixes from it to the target.
    Path prefix, suffix;
    std::function<void(NodeId)> backToSource, onToTarget;
    NodeId middle;
    onToTarget = [&](NodeId v) {
        if (int(paths.size()) >= options.maxPaths)
            return;
        if (v == to) {
            Path path{PathStep{from, EdgeId(), true}};
            for (auto it = prefix.rbegin(); it != prefix.rend(); ++it)
                path.push_back(*it);
            path.insert(path.end(), suffix.begin(), suffix.end());
            paths.push_back(std::move(path));
            return;
        }
        for (const auto& [next, arc] : backward.via[v]) {
            suffix.push_back({next, arc.edge, arc.forward});
            onToTarget(next);
            suffix.pop_back();
        }
    };
    backToSource = [&](NodeId v) {
        if (int(paths.size()) >= options.maxPaths)
            return;
        if (v == from) {
            onToTarget(middle);
            return;
        }
        for (const auto& [previous, arc] : forward.via[v]) {
            prefix.push_back({v, arc.edge, arc.forward});
            backToSource(previous);
            prefix.pop_back();
        }
    };
    for (NodeId m : meeting) {
        middle = m;
        backToSource(m);
    }
    return paths;
}

std::vector<Evidence> evidenceOf(const Provenance& provenance, qint64 elementId) {
    std::vector<Evidence> result;
    for (const Citation& citation : provenance.citationsOf(elementId)) {
        Evidence evidence;
        evidence.source = citation.source;
        evidence.excerpt = citation.excerpt.trimmed();
        evidence.locator = citation.locator.trimmed();
        if (const Source* source = provenance.source(citation.source)) {
            evidence.title = source->title;
            evidence.url = source->url;
        }
        result.push_back(std::move(evidence));
    }
    return result;
}

std::vector<PathHop> describePath(const KnowledgeGraph& graph, const Provenance& provenance,
                                  const Path& path) {
    std::vector<PathHop> hops;
    for (size_t i = 1; i < path.size(); ++i) {
        PathHop hop;
        hop.from = path[i - 1].node;
        hop.to = path[i].node;
        hop.edge = path[i].edge;
        hop.forward = path[i].forward;
        if (const EdgeData* edge = graph.edge(hop.edge))
            hop.relation = edge->relation;
        hop.evidence = evidenceOf(provenance, hop.edge.value);
        hops.push_back(std::move(hop));
    }
    return hops;
}

QString evidenceText(const Evidence& evidence) {
    QString text;
    if (!evidence.excerpt.isEmpty())
        text = QStringLiteral("\u201C%1\u201D \u2014 ").arg(evidence.excerpt);
    text += evidence.title.isEmpty() ? QStringLiteral("(untitled source)") : evidence.title;
    if (!evidence.locator.isEmpty())
        text += QStringLiteral(" (%1)").arg(evidence.locator);
    return text;
}

std::map<NodeId, int> neighbourhood(const KnowledgeGraph& graph, NodeId centre, int depth) {
    std::map<NodeId, int> result;
    if (!graph.contains(centre))
        return result;
    // Straight on the graph: a snapshot of the whole map would cost more than the walk.
    Search search(graph, centre, true);
    result[centre] = 0;
    while (search.depth < depth && !search.frontier.empty()) {
        search.expand(graph, true, [](NodeId) { return true; });
        for (NodeId v : search.frontier)
            result[v] = search.depth;
    }
    return result;
}

} // namespace kizuna
