// Legibility benchmark: how readable a map is under each of Kizuna's layouts, and under positions
// from another program (Graphviz neato / sfdp), measured the same way on the same graph. Not a
// test: it prints figures and fails only when a step fails (a layout, an export, pdftotext).
//
//   legibility_bench INPUT [--map OUT.kizuna] --write-dot OUT.dot
//       INPUT (a map, or any file kizuna-cli import reads) imported into a map (OUT.kizuna, else
//       a temporary one), then written as a plain undirected DOT graph for Graphviz: node names
//       are the map's node ids, labels as the map shows them, no positions, no styling.
//   legibility_bench INPUT [--map OUT.kizuna] [--name NAME] [--layouts force,circular,...]
//                    [--stored] [--positions NAME=FILE.dot]... [--pdf-dir DIR] [--pairs N]
//       one row per layout (Kizuna's, computed here; the map's own positions with --stored; each
//       --positions file, as written by `neato -Tdot` / `sfdp -Tdot` from the DOT above). Lines
//       starting with "| " are markdown table rows (run_legibility_bench.sh collects them).
//
// What each figure is: see tests/bench/README.md, "Legibility benchmark".
#include "canvas/CanvasScene.h"
#include "document/GraphDocument.h"
#include "export/DiagramComposer.h"
#include "export/DiagramExport.h"
#include "io/DotFormat.h"
#include "io/GraphFormats.h"
#include "io/ImportPlan.h"
#include "layout/Layouts.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QGuiApplication>
#include <QPageLayout>
#include <QPageSize>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <deque>
#include <limits>
#include <map>
#include <random>
#include <set>
#include <unordered_map>
#include <unordered_set>

using namespace kizuna;

namespace {

constexpr double kSpacing = 140.0; // LayoutOptions::spacing: Kizuna's distance between neighbours
constexpr double kDisc = 16.0;     // CanvasScene::kNodeRadius
constexpr int kWindowW = 1280, kWindowH = 800;
constexpr size_t kExactCrossingsUpTo = 20000; // edges; above, sampled

[[noreturn]] void fail(const QString& message) {
    std::fprintf(stderr, "legibility_bench: %s\n", qPrintable(message));
    std::exit(1);
}

QString quotedDot(const QString& text) {
    QString out = text;
    out.replace(QLatin1Char('\\'), QStringLiteral("\\\\"))
        .replace(QLatin1Char('"'), QStringLiteral("\\\""));
    out.replace(QLatin1Char('\n'), QLatin1Char(' '));
    return QLatin1Char('"') + out + QLatin1Char('"');
}

// The map INPUT names, or INPUT imported into a new map at `mapPath` (as kizuna-cli import does).
std::unique_ptr<GraphDocument> openInput(const QString& input, const QString& mapPath) {
    if (input.endsWith(QLatin1String(".kizuna"))) {
        auto document = GraphDocument::open(input, MapStore::Access::ReadOnly);
        if (!document)
            fail(QStringLiteral("%1: %2").arg(input, document.error()));
        return std::move(document).value();
    }
    auto format = detectFormat(input);
    if (!format)
        fail(QStringLiteral("%1: %2").arg(input, format.error()));
    auto graph = readGraphFile(input, *format, Schema{});
    if (!graph)
        fail(QStringLiteral("%1: %2").arg(input, graph.error()));
    for (const char* suffix : {"", "-wal", "-shm", "-journal"})
        QFile::remove(mapPath + QLatin1String(suffix));
    MapInfo info;
    info.name = QFileInfo(input).completeBaseName();
    auto created = GraphDocument::create(mapPath, info);
    if (!created)
        fail(QStringLiteral("%1: %2").arg(mapPath, created.error()));
    std::unique_ptr<GraphDocument> document = std::move(created).value();
    const ImportPlan plan = planImport(*document, graph.value(), MergeBy::None);
    if (Status applied = document->apply(plan.change); !applied)
        fail(QStringLiteral("import of %1: %2").arg(input, applied.error()));
    return document;
}

void writeGraphvizInput(const GraphDocument& document, const QString& path) {
    const Language language = document.info().defaultLanguage;
    QString out = QStringLiteral("graph G {\n");
    for (NodeId id : document.graph().nodeIds())
        out += QStringLiteral("  %1 [label=%2];\n")
                   .arg(id.value)
                   .arg(quotedDot(document.graph().node(id)->labels.display(language)));
    for (EdgeId id : document.graph().edgeIds()) {
        const EdgeData* edge = document.graph().edge(id);
        out += QStringLiteral("  %1 -- %2;\n").arg(edge->source.value).arg(edge->target.value);
    }
    out += QStringLiteral("}\n");
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(out.toUtf8()) < 0)
        fail(QStringLiteral("%1: cannot write").arg(path));
}

// Positions from a Graphviz -Tdot file whose node names are the map's ids, scaled about their
// centre so that the median edge is kSpacing long (as Kizuna's layouts space neighbours).
Positions externalPositions(const GraphDocument& document, const QString& path, double* factor) {
    auto read = readDot(path);
    if (!read)
        fail(QStringLiteral("%1: %2").arg(path, read.error()));
    Positions positions;
    for (size_t i = 0; i < read->contents.nodes.size(); ++i) {
        bool ok = false;
        const NodeId id(read->nodeKeys[i].toLongLong(&ok));
        const auto& position = read->contents.nodes[i].position;
        if (ok && position && document.graph().contains(id))
            positions[id] = *position;
    }
    if (positions.size() != document.graph().nodeCount())
        fail(QStringLiteral("%1: positions for %2 of %3 nodes")
                 .arg(path)
                 .arg(positions.size())
                 .arg(document.graph().nodeCount()));
    std::vector<double> lengths;
    for (EdgeId id : document.graph().edgeIds()) {
        const EdgeData* edge = document.graph().edge(id);
        const QPointF d = positions[edge->source] - positions[edge->target];
        const double length = std::hypot(d.x(), d.y());
        if (length > 1e-9)
            lengths.push_back(length);
    }
    *factor = 1;
    if (!lengths.empty()) {
        std::nth_element(lengths.begin(), lengths.begin() + lengths.size() / 2, lengths.end());
        *factor = kSpacing / lengths[lengths.size() / 2];
    }
    for (auto& [id, point] : positions)
        point *= *factor;
    return positions;
}

// ---- measures on a scene ----------------------------------------------------------------------

// GraphCanvas::fitToWindow in a kWindowW x kWindowH canvas: frame the shapes with a 24 px margin,
// then the labels as placed at that zoom, never below 0.7 times the shapes' scale.
struct View {
    double scale = 1;
    QPointF centre;
    QRectF world() const {
        const QSizeF half(kWindowW / 2.0 / scale, kWindowH / 2.0 / scale);
        return QRectF(centre - QPointF(half.width(), half.height()), half * 2);
    }
};

View fitToWindow(const CanvasScene& scene) {
    View view;
    auto frame = [&](const QRectF& bounds) {
        if (bounds.isNull()) {
            view = View{};
            return;
        }
        const double margin = 24.0;
        const double sx = (kWindowW - 2 * margin) / std::max(bounds.width(), 1.0);
        const double sy = (kWindowH - 2 * margin) / std::max(bounds.height(), 1.0);
        view.scale = std::clamp(std::min(sx, sy), 0.00005, 2.0);
        view.centre = bounds.center();
    };
    frame(scene.bounds());
    const double shapesScale = view.scale;
    for (int round = 0; round < 4 && scene.nodeCount() > 0; ++round) {
        const QRectF labelled = scene.labelledBounds(view.scale, LabelSizing{});
        if (view.world().contains(labelled))
            break;
        frame(labelled);
        if (view.scale < shapesScale * 0.7) {
            view.scale = shapesScale * 0.7;
            break;
        }
    }
    return view;
}

// Pairs of boxes that overlap (a positive area in common).
size_t overlappingPairs(std::vector<QRectF> boxes) {
    std::sort(boxes.begin(), boxes.end(),
              [](const QRectF& a, const QRectF& b) { return a.left() < b.left(); });
    size_t pairs = 0;
    for (size_t i = 0; i < boxes.size(); ++i)
        for (size_t j = i + 1; j < boxes.size() && boxes[j].left() < boxes[i].right(); ++j)
            if (boxes[i].intersects(boxes[j]))
                ++pairs;
    return pairs;
}

struct ScreenLabels {
    int labelled = 0; // nodes with a label
    int shown = 0;
    int clipped = 0; // shown, but not wholly inside the window
    size_t overlaps = 0;
    double scale = 1;
    int px = 0;
};

ScreenLabels screenLabels(const CanvasScene& scene) {
    ScreenLabels result;
    const View view = fitToWindow(scene);
    result.scale = view.scale;
    const LabelSizing sizing;
    // As GraphPainter::paintLabels draws them: placed for the zoom level, drawn at the scale's
    // size.
    const NodeLabels& labels = scene.nodeLabels(view.scale, sizing);
    result.px =
        CanvasScene::labelPixels(view.scale, scene.labelFont().pixelSize(), sizing.minNodePx);
    const QRectF window(view.world().topLeft() * view.scale, QSizeF(kWindowW, kWindowH));
    std::vector<QRectF> rects;
    for (size_t i = 0; i < scene.nodes().size(); ++i) {
        if (scene.nodes()[i].label.isEmpty())
            continue;
        ++result.labelled;
        if (labels.sides[i] == LabelSide::Hidden)
            continue;
        ++result.shown;
        const QRectF rect = scene.labelDeviceRect(i, labels.sides[i], view.scale, result.px);
        if (!window.contains(rect))
            ++result.clipped;
        rects.push_back(rect);
    }
    result.overlaps = overlappingPairs(std::move(rects));
    return result;
}

size_t nodeOverlaps(const std::vector<QPointF>& points) {
    std::vector<QRectF> discs;
    discs.reserve(points.size());
    for (const QPointF& p : points)
        discs.emplace_back(p - QPointF(kDisc, kDisc), QSizeF(2 * kDisc, 2 * kDisc));
    std::vector<size_t> order(points.size());
    for (size_t i = 0; i < order.size(); ++i)
        order[i] = i;
    std::sort(order.begin(), order.end(),
              [&](size_t a, size_t b) { return points[a].x() < points[b].x(); });
    size_t pairs = 0;
    for (size_t a = 0; a < order.size(); ++a)
        for (size_t b = a + 1;
             b < order.size() && points[order[b]].x() - points[order[a]].x() < 2 * kDisc; ++b) {
            const QPointF d = points[order[a]] - points[order[b]];
            if (std::hypot(d.x(), d.y()) < 2 * kDisc - 1e-9)
                ++pairs;
        }
    return pairs;
}

struct Segment {
    QPointF a, b;
    int u, v;
    double minX, maxX, minY, maxY;
};

double cross(QPointF o, QPointF a, QPointF b) {
    return (a.x() - o.x()) * (b.y() - o.y()) - (a.y() - o.y()) * (b.x() - o.x());
}

bool properlyCross(const Segment& s, const Segment& t) {
    if (s.u == t.u || s.u == t.v || s.v == t.u || s.v == t.v)
        return false; // edges that share a node meet there
    const double d1 = cross(s.a, s.b, t.a), d2 = cross(s.a, s.b, t.b);
    const double d3 = cross(t.a, t.b, s.a), d4 = cross(t.a, t.b, s.b);
    return ((d1 > 0 && d2 < 0) || (d1 < 0 && d2 > 0)) && ((d3 > 0 && d4 < 0) || (d3 < 0 && d4 > 0));
}

struct Crossings {
    double count = 0;
    bool sampled = false;
};

// Straight edges between node centres (parallel edges once, loops left out).
Crossings edgeCrossings(const std::vector<QPointF>& points,
                        const std::vector<std::pair<int, int>>& edges) {
    std::vector<Segment> segments;
    std::set<std::pair<int, int>> seen;
    for (auto [u, v] : edges) {
        if (u == v || !seen.insert({std::min(u, v), std::max(u, v)}).second)
            continue;
        const QPointF a = points[size_t(u)], b = points[size_t(v)];
        segments.push_back({a, b, u, v, std::min(a.x(), b.x()), std::max(a.x(), b.x()),
                            std::min(a.y(), b.y()), std::max(a.y(), b.y())});
    }
    Crossings result;
    if (segments.size() <= kExactCrossingsUpTo) {
        std::sort(segments.begin(), segments.end(),
                  [](const Segment& s, const Segment& t) { return s.minX < t.minX; });
        size_t count = 0;
        for (size_t i = 0; i < segments.size(); ++i)
            for (size_t j = i + 1; j < segments.size() && segments[j].minX <= segments[i].maxX; ++j)
                if (segments[j].maxY >= segments[i].minY && segments[j].minY <= segments[i].maxY &&
                    properlyCross(segments[i], segments[j]))
                    ++count;
        result.count = double(count);
        return result;
    }
    // Too many for every pair: 4 million random pairs, scaled up to all pairs.
    std::mt19937_64 random(7);
    std::uniform_int_distribution<size_t> pick(0, segments.size() - 1);
    const size_t samples = 4'000'000;
    size_t hits = 0;
    for (size_t k = 0; k < samples; ++k) {
        const size_t i = pick(random), j = pick(random);
        if (i != j && properlyCross(segments[i], segments[j]))
            ++hits;
    }
    const double pairs = double(segments.size()) * double(segments.size() - 1) / 2;
    result.count = double(hits) / double(samples) * pairs * double(segments.size()) /
                   double(segments.size() - 1); // i == j draws excluded
    result.sampled = true;
    return result;
}

// Node pairs for stress, the same for every layout: up to `wanted` pairs joined by a path, from
// BFS trees of random sources, with their graph distance in hops.
struct StressPair {
    int i, j, hops;
};

std::vector<StressPair> stressPairs(const std::vector<std::vector<int>>& neighbours, size_t wanted,
                                    unsigned seed) {
    const int n = int(neighbours.size());
    std::vector<StressPair> pairs;
    if (n < 2)
        return pairs;
    std::mt19937 random(seed);
    std::vector<int> sources(static_cast<size_t>(n));
    for (int i = 0; i < n; ++i)
        sources[size_t(i)] = i;
    std::shuffle(sources.begin(), sources.end(), random);
    const size_t perSource = std::max<size_t>(1, std::min<size_t>(40, size_t(n - 1)));
    std::vector<int> distance(static_cast<size_t>(n));
    for (int source : sources) {
        if (pairs.size() >= wanted)
            break;
        std::fill(distance.begin(), distance.end(), -1);
        distance[size_t(source)] = 0;
        std::deque<int> queue{source};
        std::vector<int> reached;
        while (!queue.empty()) {
            const int u = queue.front();
            queue.pop_front();
            for (int v : neighbours[size_t(u)])
                if (distance[size_t(v)] < 0) {
                    distance[size_t(v)] = distance[size_t(u)] + 1;
                    reached.push_back(v);
                    queue.push_back(v);
                }
        }
        std::shuffle(reached.begin(), reached.end(), random);
        for (size_t k = 0; k < reached.size() && k < perSource && pairs.size() < wanted; ++k)
            pairs.push_back({source, reached[k], distance[size_t(reached[k])]});
    }
    return pairs;
}

// Normalised stress: with D = hops x kSpacing and d the drawn distance times the best uniform
// scale s, mean over pairs of ((s d - D) / D)^2. 0: distances proportional to graph distances;
// 1: no better than every node on one point.
double stress(const std::vector<QPointF>& points, const std::vector<StressPair>& pairs) {
    double a = 0, b = 0;
    for (const StressPair& p : pairs) {
        const QPointF delta = points[size_t(p.i)] - points[size_t(p.j)];
        const double r = std::hypot(delta.x(), delta.y()) / (p.hops * kSpacing);
        a += r;
        b += r * r;
    }
    if (pairs.empty() || b <= 0)
        return 1.0;
    const double s = a / b;
    double sum = 0;
    for (const StressPair& p : pairs) {
        const QPointF delta = points[size_t(p.i)] - points[size_t(p.j)];
        const double r = s * std::hypot(delta.x(), delta.y()) / (p.hops * kSpacing);
        sum += (r - 1) * (r - 1);
    }
    return sum / double(pairs.size());
}

// ---- the exported PDF -------------------------------------------------------------------------

DiagramOptions exportOptions(const GraphDocument& document, const Positions& positions) {
    DiagramOptions options; // kizuna-cli export's defaults: A4, auto orientation, legend, sources
    options.language = document.info().defaultLanguage;
    options.title = document.info().name;
    options.asOf = QStringLiteral("2026-01-01");
    for (const auto& [id, point] : positions)
        options.presentation.positions[id] = point;
    return options;
}

struct PageFill {
    bool landscape = true;
    double fill = 0; // the drawing's extent / the page's graph area
    int labelled = 0, shown = 0;
};

// As DiagramExport's pageLayout and DiagramComposer::paint: the A4 page in the orientation the
// export picks (Auto), 12 mm margins, the graph area what title, legend and sources leave.
PageFill pageFill(const GraphDocument& document, const DiagramOptions& options) {
    const DiagramComposer composer(document, options);
    PageFill result;
    const QRectF natural = composer.fitAt(1.0).extent;
    result.landscape = natural.isEmpty() || natural.width() >= natural.height();
    const QPageLayout layout(QPageSize(QPageSize::A4),
                             result.landscape ? QPageLayout::Landscape : QPageLayout::Portrait,
                             QMarginsF(12, 12, 12, 12), QPageLayout::Millimeter);
    const QSizeF area = composer.graphArea(layout.paintRectPixels(96).size());
    const DiagramComposer::Fit fit = composer.fitGraph(area);
    result.fill = fit.extent.width() * fit.extent.height() / (area.width() * area.height());
    result.labelled = fit.labelled;
    result.shown = fit.shown;
    return result;
}

struct PdfLabels {
    int labelled = 0;
    int found = 0;       // labels whose every word is in the PDF
    double smallest = 0; // pt: the smallest height of a word matched to a node label
};

QStringList words(const QString& text) {
    return text.split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts);
}

PdfLabels pdfLabels(const CanvasScene& scene, const QString& pdf, const QString& bboxPath) {
    QProcess process;
    process.start(QStringLiteral("pdftotext"), {QStringLiteral("-bbox"), pdf, bboxPath});
    if (!process.waitForFinished(120000) || process.exitStatus() != QProcess::NormalExit ||
        process.exitCode() != 0)
        fail(QStringLiteral("pdftotext -bbox %1 failed: %2")
                 .arg(pdf, QString::fromLocal8Bit(process.readAllStandardError())));
    QFile file(bboxPath);
    if (!file.open(QIODevice::ReadOnly))
        fail(QStringLiteral("%1: cannot read").arg(bboxPath));
    const QString html = QString::fromUtf8(file.readAll());
    static const QRegularExpression word(
        QStringLiteral("<word xMin=\"([0-9.]+)\" yMin=\"([0-9.]+)\" xMax=\"([0-9.]+)\" "
                       "yMax=\"([0-9.]+)\">([^<]*)</word>"));
    // Every word on the page with its heights, tallest first (a node label is at least as large
    // as a relation label or the footer, so a word shared with them is taken at its largest).
    std::unordered_map<QString, std::vector<double>> onPage;
    for (auto it = word.globalMatch(html); it.hasNext();) {
        const auto m = it.next();
        QString text = m.captured(5);
        text.replace(QLatin1String("&lt;"), QLatin1String("<"))
            .replace(QLatin1String("&gt;"), QLatin1String(">"))
            .replace(QLatin1String("&quot;"), QLatin1String("\""))
            .replace(QLatin1String("&apos;"), QLatin1String("'"))
            .replace(QLatin1String("&#39;"), QLatin1String("'"))
            .replace(QLatin1String("&amp;"), QLatin1String("&"));
        onPage[text].push_back(m.captured(4).toDouble() - m.captured(2).toDouble());
    }
    for (auto& [text, heights] : onPage)
        std::sort(heights.begin(), heights.end(), std::greater<>());
    // Words of relation labels and the legend are not node labels' sizes.
    PdfLabels result;
    result.smallest = std::numeric_limits<double>::infinity();
    std::unordered_map<QString, size_t> used;
    for (const NodeVisual& node : scene.nodes()) {
        if (node.label.isEmpty())
            continue;
        ++result.labelled;
        const QStringList parts = words(node.label);
        std::unordered_map<QString, size_t> need;
        for (const QString& part : parts)
            ++need[part];
        bool all = true;
        for (const auto& [part, count] : need) {
            auto it = onPage.find(part);
            if (it == onPage.end() || used[part] + count > it->second.size())
                all = false;
        }
        if (!all)
            continue;
        ++result.found;
        for (const auto& [part, count] : need)
            for (size_t k = 0; k < count; ++k)
                result.smallest = std::min(result.smallest, onPage[part][used[part]++]);
    }
    if (result.found == 0)
        result.smallest = 0;
    return result;
}

// ---- one row ----------------------------------------------------------------------------------

struct Row {
    QString graph, layout;
    size_t nodes = 0, edges = 0;
    double layoutS = -1;
    ScreenLabels screen;
    size_t nodeOverlaps = 0;
    PageFill page;
    double stress = 0;
    size_t stressPairs = 0;
    Crossings crossings;
    PdfLabels pdf;
    double medianEdge = 0;
    double scaled = 1; // external positions: the factor applied
};

QString percent(int part, int whole) {
    return whole == 0 ? QStringLiteral("–") : QString::number(100.0 * part / whole, 'f', 0);
}

void print(const Row& r) {
    std::printf(
        "%s %s: %s fit scale %.3f (labels %d px): %d/%d labelled, %d clipped, %zu "
        "overlapping; node overlaps %zu; A4 %s fill %.0f%% (labels %d/%d); stress %.3f "
        "(%zu pairs); crossings %s%.0f; PDF %d/%d labels, smallest word %.2f pt; median "
        "edge %.0f%s\n",
        qPrintable(r.graph), qPrintable(r.layout),
        r.layoutS >= 0 ? qPrintable(QStringLiteral("layout %1 s;").arg(r.layoutS, 0, 'f', 2)) : "",
        r.screen.scale, r.screen.px, r.screen.shown, r.screen.labelled, r.screen.clipped,
        r.screen.overlaps, r.nodeOverlaps, r.page.landscape ? "landscape" : "portrait",
        100 * r.page.fill, r.page.shown, r.page.labelled, r.stress, r.stressPairs,
        r.crossings.sampled ? "~" : "", r.crossings.count, r.pdf.found, r.pdf.labelled,
        r.pdf.smallest, r.medianEdge,
        r.scaled != 1 ? qPrintable(QStringLiteral(" (scaled x%1)").arg(r.scaled, 0, 'g', 3)) : "");
    const QString crossings = r.crossings.sampled
                                  ? QStringLiteral("~%1").arg(r.crossings.count, 0, 'f', 0)
                                  : QString::number(qint64(r.crossings.count));
    const QString layout = r.scaled != 1
                               ? QStringLiteral("%1 (×%2)").arg(r.layout).arg(r.scaled, 0, 'g', 2)
                               : r.layout;
    std::printf("| %s | %zu | %zu | %s | %.0f | %s | %zu | %zu | %s%s | %.3f | %s | %.1f | %s |\n",
                qPrintable(r.graph), r.nodes, r.edges, qPrintable(layout), r.medianEdge,
                qPrintable(percent(r.screen.shown, r.screen.labelled)), r.screen.overlaps,
                r.nodeOverlaps, qPrintable(QString::number(100 * r.page.fill, 'f', 0)),
                r.page.landscape ? "" : " (P)", r.stress, qPrintable(crossings), r.pdf.smallest,
                qPrintable(percent(r.pdf.found, r.pdf.labelled)));
    std::fflush(stdout);
}

Row measure(const GraphDocument& document, const QString& graphName, const QString& layoutName,
            const Positions& positions, const std::vector<StressPair>& pairs,
            const QString& pdfDir) {
    Row row;
    row.graph = graphName;
    row.layout = layoutName;
    SceneOptions sceneOptions;
    sceneOptions.language = document.info().defaultLanguage;
    for (const auto& [id, point] : positions)
        sceneOptions.positions[id] = point;
    CanvasScene scene;
    scene.rebuild(document, sceneOptions);
    row.nodes = scene.nodeCount();
    row.edges = scene.edgeCount();

    std::vector<QPointF> points;
    for (const NodeVisual& node : scene.nodes())
        points.push_back(node.position);
    std::vector<std::pair<int, int>> edges;
    std::vector<double> lengths;
    for (const EdgeVisual& edge : scene.edges()) {
        edges.emplace_back(edge.source, edge.target);
        const QPointF d = points[size_t(edge.source)] - points[size_t(edge.target)];
        if (edge.source != edge.target)
            lengths.push_back(std::hypot(d.x(), d.y()));
    }
    if (!lengths.empty()) {
        std::nth_element(lengths.begin(), lengths.begin() + lengths.size() / 2, lengths.end());
        row.medianEdge = lengths[lengths.size() / 2];
    }

    row.screen = screenLabels(scene);
    row.nodeOverlaps = nodeOverlaps(points);
    row.stress = stress(points, pairs);
    row.stressPairs = pairs.size();
    row.crossings = edgeCrossings(points, edges);

    const DiagramOptions options = exportOptions(document, positions);
    row.page = pageFill(document, options);
    const QString stem = QStringLiteral("%1-%2").arg(graphName, layoutName);
    const QString pdf = QDir(pdfDir).filePath(stem + QStringLiteral(".pdf"));
    if (Status written = exportDiagram(document, pdf, DiagramFormat::Pdf, options); !written)
        fail(written.error());
    row.pdf = pdfLabels(scene, pdf, QDir(pdfDir).filePath(stem + QStringLiteral(".bbox.html")));
    return row;
}

} // namespace

int main(int argc, char* argv[]) {
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QStringList args = app.arguments().mid(1);
    auto take = [&](const QString& flag) -> QStringList {
        QStringList values;
        for (qsizetype i = args.indexOf(flag); i >= 0; i = args.indexOf(flag)) {
            if (i + 1 >= args.size())
                fail(flag + QStringLiteral(" needs a value"));
            values << args.at(i + 1);
            args.remove(i, 2);
        }
        return values;
    };
    auto flag = [&](const QString& name) { return args.removeAll(name) > 0; };
    const QStringList mapArg = take(QStringLiteral("--map"));
    const QStringList dotArg = take(QStringLiteral("--write-dot"));
    const QStringList nameArg = take(QStringLiteral("--name"));
    const QStringList layoutsArg = take(QStringLiteral("--layouts"));
    const QStringList positionsArg = take(QStringLiteral("--positions"));
    const QStringList pdfDirArg = take(QStringLiteral("--pdf-dir"));
    const QStringList pairsArg = take(QStringLiteral("--pairs"));
    const bool stored = flag(QStringLiteral("--stored"));
    if (args.size() != 1 || args.first().startsWith(QLatin1String("--"))) {
        std::fprintf(
            stderr, "usage: legibility_bench INPUT [--map OUT.kizuna] --write-dot OUT.dot\n"
                    "       legibility_bench INPUT [--map OUT.kizuna] [--name NAME] [--layouts "
                    "force,circular,layered,radial,grid] [--stored] [--positions NAME=FILE.dot]... "
                    "[--pdf-dir DIR] [--pairs N]\n");
        return 2;
    }
    const QString input = args.first();
    QTemporaryDir scratch;
    if (!scratch.isValid())
        fail(QStringLiteral("no temporary directory"));
    const QString mapPath =
        mapArg.isEmpty() ? scratch.filePath(QStringLiteral("map.kizuna")) : mapArg.last();
    std::unique_ptr<GraphDocument> document = openInput(input, mapPath);
    if (!dotArg.isEmpty()) {
        writeGraphvizInput(*document, dotArg.last());
        std::printf("%s: %zu nodes, %zu edges; map %s, Graphviz input %s\n", qPrintable(input),
                    document->graph().nodeCount(), document->graph().edgeCount(),
                    qPrintable(mapPath), qPrintable(dotArg.last()));
        return 0;
    }
    const QString graphName =
        nameArg.isEmpty() ? QFileInfo(input).completeBaseName() : nameArg.last();
    const QString pdfDir = pdfDirArg.isEmpty() ? scratch.path() : pdfDirArg.last();
    QDir().mkpath(pdfDir);
    const size_t wantedPairs = pairsArg.isEmpty() ? 2000 : pairsArg.last().toULong();

    // The same stress pairs for every layout (node indexes as the scene orders them: by id).
    const std::vector<NodeId> ids = document->graph().nodeIds();
    std::unordered_map<NodeId, int> index;
    for (size_t i = 0; i < ids.size(); ++i)
        index[ids[i]] = int(i);
    std::vector<std::vector<int>> neighbours(ids.size());
    for (EdgeId id : document->graph().edgeIds()) {
        const EdgeData* edge = document->graph().edge(id);
        const int u = index.at(edge->source), v = index.at(edge->target);
        if (u != v) {
            neighbours[size_t(u)].push_back(v);
            neighbours[size_t(v)].push_back(u);
        }
    }
    const std::vector<StressPair> pairs = stressPairs(neighbours, wantedPairs, 1);
    {
        CanvasScene check;
        check.rebuild(*document, document->info().defaultLanguage);
        for (size_t i = 0; i < check.nodes().size(); ++i)
            if (check.nodes()[i].id.value != ids[i].value)
                fail(QStringLiteral("the scene does not order nodes by id"));
    }

    QStringList layouts = layoutsArg.isEmpty()
                              ? QStringList{QStringLiteral("force"), QStringLiteral("circular"),
                                            QStringLiteral("layered"), QStringLiteral("radial"),
                                            QStringLiteral("grid")}
                              : layoutsArg.last().split(QLatin1Char(','), Qt::SkipEmptyParts);
    if (stored) {
        Positions positions;
        for (NodeId id : ids)
            positions[id] = document->graph().node(id)->position.value_or(QPointF());
        print(measure(*document, graphName, QStringLiteral("stored"), positions, pairs, pdfDir));
    }
    for (const QString& key : layouts) {
        const auto algorithm = layoutFromKey(key);
        if (!algorithm)
            fail(QStringLiteral("unknown layout \"%1\"").arg(key));
        LayoutOptions options;
        options.language = document->info().defaultLanguage;
        QElapsedTimer timer;
        timer.start();
        auto positions = computeLayout(document->graph(), *algorithm, options);
        if (!positions)
            fail(QStringLiteral("%1 layout: %2").arg(key, positions.error()));
        const double seconds = timer.nsecsElapsed() / 1e9;
        Row row = measure(*document, graphName, key, positions.value(), pairs, pdfDir);
        row.layoutS = seconds;
        print(row);
    }
    for (const QString& spec : positionsArg) {
        const qsizetype eq = spec.indexOf(QLatin1Char('='));
        if (eq <= 0)
            fail(QStringLiteral("--positions takes NAME=FILE, not \"%1\"").arg(spec));
        double factor = 1;
        const Positions positions = externalPositions(*document, spec.mid(eq + 1), &factor);
        Row row = measure(*document, graphName, spec.left(eq), positions, pairs, pdfDir);
        row.scaled = factor;
        print(row);
    }
    return 0;
}
