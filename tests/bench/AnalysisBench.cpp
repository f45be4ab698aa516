// Analysis benchmark: opens a map read-only and times what a user waits for on a big map: search,
// shortest paths, 2-hop neighbourhoods, the metrics and the force layout. Not a test: it checks
// that the answers are well formed (ends of paths, sizes of vectors), never how long they took.
// Linux only (peak RSS comes from /proc/self/status).
//
//   analysis_bench MAP [--samples N] [--repeat N] [--layout-iterations N]
//   analysis_bench --import NODES.csv EDGES.csv MAP [same options]
//
// With --import, MAP is first (re)created from the CSV pair the way import_bench does it.
// --samples: node pairs for paths and centres for neighbourhoods (20); --repeat: runs of each
// search query (20); --layout-iterations: ForceLayoutOptions::iterations (its default, 300).
// Exits 1 when an answer is wrong or a step fails, 2 on a usage error.
#include "ProcessMemory.h"
#include "algo/GraphSnapshot.h"
#include "algo/Metrics.h"
#include "algo/Paths.h"
#include "document/GraphDocument.h"
#include "io/GraphFormats.h"
#include "io/ImportPlan.h"
#include "layout/ForceLayout.h"
#include "store/MapStore.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <numeric>
#include <random>
#include <vector>
#if defined(__GLIBC__)
#include <malloc.h>
#endif

using namespace kizuna;
using namespace kizuna::bench;

namespace {

double milliseconds(const QElapsedTimer& timer) {
    return timer.nsecsElapsed() / 1e6;
}

// Timings of one figure, in ms.
struct Samples {
    std::vector<double> ms;

    double median() const {
        if (ms.empty())
            return 0;
        std::vector<double> sorted = ms;
        std::sort(sorted.begin(), sorted.end());
        const size_t mid = sorted.size() / 2;
        return sorted.size() % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
    }
    double max() const { return ms.empty() ? 0 : *std::max_element(ms.begin(), ms.end()); }
};

// Counts failed correctness checks; the run goes on so that every figure is still printed.
class Checks {
public:
    void expect(bool condition, const QString& what) {
        if (condition)
            return;
        ++m_failures;
        std::fprintf(stderr, "analysis_bench: check failed: %s\n", qPrintable(what));
    }
    int failures() const { return m_failures; }

private:
    int m_failures = 0;
};

[[noreturn]] void fail(const char* what, const QString& message) {
    std::fprintf(stderr, "analysis_bench: %s failed: %s\n", what, qPrintable(message));
    std::exit(1);
}

void figure(const char* name, const QString& detail, double ms) {
    std::printf("%-22s %-32s %10.1f ms   peak RSS %7.1f MiB\n", name, qPrintable(detail), ms,
                peakMiB());
    std::fflush(stdout);
}

void spread(const char* name, const QString& detail, const Samples& samples,
            const QString& extra = {}) {
    std::printf("%-22s %-32s median %9.2f ms  max %9.2f ms  %s\n", name, qPrintable(detail),
                samples.median(), samples.max(), qPrintable(extra));
    std::fflush(stdout);
}

// Recreates `mapPath` from a CSV pair: parse, create, plan, apply, as import_bench times them.
void importMap(const QString& nodesCsv, const QString& edgesCsv, const QString& mapPath) {
    for (const char* suffix : {"", "-wal", "-shm", "-journal"})
        QFile::remove(mapPath + QLatin1String(suffix));
    QElapsedTimer timer;
    timer.start();
    ReadOptions options;
    options.csv.edgesPath = edgesCsv;
    auto graph = readGraphFile(nodesCsv, GraphFormat::Csv, Schema{}, options);
    if (!graph)
        fail("parse", graph.error());
    auto created = GraphDocument::create(mapPath, MapInfo{});
    if (!created)
        fail("create", created.error());
    std::unique_ptr<GraphDocument> document = std::move(created).value();
    const ImportPlan plan = planImport(*document, graph.value(), MergeBy::None);
    if (Status applied = document->apply(plan.change); !applied)
        fail("apply", applied.error());
    figure("import", QStringLiteral("CSV pair (parse..apply)"), milliseconds(timer));
} // closing the document checkpoints the WAL, so the read-only open sees a finished file

std::unique_ptr<GraphDocument> openMap(const QString& mapPath) {
    resetPeak();
    QElapsedTimer timer;
    timer.start();
    auto opened = GraphDocument::open(mapPath, MapStore::Access::ReadOnly);
    if (!opened)
        fail("open", opened.error());
    std::unique_ptr<GraphDocument> document = std::move(opened).value();
    figure("open (read-only)",
           QStringLiteral("%1 nodes / %2 edges")
               .arg(document->graph().nodeCount())
               .arg(document->graph().edgeCount()),
           milliseconds(timer));
    return document;
}

// `count` nodes drawn with a fixed seed. rng() % n rather than a std distribution, whose output
// differs between standard libraries.
std::vector<NodeId> pickNodes(const KnowledgeGraph& graph, int count, quint32 seed) {
    const std::vector<NodeId> ids = graph.nodeIds();
    std::mt19937 rng(seed);
    std::vector<NodeId> picked;
    for (int i = 0; i < count && !ids.empty(); ++i)
        picked.push_back(ids[rng() % ids.size()]);
    return picked;
}

bool labelContains(const NodeData& node, const QString& query) {
    const QString wanted = searchText(query).trimmed();
    for (const QString* label : {&node.labels.en, &node.labels.ja, &node.labels.zh})
        if (searchText(*label).contains(wanted))
            return true;
    return false;
}

struct Query {
    QString text;
    const char* kind;
    bool expectHits; // true for substrings of labels that gen_graph.py writes
};

// Queries chosen from gen_graph.py's labels: common and rare Latin words, text that is FTS
// syntax if unquoted, 1-2 character queries (the scan path, no trigrams), CJK, and a miss.
std::vector<Query> searchQueries() {
    return {
        {QStringLiteral("Nakamura"), "Latin, ~2,000 labels", true},
        {QStringLiteral("Institute for Machine"), "Latin phrase", true},
        {QStringLiteral("Nova-1B"), "hyphen (FTS syntax)", true},
        {QStringLiteral("müller"), "diacritic, lower case", true},
        {QStringLiteral("経済産業省"), "CJK, 5 chars", true},
        {QStringLiteral("AI"), "2 chars (scan)", true},
        {QStringLiteral("研究"), "2 CJK chars (scan)", true},
        {QStringLiteral("李"), "1 char (scan)", true},
        {QStringLiteral("zqxjv"), "no match", false},
    };
}

void benchSearch(const GraphDocument& document, int repeat, Checks& checks) {
    resetPeak();
    for (const Query& query : searchQueries()) {
        Samples samples;
        size_t hits = 0;
        for (int i = 0; i < repeat; ++i) {
            QElapsedTimer timer;
            timer.start();
            auto found = document.search(query.text, 50);
            samples.ms.push_back(milliseconds(timer));
            if (!found)
                fail("search", found.error());
            hits = found->size();
            if (i > 0)
                continue;
            checks.expect(hits <= 50,
                          QStringLiteral("search \"%1\" over the limit").arg(query.text));
            checks.expect((hits > 0) == query.expectHits,
                          QStringLiteral("search \"%1\" found %2").arg(query.text).arg(hits));
            // Label matches rank first, so the best hit's label holds the query.
            if (hits > 0)
                checks.expect(
                    labelContains(*document.graph().node(found->front()), query.text),
                    QStringLiteral("search \"%1\": first hit's label lacks it").arg(query.text));
        }
        spread("search", QStringLiteral("\"%1\" (%2)").arg(query.text, QLatin1String(query.kind)),
               samples,
               QStringLiteral("first %1 ms, %2 hits").arg(samples.ms.front(), 0, 'f', 2).arg(hits));
    }
    std::printf("%-22s peak RSS %.1f MiB\n", "search", peakMiB());
}

// A path is well formed when it starts at `from` with no edge, ends at `to`, and each step takes
// an edge that joins it to the previous step, walked against its direction only if undirected.
bool wellFormed(const KnowledgeGraph& graph, const Path& path, NodeId from, NodeId to,
                bool undirected) {
    if (path.empty() || path.front().node != from || path.front().edge.isValid() ||
        path.back().node != to)
        return false;
    for (size_t i = 1; i < path.size(); ++i) {
        const EdgeData* edge = graph.edge(path[i].edge);
        if (!edge || (!path[i].forward && !undirected))
            return false;
        const NodeId tail = path[i].forward ? edge->source : edge->target;
        const NodeId head = path[i].forward ? edge->target : edge->source;
        if (tail != path[i - 1].node || head != path[i].node)
            return false;
    }
    return true;
}

// Returns the hop count of each pair's shortest path (-1: none), for comparing the two modes.
std::vector<int> benchPaths(const KnowledgeGraph& graph, const std::vector<NodeId>& nodes,
                            bool undirected, Checks& checks) {
    PathOptions options;
    options.undirected = undirected;
    Samples samples;
    std::vector<int> hops;
    for (size_t i = 0; i + 1 < nodes.size(); i += 2) {
        const NodeId from = nodes[i], to = nodes[i + 1];
        QElapsedTimer timer;
        timer.start();
        const std::vector<Path> paths = shortestPaths(graph, from, to, options);
        samples.ms.push_back(milliseconds(timer));
        hops.push_back(paths.empty() ? -1 : int(paths.front().size()) - 1);
        for (const Path& path : paths) {
            checks.expect(
                wellFormed(graph, path, from, to, undirected),
                QStringLiteral("path %1 -> %2 is not well formed").arg(from.value).arg(to.value));
            checks.expect(
                path.size() == paths.front().size(),
                QStringLiteral("paths %1 -> %2 differ in length").arg(from.value).arg(to.value));
        }
        checks.expect(int(paths.size()) <= options.maxPaths, QStringLiteral("too many paths"));
    }
    const auto found = std::count_if(hops.begin(), hops.end(), [](int h) { return h >= 0; });
    const int longest = hops.empty() ? 0 : *std::max_element(hops.begin(), hops.end());
    spread("shortest path", QLatin1String(undirected ? "undirected" : "directed"), samples,
           QStringLiteral("found %1/%2, longest %3 hops").arg(found).arg(hops.size()).arg(longest));
    return hops;
}

void benchAllPaths(const KnowledgeGraph& graph, int samples, Checks& checks) {
    resetPeak();
    const std::vector<NodeId> nodes = pickNodes(graph, 2 * samples, 1);
    const std::vector<int> directed = benchPaths(graph, nodes, false, checks);
    const std::vector<int> undirected = benchPaths(graph, nodes, true, checks);
    // Walking both ways can only shorten a route, never lose it.
    for (size_t i = 0; i < directed.size(); ++i)
        if (directed[i] >= 0)
            checks.expect(undirected[i] >= 0 && undirected[i] <= directed[i],
                          QStringLiteral("undirected path longer than directed"));
    std::printf("%-22s peak RSS %.1f MiB\n", "shortest path", peakMiB());
}

// Every analysis above builds a GraphSnapshot first; its cost is the floor of one query.
void benchSnapshot(const KnowledgeGraph& graph) {
    for (bool undirected : {false, true}) {
        Samples samples;
        for (int i = 0; i < 5; ++i) {
            QElapsedTimer timer;
            timer.start();
            const GraphSnapshot snapshot = GraphSnapshot::of(graph, undirected);
            samples.ms.push_back(milliseconds(timer));
        }
        spread("GraphSnapshot::of", QLatin1String(undirected ? "undirected" : "directed"), samples,
               QStringLiteral("(5 runs)"));
    }
}

void benchNeighbourhood(const KnowledgeGraph& graph, int samples, Checks& checks) {
    resetPeak();
    Samples times;
    std::vector<size_t> sizes;
    for (NodeId centre : pickNodes(graph, samples, 2)) {
        QElapsedTimer timer;
        timer.start();
        const std::map<NodeId, int> near = neighbourhood(graph, centre, 2);
        times.ms.push_back(milliseconds(timer));
        sizes.push_back(near.size());
        const auto it = near.find(centre);
        checks.expect(it != near.end() && it->second == 0,
                      QStringLiteral("neighbourhood of %1 lacks its centre").arg(centre.value));
        for (EdgeId id : graph.incidentEdges(centre)) {
            const EdgeData& edge = *graph.edge(id);
            const NodeId other = edge.source == centre ? edge.target : edge.source;
            checks.expect(other == centre || (near.count(other) && near.at(other) == 1),
                          QStringLiteral("neighbour %1 of %2 not at 1 hop")
                              .arg(other.value)
                              .arg(centre.value));
        }
        checks.expect(std::all_of(near.begin(), near.end(),
                                  [](const auto& entry) { return entry.second <= 2; }),
                      QStringLiteral("neighbourhood deeper than 2"));
    }
    const double mean =
        sizes.empty() ? 0 : std::accumulate(sizes.begin(), sizes.end(), 0.0) / sizes.size();
    const size_t largest = sizes.empty() ? 0 : *std::max_element(sizes.begin(), sizes.end());
    spread("neighbourhood", QStringLiteral("2 hops, %1 centres").arg(sizes.size()), times,
           QStringLiteral("size mean %1, max %2, peak RSS %3 MiB")
               .arg(mean, 0, 'f', 0)
               .arg(largest)
               .arg(peakMiB(), 0, 'f', 1));
}

template <typename Vector> bool sized(const Vector& values, const KnowledgeGraph& graph) {
    return values.size() == graph.nodeCount();
}

void benchMetricPieces(const KnowledgeGraph& graph, Checks& checks) {
    QElapsedTimer timer;
    timer.start();
    const std::vector<double> ranks = pageRank(graph);
    figure("  pageRank", QString(), milliseconds(timer));
    checks.expect(sized(ranks, graph), QStringLiteral("pageRank size"));
    const double sum = std::accumulate(ranks.begin(), ranks.end(), 0.0);
    checks.expect(ranks.empty() || std::abs(sum - 1.0) < 1e-6,
                  QStringLiteral("pageRank sums to %1").arg(sum));

    timer.restart();
    const std::vector<double> centrality = betweenness(graph);
    figure("  betweenness", QStringLiteral("500 pivots above 5,000 nodes"), milliseconds(timer));
    checks.expect(sized(centrality, graph), QStringLiteral("betweenness size"));

    timer.restart();
    const std::vector<int> communities = louvainCommunities(graph);
    const int count =
        communities.empty() ? 0 : *std::max_element(communities.begin(), communities.end()) + 1;
    figure("  louvainCommunities", QStringLiteral("%1 communities").arg(count),
           milliseconds(timer));
    checks.expect(sized(communities, graph), QStringLiteral("louvain size"));
}

void benchMetrics(const KnowledgeGraph& graph, Checks& checks) {
    resetPeak();
    QElapsedTimer timer;
    timer.start();
    auto metrics = computeMetrics(graph);
    figure("computeMetrics", QStringLiteral("total"), milliseconds(timer));
    if (!metrics)
        fail("computeMetrics", metrics.error());
    checks.expect(sized(metrics.value(), graph), QStringLiteral("metrics size"));
    const std::vector<NodeId> ids = graph.nodeIds();
    qint64 in = 0, out = 0;
    for (size_t i = 0; i < metrics->size() && i < ids.size(); ++i) {
        const NodeMetrics& m = metrics.value()[i];
        checks.expect(m.id == ids[i], QStringLiteral("metrics not in node id order"));
        in += m.inDegree;
        out += m.outDegree;
    }
    checks.expect(in == out, QStringLiteral("in-degrees and out-degrees differ in sum"));
    benchMetricPieces(graph, checks);
}

void checkLayout(const KnowledgeGraph& graph, const std::unordered_map<NodeId, QPointF>& positions,
                 Checks& checks) {
    checks.expect(positions.size() == graph.nodeCount(),
                  QStringLiteral("layout placed %1 of %2 nodes")
                      .arg(positions.size())
                      .arg(graph.nodeCount()));
    checks.expect(std::all_of(positions.begin(), positions.end(),
                              [&](const auto& entry) {
                                  return graph.contains(entry.first) &&
                                         std::isfinite(entry.second.x()) &&
                                         std::isfinite(entry.second.y());
                              }),
                  QStringLiteral("layout position not finite or for an unknown node"));
}

void benchLayout(const KnowledgeGraph& graph, int iterations, Checks& checks) {
    resetPeak();
    ForceLayoutOptions options;
    options.iterations = iterations;
    // The callback runs every 10 iterations from iteration 0: the time to the first call is the
    // setup, and the gaps between calls show whether iterations slow down as the layout settles.
    QElapsedTimer timer;
    std::vector<double> callsMs;
    const ProgressCallback progress = [&](qint64, qint64) {
        callsMs.push_back(milliseconds(timer));
        return true;
    };
    timer.start();
    auto positions = forceLayout(graph, {}, options, progress);
    const double totalMs = milliseconds(timer);
    if (!positions)
        fail("forceLayout", positions.error());
    const double setupMs = callsMs.empty() ? 0 : callsMs.front();
    const double loopMs = callsMs.empty() ? totalMs : callsMs.back() - setupMs;
    figure("forceLayout",
           QStringLiteral("%1 iterations, %2 it/s")
               .arg(options.iterations)
               .arg(options.iterations / std::max(loopMs, 1e-9) * 1000.0, 0, 'f', 2),
           totalMs);
    std::printf("%-22s setup %.1f ms, iterations %.1f ms, result %.1f ms\n", "", setupMs, loopMs,
                totalMs - (callsMs.empty() ? totalMs : callsMs.back()));
    if (callsMs.size() >= 3)
        std::printf("%-22s first 10 iterations %.1f ms, last 10 %.1f ms\n", "",
                    callsMs[1] - callsMs[0], callsMs.back() - callsMs[callsMs.size() - 2]);
    checkLayout(graph, positions.value(), checks);
}

// The value after `flag`, as a positive count, else `fallback`.
int countOption(const QStringList& args, const char* flag, int fallback) {
    const qsizetype i = args.indexOf(QLatin1String(flag));
    const int value = i >= 0 && i + 1 < args.size() ? args.at(i + 1).toInt() : fallback;
    return value > 0 ? value : fallback;
}

} // namespace

int main(int argc, char* argv[]) {
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments().mid(1);
    QStringList positional;
    for (qsizetype i = 0; i < args.size(); ++i) {
        if (args.at(i) == QLatin1String("--samples") || args.at(i) == QLatin1String("--repeat") ||
            args.at(i) == QLatin1String("--layout-iterations"))
            ++i; // these take a value
        else if (args.at(i) != QLatin1String("--import"))
            positional << args.at(i);
    }
    const bool import = args.contains(QStringLiteral("--import"));
    if (positional.size() != (import ? 3 : 1)) {
        std::fprintf(stderr, "usage: analysis_bench MAP [--samples N] [--repeat N] "
                             "[--layout-iterations N]\n"
                             "       analysis_bench --import NODES.csv EDGES.csv MAP [...]\n");
        return 2;
    }
    const QString mapPath = positional.back();
    const int samples = countOption(args, "--samples", 20);
    const int repeat = countOption(args, "--repeat", 20);
    const int iterations =
        countOption(args, "--layout-iterations", ForceLayoutOptions{}.iterations);

    if (import)
        importMap(positional.at(0), positional.at(1), mapPath);
    const std::unique_ptr<GraphDocument> document = openMap(mapPath);
    const KnowledgeGraph& graph = document->graph();
    if (graph.nodeCount() == 0)
        fail("open", QStringLiteral("the map has no nodes"));

    Checks checks;
    benchSearch(*document, repeat, checks);
    benchSnapshot(graph);
    benchAllPaths(graph, samples, checks);
    benchNeighbourhood(graph, samples, checks);
    benchMetrics(graph, checks);
    benchLayout(graph, iterations, checks);

    if (checks.failures() > 0) {
        std::printf("\nchecks: %d FAILED\n", checks.failures());
        return 1;
    }
    std::printf("\nchecks: all OK\n");
    return 0;
}
