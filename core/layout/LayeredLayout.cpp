// Hierarchical (layered) layout in the Sugiyama manner, for chains such as policy -> agency ->
// vendor: cycles broken by reversing depth-first back edges, layers by longest path from the
// sources, then a few barycentre sweeps to cut crossings. Boost.Graph has no layered layout.
#include "layout/Layouts.h"

#include <algorithm>
#include <numeric>

namespace kizuna {
namespace {

// Successor lists with the edges that close a cycle turned round (iterative depth-first search).
std::vector<std::vector<int>> acyclic(const std::vector<std::vector<int>>& successors) {
    const size_t n = successors.size();
    std::vector<std::vector<int>> dag(n);
    std::vector<char> state(n, 0); // 0 new, 1 on the stack, 2 done
    for (size_t root = 0; root < n; ++root) {
        if (state[root])
            continue;
        std::vector<std::pair<int, size_t>> stack{{int(root), 0}};
        state[root] = 1;
        while (!stack.empty()) {
            auto& [v, next] = stack.back();
            if (next == successors[size_t(v)].size()) {
                state[size_t(v)] = 2;
                stack.pop_back();
                continue;
            }
            const int w = successors[size_t(v)][next++];
            if (state[size_t(w)] == 1) {
                dag[size_t(w)].push_back(v); // a back edge: reversed
            } else {
                dag[size_t(v)].push_back(w);
                if (state[size_t(w)] == 0) {
                    state[size_t(w)] = 1;
                    stack.emplace_back(w, 0);
                }
            }
        }
    }
    return dag;
}

// Longest path from any source: a node sits one layer below its lowest predecessor.
std::vector<int> layersOf(const std::vector<std::vector<int>>& dag) {
    const size_t n = dag.size();
    std::vector<int> indegree(n, 0), layer(n, 0);
    for (const auto& list : dag)
        for (int w : list)
            ++indegree[size_t(w)];
    std::vector<int> ready;
    for (size_t v = 0; v < n; ++v)
        if (indegree[v] == 0)
            ready.push_back(int(v));
    for (size_t k = 0; k < ready.size(); ++k) {
        const int v = ready[k];
        for (int w : dag[size_t(v)]) {
            layer[size_t(w)] = std::max(layer[size_t(w)], layer[size_t(v)] + 1);
            if (--indegree[size_t(w)] == 0)
                ready.push_back(w);
        }
    }
    return layer;
}

} // namespace

std::vector<QPointF> layeredPositions(const std::vector<std::vector<int>>& successors,
                                      double spacing) {
    const size_t n = successors.size();
    std::vector<QPointF> result(n);
    if (n == 0)
        return result;
    const std::vector<std::vector<int>> dag = acyclic(successors);
    const std::vector<int> layer = layersOf(dag);
    std::vector<std::vector<int>> predecessors(n);
    for (size_t v = 0; v < n; ++v)
        for (int w : dag[v])
            predecessors[size_t(w)].push_back(int(v));
    const int layerCount = *std::max_element(layer.begin(), layer.end()) + 1;
    std::vector<std::vector<int>> rows(static_cast<size_t>(layerCount));
    for (size_t v = 0; v < n; ++v)
        rows[size_t(layer[v])].push_back(int(v));
    std::vector<double> slot(n, 0); // a node's place within its row
    auto renumber = [&](std::vector<int>& row) {
        for (size_t k = 0; k < row.size(); ++k)
            slot[size_t(row[k])] = double(k);
    };
    for (auto& row : rows)
        renumber(row);
    // Barycentre sweeps: order each row by the mean place of its neighbours in the row above
    // (going down) or below (going up). Nodes with no such neighbour keep their place.
    auto sweep = [&](const std::vector<std::vector<int>>& towards, size_t r) {
        std::vector<int>& row = rows[r];
        std::vector<double> key(row.size());
        for (size_t k = 0; k < row.size(); ++k) {
            const auto& others = towards[size_t(row[k])];
            if (others.empty()) {
                key[k] = slot[size_t(row[k])];
                continue;
            }
            double sum = 0;
            for (int w : others)
                sum += slot[size_t(w)];
            key[k] = sum / double(others.size());
        }
        std::vector<size_t> order(row.size());
        std::iota(order.begin(), order.end(), 0);
        std::stable_sort(order.begin(), order.end(),
                         [&](size_t a, size_t b) { return key[a] < key[b]; });
        std::vector<int> sorted;
        sorted.reserve(row.size());
        for (size_t k : order)
            sorted.push_back(row[k]);
        row = std::move(sorted);
        renumber(row);
    };
    for (int round = 0; round < 4; ++round) {
        for (size_t r = 1; r < rows.size(); ++r)
            sweep(predecessors, r);
        for (size_t r = rows.size() - 1; r-- > 0;)
            sweep(dag, r);
    }
    // Rows centred on one axis; a little more room between rows than within one, for labels.
    for (size_t r = 0; r < rows.size(); ++r) {
        const double width = double(rows[r].size() - 1) * spacing;
        for (size_t k = 0; k < rows[r].size(); ++k)
            result[size_t(rows[r][k])] =
                QPointF(double(k) * spacing - width / 2,
                        (double(r) - double(layerCount - 1) / 2) * spacing * 1.1);
    }
    return result;
}

} // namespace kizuna
