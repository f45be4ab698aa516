#include "export/DiagramExport.h"

#include "export/ChangeListPages.h"

#include "document/GraphDocument.h"
#include "export/DiagramComposer.h"
#include "export/PngStream.h"
#include "export/ReproduciblePdf.h"
#include "export/SvgStream.h"
#include "export/WellFormedXml.h"
#include "io/AtomicWrite.h"
#include "io/ExportText.h"

#include <QBuffer>
#include <QFileInfo>
#include <QPageLayout>
#include <QPdfWriter>
#include <algorithm>
#include <cmath>
#include <functional>
#include <set>

namespace kizuna {
namespace {

constexpr int kScreenDpi = 96; // point sizes match the screen at 96 dpi

// The largest PNG: 2 GiB of 32-bit pixels, and at most 1,000,000 pixels a side (libpng's limit).
constexpr double kMaxPngBytes = 2147483647.0;
constexpr double kMaxPngSide = 1000000.0;

QSizeF pngPixels(QSizeF natural, double dpi) {
    return natural * (dpi / kScreenDpi);
}

bool pngFits(QSizeF pixels) {
    return pixels.width() * pixels.height() * 4 <= kMaxPngBytes && pixels.width() <= kMaxPngSide &&
           pixels.height() <= kMaxPngSide;
}

// The largest whole DPI at which a drawing of `natural` size (at 96 dpi) makes a PNG.
double largestPngDpi(QSizeF natural) {
    const double width = std::max(natural.width(), 1.0);
    const double height = std::max(natural.height(), 1.0);
    double dpi = std::floor(kScreenDpi * std::min({std::sqrt(kMaxPngBytes / 4 / (width * height)),
                                                   kMaxPngSide / width, kMaxPngSide / height}));
    while (dpi > 0 && !pngFits(pngPixels(natural, dpi))) // rounding
        dpi -= 1;
    return dpi;
}

QString pixelCount(QSizeF pixels) {
    return QStringLiteral("%1 × %2 pixels")
        .arg(std::ceil(pixels.width()), 0, 'f', 0)
        .arg(std::ceil(pixels.height()), 0, 'f', 0);
}

// Why a PNG of `natural` at `dpi` cannot be made, and what can be.
QString pngTooLarge(QSizeF natural, double dpi) {
    const QString what =
        QStringLiteral("the drawing is %1 at %2 dpi, more than a PNG can hold (2 GiB of pixel "
                       "data, 1,000,000 pixels a side)")
            .arg(pixelCount(pngPixels(natural, dpi)))
            .arg(dpi);
    const double largest = largestPngDpi(natural);
    if (largest >= kMinPngDpi)
        return what + QStringLiteral("; export it at %1 dpi or less, or as SVG or PDF (vector, "
                                     "any size)")
                          .arg(largest);
    return what + QStringLiteral(", even at %1 dpi (%2): export it as SVG or PDF (vector, any "
                                 "size), or export part of the map (a saved view or the selection)")
                      .arg(kMinPngDpi)
                      .arg(pixelCount(pngPixels(natural, kMinPngDpi)));
}

// Written element by element to `out` (a file: nothing of the drawing is kept in memory).
Status renderSvg(const DiagramComposer& composer, const DiagramOptions& options, QIODevice& out) {
    WellFormedXmlDevice device(out);
    const QSizeF size = composer.naturalSize();
    SvgStreamDevice svg(device, size,
                        options.title.isEmpty() ? QStringLiteral("Kizuna diagram") : options.title,
                        QStringLiteral("As of %1").arg(options.asOfOrToday()));
    QPainter painter(&svg);
    painter.fillRect(QRectF(QPointF(0, 0), size), Qt::white);
    composer.paint(painter, QRectF(QPointF(0, 0), size));
    painter.end();
    device.close();
    if (!svg.ok() || device.failed())
        return Error{out.errorString()};
    return Status::success();
}

// The largest page side PDF readers are sure to open: 14,400 pt (200 in, 5.08 m), the PDF
// reference's implementation limit, where Adobe's readers stop. A page sized to a bigger map is
// capped there, and its names fitted as on any other page.
constexpr double kLargestPagePt = 14400;

// The page sized to the drawing at a size where every label fits, margins included.
QSizeF readablePageMm(const DiagramComposer& composer) {
    return composer.readableSize() * 25.4 / kScreenDpi + QSizeF(24, 24);
}

bool fitPageCapped(const DiagramComposer& composer, const DiagramOptions& options) {
    const QSizeF mm = readablePageMm(composer);
    return options.page == PageSize::Fit &&
           std::max(mm.width(), mm.height()) * 72 / 25.4 > kLargestPagePt;
}

QPageLayout pageLayout(const DiagramComposer& composer, const DiagramOptions& options) {
    const QMarginsF margins(12, 12, 12, 12);
    if (options.page == PageSize::Fit) {
        QSizeF mm = readablePageMm(composer);
        const double largestMm = (kLargestPagePt - 1) * 25.4 / 72; // a point spare for rounding
        if (fitPageCapped(composer, options)) // and no side narrower than a postcard
            mm = (mm * (largestMm / std::max(mm.width(), mm.height()))).expandedTo({100, 100});
        return QPageLayout(
            QPageSize(mm, QPageSize::Millimeter, QStringLiteral("Fitted"), QPageSize::ExactMatch),
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

// Written to `out` as Qt's PDF engine makes it (the page's drawing is held by the engine until
// the page ends; the rest streams).
Status renderPdf(const DiagramComposer& composer, const DiagramOptions& options, QIODevice& out) {
    ReproduciblePdfDevice device(out, options.asOfOrToday());
    {
        QPdfWriter pdf(&device);
        pdf.setResolution(kScreenDpi);
        pdf.setCreator(QStringLiteral("Kizuna"));
        pdf.setTitle(options.title.isEmpty() ? QStringLiteral("Kizuna diagram") : options.title);
        pdf.setPageLayout(pageLayout(composer, options));
        QPainter painter(&pdf);
        const QRectF page(painter.viewport());
        const DiagramComposer::Tiles tiles = options.tiles && options.page != PageSize::Fit
                                                 ? composer.tilesFor(page.size())
                                                 : DiagramComposer::Tiles{};
        if (tiles.columns * tiles.rows > 1) {
            composer.paint(painter, page, &tiles);
            for (int row = 0; row < tiles.rows && !composer.stopped(); ++row)
                for (int column = 0; column < tiles.columns && !composer.stopped(); ++column) {
                    pdf.newPage();
                    composer.paintTile(painter, page, tiles, column, row, 2);
                }
        } else {
            composer.paint(painter, page);
        }
        if (options.changes && options.changeListPage && !composer.stopped())
            paintChangeListPages(painter, pdf, page, options.changesTitle, *options.changes,
                                 composer.legendFont());
        painter.end();
    }
    device.close();
    if (device.failed())
        return Error{out.errorString()};
    return Status::success();
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

namespace {

// Null when the image would be too large (pngTooLarge says why) or cannot be allocated.
QImage paintImage(const DiagramComposer& composer, const DiagramOptions& options) {
    const double factor = options.dpi / kScreenDpi;
    const QSizeF size = composer.naturalSize();
    if (!pngFits(pngPixels(size, options.dpi)))
        return {};
    QImage image((size * factor).toSize(), QImage::Format_ARGB32_Premultiplied);
    if (image.isNull())
        return image;
    image.setDotsPerMeterX(int(std::lround(options.dpi / 0.0254)));
    image.setDotsPerMeterY(int(std::lround(options.dpi / 0.0254)));
    image.fill(options.transparent ? Qt::transparent : Qt::white);
    QPainter painter(&image);
    painter.scale(factor, factor);
    composer.paint(painter, QRectF(QPointF(0, 0), size));
    painter.end();
    return image;
}

} // namespace

QImage diagramImage(const GraphDocument& document, const DiagramOptions& options,
                    const QSet<qint64>& only) {
    return paintImage(DiagramComposer(document, options, only), options);
}

namespace {

// What `write` writes to a device, as bytes in memory.
Result<QByteArray> inMemory(const std::function<Status(QIODevice&)>& write) {
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    if (Status written = write(buffer); !written)
        return Error{written.error()};
    return bytes;
}

Result<QByteArray> renderWith(const DiagramComposer& composer, DiagramFormat format,
                              const DiagramOptions& options) {
    if (format == DiagramFormat::Png) {
        const QSizeF natural = composer.naturalSize();
        if (!pngFits(pngPixels(natural, options.dpi)))
            return Error{pngTooLarge(natural, options.dpi)};
        return inMemory([&](QIODevice& out) { return writeDiagramPng(composer, options, out); });
    }
    if (format == DiagramFormat::Svg)
        return inMemory([&](QIODevice& out) { return renderSvg(composer, options, out); });
    return inMemory([&](QIODevice& out) { return renderPdf(composer, options, out); });
}

LabelFit labelFitWith(const DiagramComposer& composer, DiagramFormat format,
                      const DiagramOptions& options) {
    DiagramComposer::Fit fit;
    if (format != DiagramFormat::Pdf) {
        fit = composer.fitAt(1.0);
    } else if (options.page == PageSize::Fit && !fitPageCapped(composer, options)) {
        return {composer.fitAt(1.0).labelled, composer.fitAt(1.0).labelled, 1};
    } else {
        const QPageLayout layout = pageLayout(composer, options);
        const QSizeF page = layout.paintRectPixels(kScreenDpi).size();
        fit = composer.fitGraph(composer.graphArea(page));
        if (options.tiles && options.page != PageSize::Fit && !fit.allLabels()) {
            const DiagramComposer::Tiles tiles = composer.tilesFor(page);
            return {fit.labelled, composer.fitAt(tiles.scale).shown,
                    1 + tiles.columns * tiles.rows};
        }
    }
    return {fit.labelled, fit.shown, 1};
}

QStringList warningsWith(const GraphDocument& document, const DiagramComposer& composer,
                         DiagramFormat format, const DiagramOptions& options) {
    if (format != DiagramFormat::Svg)
        return {};
    const CanvasScene& scene = composer.scene();
    ExportNotes notes(TextCarrier::Xml);
    notes.text(QStringLiteral("diagram"), QStringLiteral("title"), options.title);
    notes.text(QStringLiteral("diagram"), QStringLiteral("subtitle"), options.subtitle);
    std::set<QString> nodeTypes, relations;
    for (const NodeVisual& visual : scene.nodes()) {
        const NodeData* node = document.graph().node(visual.id);
        if (!node)
            continue;
        nodeTypes.insert(node->type);
        Language shown = options.language; // the language the label is drawn in
        for (Language language : {options.language, Language::En, Language::Ja, Language::Zh})
            if (!node->labels.get(language).isEmpty() &&
                node->labels.get(language) == visual.label) {
                shown = language;
                break;
            }
        notes.text(nodeElementName(document, visual.id),
                   QStringLiteral("label.") + languageKey(shown), visual.label);
    }
    for (const EdgeVisual& visual : scene.edges()) {
        const EdgeData* edge = document.graph().edge(visual.id);
        if (!edge)
            continue;
        relations.insert(edge->relation);
        notes.text(edgeElementName(document, visual.id), QStringLiteral("label"), edge->label);
    }
    const Schema& schema = document.schema();
    if (!options.legend) // the legend names node types; relations are named on their edges
        nodeTypes.clear();
    for (const NodeType& type : schema.nodeTypes())
        if (nodeTypes.count(type.key))
            notes.text(QStringLiteral("node type \"%1\"")
                           .arg(carriedText(type.key, TextCarrier::Terminal)),
                       QStringLiteral("name"),
                       typeName(type.nameEn, type.nameJa, type.key, options.language));
    for (const RelationType& type : schema.relationTypes())
        if (relations.count(type.key))
            notes.text(QStringLiteral("relation type \"%1\"")
                           .arg(carriedText(type.key, TextCarrier::Terminal)),
                       QStringLiteral("name"),
                       typeName(type.nameEn, type.nameJa, type.key, options.language));
    for (qsizetype i = 0; i < composer.sourceLines().size(); ++i)
        notes.text(QStringLiteral("source [%1]").arg(i + 1), QStringLiteral("entry"),
                   composer.sourceLines().at(i));
    for (const AnnotationVisual& note : scene.annotations())
        notes.text(QStringLiteral("annotation %1").arg(note.id.value), QStringLiteral("text"),
                   note.text);
    return notes.warnings();
}

Status exportWith(const DiagramComposer& composer, const QString& path, DiagramFormat format,
                  const DiagramOptions& options, const std::atomic<bool>* stop) {
    // A cancelled drawing is not written: the file stays as it was.
    const auto unlessStopped = [&](Status written) -> Status {
        if (stop && stop->load())
            return Error{QStringLiteral("export cancelled")};
        return written;
    };
    if (format == DiagramFormat::Svg) // straight into the file, never whole in memory
        return writeFileStreamed(path, [&](QIODevice& file) {
            return unlessStopped(renderSvg(composer, options, file));
        });
    if (format == DiagramFormat::Png) { // painted and encoded a band at a time
        const QSizeF natural = composer.naturalSize();
        if (!pngFits(pngPixels(natural, options.dpi)))
            return Error{QStringLiteral("%1: %2").arg(path, pngTooLarge(natural, options.dpi))};
        return writeFileStreamed(path, [&](QIODevice& file) {
            return unlessStopped(writeDiagramPng(composer, options, file));
        });
    }
    return writeFileStreamed(
        path, [&](QIODevice& file) { return unlessStopped(renderPdf(composer, options, file)); });
}

} // namespace

Result<QByteArray> renderDiagram(const GraphDocument& document, DiagramFormat format,
                                 const DiagramOptions& options, const QSet<qint64>& only) {
    return Diagram(document, format, options, only).render();
}

LabelFit diagramLabelFit(const GraphDocument& document, DiagramFormat format,
                         const DiagramOptions& options, const QSet<qint64>& only) {
    return Diagram(document, format, options, only).labelFit();
}

QStringList diagramWarnings(const GraphDocument& document, DiagramFormat format,
                            const DiagramOptions& options, const QSet<qint64>& only) {
    return Diagram(document, format, options, only).warnings();
}

Status exportDiagram(const GraphDocument& document, const QString& path, DiagramFormat format,
                     const DiagramOptions& options, const QSet<qint64>& only) {
    return Diagram(document, format, options, only).exportTo(path);
}

Diagram::Diagram(const GraphDocument& document, DiagramFormat format, DiagramOptions options,
                 const QSet<qint64>& only)
    : m_format(format), m_options(std::move(options)),
      m_composer(std::make_unique<DiagramComposer>(document, m_options, only)),
      m_warnings(warningsWith(document, *m_composer, m_format, m_options)) {}

Diagram::~Diagram() = default;

Result<QByteArray> Diagram::render() const {
    return renderWith(*m_composer, m_format, m_options);
}

LabelFit Diagram::labelFit() const {
    return labelFitWith(*m_composer, m_format, m_options);
}

QStringList Diagram::warnings() const {
    return m_warnings;
}

QString Diagram::pageWarning() const {
    if (m_format != DiagramFormat::Pdf || !fitPageCapped(*m_composer, m_options))
        return {};
    const QSizeF wanted = readablePageMm(*m_composer) / 1000;
    const QSizeF page =
        pageLayout(*m_composer, m_options).pageSize().size(QPageSize::Millimeter) / 1000;
    return QStringLiteral("a page sized to the map would be %1 × %2 m, larger than PDF readers "
                          "are sure to open (Adobe Acrobat and Reader stop at 5.08 m, 14,400 pt, "
                          "a side): the page is %3 × %4 m")
        .arg(wanted.width(), 0, 'f', 2)
        .arg(wanted.height(), 0, 'f', 2)
        .arg(page.width(), 0, 'f', 2)
        .arg(page.height(), 0, 'f', 2);
}

Status Diagram::exportTo(const QString& path, const std::atomic<bool>* stop) const {
    m_composer->setStop(stop);
    Status written = exportWith(*m_composer, path, m_format, m_options, stop);
    m_composer->setStop(nullptr);
    return written;
}

} // namespace kizuna
