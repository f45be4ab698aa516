// Edit benchmark: what a user waits for when editing a big map in the app. Opens MAP in the real
// main window (offscreen) and times, each over several runs:
//   - one edit's commit (GraphDocument::apply of a one-field change), median and p95;
//   - a move of 1 and of 10 nodes through the app's edit path, committed and repainted;
// then makes EDITS more single edits and prints the change log's size.
//
//   edit_bench MAP [--runs N] [--edits N]
//
// MAP is edited: run it on a copy (run_edit_bench.sh does).
#include "ProcessMemory.h"

#include "canvas/GraphCanvas.h"
#include "commands/EditController.h"
#include "document/Edits.h"
#include "document/FieldEdit.h"
#include "document/GraphDocument.h"
#include "history/ChangesSince.h"
#include "history/MapDiff.h"
#include "main/MainWindow.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QSettings>
#include <QTemporaryDir>
#include <algorithm>
#include <cstdio>
#include <random>
#include <sqlite3.h>

using namespace kizuna;

namespace {

struct Figures {
    std::vector<double> ms;
    void add(double value) { ms.push_back(value); }
    double at(double quantile) {
        std::sort(ms.begin(), ms.end());
        return ms.empty() ? 0 : ms[std::min(ms.size() - 1, size_t(quantile * double(ms.size())))];
    }
    void print(const char* what) {
        std::printf("%-46s median %9.2f ms   p95 %9.2f ms   (%zu runs)\n", what, at(0.5), at(0.95),
                    ms.size());
    }
};

double elapsedMs(const QElapsedTimer& timer) {
    return double(timer.nsecsElapsed()) / 1e6;
}

// Bytes the change log takes (0 before it existed).
qint64 journalBytes(const QString& path, qint64* records) {
    sqlite3* db = nullptr;
    *records = 0;
    if (sqlite3_open_v2(path.toUtf8().constData(), &db, SQLITE_OPEN_READONLY, nullptr) != SQLITE_OK)
        return -1;
    sqlite3_stmt* stmt = nullptr;
    qint64 bytes = 0;
    if (sqlite3_prepare_v2(db,
                           "SELECT count(*), coalesce(sum(length(time) + length(author) + "
                           "length(program) + length(command) + length(ids) + "
                           "coalesce(length(operations), 0) + coalesce(length(summary), 0)), 0) "
                           "FROM journal",
                           -1, &stmt, nullptr) == SQLITE_OK &&
        sqlite3_step(stmt) == SQLITE_ROW) {
        *records = sqlite3_column_int64(stmt, 0);
        bytes = sqlite3_column_int64(stmt, 1);
    }
    sqlite3_finalize(stmt);
    sqlite3_close(db);
    return bytes;
}

} // namespace

int main(int argc, char* argv[]) {
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    const QStringList args = app.arguments().mid(1);
    if (args.isEmpty()) {
        std::fprintf(stderr, "usage: edit_bench MAP [--runs N] [--edits N]\n");
        return 2;
    }
    const QString path = args.at(0);
    int runs = 20, edits = 0;
    for (int i = 1; i + 1 < args.size(); ++i) {
        if (args[i] == QLatin1String("--runs"))
            runs = args[i + 1].toInt();
        else if (args[i] == QLatin1String("--edits"))
            edits = args[i + 1].toInt();
    }
    QTemporaryDir scratch;
    QSettings settings(scratch.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
    MainWindow window(settings);
    window.resize(1280, 800);
    window.show();
    QElapsedTimer timer;
    timer.start();
    if (const QString error = window.openMap(path); !error.isEmpty()) {
        std::fprintf(stderr, "edit_bench: %s\n", qPrintable(error));
        return 1;
    }
    window.canvas()->repaint();
    const double openMs = elapsedMs(timer);
    GraphDocument& document = *window.document();
    std::printf("map: %zu nodes, %zu edges; open in the app and paint: %.0f ms\n",
                document.graph().nodeCount(), document.graph().edgeCount(), openMs);
    const std::vector<NodeId> ids = document.graph().nodeIds();
    std::mt19937 random(7);
    std::uniform_int_distribution<size_t> pick(0, ids.size() - 1);

    Figures commit;
    for (int i = 0; i < runs * 5; ++i) {
        auto change =
            setFieldChange(document, ids[pick(random)].value, QStringLiteral("description"),
                           QStringLiteral("edit %1").arg(i));
        timer.restart();
        const Status status = document.apply(change.value());
        commit.add(elapsedMs(timer));
        if (!status) {
            std::fprintf(stderr, "edit_bench: %s\n", qPrintable(status.error()));
            return 1;
        }
    }
    app.processEvents();
    commit.print("one edit: commit (GraphDocument::apply)");

    // Moves as the user makes them: zoomed in on the nodes (1:1, where one drags), and with the
    // whole map fitted in the window (every edge drawn: see the scale issue for that repaint).
    for (bool fitted : {false, true}) {
        for (int count : {1, 10}) {
            Figures move, commitOnly;
            for (int i = 0; i < runs; ++i) {
                std::vector<std::pair<NodeId, QPointF>> positions;
                for (int k = 0; k < count; ++k) {
                    const NodeId id = ids[pick(random)];
                    positions.emplace_back(id,
                                           *document.graph().node(id)->position + QPointF(30, 20));
                }
                if (fitted)
                    window.canvas()->fitToWindow();
                else
                    window.canvas()->setCamera(positions.front().second, 1.0);
                window.canvas()->repaint();
                timer.restart();
                const QString error = window.edits()->perform(moveNodesChange(document, positions));
                commitOnly.add(elapsedMs(timer));
                app.processEvents();
                window.canvas()->repaint();
                move.add(elapsedMs(timer));
                if (!error.isEmpty()) {
                    std::fprintf(stderr, "edit_bench: %s\n", qPrintable(error));
                    return 1;
                }
            }
            const QString what = QStringLiteral("move %1 node%2 (%3): commit + notices")
                                     .arg(count)
                                     .arg(count == 1 ? "" : "s")
                                     .arg(fitted ? "fitted" : "1:1");
            commitOnly.print(qPrintable(what));
            move.print(qPrintable(what + QStringLiteral(" + repaint")));
        }
    }
    for (bool fitted : {false, true}) {
        Figures repaint;
        if (fitted)
            window.canvas()->fitToWindow();
        else
            window.canvas()->setCamera(*document.graph().node(ids.front())->position, 1.0);
        for (int i = 0; i < runs; ++i) {
            timer.restart();
            window.canvas()->repaint();
            repaint.add(elapsedMs(timer));
        }
        repaint.print(fitted ? "repaint alone (fitted)" : "repaint alone (1:1)");
    }
    // Edge hit test (a click on a relation): at 1:1 (tolerance 4 units) and with the whole map
    // fitted (tolerance 4 pixels in world units), at relations' middles.
    {
        const CanvasScene& scene = window.canvas()->scene();
        std::uniform_int_distribution<size_t> pickEdge(0, scene.edgeCount() - 1);
        timer.restart();
        scene.edgeAt(QPointF(), 4.0); // the first one builds the segment index
        std::printf("%-46s %9.0f ms   (peak memory so far %lld MiB)\n",
                    "edge hit test: first (builds its index)", elapsedMs(timer),
                    bench::statusKiB("VmHWM") / 1024);
        for (const double tolerance : {4.0, 4.0 / window.canvas()->zoom()}) {
            Figures hit;
            for (int i = 0; i < 200; ++i) {
                const QPointF at = scene.edges()[pickEdge(random)].path().pointAtPercent(0.5);
                timer.restart();
                const auto found = scene.edgeAt(at, tolerance);
                hit.add(elapsedMs(timer));
                if (!found)
                    std::fprintf(stderr, "edge hit test: nothing at a relation's middle\n");
            }
            hit.print(qPrintable(
                QStringLiteral("edge hit test (tolerance %1 units)").arg(tolerance, 0, 'f', 1)));
        }
    }
    // History: a checkpoint before the edits; afterwards what changed since it, and a drag of
    // 500 nodes (one record).
    if (auto checkpoint = document.addCheckpoint(QStringLiteral("before the edits")); !checkpoint)
        std::fprintf(stderr, "checkpoint: %s\n", qPrintable(checkpoint.error()));
    for (int i = 0; i < edits; ++i) {
        if (i % 2) {
            const NodeId id = ids[pick(random)];
            document.setPositions({{id, *document.graph().node(id)->position + QPointF(1, 1)}});
        } else {
            document.apply(setFieldChange(document, ids[pick(random)].value,
                                          QStringLiteral("prop.note"),
                                          QStringLiteral("note %1").arg(i))
                               .value());
        }
    }
    qint64 records = 0;
    const qint64 bytes = journalBytes(path, &records);
    std::printf("change log: %lld records, %.1f KiB (%.0f bytes a record)\n", records,
                double(bytes) / 1024.0, records ? double(bytes) / double(records) : 0.0);
    {
        timer.restart();
        auto baseline = resolveBaseline(document, QStringLiteral("before the edits"));
        auto changes = baseline ? changesSince(document, baseline.value())
                                : Result<MapChanges>(Error{baseline.error()});
        std::printf("changes since the checkpoint (%d edits): %zu elements changed, %.0f ms\n",
                    edits, changes ? changes.value().changes.size() : size_t(0), elapsedMs(timer));
        std::vector<std::pair<NodeId, QPointF>> drag;
        for (size_t i = 0; i < std::min<size_t>(500, ids.size()); ++i)
            drag.push_back({ids[i], *document.graph().node(ids[i])->position + QPointF(5, 5)});
        qint64 before = 0, after = 0;
        const qint64 bytesBefore = journalBytes(path, &before);
        document.apply(moveNodesChange(document, drag));
        const qint64 bytesAfter = journalBytes(path, &after);
        std::printf("drag of %zu nodes: %lld record(s), %.1f KiB\n", drag.size(), after - before,
                    double(bytesAfter - bytesBefore) / 1024.0);
        auto same = GraphDocument::open(path, MapStore::Access::ReadOnly);
        if (same) {
            timer.restart();
            const MapDiff diff = diffMaps(document, *same.value(), QStringLiteral("copy"));
            std::printf("diff of the map with itself (%zu nodes): %zu differences, %.0f ms\n",
                        document.graph().nodeCount(), diff.changes.changes.size(),
                        elapsedMs(timer));
        }
    }
    std::printf("peak memory: %lld MiB\n", bench::statusKiB("VmHWM") / 1024);
    return 0;
}
