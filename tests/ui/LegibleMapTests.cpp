// Legible maps: names at every zoom on the canvas, and report pages whose labels can be read on
// paper (checked in the PDF itself with poppler's pdftotext -bbox).
#include "UiTestSupport.h"
#include "canvas/GraphCanvas.h"
#include "dialogs/ExportDiagramDialog.h"
#include "dialogs/ImportDialog.h"
#include "document/Edits.h"
#include "main/DiagramActions.h"
#include "main/MainWindow.h"
#include "model/StyleOverrides.h"

#include <QAbstractButton>
#include <QAction>
#include <QDoubleSpinBox>
#include <QFile>
#include <QFileDialog>
#include <QMessageBox>
#include <QTimer>
#include <functional>
#include <memory>

#include <QProcess>
#include <QRegularExpression>
#include <catch2/catch.hpp>
#include <cmath>

using namespace kizuna;
using namespace kizuna::test;

namespace {

struct Word {
    QRectF box;
    QString text;
};

QString runTool(const QString& program, const QStringList& args) {
    QProcess process;
    process.start(program, args);
    REQUIRE(process.waitForFinished(60000));
    REQUIRE(process.exitCode() == 0);
    return QString::fromUtf8(process.readAllStandardOutput());
}

std::vector<Word> pdfWords(const QString& pdf) {
    static const QRegularExpression word(QStringLiteral(
        R"re(<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)</word>)re"));
    std::vector<Word> words;
    const QString html =
        runTool(QStringLiteral("pdftotext"), {QStringLiteral("-bbox"), pdf, QStringLiteral("-")});
    for (auto it = word.globalMatch(html); it.hasNext();) {
        const auto m = it.next();
        words.push_back({QRectF(QPointF(m.captured(1).toDouble(), m.captured(2).toDouble()),
                                QPointF(m.captured(3).toDouble(), m.captured(4).toDouble())),
                         m.captured(5)});
    }
    return words;
}

// Word pairs whose boxes overlap by more than a fifth of the smaller (touching does not count).
int overlappingWords(const std::vector<Word>& words) {
    int overlaps = 0;
    for (size_t i = 0; i < words.size(); ++i)
        for (size_t j = i + 1; j < words.size(); ++j) {
            const QRectF common = words[i].box.intersected(words[j].box);
            const double smaller = std::min(words[i].box.width() * words[i].box.height(),
                                            words[j].box.width() * words[j].box.height());
            if (!common.isEmpty() && common.width() * common.height() > 0.2 * smaller) {
                UNSCOPED_INFO("overlap: " << words[i].text.toStdString() << " / "
                                          << words[j].text.toStdString());
                ++overlaps;
            }
        }
    return overlaps;
}

QString squeezed(QString text) {
    static const QRegularExpression space(QStringLiteral("\\s+"));
    return text.remove(space);
}

QString allText(const std::vector<Word>& words) {
    QString text;
    for (const Word& w : words)
        text += w.text;
    return squeezed(text.replace(QStringLiteral("&amp;"), QStringLiteral("&")));
}

struct ExportedMap {
    TempFolder folder;
    QString map = folder.file(QStringLiteral("map.kizuna"));
    ExportedMap() { writeBundledMap(map); }
    CliResult exportPdf(const QString& name, const QStringList& options = {}) {
        const CliResult result =
            runCli(QStringList{QStringLiteral("export"), map, folder.file(name),
                               QStringLiteral("--as-of"), QStringLiteral("2026-12-01")} +
                   options);
        INFO(result.err.toStdString());
        REQUIRE(result.exitCode == 0);
        return result;
    }
    QStringList labels() {
        auto document = openMap(map);
        QStringList labels;
        for (NodeId id : document->graph().nodeIds())
            labels << document->displayLabel(id);
        return labels;
    }
};

} // namespace

TEST_CASE("At Fit to Window the bundled map shows its names, none on another, at a readable size",
          "[ui][canvas][labels]") {
    WindowFixture f;
    GraphCanvas* canvas = f.canvas();
    canvas->resize(1280, 800);
    canvas->fitToWindow();
    const CanvasScene& scene = canvas->scene();
    const double scale = canvas->zoom();
    const NodeLabels& labels = scene.nodeLabels(scale, LabelSizing{});
    const int px = CanvasScene::labelPixels(scale, scene.labelFont().pixelSize(), 10);
    CHECK(px >= 9);
    std::vector<QRectF> shown;
    const QRectF view(0, 0, canvas->width(), canvas->height());
    for (size_t i = 0; i < scene.nodes().size(); ++i)
        if (labels.sides[i] != LabelSide::Hidden) {
            const QRectF r = scene.labelDeviceRect(i, labels.sides[i], scale, px);
            // Fit to Window frames the labels too: every one is inside the canvas.
            const QRectF onScreen(canvas->worldToScreen(r.topLeft() / scale),
                                  canvas->worldToScreen(r.bottomRight() / scale));
            CHECK(view.contains(onScreen));
            shown.push_back(r);
        }
    // Every name of the bundled map fits at the overview.
    CHECK(shown.size() == scene.nodes().size());
    for (size_t i = 0; i < shown.size(); ++i)
        for (size_t j = i + 1; j < shown.size(); ++j)
            CHECK_FALSE(shown[i].intersects(shown[j]));

    SECTION("zooming in keeps every label shown where it was") {
        const std::vector<LabelSide> before = labels.sides;
        canvas->zoomIn();
        canvas->zoomIn();
        const NodeLabels& closer = scene.nodeLabels(canvas->zoom(), LabelSizing{});
        for (size_t i = 0; i < before.size(); ++i)
            if (before[i] != LabelSide::Hidden)
                CHECK(closer.sides[i] == before[i]);
    }
    SECTION("a label is a handle for its node") {
        const size_t i = 0;
        const QRectF r = scene.labelDeviceRect(i, labels.sides[i], scale, px);
        const QPointF world = r.center() / scale;
        CHECK(scene.labelAt(world, scale, LabelSizing{}) == scene.nodes()[i].id);
    }
}

TEST_CASE("Far out on a crowded map, fewer labels show and none overlaps", "[ui][canvas][labels]") {
    WindowFixture f;
    GraphCanvas* canvas = f.canvas();
    canvas->resize(400, 300);
    canvas->fitToWindow();
    const CanvasScene& scene = canvas->scene();
    const double far = canvas->zoom() / 4;
    const NodeLabels& labels = scene.nodeLabels(far, LabelSizing{});
    const int px = CanvasScene::labelPixels(far, scene.labelFont().pixelSize(), 10);
    CHECK(px == 10); // never shrunk below the minimum: hidden instead
    std::vector<QRectF> shown;
    for (size_t i = 0; i < scene.nodes().size(); ++i)
        if (labels.sides[i] != LabelSide::Hidden)
            shown.push_back(scene.labelDeviceRect(i, labels.sides[i], far, px));
    CHECK(shown.size() < scene.nodes().size());
    CHECK_FALSE(shown.empty()); // the most connected still named
    for (size_t i = 0; i < shown.size(); ++i)
        for (size_t j = i + 1; j < shown.size(); ++j)
            CHECK_FALSE(shown[i].intersects(shown[j]));
    // Zooming in only adds names: what shows far out still shows, where it was.
    const std::vector<LabelSide> farSides = labels.sides;
    const NodeLabels& closer = scene.nodeLabels(canvas->zoom(), LabelSizing{});
    for (size_t i = 0; i < farSides.size(); ++i)
        if (farSides[i] != LabelSide::Hidden)
            CHECK(closer.sides[i] == farSides[i]);
}

TEST_CASE("The default A4 report of the bundled map reads on paper", "[ui][export][labels]") {
    ExportedMap m;
    const CliResult result = m.exportPdf(QStringLiteral("report.pdf"));
    CHECK(result.err.isEmpty()); // every label fits: no warning
    const QString pdf = m.folder.file(QStringLiteral("report.pdf"));
    const std::vector<Word> words = pdfWords(pdf);
    REQUIRE_FALSE(words.empty());
    double smallest = 1e9;
    for (const Word& w : words)
        smallest = std::min(smallest, w.box.height());
    CHECK(smallest >= 5.9); // relation labels 6 pt, node labels 7.5 pt
    CHECK(overlappingWords(words) == 0);
    const QString text = allText(words);
    for (const QString& label : m.labels()) {
        INFO(label.toStdString());
        CHECK(text.contains(squeezed(label)));
    }
    // Report defaults: the map's name as title, the sources with no file path.
    CHECK(text.contains(squeezed(QStringLiteral("米中AI関係マップ 2025"))));
    CHECK(text.contains(QStringLiteral("Sources")));
    CHECK_FALSE(text.contains(QStringLiteral("seeds/")));
    // The map is wider than tall: landscape.
    CHECK(runTool(QStringLiteral("pdfinfo"), {pdf}).contains(QStringLiteral("842 x 595")));
}

TEST_CASE("A page too small for readable labels says so, and larger pages or tiles show them all",
          "[ui][export][labels]") {
    ExportedMap m;
    const QStringList big = {QStringLiteral("--min-font"), QStringLiteral("16")};
    const CliResult crowded = m.exportPdf(QStringLiteral("a4.pdf"), big);
    CHECK(crowded.err.contains(QStringLiteral("do not fit on A4 at 16 pt")));
    CHECK(crowded.err.contains(QStringLiteral("--tiles")));
    const QStringList labels = m.labels();
    auto missing = [&](const QString& name) {
        const QString text = allText(pdfWords(m.folder.file(name)));
        int count = 0;
        for (const QString& label : labels)
            if (!text.contains(squeezed(label))) {
                UNSCOPED_INFO(name.toStdString() << " lacks " << label.toStdString());
                ++count;
            }
        return count;
    };
    CHECK(missing(QStringLiteral("a4.pdf")) > 0);

    const CliResult fitted =
        m.exportPdf(QStringLiteral("fit.pdf"),
                    big + QStringList{QStringLiteral("--page"), QStringLiteral("fit")});
    CHECK(fitted.err.isEmpty());
    CHECK(missing(QStringLiteral("fit.pdf")) == 0);
    CHECK(overlappingWords(pdfWords(m.folder.file(QStringLiteral("fit.pdf")))) == 0);

    const CliResult tiled =
        m.exportPdf(QStringLiteral("tiles.pdf"), big + QStringList{QStringLiteral("--tiles")});
    CHECK(tiled.err.isEmpty());
    CHECK(missing(QStringLiteral("tiles.pdf")) == 0);
    const QString info =
        runTool(QStringLiteral("pdfinfo"), {m.folder.file(QStringLiteral("tiles.pdf"))});
    static const QRegularExpression pages(QStringLiteral("Pages:\\s+(\\d+)"));
    CHECK(pages.match(info).captured(1).toInt() > 2); // an overview and at least two tiles
    const QString text = runTool(QStringLiteral("pdftotext"),
                                 {m.folder.file(QStringLiteral("tiles.pdf")), QStringLiteral("-")});
    CHECK(text.contains(QStringLiteral("A1 · p. 2"))); // the overview names the tiles' pages
}

TEST_CASE("Parallel relations get their own curves and a long relation label wraps in exports",
          "[ui][export][labels]") {
    ExportedMap m;
    {
        auto document = openMap(m.map);
        // A relation with room around it: the guideline at the map's edge.
        const NodeId guideline =
            nodeLabelled(*document, QStringLiteral("国家レベルでの安全・倫理ガイドライン"));
        const auto relations = document->graph().incidentEdges(guideline);
        REQUIRE(relations.size() == 1);
        EdgeData edge = *document->graph().edge(relations.front());
        edge.label = QStringLiteral("a deliberately long relation label that must wrap not be cut");
        REQUIRE(document->apply(updateEdgeChange(*document, edge)).ok());
    }
    m.exportPdf(QStringLiteral("long.pdf"));
    const std::vector<Word> words = pdfWords(m.folder.file(QStringLiteral("long.pdf")));
    CHECK(overlappingWords(words) == 0);
    const QString text = allText(words);
    CHECK(text.contains(QStringLiteral("mustwrapnotbecut")));
    CHECK_FALSE(text.contains(QChar(0x2026)));
}

TEST_CASE("File > Export Diagram says when names do not fit and offers tiled pages",
          "[ui][export][labels]") {
    WindowFixture f;
    const QString pdf = f.folder.file(QStringLiteral("tiled.pdf"));
    QString question;
    whenShown<ExportDiagramDialog>([&](ExportDiagramDialog* dialog) { // names at least 16 pt
        auto* minFont = dialog->findChild<QDoubleSpinBox*>();
        REQUIRE(minFont);
        minFont->setValue(16);
        whenShown<QMessageBox>([&](QMessageBox* message) { // the offer
            question = message->text();
            for (QAbstractButton* button : message->buttons())
                if (button->text() == QStringLiteral("Tiled Pages"))
                    button->click();
        });
        dialog->accept();
    });
    exportDiagramInteractively(f.window.get(), f.document(), f.settings, {},
                               f.canvas()->sceneOptions(), f.canvas()->idsInView(), pdf);
    INFO(question.toStdString());
    CHECK(question.contains(QStringLiteral("do not fit on A4 at 16 pt")));
    REQUIRE(QFile::exists(pdf));
    static const QRegularExpression pages(QStringLiteral("Pages:\\s+(\\d+)"));
    CHECK(pages.match(runTool(QStringLiteral("pdfinfo"), {pdf})).captured(1).toInt() > 2);
}

TEST_CASE("A pinned name is shown first: far out on the canvas, and in a crowded export",
          "[ui][canvas][export][labels]") {
    WindowFixture f;
    GraphCanvas* canvas = f.canvas();
    canvas->resize(400, 300);
    canvas->fitToWindow();
    const CanvasScene& scene = canvas->scene();
    const double far = canvas->zoom() / 4;
    // The least connected node whose name does not show far out.
    NodeId quiet;
    {
        const NodeLabels& labels = scene.nodeLabels(far, LabelSizing{});
        int fewest = 1 << 30;
        for (size_t i = 0; i < scene.nodes().size(); ++i)
            if (labels.sides[i] == LabelSide::Hidden && scene.nodes()[i].degree < fewest) {
                fewest = scene.nodes()[i].degree;
                quiet = scene.nodes()[i].id;
            }
    }
    REQUIRE(quiet.isValid());
    auto shownFarOut = [&] {
        const NodeLabels& labels = scene.nodeLabels(far, LabelSizing{});
        for (size_t i = 0; i < scene.nodes().size(); ++i)
            if (scene.nodes()[i].id == quiet)
                return labels.sides[i] != LabelSide::Hidden;
        return false;
    };
    REQUIRE_FALSE(shownFarOut());
    canvas->setSelection({quiet.value});
    f.window->pinSelectedNames(true);
    CHECK(isLabelPinned(f.document().graph().node(quiet)->properties));
    CHECK(shownFarOut());
    f.window->pinSelectedNames(false);
    CHECK_FALSE(shownFarOut());

    SECTION("kizuna-cli sets the pin; a crowded A4 export keeps that name") {
        const QString pdf = f.folder.file(QStringLiteral("pinned.pdf"));
        const QString id = QString::number(quiet.value);
        auto exportWith = [&](const QString& pin) {
            REQUIRE(runCli({QStringLiteral("set"), f.mapPath, id,
                            QStringLiteral("prop.label:pinned"), pin})
                        .exitCode == 0);
            REQUIRE(runCli({QStringLiteral("export"), f.mapPath, pdf, QStringLiteral("--min-font"),
                            QStringLiteral("20")})
                        .exitCode == 0);
            return allText(pdfWords(pdf)).contains(squeezed(f.document().displayLabel(quiet)));
        };
        CHECK_FALSE(exportWith(QString()));
        CHECK(exportWith(QStringLiteral("true")));
    }
}

TEST_CASE("A node's own colour, size and shape (imported appearance) are drawn on the canvas",
          "[ui][canvas][style]") {
    WindowFixture f;
    const NodeId plan = nodeLabelled(f.document(), QStringLiteral("AIアクションプラン"));
    NodeData node = *f.document().graph().node(plan);
    Properties properties = node.properties;
    properties.insert(kStyleColor, QStringLiteral("#112233"));
    properties.insert(kStyleSize, QStringLiteral("2"));
    properties.insert(kStyleShape, QStringLiteral("hexagon"));
    REQUIRE(f.window->edits()
                ->perform(setPropertiesChange(f.document(), plan.value, properties))
                .isEmpty());
    QApplication::processEvents();
    const QImage image = f.canvas()->grab().toImage();
    CHECK(image.pixelColor(screenPointOf(f.canvas(), plan)) == QColor(QStringLiteral("#112233")));
    for (const NodeVisual& visual : f.canvas()->scene().nodes())
        if (visual.id == plan) {
            CHECK(visual.radius == Approx(2 * CanvasScene::kNodeRadius));
            CHECK(visual.shape == NodeShape::Hexagon);
        }
}

TEST_CASE("Importing a laid-out file into an empty map fits the view to it, in its own colours",
          "[ui][import][style]") {
    WindowFixture f;
    const QString empty = f.folder.file(QStringLiteral("empty.kizuna"));
    REQUIRE(runCli({QStringLiteral("init"), empty}).exitCode == 0);
    REQUIRE(f.window->openMap(empty).isEmpty());
    // Three nodes far from the origin, as Gephi writes them, in a colour of their own.
    const QString gexf = f.folder.file(QStringLiteral("far.gexf"));
    QFile file(gexf);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(R"(<?xml version="1.0" encoding="UTF-8"?>
<gexf xmlns="http://www.gexf.net/1.2draft" xmlns:viz="http://www.gexf.net/1.2draft/viz" version="1.2">
  <graph defaultedgetype="undirected">
    <nodes>
      <node id="a" label="Far A"><viz:color r="17" g="34" b="51"/><viz:position x="50000" y="40000" z="0"/></node>
      <node id="b" label="Far B"><viz:color r="17" g="34" b="51"/><viz:position x="50300" y="40100" z="0"/></node>
      <node id="c" label="Far C"><viz:color r="17" g="34" b="51"/><viz:position x="50150" y="40400" z="0"/></node>
    </nodes>
    <edges><edge id="e1" source="a" target="b"/><edge id="e2" source="b" target="c"/></edges>
  </graph>
</gexf>
)");
    file.close();
    whenShown<ImportDialog>([&](ImportDialog* preview) { preview->accept(); });
    f.window->importFromFile(gexf); // File > Import, the file chosen
    REQUIRE(f.document().graph().nodeCount() == 3);
    QApplication::processEvents();
    const QImage image = f.canvas()->grab().toImage();
    for (NodeId id : f.document().graph().nodeIds()) {
        const QPoint at = screenPointOf(f.canvas(), id);
        CHECK(f.canvas()->rect().contains(at));
        CHECK(image.pixelColor(at) == QColor(17, 34, 51));
    }
}

TEST_CASE("The app says which elements' text an SVG export wrote with visible markers",
          "[ui][export][hostile]") {
    WindowFixture f;
    const NodeId openai = nodeLabelled(f.document(), QStringLiteral("OpenAI"));
    NodeData node = *f.document().graph().node(openai);
    node.labels.ja = QStringLiteral("Open\u0007AI");
    REQUIRE(f.window->edits()->perform(updateNodeChange(f.document(), node)).isEmpty());
    const QString svg = f.folder.file(QStringLiteral("bell.svg"));
    QString notice;
    whenShown<ExportDiagramDialog>([&](ExportDiagramDialog* dialog) {
        whenShown<QMessageBox>([&](QMessageBox* message) {
            notice = message->text() + QLatin1Char('\n') + message->detailedText();
            message->accept();
        });
        dialog->accept();
    });
    exportDiagramInteractively(f.window.get(), f.document(), f.settings, {},
                               f.canvas()->sceneOptions(), {}, svg);
    INFO(notice.toStdString());
    REQUIRE(QFile::exists(svg));
    CHECK(notice.contains(QStringLiteral("visible markers")));
    CHECK(notice.contains(QStringLiteral("Open\u2407AI")));
}
