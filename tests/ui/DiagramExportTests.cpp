// Diagram exports checked with real consumers: poppler (pdftotext, pdffonts), Qt's SVG renderer
// and librsvg (rsvg-convert), and image sizes; through kizuna-cli, which needs no display.
#include "TestSupport.h"
#include "document/GraphDocument.h"
#include "export/DiagramExport.h"
#include "export/WellFormedXml.h"
#include "main/DiagramActions.h"

#include <QBuffer>

#include <QFile>
#include <QImage>
#include <QProcess>
#include <QRegularExpression>
#include <QSettings>
#include <QSvgRenderer>
#include <QXmlStreamReader>
#include <catch2/catch.hpp>

using namespace kizuna;
using namespace kizuna::test;

namespace {

struct Tool {
    int exitCode = -1;
    QString out;
};

Tool run(const QString& program, const QStringList& args) {
    QProcess process;
    process.start(program, args);
    REQUIRE(process.waitForFinished(60000));
    return Tool{process.exitCode(), QString::fromUtf8(process.readAllStandardOutput())};
}

QByteArray readAll(const QString& path) {
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

struct ExportFixture {
    TempFolder folder;
    QString map = folder.file(QStringLiteral("map.kizuna"));
    ExportFixture() { writeBundledMap(map); }
    QString exportTo(const QString& name, const QStringList& options) {
        const QString out = folder.file(name);
        const CliResult result = runCli(QStringList{QStringLiteral("export"), map, out} + options);
        INFO(result.err.toStdString());
        REQUIRE(result.exitCode == 0);
        return out;
    }
};

} // namespace

TEST_CASE("A PDF export embeds its fonts and its Japanese text can be extracted",
          "[ui][export][pdf]") {
    ExportFixture f;
    const QString pdf = f.exportTo(QStringLiteral("map.pdf"),
                                   {QStringLiteral("--title"), QStringLiteral("米中AI関係マップ"),
                                    QStringLiteral("--legend"), QStringLiteral("--sources"),
                                    QStringLiteral("--landscape"), QStringLiteral("--as-of"),
                                    QStringLiteral("2026-11-24")});
    const Tool text = run(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")});
    REQUIRE(text.exitCode == 0);
    CHECK(text.out.contains(QStringLiteral("米中AI関係マップ")));
    CHECK(text.out.contains(QStringLiteral("AIアクションプラン")));
    CHECK(text.out.contains(QStringLiteral("Try first"))); // no "ﬁ" ligature
    CHECK(text.out.contains(
        QStringLiteral("[1] アメリカの「オープンソースAI戦略」と世界のAI覇権競争")));
    CHECK(text.out.contains(QStringLiteral("As of 2026-11-24")));
    CHECK_FALSE(text.out.contains(QChar(0x2F76))); // no Kangxi radical in place of 米

    const Tool fonts = run(QStringLiteral("pdffonts"), {pdf});
    REQUIRE(fonts.exitCode == 0);
    const QStringList rows = fonts.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts).mid(2);
    REQUIRE_FALSE(rows.isEmpty());
    for (const QString& row : rows) {
        INFO(row.toStdString());
        CHECK(row.simplified().split(QLatin1Char(' ')).value(4) ==
              QStringLiteral("yes")); // the "emb" column
    }
    const Tool info = run(QStringLiteral("pdfinfo"), {pdf});
    CHECK(info.out.contains(QStringLiteral("842 x 595"))); // A4, landscape
}

TEST_CASE("An SVG export parses in Qt and librsvg and keeps its labels as text",
          "[ui][export][svg]") {
    ExportFixture f;
    const QString svg = f.exportTo(QStringLiteral("map.svg"),
                                   {QStringLiteral("--legend"), QStringLiteral("--sources")});
    QSvgRenderer renderer(svg);
    CHECK(renderer.isValid());
    const Tool rsvg = run(QStringLiteral("rsvg-convert"),
                          {svg, QStringLiteral("-o"), f.folder.file(QStringLiteral("svg.png"))});
    CHECK(rsvg.exitCode == 0);
    CHECK_FALSE(QImage(f.folder.file(QStringLiteral("svg.png"))).isNull());
    // QSvgGenerator splits text at script changes: compare the text of all <text> elements
    // together.
    QString text;
    static const QRegularExpression element(QStringLiteral("<text[^>]*>([^<]*)</text>"));
    for (auto it = element.globalMatch(QString::fromUtf8(readAll(svg))); it.hasNext();)
        text += it.next().captured(1);
    CHECK(text.contains(QStringLiteral("AIアクションプラン")));
    CHECK(text.contains(QStringLiteral("OpenAI")));
    CHECK(text.contains(QStringLiteral("Sources")));
}

TEST_CASE("A PNG export has the size its DPI asks for and an optional transparent background",
          "[ui][export][png]") {
    ExportFixture f;
    const QImage normal(f.exportTo(QStringLiteral("a.png"), {}));
    const QImage sharp(
        f.exportTo(QStringLiteral("b.png"), {QStringLiteral("--dpi"), QStringLiteral("192")}));
    const QImage clear(f.exportTo(QStringLiteral("c.png"), {QStringLiteral("--transparent")}));
    REQUIRE_FALSE(normal.isNull());
    CHECK(sharp.width() == normal.width() * 2);
    CHECK(sharp.height() == normal.height() * 2);
    CHECK(normal.pixelColor(1, 1) == QColor(Qt::white));
    CHECK(clear.pixelColor(1, 1).alpha() == 0);
    // The graph is drawn: some pixel has a node type's colour.
    auto document = openMap(f.map);
    const QColor policy(document->schema().nodeType(QStringLiteral("policy"))->color);
    bool found = false;
    for (int y = 0; y < normal.height() && !found; y += 2)
        for (int x = 0; x < normal.width() && !found; x += 2)
            found = normal.pixelColor(x, y) == policy;
    CHECK(found);
}

TEST_CASE("Exports are reproducible and refuse bad options with a usage error", "[ui][export]") {
    ExportFixture f;
    for (const char* extension : {"pdf", "svg", "png"}) {
        const QStringList options = {QStringLiteral("--legend"), QStringLiteral("--sources"),
                                     QStringLiteral("--as-of"), QStringLiteral("2026-01-31")};
        const QString first =
            f.exportTo(QStringLiteral("one.") + QLatin1String(extension), options);
        const QString second =
            f.exportTo(QStringLiteral("two.") + QLatin1String(extension), options);
        INFO(extension);
        CHECK(readAll(first) == readAll(second));
        if (QLatin1String(extension) == QLatin1String("pdf")) { // the stamps Qt varies, fixed
            CHECK(readAll(first).contains("/CreationDate (D:20260131000000Z"));
            CHECK(readAll(first).contains("/FontName /KZAAAA+"));
            CHECK_FALSE(
                QRegularExpression(QStringLiteral("/(FontName|BaseFont) /(?!KZ)[A-Z]{6}\\+"))
                    .match(QString::fromLatin1(readAll(first)))
                    .hasMatch());
        }
    }
    CHECK(runCli({QStringLiteral("export"), f.map, f.folder.file(QStringLiteral("x.pdf")),
                  QStringLiteral("--page"), QStringLiteral("B5")})
              .exitCode == 2);
    CHECK(runCli({QStringLiteral("export"), f.map, f.folder.file(QStringLiteral("x.png")),
                  QStringLiteral("--dpi"), QStringLiteral("0")})
              .exitCode == 2);
    const CliResult unwritable =
        runCli({QStringLiteral("export"), f.map, QStringLiteral("/nonexistent/x.svg")});
    CHECK(unwritable.exitCode == 1);
    CHECK(unwritable.err.contains(QStringLiteral("/nonexistent/x.svg")));
}

TEST_CASE("The colour-blind-safe and monochrome styles change the colours of the export",
          "[ui][export]") {
    TempFolder folder;
    writeBundledMap(folder.file(QStringLiteral("m.kizuna")));
    auto document = openMap(folder.file(QStringLiteral("m.kizuna")));
    DiagramOptions options;
    const QImage standard = diagramImage(*document, options);
    options.colours = ColourScheme::Monochrome;
    const QImage grey = diagramImage(*document, options);
    REQUIRE(standard.size() == grey.size());
    int colourful = 0;
    for (int y = 0; y < grey.height(); y += 3)
        for (int x = 0; x < grey.width(); x += 3) {
            const QColor c = grey.pixelColor(x, y);
            colourful += std::max({c.red(), c.green(), c.blue()}) -
                             std::min({c.red(), c.green(), c.blue()}) >
                         40;
        }
    CHECK(colourful == 0);
    options.colours = ColourScheme::ColourBlindSafe;
    CHECK(diagramImage(*document, options) != standard);
}

TEST_CASE("Exporting only the selection draws only the selected nodes", "[ui][export]") {
    TempFolder folder;
    writeBundledMap(folder.file(QStringLiteral("m.kizuna")));
    auto document = openMap(folder.file(QStringLiteral("m.kizuna")));
    const std::vector<NodeId> ids = document->graph().nodeIds();
    DiagramOptions options;
    options.sources = false;
    options.language = document->info().defaultLanguage;
    auto svg = renderDiagram(*document, DiagramFormat::Svg, options, {ids[0].value, ids[1].value});
    REQUIRE(svg.ok());
    const QString text = QString::fromUtf8(svg.value());
    CHECK(text.contains(document->displayLabel(ids[0])));
    CHECK_FALSE(text.contains(document->displayLabel(ids[5])));
}

// Issue #15: labels with control characters (BEL, ESC, SOH, read from a CSV file) made the SVG
// export not well-formed XML ("PCDATA invalid Char value 7").
TEST_CASE("An SVG export of labels with control characters is well-formed, shows visible markers "
          "and names the elements",
          "[ui][export][svg][hostile]") {
    TempFolder folder;
    const QString map = folder.file(QStringLiteral("controls.kizuna"));
    const QString hostile = QStringLiteral(KIZUNA_FIXTURES_DIR "/hostile/");
    REQUIRE(runCli({QStringLiteral("import"), map, hostile + QStringLiteral("control-chars.csv"),
                    QStringLiteral("--edges"), hostile + QStringLiteral("control-chars-edges.csv")})
                .exitCode == 0);
    const QString svg = folder.file(QStringLiteral("controls.svg"));
    const CliResult result = runCli({QStringLiteral("export"), map, svg, QStringLiteral("--title"),
                                     QStringLiteral("bell\x07title")});
    INFO(result.err.toStdString());
    REQUIRE(result.exitCode == 0);
    const QByteArray bytes = readAll(svg);
    QXmlStreamReader xml(bytes);
    while (!xml.atEnd())
        xml.readNext();
    INFO("line " << xml.lineNumber() << ": " << xml.errorString().toStdString());
    CHECK_FALSE(xml.hasError());
    CHECK(QSvgRenderer(svg).isValid());
    QString text;
    static const QRegularExpression element(QStringLiteral("<text[^>]*>([^<]*)</text>"));
    for (auto it = element.globalMatch(QString::fromUtf8(bytes)); it.hasNext();)
        text += it.next().captured(1);
    CHECK(text.contains(QStringLiteral("a\u2407b\u241bc\u2401d")));
    CHECK(text.contains(QStringLiteral("bell\u2407title")));
    static const QRegularExpression warning(
        QStringLiteral(
            "^export: node \\d+ \"a\u2407b\u241bc\u2401d\": label.en: control characters replaced "
            "with visible markers$"),
        QRegularExpression::MultilineOption);
    CHECK(warning.match(result.err).hasMatch());
    CHECK(result.err.contains(QStringLiteral(
        "export: diagram: title: control characters replaced with visible markers")));
    // PDF and PNG draw the text: nothing to say about them.
    const CliResult pdf =
        runCli({QStringLiteral("export"), map, folder.file(QStringLiteral("controls.pdf"))});
    CHECK(pdf.exitCode == 0);
    CHECK_FALSE(pdf.err.contains(QStringLiteral("control characters")));
}

// Issue #15: a PNG of a map spread over ±1e6 failed with "choose a lower DPI", which no DPI that
// kizuna-cli accepts could satisfy.
TEST_CASE("A PNG too large to make is refused with the largest DPI that works, or SVG and PDF",
          "[ui][export][png][hostile]") {
    const auto [spread, suggestsDpi] = GENERATE(table<double, bool>({{1e6, false}, {2e4, true}}));
    DYNAMIC_SECTION("nodes at ±" << spread) {
        TempFolder folder;
        const QString map = folder.file(QStringLiteral("wide.kizuna"));
        REQUIRE(runCli({QStringLiteral("init"), map}).exitCode == 0);
        for (const QString& label : {QStringLiteral("West"), QStringLiteral("East")}) {
            const CliResult added =
                runCli({QStringLiteral("add-node"), map, QStringLiteral("--type"),
                        QStringLiteral("lab"), QStringLiteral("--label"), label});
            REQUIRE(added.exitCode == 0);
            const QString id = added.out.trimmed();
            const double at = label == QLatin1String("West") ? -spread : spread;
            for (const QString& axis : {QStringLiteral("x"), QStringLiteral("y")})
                REQUIRE(runCli({QStringLiteral("set"), map, id, axis, QStringLiteral("--"),
                                QString::number(at, 'f', 0)})
                            .exitCode == 0);
        }
        const QString png = folder.file(QStringLiteral("wide.png"));
        const CliResult result = runCli({QStringLiteral("export"), map, png});
        INFO(result.err.toStdString());
        CHECK(result.exitCode == 1);
        CHECK_FALSE(QFile::exists(png));
        CHECK(result.err.contains(png));
        CHECK(result.err.contains(QStringLiteral("SVG or PDF")));
        CHECK_FALSE(result.err.contains(QStringLiteral("lower DPI")));
        static const QRegularExpression atDpi(QStringLiteral("export it at (\\d+) dpi or less"));
        const auto match = atDpi.match(result.err);
        CHECK(match.hasMatch() == suggestsDpi);
        if (match.hasMatch()) {
            const int dpi = match.captured(1).toInt();
            CHECK(dpi >= 24); // what kizuna-cli accepts
            CHECK(dpi < 96);
        } else {
            CHECK(result.err.contains(QStringLiteral("even at 24 dpi")));
        }
        // The suggestion is right: SVG works.
        CHECK(runCli({QStringLiteral("export"), map, folder.file(QStringLiteral("wide.svg"))})
                  .exitCode == 0);
    }
}

TEST_CASE("The SVG stream replaces what XML cannot carry even where a write splits it",
          "[ui][export]") {
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    {
        WellFormedXmlDevice device(buffer);
        device.write("a\x07"); // BEL
        device.write("b\xEF"); // U+FFFE cut after its first byte ...
        device.write("\xBF\xBE"
                     "c");        // ... and the rest
        device.write("\xEF\xBF"); // U+FFFF cut after two
        device.write("\xBF"
                     "d\xC3\xA9");
        device.close();
    }
    CHECK(QString::fromUtf8(bytes) == QStringLiteral("a\u2407b\uFFFDc\uFFFDd\u00E9"));
    CHECK(wellFormedXml("x\x1By") == QString(QStringLiteral("x\u241By")).toUtf8());
}

TEST_CASE("An SVG export streams into its file and leaves the old one when it cannot finish",
          "[ui][export]") {
    test::TempFolder folder;
    const QString path = folder.file(QStringLiteral("map.kizuna"));
    test::writeBundledMap(path);
    auto document = test::openMap(path);
    const QString svg = folder.file(QStringLiteral("map.svg"));
    DiagramOptions options;
    REQUIRE(exportDiagram(*document, svg, DiagramFormat::Svg, options).ok());
    QFile written(svg);
    REQUIRE(written.open(QIODevice::ReadOnly));
    const QByteArray first = written.readAll();
    written.close();
    CHECK(first == renderDiagram(*document, DiagramFormat::Svg, options).value());
    // A folder that is not there: an error naming the file, nothing written.
    const Status failed = exportDiagram(*document, folder.file(QStringLiteral("no/such/map.svg")),
                                        DiagramFormat::Svg, options);
    REQUIRE_FALSE(failed.ok());
    CHECK(failed.error().contains(QStringLiteral("map.svg")));
}

TEST_CASE("The export's save dialog starts in the last folder, with the last file type and the "
          "title as name",
          "[ui][export]") {
    test::TempFolder folder;
    QSettings settings(folder.file(QStringLiteral("settings.ini")), QSettings::IniFormat);
    // First time: a PDF in the home folder, named after the title (no characters a file
    // system refuses).
    CHECK(diagramFileFilter(settings) == QStringLiteral("PDF (*.pdf)"));
    CHECK(suggestedDiagramPath(settings, QStringLiteral("US/China: AI?")) ==
          QDir(QDir::homePath()).filePath(QStringLiteral("US-China- AI-.pdf")));
    const QString svg = folder.file(QStringLiteral("reports/brief.svg"));
    rememberDiagramPath(settings, svg);
    CHECK(diagramFileFilter(settings) == QStringLiteral("SVG (*.svg)"));
    CHECK(suggestedDiagramPath(settings, QStringLiteral("Brief 2")) ==
          QFileInfo(svg).absolutePath() + QStringLiteral("/Brief 2.svg"));
    CHECK(suggestedDiagramPath(settings, QString()).endsWith(QStringLiteral("/diagram.svg")));
    // A file the export refuses changes the folder but not the type.
    rememberDiagramPath(settings, folder.file(QStringLiteral("notes.txt")));
    CHECK(diagramFileFilter(settings) == QStringLiteral("SVG (*.svg)"));
}
