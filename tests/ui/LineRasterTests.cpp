// The map layer writes its aliased lines itself (LineRaster) instead of through Qt's stroker:
// they must land where Qt puts them, blend as Qt blends, keep Qt's dash patterns and never write
// outside their clip, including when the layer's picture is cut into tiles drawn on two cores.
#include "canvas/LineRaster.h"
#include "canvas/MapLayer.h"

#include <QPainter>
#include <QRandomGenerator>
#include <catch2/catch.hpp>

using namespace kizuna;

namespace {

const QColor kPaper(250, 250, 248);

QImage blank(QSize size = QSize(320, 240)) {
    QImage image(size, QImage::Format_ARGB32_Premultiplied);
    image.fill(kPaper);
    return image;
}

QImage rastered(const std::vector<QLineF>& lines, QRgb colour, double opacity = 1.0,
                Qt::PenStyle style = Qt::SolidLine, double width = 1, bool antialias = false,
                QSize size = QSize(320, 240), QRect clip = QRect()) {
    QImage image = blank(size);
    LineRaster raster(image.bits(), image.bytesPerLine(), clip.isNull() ? image.rect() : clip);
    raster.setPen(colour, opacity, style, width, antialias);
    for (const QLineF& line : lines)
        raster.draw(line);
    return image;
}

QImage painted(const std::vector<QLineF>& lines, QRgb colour, double opacity = 1.0,
               double width = 1, bool antialias = false, QSize size = QSize(320, 240)) {
    QImage image = blank(size);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing, antialias);
    QPen pen(QColor::fromRgba(colour), width);
    pen.setCosmetic(true);
    pen.setCapStyle(Qt::FlatCap);
    painter.setPen(pen);
    painter.setOpacity(opacity);
    for (const QLineF& line : lines)
        painter.drawLine(line);
    return image;
}

// Lines between random points of a 320x240 picture.
std::vector<QLineF> randomLines(int count, quint32 seed) {
    QRandomGenerator random(seed);
    std::vector<QLineF> lines;
    for (int i = 0; i < count; ++i)
        lines.push_back(QLineF(random.bounded(320.0), random.bounded(240.0), random.bounded(320.0),
                               random.bounded(240.0)));
    return lines;
}

std::vector<QPoint> inked(const QImage& image) {
    std::vector<QPoint> points;
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x)
            if (image.pixel(x, y) != kPaper.rgb())
                points.push_back(QPoint(x, y));
    return points;
}

// How many inked pixels of `a` have no inked pixel of `b` within one pixel.
int strays(const QImage& a, const QImage& b) {
    int count = 0;
    for (const QPoint& p : inked(a)) {
        bool near = false;
        for (int dy = -1; dy <= 1 && !near; ++dy)
            for (int dx = -1; dx <= 1 && !near; ++dx) {
                const QPoint q = p + QPoint(dx, dy);
                near = b.rect().contains(q) && b.pixel(q) != kPaper.rgb();
            }
        count += !near;
    }
    return count;
}

} // namespace

TEST_CASE("LineRaster draws lines where Qt's one-pixel stroker does", "[ui][layer]") {
    const std::vector<QLineF> lines = randomLines(60, 7);
    const QImage ours = rastered(lines, qRgb(40, 60, 200));
    const QImage qts = painted(lines, qRgb(40, 60, 200));
    const size_t ourInk = inked(ours).size(), qtInk = inked(qts).size();
    INFO("ours " << ourInk << " pixels, Qt's " << qtInk);
    REQUIRE(ourInk > 3000);
    // As many pixels (one a step along the longer axis), each beside one of Qt's.
    CHECK(std::abs(double(ourInk) - double(qtInk)) < 0.03 * double(qtInk));
    CHECK(strays(ours, qts) == 0);
    CHECK(strays(qts, ours) == 0);
}

TEST_CASE("LineRaster blends a translucent pen as QPainter does", "[ui][layer]") {
    const QRgb colour = qRgba(200, 30, 30, 200);
    const std::vector<QLineF> line{QLineF(10, 20.5, 300, 20.5)};
    const QImage ours = rastered(line, colour, 0.5);
    const QImage qts = painted(line, colour, 0.5);
    const QColor a = ours.pixelColor(150, 20), b = qts.pixelColor(150, 20);
    INFO("ours " << a.name().toStdString() << ", Qt's " << b.name().toStdString());
    CHECK(a != kPaper);
    CHECK(std::abs(a.red() - b.red()) <= 2);
    CHECK(std::abs(a.green() - b.green()) <= 2);
    CHECK(std::abs(a.blue() - b.blue()) <= 2);
    // Crossing lines blend twice where they cross (source over, not a plain write).
    const QImage crossed =
        rastered({QLineF(10, 20.5, 300, 20.5), QLineF(150.5, 5, 150.5, 200)}, colour, 0.5);
    CHECK(qGray(crossed.pixel(150, 20)) < qGray(ours.pixel(150, 20)));
    // Fully transparent: nothing.
    CHECK(inked(rastered(line, colour, 0.0)).empty());
}

TEST_CASE("LineRaster keeps Qt's dash patterns and whole-pixel thickness", "[ui][layer]") {
    const std::vector<QLineF> line{QLineF(0, 10.5, 300, 10.5)};
    const auto share = [](const QImage& image) { return double(inked(image).size()) / 300.0; };
    CHECK(share(rastered(line, qRgb(0, 0, 0))) == Approx(1.0).margin(0.01));
    CHECK(share(rastered(line, qRgb(0, 0, 0), 1.0, Qt::DashLine)) == Approx(4.0 / 6).margin(0.02));
    CHECK(share(rastered(line, qRgb(0, 0, 0), 1.0, Qt::DotLine)) == Approx(1.0 / 3).margin(0.02));
    CHECK(share(rastered(line, qRgb(0, 0, 0), 1.0, Qt::DashDotLine)) ==
          Approx(5.0 / 9).margin(0.02));
    // Dashes start at the line's start: its first pixels are drawn, then a gap after four.
    const QImage dashed = rastered(line, qRgb(0, 0, 0), 1.0, Qt::DashLine);
    CHECK(dashed.pixel(0, 10) != kPaper.rgb());
    CHECK(dashed.pixel(3, 10) != kPaper.rgb());
    CHECK(dashed.pixel(4, 10) == kPaper.rgb());
    CHECK(dashed.pixel(6, 10) != kPaper.rgb());
    // Two pixels thick: the rows either side of the line's centre; dashes twice as long.
    const QImage thick = rastered(line, qRgb(0, 0, 0), 1.0, Qt::SolidLine, 1.6); // rounded
    CHECK(share(thick) == Approx(2.0).margin(0.02));
    CHECK(thick.pixel(100, 10) != kPaper.rgb());
    CHECK(thick.pixel(100, 11) != kPaper.rgb());
    const QImage thickDashed = rastered(line, qRgb(0, 0, 0), 1.0, Qt::DashLine, 2);
    CHECK(thickDashed.pixel(7, 10) != kPaper.rgb());
    CHECK(thickDashed.pixel(8, 10) == kPaper.rgb());
}

TEST_CASE("LineRaster antialiases a wide line as QPainter does", "[ui][layer]") {
    const std::vector<QLineF> lines = randomLines(40, 11);
    const QRgb colour = qRgb(30, 30, 30);
    const QImage ours = rastered(lines, colour, 1.0, Qt::SolidLine, 1.6, true);
    const QImage qts = painted(lines, colour, 1.0, 1.6, true);
    // The same amount of ink, in the same places.
    auto ink = [](const QImage& image) {
        double sum = 0;
        for (int y = 0; y < image.height(); ++y)
            for (int x = 0; x < image.width(); ++x)
                sum += qGray(kPaper.rgb()) - qGray(image.pixel(x, y));
        return sum;
    };
    INFO("ours " << ink(ours) << ", Qt's " << ink(qts));
    CHECK(ink(ours) == Approx(ink(qts)).epsilon(0.08));
    CHECK(strays(ours, qts) == 0);
    // Across a level line 1.6 pixels wide centred on row 10's middle: row 10 in full, a third
    // of each row beside it (Qt gives the same).
    const std::vector<QLineF> level{QLineF(0, 10.5, 300, 10.5)};
    const QImage across = rastered(level, colour, 1.0, Qt::SolidLine, 1.6, true);
    const QImage qtAcross = painted(level, colour, 1.0, 1.6, true);
    for (int row : {9, 10, 11, 12})
        CHECK(std::abs(qGray(across.pixel(150, row)) - qGray(qtAcross.pixel(150, row))) <= 12);
    CHECK(across.pixel(150, 10) == qRgb(30, 30, 30));
    CHECK(across.pixel(150, 12) == kPaper.rgb());
    // A wide one (a close-up's relations): the same ink as Qt's.
    const QImage wide = rastered(lines, colour, 1.0, Qt::SolidLine, 6.4, true);
    const QImage qtWide = painted(lines, colour, 1.0, 6.4, true);
    CHECK(ink(wide) == Approx(ink(qtWide)).epsilon(0.08));
    // What is drawn here and what is left to QPainter.
    CHECK(LineRaster::supports(Qt::SolidLine, 8.0));
    CHECK_FALSE(LineRaster::supports(Qt::SolidLine, 9.0));
    CHECK(LineRaster::supports(Qt::DashLine, 5.0));
    CHECK_FALSE(LineRaster::supports(Qt::DashLine, 6.0)); // its pattern outgrows the mask
    CHECK_FALSE(LineRaster::supports(Qt::CustomDashLine, 1.0));
}

TEST_CASE("LineRaster never writes outside its clip, whatever the line", "[ui][layer]") {
    const QRect clip(100, 50, 60, 40);
    const std::vector<QLineF> lines{
        QLineF(-1e9, -1e9, 1e9, 1e9), // far beyond the image both ways
        QLineF(0, 70.5, 320, 70.5),   // across
        QLineF(130.5, 0, 130.5, 240), // down
        QLineF(-5e6, 239, 5e6, 0),    // long and nearly flat
        QLineF(400, 400, 500, 500),   // outside entirely
        QLineF(120, 60, 120, 60),     // a point
    };
    for (auto [width, antialias] : {std::pair{1.0, false}, {4.0, false}, {1.6, true}}) {
        const QImage image = rastered(lines, qRgb(0, 0, 0), 1.0, Qt::SolidLine, width, antialias,
                                      QSize(320, 240), clip);
        const std::vector<QPoint> ink = inked(image);
        CHECK(ink.size() >= 100);
        for (const QPoint& p : ink)
            REQUIRE(clip.contains(p));
    }
}

TEST_CASE("The map layer's tiles join up: a line across tiles is whole and blended once",
          "[ui][layer]") {
    // A layer made by hand (never counted, so drawn as a big view: aliased, in tiles on both
    // cores) with more than enough relations for two bands.
    MapLayerData data;
    data.bounds = QRectF(0, 0, 1000, 800);
    data.styles.push_back({qRgba(20, 40, 160, 255), 1.0f, LineStyle::Solid, 0.5f});
    data.styles.push_back({qRgba(200, 40, 20, 255), 1.0f, LineStyle::Solid, 1.0f});
    auto add = [&](QPointF from, QPointF to, quint32 style) {
        data.edgeFrom.push_back(from);
        data.edgeTo.push_back(to);
        data.edgeCurve.push_back(-1);
        data.edgeStyles.push_back(style);
    };
    // Across the whole picture, over tile seams both ways (tiles are 256 pixels).
    add(QPointF(5, 300.5), QPointF(995, 300.5), 0);
    add(QPointF(600.5, 5), QPointF(600.5, 795), 0);
    add(QPointF(10, 10), QPointF(990, 790), 1);
    // Many short ones in a corner, away from the lines above.
    for (int i = 0; i < 30000; ++i)
        add(QPointF(20 + i % 100, 700 + (i / 100) % 60),
            QPointF(25 + i % 100, 700 + (i / 100) % 60), 1);
    LayerFrame frame;
    frame.camera.centre = QPointF(500, 400);
    frame.camera.scale = 1.0;
    frame.camera.size = QSize(1000, 800);
    QImage image;
    std::atomic<bool> stop{false};
    LayerStats stats;
    REQUIRE(renderMapLayer(image, data, frame, stop, &stats));
    CHECK(stats.edgesDrawn == stats.edgesInView);
    // Every pixel of the translucent horizontal line (apart from where the others cross it)
    // has the one colour: no gap at a seam, no second blend.
    const QRgb expected = image.pixel(100, 300);
    CHECK(expected != kPaper.rgb());
    std::vector<int> differing;
    for (int x = 6; x < 994; ++x)
        if (image.pixel(x, 300) != expected)
            differing.push_back(x);
    INFO("differing columns " << QStringList([&] {
                                     QStringList list;
                                     for (int x : differing)
                                         list << QString::number(x);
                                     return list;
                                 }())
                                     .join(u' ')
                                     .toStdString());
    // The vertical and the diagonal line cross it (lines are two pixels thick at this zoom).
    CHECK(differing.size() <= 4);
    int gaps = 0;
    for (int y = 6; y < 794; ++y)
        gaps += image.pixel(600, y) == kPaper.rgb();
    CHECK(gaps == 0);
    // The diagonal: one pixel in each column, at the seams too.
    const QRgb red = qRgb(200, 40, 20);
    for (int x : {255, 256, 257, 511, 512, 513, 767, 768}) {
        const int row = int(std::floor(10 + (x + 0.5 - 10) * 780.0 / 980.0));
        INFO("column " << x << ", row " << row);
        CHECK((image.pixel(x, row - 1) == red || image.pixel(x, row) == red ||
               image.pixel(x, row + 1) == red));
    }
}
