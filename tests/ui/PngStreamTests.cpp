// PNG exports painted and encoded a band at a time (export/PngStream.h): the picture is the one
// painted whole, the PNG carries its DPI, and a write that fails says so.
#include "TestSupport.h"
#include "document/GraphDocument.h"
#include "export/DiagramComposer.h"
#include "export/DiagramExport.h"
#include "export/PngStream.h"

#include <QBuffer>
#include <QImage>
#include <catch2/catch.hpp>
#include <cmath>

using namespace kizuna;

namespace {

QImage pngOf(const DiagramComposer& composer, const DiagramOptions& options, qint64 bandBytes) {
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    const Status written = writeDiagramPng(composer, options, buffer, bandBytes);
    INFO(written.error().toStdString());
    REQUIRE(written.ok());
    QImage image = QImage::fromData(bytes, "PNG");
    REQUIRE_FALSE(image.isNull());
    return image;
}

// Pixels that differ by more than antialiasing noise in any channel. Compared premultiplied:
// a pixel of alpha 1 may be any colour when unpremultiplied.
qint64 differingPixels(const QImage& first, const QImage& second) {
    const QImage a = first.convertToFormat(QImage::Format_ARGB32_Premultiplied);
    const QImage b = second.convertToFormat(QImage::Format_ARGB32_Premultiplied);
    qint64 count = 0;
    for (int y = 0; y < a.height(); ++y)
        for (int x = 0; x < a.width(); ++x) {
            const QRgb p = a.pixel(x, y), q = b.pixel(x, y);
            if (std::abs(qRed(p) - qRed(q)) > 8 || std::abs(qGreen(p) - qGreen(q)) > 8 ||
                std::abs(qBlue(p) - qBlue(q)) > 8 || std::abs(qAlpha(p) - qAlpha(q)) > 8)
                ++count;
        }
    return count;
}

} // namespace

TEST_CASE("A PNG painted in bands is the picture painted whole", "[ui][export][png]") {
    test::TempFolder folder;
    const QString path = folder.file(QStringLiteral("map.kizuna"));
    test::writeBundledMap(path);
    auto document = test::openMap(path);
    for (bool transparent : {false, true}) {
        DiagramOptions options;
        options.transparent = transparent;
        options.title = QStringLiteral("US–China AI");
        const DiagramComposer composer(*document, options);
        const QImage whole = pngOf(composer, options, qint64(1) << 40);
        // Bands of 37 rows: seams cross nodes, labels, relations and the legend. (A line cut at a
        // seam is antialiased a level or two differently there: within the noise.)
        const QImage banded = pngOf(composer, options, qint64(whole.width()) * 4 * 37);
        REQUIRE(banded.size() == whole.size());
        REQUIRE(whole.height() > 37 * 10);
        INFO("transparent " << transparent);
        CHECK(differingPixels(whole, banded) == 0);
        // And it is what the clipboard's image (one QImage, painted at once) shows.
        const QImage painted = diagramImage(*document, options);
        CHECK(differingPixels(whole, painted) == 0);
        CHECK(std::lround(whole.dotsPerMeterX() * 0.0254) == std::lround(options.dpi));
    }
}

TEST_CASE("A PNG that cannot be written says why", "[ui][export][png]") {
    test::TempFolder folder;
    const QString path = folder.file(QStringLiteral("map.kizuna"));
    test::writeBundledMap(path);
    auto document = test::openMap(path);
    DiagramOptions options;
    const DiagramComposer composer(*document, options);
    QByteArray bytes;
    QBuffer readOnly(&bytes);
    readOnly.open(QIODevice::ReadOnly);
    const Status written = writeDiagramPng(composer, options, readOnly);
    REQUIRE_FALSE(written.ok());
    CHECK(written.error().contains(QStringLiteral("could not be written")));
}
