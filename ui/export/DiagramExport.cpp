#include "export/DiagramExport.h"

#include "export/DiagramComposer.h"
#include "io/TextFiles.h"

#include <QBuffer>
#include <QDate>
#include <QFileInfo>
#include <QHash>
#include <QImageWriter>
#include <QPageLayout>
#include <QPdfWriter>
#include <QRegularExpression>
#include <QSvgGenerator>
#include <cmath>

namespace kizuna {
namespace {

constexpr int kScreenDpi = 96; // point sizes match the screen at 96 dpi

QByteArray renderSvg(const DiagramComposer& composer, const DiagramOptions& options) {
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    const QSizeF size = composer.naturalSize();
    QSvgGenerator svg;
    svg.setOutputDevice(&buffer);
    svg.setResolution(kScreenDpi);
    svg.setSize(size.toSize());
    svg.setViewBox(QRectF(QPointF(0, 0), size));
    svg.setTitle(options.title.isEmpty() ? QStringLiteral("Kizuna diagram") : options.title);
    svg.setDescription(QStringLiteral("As of %1").arg(options.asOfOrToday()));
    QPainter painter(&svg);
    painter.fillRect(QRectF(QPointF(0, 0), size), Qt::white);
    composer.paint(painter, QRectF(QPointF(0, 0), size));
    painter.end();
    return bytes;
}

// Qt stamps a PDF with the time of writing and gives embedded font subsets random tags; put the
// "as of" date and fixed tags there instead, so the same map and options give the same bytes.
// Replacements keep their length, so the cross-reference offsets stay valid.
void makeReproducible(QByteArray& bytes, const DiagramOptions& options) {
    static const QRegularExpression created(QStringLiteral("/CreationDate \\(D:[^)]*\\)"));
    const QDate asOf = QDate::fromString(options.asOfOrToday(), Qt::ISODate);
    QString stamp =
        QStringLiteral("/CreationDate (D:") +
        (asOf.isValid() ? asOf.toString(QStringLiteral("yyyyMMdd")) : QStringLiteral("20000101")) +
        QStringLiteral("000000Z");
    QString latin = QString::fromLatin1(bytes);
    if (const auto match = created.match(latin);
        match.hasMatch() && match.capturedLength() >= stamp.size() + 1) {
        stamp +=
            QString(match.capturedLength() - stamp.size() - 1, QLatin1Char(' ')) + QLatin1Char(')');
        latin.replace(match.capturedStart(), match.capturedLength(), stamp);
    }
    static const QRegularExpression subset(QStringLiteral("/(FontName|BaseFont) /([A-Z]{6})\\+"));
    QHash<QString, QString> tags;
    for (auto it = subset.globalMatch(latin); it.hasNext();) {
        const auto match = it.next();
        const QString tag = match.captured(2);
        if (!tags.contains(tag)) {
            const int n = int(tags.size());
            tags.insert(tag, QStringLiteral("KZ") + QChar(u'A' + (n / 676) % 26) +
                                 QChar(u'A' + (n / 26) % 26) + QChar(u'A' + n % 26) +
                                 QLatin1Char('A'));
        }
    }
    for (auto it = tags.begin(); it != tags.end(); ++it)
        latin.replace(it.key() + QLatin1Char('+'), it.value() + QLatin1Char('+'));
    bytes = latin.toLatin1();
}

QPageLayout pageLayout(const DiagramComposer& composer, const DiagramOptions& options) {
    const QMarginsF margins(12, 12, 12, 12);
    if (options.page == PageSize::Fit) {
        // One page as large as the drawing at a size where every label fits.
        const QSizeF units = composer.readableSize();
        const QSizeF mm = units * 25.4 / kScreenDpi + QSizeF(24, 24);
        return QPageLayout(QPageSize(mm, QPageSize::Millimeter, QStringLiteral("Fitted"),
                                     QPageSize::ExactMatch),
                           QPageLayout::Portrait, margins, QPageLayout::Millimeter);
    }
    const QPageSize::PageSizeId id = options.page == PageSize::Letter ? QPageSize::Letter
                                     : options.page == PageSize::A3   ? QPageSize::A3
                                     : options.page == PageSize::A2   ? QPageSize::A2
                                                                      : QPageSize::A4;
    bool landscape = options.orientation == Orientation::Landscape;
    if (options.orientation == Orientation::Auto) {
        const QRectF shapes = composer.fitAt(1.0).extent; // the drawing's own aspect ratio
        landscape = shapes.isEmpty() || shapes.width() >= shapes.height();
    }
    return QPageLayout(QPageSize(id), landscape ? QPageLayout::Landscape : QPageLayout::Portrait,
                       margins, QPageLayout::Millimeter);
}

QByteArray renderPdf(const DiagramComposer& composer, const DiagramOptions& options) {
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter pdf(&buffer);
    pdf.setResolution(kScreenDpi);
    pdf.setCreator(QStringLiteral("Kizuna"));
    pdf.setTitle(options.title.isEmpty() ? QStringLiteral("Kizuna diagram") : options.title);
    pdf.setPageLayout(pageLayout(composer, options));
    QPainter painter(&pdf);
    const QRectF page(painter.viewport());
    if (options.tiles && options.page != PageSize::Fit) {
        const DiagramComposer::Tiles tiles = composer.tilesFor(page.size());
        if (tiles.columns * tiles.rows > 1) {
            composer.paint(painter, page, &tiles);
            for (int row = 0; row < tiles.rows; ++row)
                for (int column = 0; column < tiles.columns; ++column) {
                    pdf.newPage();
                    composer.paintTile(painter, page, tiles, column, row, 2);
                }
            painter.end();
            makeReproducible(bytes, options);
            return bytes;
        }
    }
    composer.paint(painter, page);
    painter.end();
    makeReproducible(bytes, options);
    return bytes;
}

} // namespace

std::optional<DiagramFormat> diagramFormatOf(const QString& pathOrName) {
    const QString name =
        (pathOrName.contains(QLatin1Char('.')) ? QFileInfo(pathOrName).suffix() : pathOrName)
            .toLower();
    if (name == QLatin1String("svg"))
        return DiagramFormat::Svg;
    if (name == QLatin1String("pdf"))
        return DiagramFormat::Pdf;
    if (name == QLatin1String("png"))
        return DiagramFormat::Png;
    return std::nullopt;
}

QImage diagramImage(const GraphDocument& document, const DiagramOptions& options,
                    const QSet<qint64>& only) {
    const DiagramComposer composer(document, options, only);
    const double factor = options.dpi / kScreenDpi;
    const QSizeF size = composer.naturalSize();
    QImage image((size * factor).toSize(), QImage::Format_ARGB32_Premultiplied);
    image.setDotsPerMeterX(int(std::lround(options.dpi / 0.0254)));
    image.setDotsPerMeterY(int(std::lround(options.dpi / 0.0254)));
    image.fill(options.transparent ? Qt::transparent : Qt::white);
    QPainter painter(&image);
    painter.scale(factor, factor);
    composer.paint(painter, QRectF(QPointF(0, 0), size));
    painter.end();
    return image;
}

Result<QByteArray> renderDiagram(const GraphDocument& document, DiagramFormat format,
                                 const DiagramOptions& options, const QSet<qint64>& only) {
    if (format == DiagramFormat::Png) {
        const QImage image = diagramImage(document, options, only);
        if (image.isNull())
            return Error{QStringLiteral(
                             "the diagram is too large for an image at %1 dpi; choose a lower DPI")
                             .arg(options.dpi)};
        QByteArray bytes;
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
        QImageWriter writer(&buffer, "png");
        if (!writer.write(image))
            return Error{writer.errorString()};
        return bytes;
    }
    const DiagramComposer composer(document, options, only);
    return format == DiagramFormat::Svg ? renderSvg(composer, options)
                                        : renderPdf(composer, options);
}

LabelFit diagramLabelFit(const GraphDocument& document, DiagramFormat format,
                         const DiagramOptions& options, const QSet<qint64>& only) {
    const DiagramComposer composer(document, options, only);
    DiagramComposer::Fit fit;
    if (format != DiagramFormat::Pdf) {
        fit = composer.fitAt(1.0);
    } else if (options.page == PageSize::Fit) {
        return {composer.fitAt(1.0).labelled, composer.fitAt(1.0).labelled, 1};
    } else {
        const QPageLayout layout = pageLayout(composer, options);
        const QSizeF page = layout.paintRectPixels(kScreenDpi).size();
        fit = composer.fitGraph(composer.graphArea(page));
        if (options.tiles && !fit.allLabels()) {
            const DiagramComposer::Tiles tiles = composer.tilesFor(page);
            return {fit.labelled, composer.fitAt(tiles.scale).shown,
                    1 + tiles.columns * tiles.rows};
        }
    }
    return {fit.labelled, fit.shown, 1};
}

Status exportDiagram(const GraphDocument& document, const QString& path, DiagramFormat format,
                     const DiagramOptions& options, const QSet<qint64>& only) {
    auto bytes = renderDiagram(document, format, options, only);
    if (!bytes)
        return Error{QStringLiteral("%1: %2").arg(path, bytes.error())};
    return writeTextFile(path, bytes.value());
}

} // namespace kizuna
