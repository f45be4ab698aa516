#include "cli/Commands.h"

#include "cli/ChangePrinting.h"
#include "history/ChangesSince.h"
#include "model/PartialDate.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

namespace kizuna::cli {
namespace {

QJsonArray idArray(const std::vector<qint64>& ids) {
    QJsonArray array;
    for (qint64 id : ids)
        array.append(id);
    return array;
}

QJsonObject idsJson(const TouchedIds& ids) {
    QJsonObject object;
    const std::pair<const char*, const std::vector<qint64>*> kinds[] = {
        {"nodes", &ids.nodes},
        {"edges", &ids.edges},
        {"sources", &ids.sources},
        {"citations", &ids.citations},
        {"annotations", &ids.annotations},
        {"views", &ids.views}};
    for (const auto& [name, list] : kinds)
        if (!list->empty())
            object.insert(QLatin1String(name), idArray(*list));
    if (ids.schema)
        object.insert(QStringLiteral("schema"), true);
    if (ids.info)
        object.insert(QStringLiteral("info"), true);
    return object;
}

} // namespace

// kizuna-cli history FILE [--since SEQ] [--operations] [--json]: the change log, oldest first,
// so scripts can follow a map (remember the last seq, ask again with --since SEQ).
// history FILE --since CHECKPOINT|DATE: what changed since then, element by element and field by
// field (--records lists the records instead).
int runHistory(const QStringList& args, Io io) {
    QCommandLineParser parser;
    const QCommandLineOption json(QStringLiteral("json"), QStringLiteral("Print JSON Lines."));
    const QCommandLineOption since(
        QStringLiteral("since"),
        QStringLiteral("Records after this seq; or what changed since this checkpoint or UTC "
                       "date or time (2026-12-01, 2026-12-01T09:30)."),
        QStringLiteral("SEQ|CHECKPOINT|DATE"));
    const QCommandLineOption operations(
        QStringLiteral("operations"),
        QStringLiteral("Also print each operation with its before and after values."));
    const QCommandLineOption recordsOnly(
        QStringLiteral("records"),
        QStringLiteral("With --since CHECKPOINT|DATE: list the change-log records instead of "
                       "what changed."));
    parser.addOption(json);
    parser.addOption(since);
    parser.addOption(operations);
    parser.addOption(recordsOnly);
    if (!parseArguments(parser, QStringLiteral("history"), args, io, 1, 1))
        return UsageError;
    // --since: a checkpoint's name first, then a record number, then a date.
    std::optional<qint64> checkpointSeq;
    if (parser.isSet(since)) {
        auto document = openForReading(parser.positionalArguments().at(0), io);
        if (!document)
            return DataError;
        const QString value = parser.value(since).trimmed();
        bool isNumber = false;
        value.toLongLong(&isNumber);
        bool isCheckpoint = false;
        if (auto checkpoints = document->checkpoints())
            for (const Checkpoint& checkpoint : checkpoints.value())
                isCheckpoint = isCheckpoint || checkpoint.name == value;
        if (isCheckpoint || !isNumber) {
            auto baseline = resolveBaseline(*document, value);
            if (!baseline)
                return usageError(io, QStringLiteral("history"),
                                  QStringLiteral("--since: ") + baseline.error());
            if (!parser.isSet(recordsOnly) && !parser.isSet(operations)) {
                auto changes = changesSince(*document, baseline.value());
                if (!changes)
                    return dataError(io, changes.error());
                printChanges(io, QStringLiteral("Changes since ") + changes.value().baseline,
                             changes.value(), parser.isSet(json));
                return Success;
            }
            checkpointSeq = baseline.value().seq; // --records / --operations from there
        }
    }
    qint64 afterSeq = 0;
    QString sinceTime;
    if (checkpointSeq) {
        afterSeq = *checkpointSeq;
    } else if (parser.isSet(since)) {
        const QString value = parser.value(since).trimmed();
        bool isNumber = false;
        afterSeq = value.toLongLong(&isNumber);
        static const QRegularExpression time(
            QStringLiteral(R"(^\d{4}(-\d{2}(-\d{2}([T ]\d{2}(:\d{2}(:\d{2})?)?)?)?)?$)"));
        if (!isNumber) {
            afterSeq = 0;
            if (!time.match(value).hasMatch())
                return usageError(io, QStringLiteral("history"),
                                  QStringLiteral("--since takes a record number or a UTC date "
                                                 "such as 2026-12-01 or 2026-12-01T09:30, not "
                                                 "\"%1\"")
                                      .arg(value));
            sinceTime = QString(value).replace(QLatin1Char(' '), QLatin1Char('T'));
        } else if (afterSeq < 0) {
            return usageError(io, QStringLiteral("history"),
                              QStringLiteral("--since: a record number is 0 or more"));
        }
    }
    auto document = openForReading(parser.positionalArguments().at(0), io);
    if (!document)
        return DataError;
    auto records = document->journal(afterSeq, sinceTime, parser.isSet(operations));
    if (!records)
        return dataError(io, records.error());
    for (const JournalRecord& record : records.value()) {
        if (parser.isSet(json)) {
            QJsonObject object{{QStringLiteral("seq"), record.seq},
                               {QStringLiteral("time"), record.time},
                               {QStringLiteral("author"), record.author},
                               {QStringLiteral("program"), record.program},
                               {QStringLiteral("command"), record.command},
                               {QStringLiteral("ids"), idsJson(record.ids)}};
            if (!record.summary.isEmpty())
                object.insert(QStringLiteral("summary"), record.summary);
            if (parser.isSet(operations) && !record.operations.isEmpty())
                object.insert(QStringLiteral("operations"),
                              QJsonDocument::fromJson(record.operations).array());
            printJsonLine(io, object);
            continue;
        }
        io.out << record.seq << '\t' << record.time << '\t' << record.author << '\t'
               << record.program << '\t' << record.command << '\t'
               << (record.summary.isEmpty() ? QStringLiteral("%1 elements").arg(record.ids.count())
                                            : record.summary)
               << '\n';
        if (parser.isSet(operations) && !record.operations.isEmpty())
            for (const QJsonValue& op : QJsonDocument::fromJson(record.operations).array())
                io.out << "\t"
                       << QString::fromUtf8(
                              QJsonDocument(op.toObject()).toJson(QJsonDocument::Compact))
                       << '\n';
    }
    return Success;
}

// kizuna-cli check FILE: SQLite's full integrity and foreign-key checks, whatever the map's
// size (opening runs them only on maps up to 32 MiB).
int runCheck(const QStringList& args, Io io) {
    QCommandLineParser parser;
    const QCommandLineOption json(QStringLiteral("json"), QStringLiteral("Print JSON."));
    parser.addOption(json);
    if (!parseArguments(parser, QStringLiteral("check"), args, io, 1, 1))
        return UsageError;
    const QString path = parser.positionalArguments().at(0);
    auto store = MapStore::open(path, MapStore::Access::ReadOnly);
    if (!store)
        return dataError(io, store.error());
    auto problem = store.value()->fullCheck();
    if (!problem)
        return dataError(io, problem.error());
    if (!problem.value().isEmpty())
        return dataError(io,
                         QStringLiteral("%1: the map is damaged (%2). Restore it from a backup.")
                             .arg(path, problem.value()));
    if (parser.isSet(json))
        printJsonLine(io, QJsonObject{{QStringLiteral("ok"), true}});
    else
        io.out << "ok\n";
    return Success;
}

} // namespace kizuna::cli
