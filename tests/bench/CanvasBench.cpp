// Canvas benchmark: what a user waits for on a big map in the app. Opens MAP in the real main
// window (offscreen) and times the open until the first frame is drawn and until the map is drawn
// in full; then, on a 1280x800 canvas painted into an offscreen image, a fixed set of cameras
// (the whole map fitted, then zoomed 2x ... 64x into its middle, and 1:1), each reached by a zoom
// step and by a pan step: the frame the user sees at once, and the time until the exact drawing
// for that camera is on screen ("settled"). Prints a table, then one JSON object.
//
//   canvas_bench MAP [--runs N] [--shots DIR]   (DIR: the settled frames saved as PNG)
#include "ProcessMemory.h"

#include "canvas/GraphCanvas.h"
#include "canvas/LayerRenderer.h"
#include "document/GraphDocument.h"
#include "main/MainWindow.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPainter>
#include <QSettings>
#include <QTemporaryDir>
#include <QThread>
#include <QTimer>
#include <algorithm>
#include <cstdio>

using namespace kizuna;

namespace {

double elapsedMs(const QElapsedTimer& timer) {
    return double(timer.nsecsElapsed()) / 1e6;
}

double median(std::vector<double> values) {
    if (values.empty())
        return 0;
    std::sort(values.begin(), values.end());
    return values[values.size() / 2];
}

// The time the bench spends painting the canvas itself (to measure frames) since the last tick
// of the stall timer: the app's stalls are counted without it.
double benchPaintMs = 0;

void renderFor(GraphCanvas& canvas, QImage& frame) {
    QElapsedTimer timer;
    timer.start();
    QPainter painter(&frame);
    canvas.render(&painter);
    benchPaintMs += elapsedMs(timer);
}

// Waits (running the event loop) until the canvas shows the exact drawing; its time in ms.
double settle(GraphCanvas& canvas, QImage& frame, const QElapsedTimer& since) {
    while (canvas.paintedLayer() && !canvas.layerSettled() && since.elapsed() < 120000) {
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
        if (canvas.layerSettled()) {
            renderFor(canvas, frame); // the exact drawing, put on screen
            break;
        }
        QThread::usleep(200);
    }
    return elapsedMs(since);
}

} // namespace

int main(int argc, char* argv[]) {
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    const QStringList args = app.arguments().mid(1);
    if (args.isEmpty()) {
        std::fprintf(stderr, "usage: canvas_bench MAP [--runs N]\n");
        return 2;
    }
    const QString path = args.at(0);
    int runs = 5;
    QString shots;
    for (int i = 1; i + 1 < args.size(); ++i) {
        if (args[i] == QLatin1String("--runs"))
            runs = std::max(1, args[i + 1].toInt());
        else if (args[i] == QLatin1String("--shots"))
            shots = args[i + 1];
    }

    QJsonObject result;
    QTemporaryDir scratch;
    QSettings settings(scratch.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
    MainWindow window(settings);
    window.resize(1280, 800);
    window.show();
    // Opened as File > Open does (read and prepared on a worker behind a progress dialog), with
    // a 5 ms timer on the GUI thread: the longest gap between its ticks is the longest stall.
    QElapsedTimer timer, sinceTick;
    double longestStallMs = 0;
    QTimer ticker;
    ticker.setInterval(5);
    // The first frame is the preview's (the nodes as dots) when the map shows one while it loads.
    double previewFrameMs = -1;
    QImage previewFrame(window.canvas()->size(), QImage::Format_ARGB32_Premultiplied);
    QObject::connect(&ticker, &QTimer::timeout, [&] {
        const double stall = elapsedMs(sinceTick) - benchPaintMs;
        longestStallMs = std::max(longestStallMs, stall);
        sinceTick.restart();
        benchPaintMs = 0;
        if (previewFrameMs < 0 && window.canvas()->showingPreview()) {
            renderFor(*window.canvas(), previewFrame);
            previewFrameMs = elapsedMs(timer);
        }
    });
    timer.start();
    sinceTick.start();
    ticker.start();
    if (!window.openMapInteractively(path) || !window.document()) {
        std::fprintf(stderr, "canvas_bench: could not open %s\n", qPrintable(path));
        return 1;
    }
    const double loadedMs = elapsedMs(timer);
    QImage scratchFrame(window.canvas()->size(), QImage::Format_ARGB32_Premultiplied);
    renderFor(*window.canvas(), scratchFrame);
    const double firstFrameMs = previewFrameMs >= 0 ? previewFrameMs : elapsedMs(timer);
    const double drawnMs = settle(*window.canvas(), scratchFrame, timer);
    // The panels are set up one event at a time after the map is shown: the stalls they cause
    // count too, so the timer keeps ticking a while longer.
    QElapsedTimer after;
    after.start();
    while (after.elapsed() < 500)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
    ticker.stop();
    const GraphDocument& document = *window.document();
    std::printf("map: %zu nodes, %zu edges\n", document.graph().nodeCount(),
                document.graph().edgeCount());
    std::printf(
        "open in the app: map loaded %.0f ms, first frame %.0f ms%s, drawn in full %.0f ms; "
        "longest GUI stall %.0f ms; peak memory %.0f MB\n",
        loadedMs, firstFrameMs, previewFrameMs >= 0 ? " (the preview)" : "", drawnMs,
        longestStallMs, bench::statusKiB("VmHWM") / 1024.0);
    result[QStringLiteral("open_longest_stall_ms")] = longestStallMs;
    result[QStringLiteral("nodes")] = qint64(document.graph().nodeCount());
    result[QStringLiteral("edges")] = qint64(document.graph().edgeCount());
    result[QStringLiteral("open_loaded_ms")] = loadedMs;
    result[QStringLiteral("open_first_frame_ms")] = firstFrameMs;
    result[QStringLiteral("open_first_frame_is_preview")] = previewFrameMs >= 0;
    result[QStringLiteral("open_drawn_ms")] = drawnMs;
    result[QStringLiteral("open_peak_mb")] = bench::statusKiB("VmHWM") / 1024.0;

    // A canvas of its own at 1280x800, on the same document.
    GraphCanvas canvas;
    canvas.resize(1280, 800);
    QElapsedTimer sceneTimer;
    sceneTimer.start();
    canvas.setModel(window.model(), nullptr); // builds the scene
    const double sceneMs = elapsedMs(sceneTimer);
    std::printf("scene build (a canvas on the open map): %.0f ms\n", sceneMs);
    result[QStringLiteral("scene_build_ms")] = sceneMs;
    canvas.fitToWindow();
    QImage frame(canvas.size(), QImage::Format_ARGB32_Premultiplied);
    {
        QPainter painter(&frame);
        canvas.render(&painter);
    }
    QElapsedTimer warm;
    warm.start();
    settle(canvas, frame, warm);
    const QPointF middle = canvas.centre();
    const double fitted = canvas.zoom();

    std::printf("%-22s %10s %12s %12s %10s\n", "camera (1280x800)", "tier", "zoom frame",
                "pan frame", "settled");
    QJsonArray cameras;
    std::vector<double> worstFrames;
    // The stall timer again: what the window does while the camera moves (placing names,
    // taking drawings) must not keep it from answering.
    longestStallMs = 0;
    benchPaintMs = 0;
    sinceTick.restart();
    ticker.start();
    for (double factor : {1.0, 2.0, 4.0, 8.0, 16.0, 64.0, 0.0}) {
        const double zoom = factor > 0 ? fitted * factor : 1.0;
        std::vector<double> zoomFrames, panFrames, settled;
        bool layered = false;
        for (int run = 0; run < runs; ++run) {
            // From a little farther out: a zoom step.
            canvas.setCamera(middle, zoom / 1.25);
            QImage warmFrame(frame.size(), frame.format());
            renderFor(canvas, warmFrame);
            QElapsedTimer wait;
            wait.start();
            settle(canvas, warmFrame, wait);
            canvas.setCamera(middle, zoom);
            timer.restart();
            renderFor(canvas, frame);
            zoomFrames.push_back(elapsedMs(timer));
            layered = canvas.paintedLayer();
            settled.push_back(settle(canvas, frame, timer));
            // A pan step of a quarter of the window.
            canvas.setCamera(middle + QPointF(320 / zoom, 0), zoom);
            timer.restart();
            renderFor(canvas, frame);
            panFrames.push_back(elapsedMs(timer));
            settled.push_back(settle(canvas, frame, timer));
        }
        const QString name = factor > 0 ? QStringLiteral("fitted x%1").arg(factor)
                                        : QStringLiteral("1:1 (close up)");
        QElapsedTimer saving; // the bench's own work: not a stall of the app's
        saving.start();
        if (!shots.isEmpty())
            frame.save(
                QStringLiteral("%1/canvas-%2.png")
                    .arg(shots, factor > 0 ? QString::number(factor) : QStringLiteral("1to1")));
        benchPaintMs += elapsedMs(saving);
        std::printf("%-22s %10s %9.1f ms %9.1f ms %7.0f ms\n", qPrintable(name),
                    layered ? "layer" : "direct", median(zoomFrames), median(panFrames),
                    median(settled));
        worstFrames.push_back(std::max(median(zoomFrames), median(panFrames)));
        QJsonObject camera;
        camera[QStringLiteral("camera")] = name;
        camera[QStringLiteral("zoom")] = zoom;
        camera[QStringLiteral("tier")] =
            layered ? QStringLiteral("layer") : QStringLiteral("direct");
        camera[QStringLiteral("zoom_frame_ms")] = median(zoomFrames);
        camera[QStringLiteral("pan_frame_ms")] = median(panFrames);
        camera[QStringLiteral("settled_ms")] = median(settled);
        cameras.append(camera);
    }
    ticker.stop();
    std::printf("longest GUI stall while zooming and panning: %.0f ms\n", longestStallMs);
    result[QStringLiteral("camera_longest_stall_ms")] = longestStallMs;
    result[QStringLiteral("cameras")] = cameras;
    result[QStringLiteral("worst_frame_ms")] =
        *std::max_element(worstFrames.begin(), worstFrames.end());
    result[QStringLiteral("layer_render_ms")] = canvas.layerRenderer().lastRenderMs();
    result[QStringLiteral("peak_mb")] = bench::statusKiB("VmHWM") / 1024.0;
    std::printf("peak memory (with a second canvas) %.0f MB\n", bench::statusKiB("VmHWM") / 1024.0);
    std::printf("JSON %s\n", QJsonDocument(result).toJson(QJsonDocument::Compact).constData());
    return 0;
}
