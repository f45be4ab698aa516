// kizuna-cli export FILE OUT.{svg,pdf,png}: the same diagram as File > Export Diagram, painted on
// the offscreen platform (no display needed).
#include "cli/Commands.h"

#include "history/ChangesSince.h"
#include "history/MapDiff.h"

#include <QFileInfo>
#include <malloc.h>

#include "export/ViewPresentation.h"

#include "export/DiagramExport.h"
#include "model/PartialDate.h"

#include <QDate>

namespace kizuna::cli {

bool isDiagramPath(const QString& path, const QString& format) {
    return diagramFormatOf(format.isEmpty() ? path : format).has_value();
}

int runExportDiagram(const QStringList& args, Io io) {
    QCommandLineParser parser;
    const QCommandLineOption format(QStringLiteral("format"), QStringLiteral("svg, pdf or png."),
                                    QStringLiteral("FORMAT"));
    const QCommandLineOption view(QStringLiteral("view"), QStringLiteral("A saved view."),
                                  QStringLiteral("NAME"));
    const QCommandLineOption title(QStringLiteral("title"), QStringLiteral("Title."),
                                   QStringLiteral("T"));
    const QCommandLineOption subtitle(QStringLiteral("subtitle"), QStringLiteral("Subtitle."),
                                      QStringLiteral("S"));
    const QCommandLineOption legend(QStringLiteral("legend"),
                                    QStringLiteral("A legend of the types shown (the default)."));
    const QCommandLineOption sources(QStringLiteral("sources"),
                                     QStringLiteral("The numbered sources (the default)."));
    const QCommandLineOption noLegend(QStringLiteral("no-legend"), QStringLiteral("No legend."));
    const QCommandLineOption noSources(QStringLiteral("no-sources"),
                                       QStringLiteral("No list of sources."));
    const QCommandLineOption minFont(
        QStringLiteral("min-font"),
        QStringLiteral("Smallest node label size in points (relation labels 1 pt less)."),
        QStringLiteral("PT"), QStringLiteral("7"));
    const QCommandLineOption tiles(
        QStringLiteral("tiles"),
        QStringLiteral("PDF: an overview page, then the map across pages at a readable size."));
    const QCommandLineOption portrait(QStringLiteral("portrait"),
                                      QStringLiteral("PDF in portrait."));
    const QCommandLineOption dpi(QStringLiteral("dpi"),
                                 QStringLiteral("PNG resolution (96 = 1:1)."), QStringLiteral("N"),
                                 QStringLiteral("96"));
    const QCommandLineOption page(QStringLiteral("page"),
                                  QStringLiteral("PDF page: A4, Letter, A3, A2 or fit (sized to "
                                                 "the drawing)."),
                                  QStringLiteral("SIZE"), QStringLiteral("A4"));
    const QCommandLineOption landscape(QStringLiteral("landscape"),
                                       QStringLiteral("PDF in landscape."));
    const QCommandLineOption asOf(QStringLiteral("as-of"),
                                  QStringLiteral("The \"as of\" date (default: today)."),
                                  QStringLiteral("DATE"));
    const QCommandLineOption monochrome(QStringLiteral("monochrome"),
                                        QStringLiteral("Print-friendly greys."));
    const QCommandLineOption colourBlind(QStringLiteral("colorblind"),
                                         QStringLiteral("Colour-blind-safe palette."));
    const QCommandLineOption transparent(QStringLiteral("transparent"),
                                         QStringLiteral("PNG with a transparent background."));
    const QCommandLineOption language(QStringLiteral("lang"),
                                      QStringLiteral("Label language: en, ja or zh."),
                                      QStringLiteral("LANG"));
    const QCommandLineOption changesSince(
        QStringLiteral("changes-since"),
        QStringLiteral("Mark what changed since this checkpoint or UTC date (added, changed, "
                       "removed), with a legend entry and (PDF) a page listing the changes."),
        QStringLiteral("CHECKPOINT|DATE"));
    const QCommandLineOption compare(
        QStringLiteral("compare"),
        QStringLiteral("Mark how the map OTHER differs from this one, likewise."),
        QStringLiteral("OTHER"));
    const QCommandLineOption noChangeList(
        QStringLiteral("no-change-list"),
        QStringLiteral("With --changes-since or --compare: no page listing the changes."));
    const QCommandLineOption colourBy(
        QStringLiteral("color-by"),
        QStringLiteral("Colour nodes by a metric (degree, betweenness, pagerank, community, "
                       "component) or a property (prop:KEY), with a legend of its values."),
        QStringLiteral("KEY"));
    const QCommandLineOption sizeBy(
        QStringLiteral("size-by"),
        QStringLiteral("Size nodes by a metric (degree, betweenness, pagerank) or a numeric "
                       "property (prop:KEY)."),
        QStringLiteral("KEY"));
    parser.addOptions({format,   view,         title,   subtitle,     legend,      sources,
                       noLegend, noSources,    dpi,     page,         landscape,   portrait,
                       minFont,  tiles,        asOf,    monochrome,   colourBlind, transparent,
                       language, changesSince, compare, noChangeList, colourBy,    sizeBy});
    const QString command = QStringLiteral("export");
    if (!parseArguments(parser, command, args, io, 2, 2))
        return UsageError;
    const QString out = parser.positionalArguments().at(1);
    const auto chosen = diagramFormatOf(parser.isSet(format) ? parser.value(format) : out);
    if (!chosen)
        return usageError(io, command, QStringLiteral("--format must be svg, pdf or png"));

    DiagramOptions options;
    bool ok = false;
    options.title = parser.value(title);
    options.subtitle = parser.value(subtitle);
    // Report defaults: legend and sources on, the map's name as title.
    options.legend = !parser.isSet(noLegend);
    options.sources = !parser.isSet(noSources);
    options.minFontPt = parser.value(minFont).toDouble(&ok);
    if (!ok || options.minFontPt < 4 || options.minFontPt > 24)
        return usageError(io, command, QStringLiteral("--min-font must be a number from 4 to 24"));
    options.tiles = parser.isSet(tiles);
    options.dpi = parser.value(dpi).toDouble(&ok);
    if (!ok || options.dpi < kMinPngDpi || options.dpi > kMaxPngDpi)
        return usageError(
            io, command,
            QStringLiteral("--dpi must be a number from %1 to %2").arg(kMinPngDpi).arg(kMaxPngDpi));
    const auto pageSize = pageSizeFromKey(parser.value(page));
    if (!pageSize)
        return usageError(io, command, QStringLiteral("--page must be A4, Letter, A3, A2 or fit"));
    options.page = *pageSize;
    if (parser.isSet(landscape) && parser.isSet(portrait))
        return usageError(io, command,
                          QStringLiteral("choose --landscape or --portrait, not both"));
    options.orientation = parser.isSet(landscape)  ? Orientation::Landscape
                          : parser.isSet(portrait) ? Orientation::Portrait
                                                   : Orientation::Auto;
    if (parser.isSet(asOf)) {
        const auto date = PartialDate::parse(parser.value(asOf));
        if (!date || date->precision() != PartialDate::Precision::Day)
            return usageError(io, command, QStringLiteral("--as-of must be a date YYYY-MM-DD"));
        options.asOf = parser.value(asOf);
    }
    if (parser.isSet(monochrome) && parser.isSet(colourBlind))
        return usageError(io, command,
                          QStringLiteral("choose --monochrome or --colorblind, not both"));
    options.colours = parser.isSet(monochrome)    ? ColourScheme::Monochrome
                      : parser.isSet(colourBlind) ? ColourScheme::ColourBlindSafe
                                                  : ColourScheme::Schema;
    options.transparent = parser.isSet(transparent);

    auto document = openForReading(parser.positionalArguments().at(0), io);
    if (!document)
        return DataError;
    options.language = document->info().defaultLanguage;
    if (!parser.isSet(title))
        options.title = document->info().name;
    QSet<qint64> only;
    if (parser.isSet(view)) {
        const SavedView* saved = document->view(parser.value(view));
        if (!saved) {
            QStringList names;
            for (const auto& [id, v] : document->views())
                names << v.name;
            return dataError(io, QStringLiteral("%1: there is no view \"%2\" (views: %3)")
                                     .arg(parser.positionalArguments().at(0), parser.value(view),
                                          names.isEmpty() ? QStringLiteral("none")
                                                          : names.join(QStringLiteral(", "))));
        }
        only = QSet<qint64>(saved->shown.begin(), saved->shown.end());
        auto presentation = viewPresentation(*document, *saved);
        if (!presentation)
            return dataError(io, presentation.error());
        options.presentation = std::move(presentation).value();
        options.language = saved->language;
        if (!parser.isSet(monochrome) && !parser.isSet(colourBlind))
            options.colours = ColourScheme(saved->colours);
    }
    if (parser.isSet(colourBy) || parser.isSet(sizeBy)) { // over the view's styling
        const Status styled = styleNodes(
            *document, options.presentation,
            parser.isSet(sizeBy) ? parser.value(sizeBy) : options.presentation.sizeBy,
            parser.isSet(colourBy) ? parser.value(colourBy) : options.presentation.colourBy);
        if (!styled)
            return usageError(io, command, styled.error());
    }
    if (parser.isSet(language)) {
        const auto chosenLanguage = languageFromKey(parser.value(language));
        if (!chosenLanguage)
            return usageError(io, command, QStringLiteral("--lang must be en, ja or zh"));
        options.language = *chosenLanguage;
    }
    if (parser.isSet(changesSince) && parser.isSet(compare))
        return usageError(io, command,
                          QStringLiteral("--changes-since and --compare cannot be combined"));
    if (parser.isSet(changesSince)) {
        auto baseline = resolveBaseline(*document, parser.value(changesSince));
        if (!baseline)
            return usageError(io, command, QStringLiteral("--changes-since: ") + baseline.error());
        auto changes = kizuna::changesSince(*document, baseline.value());
        if (!changes)
            return dataError(io, changes.error());
        options.changes = std::make_shared<const MapChanges>(std::move(changes).value());
        options.changesTitle = QStringLiteral("Changes since %1").arg(baseline.value().description);
    } else if (parser.isSet(compare)) {
        auto other = openForReading(parser.value(compare), io);
        if (!other)
            return DataError;
        const QString name = QFileInfo(parser.value(compare)).fileName();
        options.changes =
            std::make_shared<const MapChanges>(diffMaps(*document, *other, name).changes);
        options.changesTitle = QStringLiteral("Compared with %1").arg(name);
    }
    options.changeListPage = !parser.isSet(noChangeList);
    const Diagram diagram(*document, *chosen, options, only); // drawn once for all three
    // The drawing needs only what the diagram made of the map: the map goes before it is
    // written, and what it took back to the system (a million relations: a third of the peak).
    document.reset();
    malloc_trim(0);
    if (Status written = diagram.exportTo(out); !written)
        return dataError(io, written.error());
    // Characters SVG cannot carry were written as visible markers: say where.
    printExportWarnings(io, diagram.warnings());
    if (const QString page = diagram.pageWarning(); !page.isEmpty())
        io.err << QStringLiteral("export: %1\n").arg(page);
    // Labels keep their readable size: say when some had to be left out, and what shows them.
    const LabelFit fit = diagram.labelFit();
    const bool fitted = *chosen == DiagramFormat::Pdf && options.page == PageSize::Fit;
    if (!fit.all())
        io.err << QStringLiteral("export: %1 of %2 node labels do not fit on %3 at %4 pt and are "
                                 "left out; to show them all use %5, or export part of the map "
                                 "with --view\n")
                      .arg(fit.labelled - fit.shown)
                      .arg(fit.labelled)
                      .arg(fitted                          ? QStringLiteral("that page")
                           : *chosen == DiagramFormat::Pdf ? pageSizeKey(options.page)
                                                           : QStringLiteral("the image"))
                      .arg(options.minFontPt)
                      .arg(fitted ? QStringLiteral("--tiles instead of --page fit (pages of "
                                                   "A4, or of --page A3 or A2, with an overview)")
                           : *chosen == DiagramFormat::Pdf
                               ? QStringLiteral("--page A3, --page A2, --page fit (a page sized "
                                                "to the map) or --tiles (several pages)")
                               : QStringLiteral("a PDF with --tiles (several pages with an "
                                                "overview)"));
    return Success;
}

} // namespace kizuna::cli
