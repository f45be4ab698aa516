#include "cli/Commands.h"

#include "cli/ChangePrinting.h"
#include "history/MapDiff.h"
#include "history/Revert.h"

#include <QFileInfo>

namespace kizuna::cli {

// kizuna-cli checkpoint FILE NAME: names the map's present state ("October brief") so that
// `history --since NAME` and the app's History panel can show what changed since.
// checkpoint FILE --list lists them; checkpoint FILE NAME --delete removes one.
int runCheckpoint(const QStringList& args, Io io) {
    QCommandLineParser parser;
    const QCommandLineOption json(QStringLiteral("json"), QStringLiteral("Print JSON."));
    const QCommandLineOption list(QStringLiteral("list"), QStringLiteral("List the checkpoints."));
    const QCommandLineOption remove(QStringLiteral("delete"),
                                    QStringLiteral("Delete the checkpoint NAME."));
    parser.addOption(json);
    parser.addOption(list);
    parser.addOption(remove);
    if (!parseArguments(parser, QStringLiteral("checkpoint"), args, io, 1, 2))
        return UsageError;
    const QStringList positional = parser.positionalArguments();
    if (parser.isSet(list)) {
        if (positional.size() != 1)
            return usageError(io, QStringLiteral("checkpoint"),
                              QStringLiteral("--list takes the map file only"));
        auto document = openForReading(positional.at(0), io);
        if (!document)
            return DataError;
        auto checkpoints = document->checkpoints();
        if (!checkpoints)
            return dataError(io, checkpoints.error());
        for (const Checkpoint& checkpoint : checkpoints.value()) {
            if (parser.isSet(json))
                printJsonLine(io, QJsonObject{{QStringLiteral("name"), checkpoint.name},
                                              {QStringLiteral("seq"), checkpoint.seq},
                                              {QStringLiteral("time"), checkpoint.time},
                                              {QStringLiteral("author"), checkpoint.author}});
            else
                io.out << terminalField(checkpoint.name) << '\t' << checkpoint.seq << '\t'
                       << checkpoint.time << '\t' << terminalField(checkpoint.author) << '\n';
        }
        return Success;
    }
    if (positional.size() != 2)
        return usageError(io, QStringLiteral("checkpoint"),
                          QStringLiteral("give the map file and the checkpoint's name"));
    auto document = openForEditing(positional.at(0), io);
    if (!document)
        return DataError;
    if (parser.isSet(remove)) {
        if (Status removed = document->removeCheckpoint(positional.at(1)); !removed)
            return dataError(io, removed.error());
        return Success;
    }
    auto checkpoint = document->addCheckpoint(positional.at(1));
    if (!checkpoint)
        return dataError(io, checkpoint.error());
    if (parser.isSet(json))
        printJsonLine(io, QJsonObject{{QStringLiteral("name"), checkpoint.value().name},
                                      {QStringLiteral("seq"), checkpoint.value().seq}});
    else
        io.out << checkpoint.value().seq << '\n';
    return Success;
}

// kizuna-cli revert FILE SEQ: takes back change-log record SEQ as a new change (itself in the
// log), where no later change touched the same fields.
int runRevert(const QStringList& args, Io io) {
    QCommandLineParser parser;
    const QCommandLineOption json(QStringLiteral("json"), QStringLiteral("Print JSON."));
    parser.addOption(json);
    if (!parseArguments(parser, QStringLiteral("revert"), args, io, 2, 2))
        return UsageError;
    bool isNumber = false;
    const qint64 seq = parser.positionalArguments().at(1).toLongLong(&isNumber);
    if (!isNumber || seq < 1)
        return usageError(io, QStringLiteral("revert"),
                          QStringLiteral("SEQ is a record number from `kizuna-cli history`"));
    auto document = openForEditing(parser.positionalArguments().at(0), io);
    if (!document)
        return DataError;
    auto record = journalRecord(*document, seq);
    if (!record)
        return dataError(io, record.error());
    auto change = revertChange(*document, record.value());
    if (!change)
        return dataError(io, change.error());
    if (Status applied = document->apply(change.value()); !applied)
        return dataError(io, applied.error());
    if (parser.isSet(json))
        printJsonLine(io, QJsonObject{{QStringLiteral("reverted"), seq},
                                      {QStringLiteral("seq"), document->journalSeq()}});
    else
        io.out << "reverted " << seq << " as " << document->journalSeq() << '\n';
    return Success;
}

// kizuna-cli diff A B [--json] [--apply KEY,...|all]: what B has that A has not, what A has that
// B has not, and what differs, element by element; --apply gives A the selected changes from B
// (one change in A's log).
int runDiff(const QStringList& args, Io io) {
    QCommandLineParser parser;
    const QCommandLineOption json(QStringLiteral("json"), QStringLiteral("Print JSON Lines."));
    const QCommandLineOption apply(
        QStringLiteral("apply"),
        QStringLiteral("Give A these changes from B: keys as listed (node:12, edge:40, "
                       "other-node:17), comma-separated, or \"all\"."),
        QStringLiteral("KEYS"));
    parser.addOption(json);
    parser.addOption(apply);
    if (!parseArguments(parser, QStringLiteral("diff"), args, io, 2, 2))
        return UsageError;
    const QString ourPath = parser.positionalArguments().at(0);
    const QString theirPath = parser.positionalArguments().at(1);
    auto ours = parser.isSet(apply) ? openForEditing(ourPath, io) : openForReading(ourPath, io);
    if (!ours)
        return DataError;
    auto theirs = openForReading(theirPath, io);
    if (!theirs)
        return DataError;
    const MapDiff diff = diffMaps(*ours, *theirs, QFileInfo(theirPath).fileName());
    if (!parser.isSet(apply)) {
        printChanges(io,
                     QStringLiteral("%1 compared with %2")
                         .arg(QFileInfo(theirPath).fileName(), QFileInfo(ourPath).fileName()),
                     diff.changes, parser.isSet(json));
        return Success;
    }
    QStringList keys;
    for (const QString& key : parser.values(apply))
        keys << key.split(QLatin1Char(','), Qt::SkipEmptyParts);
    auto change = applyDiffChange(*ours, *theirs, diff, keys);
    if (!change)
        return dataError(io, change.error());
    if (Status applied = ours->apply(change.value()); !applied)
        return dataError(io, applied.error());
    if (parser.isSet(json))
        printJsonLine(io, QJsonObject{{QStringLiteral("applied"), qint64(keys.size())},
                                      {QStringLiteral("seq"), ours->journalSeq()}});
    else
        io.out << change.value().description << " (record " << ours->journalSeq() << ")\n";
    return Success;
}

} // namespace kizuna::cli
