// kizuna-cli export FILE OUT.{svg,pdf,png}: the same diagram as File > Export Diagram, painted on
// the offscreen platform (no display needed).
#include "cli/Commands.h"

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
                                    QStringLiteral("Add a legend of the types shown."));
    const QCommandLineOption sources(QStringLiteral("sources"),
                                     QStringLiteral("Add the numbered sources."));
    const QCommandLineOption dpi(QStringLiteral("dpi"),
                                 QStringLiteral("PNG resolution (96 = 1:1)."), QStringLiteral("N"),
                                 QStringLiteral("96"));
    const QCommandLineOption page(QStringLiteral("page"), QStringLiteral("PDF page: A4 or Letter."),
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
    parser.addOptions({format, view, title, subtitle, legend, sources, dpi, page, landscape, asOf,
                       monochrome, colourBlind, transparent, language});
    const QString command = QStringLiteral("export");
    if (!parseArguments(parser, command, args, io, 2, 2))
        return UsageError;
    const QString out = parser.positionalArguments().at(1);
    const auto chosen = diagramFormatOf(parser.isSet(format) ? parser.value(format) : out);
    if (!chosen)
        return usageError(io, command, QStringLiteral("--format must be svg, pdf or png"));

    DiagramOptions options;
    options.title = parser.value(title);
    options.subtitle = parser.value(subtitle);
    options.legend = parser.isSet(legend);
    options.sources = parser.isSet(sources);
    bool ok = false;
    options.dpi = parser.value(dpi).toDouble(&ok);
    if (!ok || options.dpi < 24 || options.dpi > 1200)
        return usageError(io, command, QStringLiteral("--dpi must be a number from 24 to 1200"));
    if (parser.value(page).compare(QLatin1String("letter"), Qt::CaseInsensitive) == 0)
        options.page = PageSize::Letter;
    else if (parser.value(page).compare(QLatin1String("a4"), Qt::CaseInsensitive) != 0)
        return usageError(io, command, QStringLiteral("--page must be A4 or Letter"));
    options.landscape = parser.isSet(landscape);
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
    if (parser.isSet(language)) {
        const auto chosenLanguage = languageFromKey(parser.value(language));
        if (!chosenLanguage)
            return usageError(io, command, QStringLiteral("--lang must be en, ja or zh"));
        options.language = *chosenLanguage;
    }
    if (Status written = exportDiagram(*document, out, *chosen, options, only); !written)
        return dataError(io, written.error());
    return Success;
}

} // namespace kizuna::cli
