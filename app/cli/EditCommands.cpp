// kizuna-cli editing commands: add-node, add-edge, set, delete, merge. They build the same change
// sets as the app's edits (core/document/Edits.h), so validation and messages are the same.
#include "cli/Commands.h"

#include "document/Edits.h"
#include "document/FieldEdit.h"
#include "document/NodeLookup.h"

namespace kizuna::cli {
namespace {

// --prop key=value, repeatable.
bool parseProperties(const QStringList& values, Properties& properties, Io io,
                     const QString& command) {
    for (const QString& value : values) {
        const qsizetype equals = value.indexOf(QLatin1Char('='));
        if (equals <= 0) {
            usageError(io, command,
                       QStringLiteral("--prop needs KEY=VALUE, not \"%1\"").arg(value));
            return false;
        }
        properties.insert(value.left(equals), value.mid(equals + 1));
    }
    return true;
}

int printId(Io io, bool json, qint64 id) {
    if (json)
        printJsonLine(io, QJsonObject{{QStringLiteral("id"), id}});
    else
        io.out << id << "\n";
    return Success;
}

const QCommandLineOption kJson(QStringLiteral("json"), QStringLiteral("Print JSON."));
const QCommandLineOption kProp(QStringLiteral("prop"),
                               QStringLiteral("A property KEY=VALUE (repeatable)."),
                               QStringLiteral("KEY=VALUE"));
const QCommandLineOption kValidFrom(QStringLiteral("valid-from"),
                                    QStringLiteral("Start date (YYYY[-MM[-DD]])."),
                                    QStringLiteral("DATE"));
const QCommandLineOption kValidTo(QStringLiteral("valid-to"),
                                  QStringLiteral("End date (YYYY[-MM[-DD]])."),
                                  QStringLiteral("DATE"));

} // namespace

int runAddNode(const QStringList& args, Io io) {
    QCommandLineParser parser;
    const QCommandLineOption type(QStringLiteral("type"), QStringLiteral("Node type key."),
                                  QStringLiteral("TYPE"));
    const QCommandLineOption label(QStringLiteral("label"), QStringLiteral("Label."),
                                   QStringLiteral("LABEL"));
    const QCommandLineOption lang(QStringLiteral("lang"),
                                  QStringLiteral("Label language: en, ja or zh."),
                                  QStringLiteral("LANG"));
    const QCommandLineOption description(QStringLiteral("description"),
                                         QStringLiteral("Description."), QStringLiteral("TEXT"));
    parser.addOptions({type, label, lang, description, kProp, kValidFrom, kValidTo, kJson});
    const QString command = QStringLiteral("add-node");
    if (!parseArguments(parser, command, args, io, 1, 1))
        return UsageError;
    if (!parser.isSet(type) || !parser.isSet(label))
        return usageError(io, command, QStringLiteral("--type and --label are required"));
    const auto language =
        languageFromKey(parser.value(lang).isEmpty() ? QStringLiteral("en") : parser.value(lang));
    if (!language)
        return usageError(io, command, QStringLiteral("--lang must be en, ja or zh"));
    NodeData node;
    node.type = parser.value(type);
    node.labels.set(*language, parser.value(label));
    node.description = parser.value(description);
    node.validFrom = parser.value(kValidFrom);
    node.validTo = parser.value(kValidTo);
    if (!parseProperties(parser.values(kProp), node.properties, io, command))
        return UsageError;

    auto document = openForEditing(parser.positionalArguments().at(0), io);
    if (!document)
        return DataError;
    auto id = document->addNode(node);
    if (!id)
        return dataError(io, id.error());
    return printId(io, parser.isSet(kJson), id.value().value);
}

int runAddEdge(const QStringList& args, Io io) {
    QCommandLineParser parser;
    const QCommandLineOption relation(QStringLiteral("relation"),
                                      QStringLiteral("Relation type key."),
                                      QStringLiteral("RELATION"));
    const QCommandLineOption label(QStringLiteral("label"), QStringLiteral("Label."),
                                   QStringLiteral("LABEL"));
    const QCommandLineOption confidence(QStringLiteral("confidence"),
                                        QStringLiteral("Confidence 0..1."), QStringLiteral("C"));
    parser.addOptions({relation, label, confidence, kProp, kValidFrom, kValidTo, kJson});
    const QString command = QStringLiteral("add-edge");
    if (!parseArguments(parser, command, args, io, 3, 3))
        return UsageError;
    if (!parser.isSet(relation))
        return usageError(io, command, QStringLiteral("--relation is required"));
    EdgeData edge;
    edge.relation = parser.value(relation);
    edge.label = parser.value(label);
    edge.validFrom = parser.value(kValidFrom);
    edge.validTo = parser.value(kValidTo);
    if (parser.isSet(confidence)) {
        bool ok = false;
        edge.confidence = parser.value(confidence).toDouble(&ok);
        if (!ok)
            return usageError(io, command,
                              QStringLiteral("--confidence must be a number from 0 to 1"));
    }
    if (!parseProperties(parser.values(kProp), edge.properties, io, command))
        return UsageError;

    const QStringList positional = parser.positionalArguments();
    auto document = openForEditing(positional.at(0), io);
    if (!document)
        return DataError;
    auto from = findNode(*document, positional.at(1));
    if (!from)
        return dataError(io, QStringLiteral("FROM: %1").arg(from.error()));
    auto to = findNode(*document, positional.at(2));
    if (!to)
        return dataError(io, QStringLiteral("TO: %1").arg(to.error()));
    edge.source = from.value();
    edge.target = to.value();
    auto id = document->addEdge(edge);
    if (!id)
        return dataError(io, id.error());
    return printId(io, parser.isSet(kJson), id.value().value);
}

int runSet(const QStringList& args, Io io) {
    QCommandLineParser parser;
    parser.addOption(kJson);
    const QString command = QStringLiteral("set");
    if (!parseArguments(parser, command, args, io, 4, 4))
        return UsageError;
    const QStringList positional = parser.positionalArguments();
    auto document = openForEditing(positional.at(0), io);
    if (!document)
        return DataError;
    // ID: an id, a node's label, or several ids separated by commas (one change, all or nothing).
    std::vector<qint64> elementIds;
    const QStringList parts = positional.at(1).split(QLatin1Char(','));
    for (const QString& part : parts) {
        bool isNumber = false;
        const qint64 id = part.trimmed().toLongLong(&isNumber);
        if (isNumber) {
            elementIds.push_back(id);
            continue;
        }
        elementIds.clear();
        break;
    }
    if (elementIds.empty()) { // a node may be named by its label (which may hold a comma)
        auto node = findNode(*document, positional.at(1));
        if (!node)
            return dataError(io, node.error());
        elementIds.push_back(node.value().value);
    }
    auto change = setFieldOnAllChange(*document, elementIds, positional.at(2), positional.at(3));
    if (!change)
        return dataError(io, change.error());
    if (Status status = document->apply(change.value()); !status)
        return dataError(io, status.error());
    return Success;
}

int runDelete(const QStringList& args, Io io) {
    QCommandLineParser parser;
    parser.addOption(kJson);
    const QString command = QStringLiteral("delete");
    if (!parseArguments(parser, command, args, io, 2, 1 << 20))
        return UsageError;
    QStringList positional = parser.positionalArguments();
    auto document = openForEditing(positional.takeFirst(), io);
    if (!document)
        return DataError;
    std::vector<qint64> ids;
    for (const QString& text : positional) {
        bool isNumber = false;
        const qint64 id = text.toLongLong(&isNumber);
        if (isNumber &&
            (document->graph().contains(NodeId(id)) || document->graph().contains(EdgeId(id)))) {
            ids.push_back(id);
            continue;
        }
        auto node = findNode(*document, text);
        if (!node)
            return dataError(io, node.error());
        ids.push_back(node.value().value);
    }
    const ChangeSet change = removeElementsChange(*document, ids);
    qint64 nodes = 0, edges = 0;
    for (const Operation& op : change.operations) {
        nodes += std::holds_alternative<NodeOp>(op);
        edges += std::holds_alternative<EdgeOp>(op);
    }
    if (Status status = document->apply(change); !status)
        return dataError(io, status.error());
    if (parser.isSet(kJson))
        printJsonLine(
            io, QJsonObject{{QStringLiteral("nodes"), nodes}, {QStringLiteral("edges"), edges}});
    else
        io.out << "deleted " << nodes << " node(s) and " << edges << " edge(s)\n";
    return Success;
}

int runMerge(const QStringList& args, Io io) {
    QCommandLineParser parser;
    const QCommandLineOption prefer(
        QStringLiteral("prefer"),
        QStringLiteral("Which value wins where both nodes set a field: survivor or other."),
        QStringLiteral("WHICH"), QStringLiteral("survivor"));
    parser.addOptions({prefer, kJson});
    const QString command = QStringLiteral("merge");
    if (!parseArguments(parser, command, args, io, 3, 1 << 20))
        return UsageError;
    if (parser.value(prefer) != QLatin1String("survivor") &&
        parser.value(prefer) != QLatin1String("other"))
        return usageError(io, command, QStringLiteral("--prefer must be survivor or other"));
    QStringList positional = parser.positionalArguments();
    auto document = openForEditing(positional.takeFirst(), io);
    if (!document)
        return DataError;
    auto survivor = findNode(*document, positional.takeFirst());
    if (!survivor)
        return dataError(io, QStringLiteral("SURVIVOR: %1").arg(survivor.error()));
    std::vector<NodeId> others;
    for (const QString& text : positional) {
        auto other = findNode(*document, text);
        if (!other)
            return dataError(io, other.error());
        others.push_back(other.value());
    }
    const auto conflicts = mergeConflicts(*document, survivor.value(), others);
    const MergePreference preference = parser.value(prefer) == QLatin1String("other")
                                           ? MergePreference::Other
                                           : MergePreference::Survivor;
    auto change = mergeNodesChange(*document, survivor.value(), others, preference);
    if (!change)
        return dataError(io, change.error());
    if (Status status = document->apply(change.value()); !status)
        return dataError(io, status.error());
    // Conflicts are reported so a script can see what was decided.
    for (const MergeConflict& conflict : conflicts)
        io.err << "kizuna-cli merge: " << conflict.field << ": kept \""
               << (preference == MergePreference::Other ? conflict.otherValue
                                                        : conflict.survivorValue)
               << "\" over \""
               << (preference == MergePreference::Other ? conflict.survivorValue
                                                        : conflict.otherValue)
               << "\"\n";
    return printId(io, parser.isSet(kJson), survivor.value().value);
}

} // namespace kizuna::cli
