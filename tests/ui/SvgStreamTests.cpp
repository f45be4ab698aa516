// The streaming SVG writer: what it writes draws as QPainter drew it, stays compact when looks
// alternate (a line and its arrowhead), keeps text as text, and reports a failed write.
#include "export/SvgStream.h"

#include <QBuffer>
#include <QImage>
#include <QPainter>
#include <QPainterPath>
#include <QSvgRenderer>
#include <QXmlStreamReader>
#include <catch2/catch.hpp>
#include <functional>

using namespace kizuna;

namespace {

// A little of everything the diagram painter uses.
void paintSample(QPainter& painter) {
    painter.setRenderHint(QPainter::Antialiasing);
    painter.fillRect(QRectF(0, 0, 200, 120), Qt::white);
    painter.setPen(QPen(QColor(200, 30, 30), 3, Qt::DashLine, Qt::FlatCap));
    painter.drawLine(QPointF(10, 10), QPointF(190, 10));
    painter.setPen(Qt::NoPen);
    painter.setBrush(QColor(30, 90, 200));
    painter.drawEllipse(QRectF(20, 30, 40, 40));
    painter.setBrush(QColor(255, 255, 255, 200));
    painter.setPen(QPen(Qt::black, 1));
    painter.drawRoundedRect(QRectF(80, 30, 60, 24), 4, 4);
    painter.save();
    painter.translate(150, 80);
    painter.rotate(30);
    painter.setBrush(QColor(20, 160, 80));
    painter.setPen(Qt::NoPen);
    const QPointF triangle[] = {{0, 0}, {20, 5}, {0, 10}};
    painter.drawPolygon(triangle, 3);
    painter.restore();
    QPainterPath curve(QPointF(10, 110));
    curve.cubicTo(QPointF(60, 70), QPointF(120, 140), QPointF(190, 100));
    painter.setPen(QPen(QColor(90, 90, 90), 2));
    painter.setBrush(Qt::NoBrush);
    painter.drawPath(curve);
}

QImage rendered(const QByteArray& svg, QSize size) {
    QSvgRenderer renderer(svg);
    REQUIRE(renderer.isValid());
    QImage image(size, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    QPainter painter(&image);
    renderer.render(&painter, QRectF(QPointF(0, 0), size));
    return image;
}

// Share of pixels whose colour differs by more than a little (antialiasing differs).
double differingShare(const QImage& a, const QImage& b) {
    REQUIRE(a.size() == b.size());
    qint64 differing = 0;
    for (int y = 0; y < a.height(); ++y)
        for (int x = 0; x < a.width(); ++x) {
            const QColor p = a.pixelColor(x, y), q = b.pixelColor(x, y);
            if (std::abs(p.red() - q.red()) + std::abs(p.green() - q.green()) +
                    std::abs(p.blue() - q.blue()) >
                90)
                ++differing;
        }
    return double(differing) / double(a.width() * a.height());
}

QByteArray write(QSizeF size, const std::function<void(QPainter&)>& paint) {
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    SvgStreamDevice device(buffer, size, QStringLiteral("T & <t>"), QStringLiteral("d"));
    QPainter painter(&device);
    paint(painter);
    painter.end();
    REQUIRE(device.ok());
    return bytes;
}

} // namespace

TEST_CASE("The streamed SVG draws what the painter drew", "[ui][export][svg]") {
    const QByteArray svg = write(QSizeF(200, 120), paintSample);
    QXmlStreamReader xml(svg);
    while (!xml.atEnd())
        xml.readNext();
    INFO(svg.toStdString());
    REQUIRE_FALSE(xml.hasError());
    CHECK(svg.contains("<title>T &amp; &lt;t&gt;</title>"));
    CHECK(svg.contains("stroke-dasharray=\"12 6\"")); // Qt's 4-2 dash, in pen widths of 3
    CHECK(svg.contains(" rx=\"4\" ry=\"4\""));        // a rounded rectangle stays one
    CHECK(svg.contains("transform=\"matrix("));

    QImage direct(200, 120, QImage::Format_ARGB32_Premultiplied);
    direct.fill(Qt::white);
    {
        QPainter painter(&direct);
        paintSample(painter);
    }
    CHECK(differingShare(rendered(svg, direct.size()), direct) < 0.01);
}

TEST_CASE("The streamed SVG keeps text as text, escaped, in its font", "[ui][export][svg]") {
    const QByteArray svg = write(QSizeF(300, 60), [](QPainter& painter) {
        QFont font(QStringLiteral("DejaVu Sans"));
        font.setPixelSize(14);
        font.setBold(true);
        painter.setFont(font);
        painter.setPen(QColor(20, 20, 20));
        painter.drawText(QPointF(10, 30), QStringLiteral("R&D <AI> \"labs\""));
    });
    CHECK(svg.contains(">R&amp;D &lt;AI&gt; &quot;labs&quot;</text>"));
    CHECK(svg.contains("font-size=\"14\""));
    CHECK(svg.contains("font-weight=\"700\""));
    CHECK(svg.contains("font-family=\"'DejaVu Sans'\""));
}

TEST_CASE("A line and its arrowhead, many times over, share one group", "[ui][export][svg]") {
    constexpr int kEdges = 20000;
    const QByteArray svg = write(QSizeF(1000, 1000), [](QPainter& painter) {
        painter.translate(5, 5);
        for (int i = 0; i < kEdges; ++i) {
            const QPointF from(i % 997, i % 991), to(i % 983, (i * 7) % 977);
            painter.setPen(QPen(QColor(90, 100, 110), 1.6));
            painter.setBrush(Qt::NoBrush);
            painter.drawLine(from, to);
            painter.setPen(Qt::NoPen);
            painter.setBrush(QColor(90, 100, 110));
            const QPointF head[] = {to, to + QPointF(8, 3), to + QPointF(8, -3)};
            painter.drawPolygon(head, 3);
        }
    });
    CHECK(svg.count("<path") == kEdges);
    CHECK(svg.count("<polygon") == kEdges);
    CHECK(svg.count("<g") <= 2);
    // QSvgGenerator wrote ~1.6 kB per edge (a group restating every attribute per element).
    CHECK(svg.size() / kEdges < 160);
}

TEST_CASE("A failed write to the SVG's device is reported", "[ui][export][svg]") {
    QBuffer closed; // never opened: every write fails
    SvgStreamDevice device(closed, QSizeF(10, 10), QStringLiteral("t"), QString());
    QPainter painter(&device);
    painter.drawLine(0, 0, 5, 5);
    painter.end();
    CHECK_FALSE(device.ok());
}
