// Exports of maps too big to draw relation by relation (#13: memory bounded on a million
// relations): the PDF streams into its file with Qt's stamps fixed on the way, and the drawing
// batches the relations' lines and arrowheads, every one of them still drawn.
#include "TestSupport.h"
#include "document/GraphDocument.h"
#include "export/DiagramComposer.h"
#include "export/DiagramExport.h"
#include "export/ReproduciblePdf.h"

#include <QBuffer>
#include <QFile>
#include <QPaintEngine>
#include <QPainterPath>
#include <QRegularExpression>
#include <QTextStream>
#include <catch2/catch.hpp>

using namespace kizuna;

namespace {

QByteArray throughDevice(const QByteArray& input, qsizetype writeSize) {
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    ReproduciblePdfDevice device(buffer, QStringLiteral("2026-01-31"));
    for (qsizetype at = 0; at < input.size(); at += writeSize)
        REQUIRE(device.write(input.mid(at, writeSize)) == input.mid(at, writeSize).size());
    device.close();
    REQUIRE_FALSE(device.failed());
    return bytes;
}

// Counts what a painting asks for: draw calls, lines, and filled triangles (arrowheads).
class CountingEngine : public QPaintEngine {
public:
    int calls = 0;
    qint64 lines = 0;
    qint64 triangles = 0;

    CountingEngine() : QPaintEngine(AllFeatures) {} // as QPdfEngine: no strokes turned to fills
    bool begin(QPaintDevice*) override { return true; }
    bool end() override { return true; }
    void updateState(const QPaintEngineState& state) override {
        if (state.state() & DirtyPen)
            m_pen = state.pen();
    }
    Type type() const override { return User; }
    void drawPixmap(const QRectF&, const QPixmap&, const QRectF&) override {}
    void drawTextItem(const QPointF&, const QTextItem&) override {}
    void drawLines(const QLineF*, int count) override {
        ++calls;
        lines += count;
    }
    void drawPolygon(const QPointF*, int count, PolygonDrawMode mode) override {
        ++calls;
        if (count == 3 && mode != PolylineMode && m_pen.style() == Qt::NoPen)
            ++triangles;
    }
    void drawPath(const QPainterPath& path) override {
        ++calls;
        if (m_pen.style() != Qt::NoPen)
            return;
        for (const QPolygonF& part : path.toSubpathPolygons()) // a fill closes each
            if (part.size() == 3 || (part.size() == 4 && part.first() == part.last()))
                ++triangles;
    }

private:
    QPen m_pen;
};

class CountingDevice : public QPaintDevice {
public:
    explicit CountingDevice(QSize size) : m_size(size) {}
    CountingEngine engine;
    QPaintEngine* paintEngine() const override { return const_cast<CountingEngine*>(&engine); }

protected:
    int metric(PaintDeviceMetric metric) const override {
        switch (metric) {
        case PdmWidth:
            return m_size.width();
        case PdmHeight:
            return m_size.height();
        case PdmDpiX:
        case PdmDpiY:
        case PdmPhysicalDpiX:
        case PdmPhysicalDpiY:
            return 96;
        case PdmDevicePixelRatio:
            return 1;
        case PdmDevicePixelRatioScaled:
            return int(devicePixelRatioFScale());
        case PdmDepth:
            return 32;
        default:
            return 0;
        }
    }

private:
    QSize m_size;
};

// A map of `nodes` on a grid, each pair of them joined by one directed relation (straight: no
// two relations share a pair) until there are `relations`.
QString writeMap(const test::TempFolder& folder, int nodes, int relations) {
    const QString nodesCsv = folder.file(QStringLiteral("nodes.csv"));
    const QString edgesCsv = folder.file(QStringLiteral("edges.csv"));
    QFile n(nodesCsv), e(edgesCsv);
    REQUIRE(n.open(QIODevice::WriteOnly));
    REQUIRE(e.open(QIODevice::WriteOnly));
    QTextStream nodeRows(&n), edgeRows(&e);
    nodeRows << "id,label,type,x,y\n";
    for (int i = 0; i < nodes; ++i)
        nodeRows << "n" << i << ",Node " << i << "," << (i % 2 ? "company" : "agency") << ","
                 << (i % 10) * 120 << "," << (i / 10) * 90 << "\n";
    edgeRows << "source,target,relation\n";
    int written = 0;
    for (int i = 0; i < nodes && written < relations; ++i)
        for (int j = i + 1; j < nodes && written < relations; ++j, ++written)
            edgeRows << "n" << i << ",n" << j << "," << (written % 3 ? "invests_in" : "regulates")
                     << "\n";
    REQUIRE(written == relations);
    nodeRows.flush();
    edgeRows.flush();
    n.close();
    e.close();
    const QString map = folder.file(QStringLiteral("big.kizuna"));
    const test::CliResult imported = test::runCli(
        {QStringLiteral("import"), map, nodesCsv, QStringLiteral("--edges"), edgesCsv});
    INFO(imported.err.toStdString());
    REQUIRE(imported.exitCode == 0);
    return map;
}

} // namespace

TEST_CASE("The PDF stream fixes Qt's date and font tags however its writes split them",
          "[ui][export][pdf]") {
    const QByteArray pdf =
        "%PDF-1.4\n1 0 obj\n<< /Creator (Kizuna)\n/CreationDate (D:20261204230517+01'00')\n>>\n"
        "endobj\nstream\n" +
        QByteArray(300, 'x') +
        "\nendstream\n/FontName /QWERTY+IPAPGothic\n/BaseFont /QWERTY+IPAPGothic\n" +
        QByteArray(150, 'y') +
        "/BaseFont /ZXCVBN+Mono\n/FontName /ASDFGH+DejaVuSans\n(QWERTY+ again) /BaseFont /ab\n";
    const QByteArray expected =
        "%PDF-1.4\n1 0 obj\n<< /Creator (Kizuna)\n/CreationDate (D:20260131000000Z      )\n>>\n"
        "endobj\nstream\n" +
        QByteArray(300, 'x') +
        "\nendstream\n/FontName /KZAAAA+IPAPGothic\n/BaseFont /KZAAAA+IPAPGothic\n" +
        QByteArray(150, 'y') +
        "/BaseFont /KZAABA+Mono\n/FontName /KZAACA+DejaVuSans\n(KZAAAA+ again) /BaseFont /ab\n";
    REQUIRE(expected.size() == pdf.size()); // the offsets in the cross-reference table hold
    for (qsizetype writeSize : {qsizetype(1), qsizetype(7), qsizetype(13), qsizetype(95),
                                qsizetype(96), qsizetype(97), qsizetype(200), pdf.size()}) {
        INFO("writes of " << writeSize << " bytes");
        CHECK(throughDevice(pdf, writeSize) == expected);
    }
}

TEST_CASE("A big map's export draws every relation and arrowhead, in batches",
          "[ui][export][pdf]") {
    test::TempFolder folder;
    constexpr int kRelations = 2500; // over kDetailedEdgesUpTo: batched
    const QString map = writeMap(folder, 80, kRelations);
    auto document = test::openMap(map);
    REQUIRE(document->graph().edgeCount() == kRelations);
    DiagramOptions options;
    const DiagramComposer composer(*document, options);
    CountingDevice device(composer.naturalSize().toSize());
    {
        QPainter painter(&device);
        composer.paint(painter, QRectF(QPointF(0, 0), composer.naturalSize()));
    }
    // Every relation's line and arrowhead, and the legend's few.
    CHECK(device.engine.lines >= kRelations);
    CHECK(device.engine.lines < kRelations + 20);
    CHECK(device.engine.triangles >= kRelations);
    CHECK(device.engine.triangles < kRelations + 20);
    // Two calls a relation made a PDF page of 400 bytes a relation (a graphics state each); the
    // rest is the nodes, names and legend.
    CHECK(device.engine.calls < kRelations / 4);

    // The PDF streams into its file: the same bytes as made in memory, every time.
    const QString pdf = folder.file(QStringLiteral("big.pdf"));
    REQUIRE(exportDiagram(*document, pdf, DiagramFormat::Pdf, options).ok());
    QFile written(pdf);
    REQUIRE(written.open(QIODevice::ReadOnly));
    const QByteArray bytes = written.readAll();
    CHECK(bytes.startsWith("%PDF-"));
    CHECK(bytes.trimmed().endsWith("%%EOF"));
    CHECK(bytes == renderDiagram(*document, DiagramFormat::Pdf, options).value());
    // A folder that is not there: an error naming the file, nothing written.
    const Status failed = exportDiagram(*document, folder.file(QStringLiteral("no/such/big.pdf")),
                                        DiagramFormat::Pdf, options);
    REQUIRE_FALSE(failed.ok());
    CHECK(failed.error().contains(QStringLiteral("big.pdf")));
}

TEST_CASE("A page sized to a map too big for PDF readers is capped, its names fitted",
          "[ui][export][pdf]") {
    test::TempFolder folder;
    const QString nodesCsv = folder.file(QStringLiteral("nodes.csv"));
    QFile nodes(nodesCsv);
    REQUIRE(nodes.open(QIODevice::WriteOnly));
    nodes.write("id,label,type,x,y\neast,East,company,700000,0\n");
    for (int i = 0; i < 30; ++i) // a crowd in the west, far from the east
        nodes.write(QStringLiteral("w%1,West %1,company,%2,%3\n")
                        .arg(i)
                        .arg(i % 6 * 90)
                        .arg(i / 6 * 60)
                        .toUtf8());
    nodes.close();
    const QString map = folder.file(QStringLiteral("wide.kizuna"));
    REQUIRE(test::runCli({QStringLiteral("import"), map, nodesCsv}).exitCode == 0);
    const QString out = folder.file(QStringLiteral("out.pdf"));
    const auto exportPdf = [&](const QString& mapFile, const QStringList& options) {
        return test::runCli(QStringList{QStringLiteral("export"), mapFile, out} + options);
    };
    const test::CliResult fitted =
        exportPdf(map, {QStringLiteral("--page"), QStringLiteral("fit")});
    INFO(fitted.err.toStdString());
    CHECK(fitted.exitCode == 0);
    CHECK(fitted.err.contains(QStringLiteral("larger than PDF readers are sure to open")));
    // The page: capped at 14,400 pt, as wide as the map is wide.
    QFile pdf(out);
    REQUIRE(pdf.open(QIODevice::ReadOnly));
    const QRegularExpressionMatch box =
        QRegularExpression(QStringLiteral("/MediaBox \\[0 0 ([0-9.]+) ([0-9.]+)\\]"))
            .match(QString::fromLatin1(pdf.readAll()));
    REQUIRE(box.hasMatch());
    CHECK(box.captured(1).toDouble() <= 14400);
    CHECK(box.captured(1).toDouble() > 14000);
    // The crowd's names do not all fit at 7 pt there: said, with what shows them.
    CHECK(fitted.err.contains(QStringLiteral("node labels do not fit on that page at 7 pt")));
    CHECK(fitted.err.contains(QStringLiteral("--tiles")));
    // A page fitted to the bundled map: nothing to say.
    const QString bundled = folder.file(QStringLiteral("bundled.kizuna"));
    test::writeBundledMap(bundled);
    const test::CliResult small =
        exportPdf(bundled, {QStringLiteral("--page"), QStringLiteral("fit")});
    CHECK(small.exitCode == 0);
    CHECK(small.err.isEmpty());
}

TEST_CASE("A cancelled export stops drawing and leaves the file as it was", "[ui][export]") {
    test::TempFolder folder;
    constexpr int kRelations = 2500;
    const QString map = writeMap(folder, 80, kRelations);
    auto document = test::openMap(map);
    DiagramOptions options;
    for (const char* extension : {"pdf", "svg", "png"}) {
        INFO(extension);
        const QString out = folder.file(QStringLiteral("out.") + QLatin1String(extension));
        {
            QFile before(out);
            REQUIRE(before.open(QIODevice::WriteOnly));
            before.write("the old file");
        }
        const Diagram diagram(*document, *diagramFormatOf(out), options);
        std::atomic<bool> stop{true}; // cancelled before it starts: nothing is drawn
        const Status cancelled = diagram.exportTo(out, &stop);
        REQUIRE_FALSE(cancelled.ok());
        CHECK(cancelled.error().contains(QStringLiteral("export cancelled")));
        QFile after(out);
        REQUIRE(after.open(QIODevice::ReadOnly));
        CHECK(after.readAll() == "the old file");
        after.close();
        stop = false; // the same diagram, not cancelled: written
        REQUIRE(diagram.exportTo(out, &stop).ok());
        REQUIRE(after.open(QIODevice::ReadOnly));
        CHECK(after.readAll() != "the old file");
    }
    // The drawing itself stops: no relation is drawn once the flag is set.
    DiagramComposer composer(*document, options);
    std::atomic<bool> stop{true};
    composer.setStop(&stop);
    CountingDevice device(composer.naturalSize().toSize());
    {
        QPainter painter(&device);
        composer.paint(painter, QRectF(QPointF(0, 0), composer.naturalSize()));
    }
    CHECK(device.engine.lines < 20); // the legend's
    CHECK(device.engine.triangles < 20);
}
