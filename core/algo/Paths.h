#pragma once
// "How is A connected to B": the shortest paths between two nodes, hop by hop, with what each
// hop's relation rests on (its citations); and the k-hop neighbourhood of a node. Breadth-first
// search straight on the graph, from both ends for paths.

#include "model/KnowledgeGraph.h"
#include "model/Provenance.h"
#include "model/Result.h"

#include <map>
#include <set>
#include <vector>

namespace kizuna {

struct PathOptions {
    bool undirected = false;     // walk edges against their direction too
    std::set<NodeId> avoidNodes; // never pass through these
    QStringList avoidTypes;      // nor through nodes of these types (the ends may be of them)
    int maxPaths = 10;           // how many shortest paths to return at most
};

struct PathStep {
    NodeId node;         // where this step arrives
    EdgeId edge;         // the edge taken to get there (invalid for the first step)
    bool forward = true; // the edge was walked in its own direction
};
using Path = std::vector<PathStep>;

// All shortest paths from `from` to `to` (up to options.maxPaths), in a stable order; empty if
// there is none.
std::vector<Path> shortestPaths(const KnowledgeGraph& graph, NodeId from, NodeId to,
                                const PathOptions& options = {});

// One citation a fact rests on: the quoted passage and the source it comes from.
struct Evidence {
    SourceId source;
    QString title;   // the source's title
    QString excerpt; // the quoted passage (may be empty)
    QString locator; // section, page or paragraph (may be empty)
    QString url;     // the source's URL (may be empty)
};

// One hop of a path as people read it: the relation walked and the evidence it rests on.
struct PathHop {
    NodeId from;
    NodeId to;
    EdgeId edge;
    QString relation;               // relation type key
    bool forward = true;            // walked in the relation's own direction
    std::vector<Evidence> evidence; // the edge's citations, in citation order; empty: none cited
};

// The citations of a fact (node or edge, by element id), with their sources, in citation order.
std::vector<Evidence> evidenceOf(const Provenance& provenance, qint64 elementId);

// The hops of `path` (one fewer than its steps), each with its evidence. The path finder panel
// and `kizuna-cli path` both describe paths with this.
std::vector<PathHop> describePath(const KnowledgeGraph& graph, const Provenance& provenance,
                                  const Path& path);

// One piece of evidence as plain text: “excerpt” — source title (locator).
QString evidenceText(const Evidence& evidence);

// Nodes within `depth` hops of `centre` (edges walked both ways), with their distance; the
// centre itself at 0.
std::map<NodeId, int> neighbourhood(const KnowledgeGraph& graph, NodeId centre, int depth);

} // namespace kizuna
