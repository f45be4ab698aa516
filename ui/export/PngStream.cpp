#include "export/PngStream.h"

#include "export/DiagramComposer.h"
#include "export/DiagramOptions.h"

#include <QIODevice>
#include <QImage>
#include <QPainter>
#include <QSysInfo>
#include <algorithm>
#include <cmath>
#include <csetjmp>
#include <cstring>
#include <png.h>

namespace kizuna {
namespace {

constexpr int kScreenDpi = 96; // the drawing's natural size is at 96 dpi

// libpng's writer, rows at a time. libpng reports errors by longjmp back to the setjmp of the
// method that called it, so those methods create no C++ objects after their setjmp.
class PngRowWriter {
public:
    explicit PngRowWriter(QIODevice& out) : m_out(out) {
        m_png = png_create_write_struct(PNG_LIBPNG_VER_STRING, this, &PngRowWriter::onError,
                                        &PngRowWriter::onWarning);
        if (m_png)
            m_info = png_create_info_struct(m_png);
    }
    ~PngRowWriter() { png_destroy_write_struct(&m_png, &m_info); }
    PngRowWriter(const PngRowWriter&) = delete;
    PngRowWriter& operator=(const PngRowWriter&) = delete;

    bool start(int width, int height, double dpi, bool alpha) {
        if (!m_png || !m_info)
            return fail("not enough memory for the PNG encoder");
        if (setjmp(png_jmpbuf(m_png)))
            return false;
        png_set_write_fn(m_png, this, &PngRowWriter::writeData, &PngRowWriter::flushData);
        png_set_IHDR(m_png, m_info, png_uint_32(width), png_uint_32(height), 8,
                     alpha ? PNG_COLOR_TYPE_RGB_ALPHA : PNG_COLOR_TYPE_RGB, PNG_INTERLACE_NONE,
                     PNG_COMPRESSION_TYPE_DEFAULT, PNG_FILTER_TYPE_DEFAULT);
        const auto perMetre = png_uint_32(std::lround(dpi / 0.0254));
        png_set_pHYs(m_png, m_info, perMetre, perMetre, PNG_RESOLUTION_METER);
        png_write_info(m_png, m_info);
        // Rows come as the band's 32-bit pixels, B G R A in memory (QRgb on a little-endian
        // machine): libpng swaps to RGB and, for an opaque picture, drops the fourth byte.
        if (QSysInfo::ByteOrder == QSysInfo::LittleEndian)
            png_set_bgr(m_png);
        else
            png_set_swap_alpha(m_png); // A R G B in memory
        if (!alpha)
            png_set_filler(m_png, 0,
                           QSysInfo::ByteOrder == QSysInfo::LittleEndian ? PNG_FILLER_AFTER
                                                                         : PNG_FILLER_BEFORE);
        return true;
    }

    bool writeRows(const uchar* first, qsizetype stride, int rows) {
        if (setjmp(png_jmpbuf(m_png)))
            return false;
        for (int r = 0; r < rows; ++r)
            png_write_row(m_png, first + qsizetype(r) * stride);
        return true;
    }

    bool finish() {
        if (setjmp(png_jmpbuf(m_png)))
            return false;
        png_write_end(m_png, m_info);
        return true;
    }

    QString error() const { return QString::fromUtf8(m_message); }

private:
    bool fail(const char* message) {
        std::strncpy(m_message, message, sizeof m_message - 1);
        return false;
    }
    static PngRowWriter& self(png_structp png) {
        return *static_cast<PngRowWriter*>(png_get_io_ptr(png));
    }
    static void writeData(png_structp png, png_bytep data, png_size_t length) {
        PngRowWriter& writer = self(png);
        if (writer.m_out.write(reinterpret_cast<const char*>(data), qint64(length)) !=
            qint64(length))
            png_error(png, "the file could not be written (is the disk full?)");
    }
    static void flushData(png_structp) {}
    static void onError(png_structp png, png_const_charp message) {
        auto* writer = static_cast<PngRowWriter*>(png_get_error_ptr(png));
        writer->fail(message);
        png_longjmp(png, 1);
    }
    static void onWarning(png_structp, png_const_charp) {}

    QIODevice& m_out;
    png_structp m_png = nullptr;
    png_infop m_info = nullptr;
    char m_message[256] = {};
};

} // namespace

Status writeDiagramPng(const DiagramComposer& composer, const DiagramOptions& options,
                       QIODevice& out, qint64 bandBytes) {
    const double factor = options.dpi / kScreenDpi;
    const QSizeF natural = composer.naturalSize();
    const QSize pixels = (natural * factor).toSize();
    if (pixels.isEmpty())
        return Error{QStringLiteral("the drawing is empty")};
    const int bandRows =
        int(std::clamp<qint64>(bandBytes / (qint64(pixels.width()) * 4), 1, pixels.height()));
    QImage band(pixels.width(), bandRows, QImage::Format_ARGB32_Premultiplied);
    if (band.isNull())
        return Error{QStringLiteral("not enough memory for a band of %1 × %2 pixels")
                         .arg(pixels.width())
                         .arg(bandRows)};
    PngRowWriter png(out);
    if (!png.start(pixels.width(), pixels.height(), options.dpi, options.transparent))
        return Error{png.error()};
    for (int top = 0; top < pixels.height(); top += bandRows) {
        if (composer.stopped()) // cancelled: what is written so far is thrown away
            return Error{QStringLiteral("export cancelled")};
        const int rows = std::min(bandRows, pixels.height() - top);
        band.fill(options.transparent ? Qt::transparent : Qt::white);
        {
            QPainter painter(&band);
            painter.translate(0, -top);
            // The band's rows only: the composer draws what reaches into them (paintGraphAt).
            painter.setClipRect(QRect(0, top, pixels.width(), rows));
            painter.scale(factor, factor);
            composer.paint(painter, QRectF(QPointF(0, 0), natural));
        }
        if (options.transparent) // PNG's alpha is not premultiplied: undo it in place
            for (int y = 0; y < rows; ++y) {
                auto* pixel = reinterpret_cast<QRgb*>(band.scanLine(y));
                for (int x = 0; x < pixels.width(); ++x)
                    pixel[x] = qUnpremultiply(pixel[x]);
            }
        // The band's own rows (no copy: a converted band would need as much memory again).
        if (!png.writeRows(band.constBits(), band.bytesPerLine(), rows))
            return Error{png.error()};
    }
    if (!png.finish())
        return Error{png.error()};
    return {};
}

} // namespace kizuna
