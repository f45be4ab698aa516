#pragma once
// Writing diagrams: SVG (vector, text as text), PDF (vector, fonts embedded, fitted to an A4 or
// Letter page) and PNG (any DPI, white or transparent). Files are written atomically; the same
// map and options give the same bytes (the only date inside is the "as of" stamp).

#include "export/DiagramOptions.h"
#include "model/Result.h"

#include <QImage>
#include <QSet>

namespace kizuna {

class GraphDocument;

enum class DiagramFormat { Svg = 0, Pdf = 1, Png = 2 };

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

Status exportDiagram(const GraphDocument& document, const QString& path, DiagramFormat format,
                     const DiagramOptions& options, const QSet<qint64>& only = {});
// For the clipboard: a PNG-like image at `options.dpi`.
QImage diagramImage(const GraphDocument& document, const DiagramOptions& options,
                    const QSet<qint64>& only = {});

} // namespace kizuna
