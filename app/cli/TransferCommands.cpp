// kizuna-cli import and export: the interchange formats of core/io/GraphFormats.h.
#include "cli/Commands.h"

#include "io/ExportText.h"
#include "io/GraphFormats.h"
#include "io/ImportPlan.h"

#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

namespace kizuna::cli {
namespace {

const QStringList kDiagramFormats = {QStringLiteral("svg"), QStringLiteral("pdf"),
                                     QStringLiteral("png")};

int formatUsageError(Io io, const QString& command) {
    return usageError(
        io, command,
        QStringLiteral("--format must be one of %1").arg(formatNames().join(QStringLiteral(", "))));
}

void printSummary(Io io, const ImportSummary& summary, bool json, bool dryRun) {
    if (json) {
        printJsonLine(
            io, QJsonObject{{QStringLiteral("dry_run"), dryRun},
                            {QStringLiteral("nodes_added"), summary.nodesAdded},
                            {QStringLiteral("nodes_updated"), summary.nodesUpdated},
                            {QStringLiteral("nodes_unchanged"), summary.nodesUnchanged},
                            {QStringLiteral("edges_added"), summary.edgesAdded},
                            {QStringLiteral("edges_skipped"), summary.edgesSkipped},
                            {QStringLiteral("types_added"), summary.typesAdded},
                            {QStringLiteral("sources_added"), summary.sourcesAdded},
                            {QStringLiteral("duplicate_rows_merged"), summary.repeatedMerged},
                            {QStringLiteral("duplicate_rows_dropped"), summary.repeatedDropped}});
        return;
    }
    io.out << (dryRun ? "would import: " : "imported: ") << summary.text() << "\n";
}

} // namespace

int runImport(const QStringList& args, Io io) {
    QCommandLineParser parser;
    const QCommandLineOption format(QStringLiteral("format"), QStringLiteral("Input format."),
                                    QStringLiteral("FORMAT"));
    const QCommandLineOption mergeBy(QStringLiteral("merge-by"),
                                     QStringLiteral("Match nodes by id or label."),
                                     QStringLiteral("id|label"));
    const QCommandLineOption dryRun(QStringLiteral("dry-run"),
                                    QStringLiteral("Only print what would change."));
    const QCommandLineOption edges(QStringLiteral("edges"), QStringLiteral("CSV edges table."),
                                   QStringLiteral("PATH"));
    const QCommandLineOption map(QStringLiteral("map"),
                                 QStringLiteral("CSV column mapping COLUMN=FIELD (repeatable)."),
                                 QStringLiteral("COLUMN=FIELD"));
    const QCommandLineOption json(QStringLiteral("json"), QStringLiteral("Print JSON."));
    const QCommandLineOption duplicates(
        QStringLiteral("duplicates"),
        QStringLiteral("Rows repeating a node id: refuse the file (error, the default), merge "
                       "them into one node, or keep the first."),
        QStringLiteral("error|merge|first"), QStringLiteral("error"));
    parser.addOptions({format, mergeBy, dryRun, edges, map, json, duplicates});
    const QString command = QStringLiteral("import");
    if (!parseArguments(parser, command, args, io, 2, 2))
        return UsageError;
    const QString path = parser.positionalArguments().at(0);
    const QString input = parser.positionalArguments().at(1);

    MergeBy merge = MergeBy::None;
    if (parser.value(mergeBy) == QLatin1String("id"))
        merge = MergeBy::Id;
    else if (parser.value(mergeBy) == QLatin1String("label"))
        merge = MergeBy::Label;
    else if (parser.isSet(mergeBy))
        return usageError(io, command, QStringLiteral("--merge-by must be id or label"));
    const std::optional<DuplicateIds> repeated = duplicateIdsFromName(parser.value(duplicates));
    if (!repeated)
        return usageError(io, command,
                          QStringLiteral("--duplicates must be error, merge or first"));
    ReadOptions options;
    options.duplicates = std::nullopt; // resolved below, where a refusal can name the option
    options.csv.edgesPath = parser.value(edges);
    for (const QString& mapping : parser.values(map)) {
        const qsizetype equals = mapping.indexOf(QLatin1Char('='));
        if (equals <= 0)
            return usageError(io, command,
                              QStringLiteral("--map needs COLUMN=FIELD, not \"%1\"").arg(mapping));
        options.csv.columns.insert(mapping.left(equals), mapping.mid(equals + 1));
    }
    if (parser.isSet(format) && !formatFromName(parser.value(format)))
        return formatUsageError(io, command);
    const Result<GraphFormat> chosen =
        parser.isSet(format) ? Result<GraphFormat>(*formatFromName(parser.value(format)))
                             : detectFormat(input);
    if (!chosen)
        return dataError(io, chosen.error());
    if (!QFileInfo::exists(input))
        return dataError(io, QStringLiteral("%1: no such file").arg(input));

    // A map that does not exist yet is created for the import (and removed if the import fails).
    const bool fresh = !QFileInfo::exists(path);
    QTemporaryDir scratch;
    const QString target =
        fresh && parser.isSet(dryRun) ? scratch.filePath(QStringLiteral("preview.kizuna")) : path;
    // A new map has no schema yet, so its input is read first: a refused file (or one that would
    // exhaust memory or the stack) then leaves no map behind.
    Result<ImportedGraph> graph = Error{QString()};
    if (fresh) {
        graph = readGraphFile(input, chosen.value(), Schema{}, options);
        if (!graph)
            return dataError(io, graph.error());
    }
    // A new map takes its types from the data (no default schema whose rules the data may not fit).
    if (fresh) {
        MapInfo info;
        info.name = QFileInfo(input).completeBaseName();
        auto created = GraphDocument::create(target, info);
        if (!created)
            return dataError(io, created.error());
    }
    auto removeFresh = [&] {
        if (fresh)
            QFile::remove(target);
    };
    MapStore::Options openOptions;
    openOptions.newMap = fresh; // made just now: no other program has it open yet
    auto document = GraphDocument::open(
        target,
        parser.isSet(dryRun) && !fresh ? MapStore::Access::ReadOnly : MapStore::Access::ReadWrite,
        openOptions);
    if (!document) {
        removeFresh();
        return dataError(io, document.error());
    }
    if (!fresh)
        graph = readGraphFile(input, chosen.value(), document.value()->schema(), options);
    if (graph)
        if (Status resolved =
                resolveDuplicateIds(graph.value(), *repeated, document.value()->schema());
            !resolved)
            graph = Error{resolved.error() +
                          QStringLiteral("; --duplicates merge makes one node of such rows, "
                                         "--duplicates first keeps the first")};
    if (!graph) {
        document.value().reset();
        removeFresh();
        return dataError(io, graph.error());
    }
    if (!graph.value().repeatedNote.isEmpty())
        io.err << (graph.value().repeatedDropped > 0 ? "warning: " : "note: ") << input << ": "
               << graph.value().repeatedNote << "\n";
    const ImportPlan plan = planImport(*document.value(), graph.value(), merge);
    if (parser.isSet(dryRun)) {
        printSummary(io, plan.summary, parser.isSet(json), true);
        return Success;
    }
    // The plan holds what the write needs: the file as read goes before it (on a million
    // relations, 150 MB of the import's peak).
    graph = Error{QString()};
    if (Status applied = document.value()->applyToFileOnly(plan.change); !applied) {
        document.value().reset();
        removeFresh();
        return dataError(io, QStringLiteral("%1: not imported, the map is unchanged: %2")
                                 .arg(input, applied.error()));
    }
    printSummary(io, plan.summary, parser.isSet(json), false);
    return Success;
}

int runExport(const QStringList& args, Io io) {
    QCommandLineParser parser;
    const QCommandLineOption format(QStringLiteral("format"), QStringLiteral("Output format."),
                                    QStringLiteral("FORMAT"));
    const QCommandLineOption edges(QStringLiteral("edges"), QStringLiteral("CSV edges table."),
                                   QStringLiteral("PATH"));
    parser.addOptions({format, edges});
    const QString command = QStringLiteral("export");
    // Diagram options belong to svg/pdf/png: those go to the diagram exporter.
    {
        QCommandLineParser peek;
        peek.addOption(format);
        peek.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsOptions);
        peek.parse(QStringList{QStringLiteral("kizuna-cli")} + args);
        const QStringList positional = peek.positionalArguments();
        if (positional.size() >= 2 && isDiagramPath(positional.at(1), peek.value(format)))
            return runExportDiagram(args, io);
    }
    if (!parseArguments(parser, command, args, io, 2, 2))
        return UsageError;
    const QString out = parser.positionalArguments().at(1);
    if (parser.isSet(format) && !formatFromName(parser.value(format)))
        return formatUsageError(io, command);
    const Result<GraphFormat> chosen =
        parser.isSet(format) ? Result<GraphFormat>(*formatFromName(parser.value(format)))
                             : formatForWriting(out);
    if (!chosen)
        return usageError(io, command, chosen.error());
    auto document = openForReading(parser.positionalArguments().at(0), io);
    if (!document)
        return DataError;
    if (Status written = writeGraphFile(*document, out, chosen.value(), parser.value(edges));
        !written)
        return dataError(io, written.error());
    // Characters the format cannot carry were written as visible markers: say where.
    printExportWarnings(io, exportWarnings(*document, chosen.value()));
    return Success;
}

} // namespace kizuna::cli
