#pragma once
// Writing diagrams: SVG (vector, text as text), PDF (vector, fonts embedded, fitted to an A4 or
// Letter page) and PNG (any DPI, white or transparent). Files are written atomically; the same
// map and options give the same bytes (the only date inside is the "as of" stamp).

#include "export/DiagramOptions.h"
#include "model/Result.h"

#include <QImage>
#include <QSet>
#include <atomic>
#include <memory>

namespace kizuna {

class GraphDocument;

enum class DiagramFormat { Svg = 0, Pdf = 1, Png = 2 };

// PNG resolutions kizuna-cli accepts. A PNG holds at most 2 GiB of pixels, 1,000,000 a side: a
// larger drawing is refused with the largest DPI that fits (or, below kMinPngDpi, SVG or PDF).
constexpr double kMinPngDpi = 24;
constexpr double kMaxPngDpi = 1200;

std::optional<DiagramFormat> diagramFormatOf(const QString& pathOrName); // by extension or name

Result<QByteArray> renderDiagram(const GraphDocument& document, DiagramFormat format,
                                 const DiagramOptions& options, const QSet<qint64>& only = {});
// How many node labels an export shows: labels keep a readable size (options.minFontPt), so on
// a page too small for the whole map some are left out; a larger page, a page fitted to the
// drawing or tiles show them all.
struct LabelFit {
    int labelled = 0; // nodes with a label
    int shown = 0;
    int pages = 1;
    bool all() const { return shown >= labelled; }
};
LabelFit diagramLabelFit(const GraphDocument& document, DiagramFormat format,
                         const DiagramOptions& options, const QSet<qint64>& only = {});

// What an export replaces in the texts it shows: an SVG (XML 1.0) cannot carry C0 control
// characters, which become their control pictures (␇), nor lone surrogates (U+FFFD); one warning
// per element and field, `node 12 "a␇b": label.en: control characters replaced with visible
// markers` (io/ExportText.h). Empty for PDF and PNG, which draw the text.
QStringList diagramWarnings(const GraphDocument& document, DiagramFormat format,
                            const DiagramOptions& options, const QSet<qint64>& only = {});

Status exportDiagram(const GraphDocument& document, const QString& path, DiagramFormat format,
                     const DiagramOptions& options, const QSet<qint64>& only = {});
// One diagram of a map, drawn once (its scene built, its labels placed: seconds on a big map) for
// its export, its label fit and its warnings. It keeps nothing of the document: once made, the
// map may change or go (kizuna-cli lets it go before the drawing is written).
class DiagramComposer;
class Diagram {
public:
    Diagram(const GraphDocument& document, DiagramFormat format, DiagramOptions options,
            const QSet<qint64>& only = {});
    ~Diagram();
    Result<QByteArray> render() const;
    // `stop`, set from another thread, cancels it: the drawing stops and no file is written (an
    // error saying "export cancelled").
    Status exportTo(const QString& path, const std::atomic<bool>* stop = nullptr) const;
    LabelFit labelFit() const;
    QStringList warnings() const;
    // A PDF page sized to a big map would outgrow what readers are sure to open (Adobe's stop
    // at 14,400 pt, 5.08 m, a side: the PDF reference's implementation limit), so it is capped
    // there and its names fitted as on any page (labelFit says how many show): says so, or empty.
    QString pageWarning() const;

private:
    DiagramFormat m_format;
    DiagramOptions m_options;
    std::unique_ptr<DiagramComposer> m_composer;
    QStringList m_warnings;
};

// For the clipboard: a PNG-like image at `options.dpi`.
QImage diagramImage(const GraphDocument& document, const DiagramOptions& options,
                    const QSet<qint64>& only = {});

} // namespace kizuna
