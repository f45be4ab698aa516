// Import benchmark: times reading a CSV pair and a GraphML file, planning the import into a fresh
// map and writing it, then reopens the map read-only and checks that every node and edge is there.
// Not a test: it asserts counts, never times. Linux only (peak RSS comes from /proc/self/status).
//
//   import_bench NODES.csv EDGES.csv GRAPH.graphml OUTDIR [--expect-nodes N --expect-edges M]
//
// The expected sizes come from the flags, else from manifest.json next to NODES.csv (written by
// gen_graph.py), else from what the parser read (then only the store round trip is checked).
#include "ProcessMemory.h"
#include "document/GraphDocument.h"
#include "io/GraphFormats.h"
#include "io/ImportPlan.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <optional>
#include <vector>
#if defined(__GLIBC__)
#include <malloc.h>
#endif

using namespace kizuna;
using namespace kizuna::bench;

namespace {

struct Row {
    QString input;
    double parseS = 0, createS = 0, planS = 0, applyS = 0, totalS = 0, openS = 0;
    double rssBeforeMiB = 0, peakParseMiB = 0, peakPlanMiB = 0, peakApplyMiB = 0, peakOpenMiB = 0;
    qint64 nodes = 0, edges = 0, mapBytes = 0;
    bool countsOk = false;
};

struct Expected {
    qint64 nodes = -1;
    qint64 edges = -1;
    QString from;
};

double seconds(const QElapsedTimer& timer) {
    return timer.nsecsElapsed() / 1e9;
}

void removeMap(const QString& path) {
    for (const char* suffix : {"", "-wal", "-shm", "-journal"})
        QFile::remove(path + QLatin1String(suffix));
}

void phase(const QString& input, const char* name, double s, double peak) {
    std::printf("%-8s %-7s %9.3f s   peak RSS %8.1f MiB\n", qPrintable(input), name, s, peak);
    std::fflush(stdout);
}

[[noreturn]] void fail(const QString& input, const QString& what, const QString& message) {
    std::fprintf(stderr, "import_bench: %s: %s failed: %s\n", qPrintable(input), qPrintable(what),
                 qPrintable(message));
    std::exit(1);
}

Row run(const QString& input, const QString& path, GraphFormat format, const ReadOptions& options,
        const QString& mapPath, Expected expected) {
    Row row;
    row.input = input;
    if (!resetPeak())
        std::printf("%-8s (could not reset VmHWM: peaks include earlier inputs)\n",
                    qPrintable(input));
    row.rssBeforeMiB = rssMiB();
    removeMap(mapPath);

    QElapsedTimer total;
    total.start();
    QElapsedTimer timer;
    timer.start();
    auto graph = readGraphFile(path, format, Schema{}, options);
    if (!graph)
        fail(input, QStringLiteral("parse"), graph.error());
    row.parseS = seconds(timer);
    row.peakParseMiB = peakMiB();
    phase(input, "parse", row.parseS, row.peakParseMiB);

    timer.restart();
    auto created = GraphDocument::create(mapPath, MapInfo{});
    if (!created)
        fail(input, QStringLiteral("create"), created.error());
    std::unique_ptr<GraphDocument> document = std::move(created).value();
    row.createS = seconds(timer);
    phase(input, "create", row.createS, peakMiB());

    timer.restart();
    const ImportPlan plan = planImport(*document, graph.value(), MergeBy::None);
    row.planS = seconds(timer);
    row.peakPlanMiB = peakMiB();
    phase(input, "plan", row.planS, row.peakPlanMiB);

    timer.restart();
    if (Status applied = document->apply(plan.change); !applied)
        fail(input, QStringLiteral("apply"), applied.error());
    row.applyS = seconds(timer);
    row.peakApplyMiB = peakMiB();
    phase(input, "apply", row.applyS, row.peakApplyMiB);
    row.totalS = seconds(total);
    phase(input, "total", row.totalS, row.peakApplyMiB);
    std::printf("%-8s summary  %s\n", qPrintable(input), qPrintable(plan.summary.text()));

    const qint64 parsedNodes = qint64(graph->contents.nodes.size());
    const qint64 parsedEdges = qint64(graph->contents.edges.size());
    if (expected.nodes < 0) {
        expected = {parsedNodes, parsedEdges, QStringLiteral("the parser (not independent)")};
    }
    document.reset(); // closes the map (checkpoints the WAL)
    graph = Error{QString()};

    timer.restart();
    auto reopened = GraphDocument::open(mapPath, MapStore::Access::ReadOnly);
    if (!reopened)
        fail(input, QStringLiteral("reopen"), reopened.error());
    row.openS = seconds(timer);
    row.peakOpenMiB = peakMiB();
    row.nodes = qint64(reopened.value()->graph().nodeCount());
    row.edges = qint64(reopened.value()->graph().edgeCount());
    row.mapBytes = QFileInfo(mapPath).size();
    phase(input, "open", row.openS, row.peakOpenMiB);
    row.countsOk = row.nodes == expected.nodes && row.edges == expected.edges &&
                   parsedNodes == expected.nodes && parsedEdges == expected.edges;
    std::printf("%-8s counts   map %lld nodes / %lld edges; parsed %lld / %lld; expected %lld / "
                "%lld (from %s): %s\n",
                qPrintable(input), row.nodes, row.edges, parsedNodes, parsedEdges, expected.nodes,
                expected.edges, qPrintable(expected.from), row.countsOk ? "OK" : "MISMATCH");
    std::fflush(stdout);
    return row;
}

Expected expectedSizes(const QStringList& args, const QString& nodesCsv) {
    Expected expected;
    const qsizetype n = args.indexOf(QStringLiteral("--expect-nodes"));
    const qsizetype e = args.indexOf(QStringLiteral("--expect-edges"));
    if (n >= 0 && e >= 0 && n + 1 < args.size() && e + 1 < args.size())
        return {args.at(n + 1).toLongLong(), args.at(e + 1).toLongLong(),
                QStringLiteral("the command line")};
    QFile manifest(QFileInfo(nodesCsv).dir().filePath(QStringLiteral("manifest.json")));
    if (manifest.open(QIODevice::ReadOnly)) {
        const QJsonObject object = QJsonDocument::fromJson(manifest.readAll()).object();
        if (object.contains(QStringLiteral("nodes")) && object.contains(QStringLiteral("edges")))
            return {object.value(QStringLiteral("nodes")).toInteger(),
                    object.value(QStringLiteral("edges")).toInteger(), manifest.fileName()};
    }
    return expected;
}

void printTable(const std::vector<Row>& rows) {
    std::printf("\n%-8s %8s %8s %8s %8s %8s %8s %10s %9s %9s %9s  %s\n", "input", "parse_s",
                "create_s", "plan_s", "apply_s", "total_s", "open_s", "peak_MiB", "nodes", "edges",
                "map_MiB", "counts");
    for (const Row& r : rows)
        std::printf("%-8s %8.3f %8.3f %8.3f %8.3f %8.3f %8.3f %10.1f %9lld %9lld %9.1f  %s\n",
                    qPrintable(r.input), r.parseS, r.createS, r.planS, r.applyS, r.totalS, r.openS,
                    r.peakApplyMiB, r.nodes, r.edges, r.mapBytes / 1048576.0,
                    r.countsOk ? "OK" : "MISMATCH");
    std::printf("peak_MiB: VmHWM at the end of apply (reset before each input; RSS before: ");
    for (const Row& r : rows)
        std::printf("%s %.1f MiB%s", qPrintable(r.input), r.rssBeforeMiB,
                    &r == &rows.back() ? ")\n" : ", ");
}

// Tab-separated copy of the table for scripts (run_import_bench.sh).
void writeTsv(const std::vector<Row>& rows, const QString& path) {
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Text))
        return;
    QTextStream out(&file);
    out << "input\tparse_s\tcreate_s\tplan_s\tapply_s\ttotal_s\topen_s\tpeak_parse_mib\t"
           "peak_plan_mib\tpeak_apply_mib\tnodes\tedges\tmap_bytes\tcounts\n";
    for (const Row& r : rows)
        out << r.input << '\t' << r.parseS << '\t' << r.createS << '\t' << r.planS << '\t'
            << r.applyS << '\t' << r.totalS << '\t' << r.openS << '\t' << r.peakParseMiB << '\t'
            << r.peakPlanMiB << '\t' << r.peakApplyMiB << '\t' << r.nodes << '\t' << r.edges << '\t'
            << r.mapBytes << '\t' << (r.countsOk ? "OK" : "MISMATCH") << '\n';
}

} // namespace

int main(int argc, char* argv[]) {
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments().mid(1);
    QStringList positional;
    for (qsizetype i = 0; i < args.size(); ++i) {
        if (args.at(i).startsWith(QLatin1String("--"))) {
            ++i; // every option takes a value
            continue;
        }
        positional << args.at(i);
    }
    if (positional.size() != 4) {
        std::fprintf(stderr, "usage: import_bench NODES.csv EDGES.csv GRAPH.graphml OUTDIR "
                             "[--expect-nodes N --expect-edges M]\n");
        return 2;
    }
    const QString nodesCsv = positional.at(0);
    const QString edgesCsv = positional.at(1);
    const QString graphMl = positional.at(2);
    const QDir outDir(positional.at(3));
    if (!QDir().mkpath(outDir.path())) {
        std::fprintf(stderr, "import_bench: cannot create %s\n", qPrintable(outDir.path()));
        return 1;
    }
    const Expected expected = expectedSizes(args, nodesCsv);

    std::vector<Row> rows;
    ReadOptions csv;
    csv.csv.edgesPath = edgesCsv;
    rows.push_back(run(QStringLiteral("csv"), nodesCsv, GraphFormat::Csv, csv,
                       outDir.filePath(QStringLiteral("csv.kizuna")), expected));
    rows.push_back(run(QStringLiteral("graphml"), graphMl, GraphFormat::GraphMl, ReadOptions{},
                       outDir.filePath(QStringLiteral("graphml.kizuna")), expected));

    printTable(rows);
    writeTsv(rows, outDir.filePath(QStringLiteral("import_bench.tsv")));
    for (const Row& r : rows)
        if (!r.countsOk)
            return 1;
    return 0;
}
