#include "cli/CliSupport.h"

#include <QJsonDocument>

namespace kizuna::cli {

QJsonValue textOrNull(const QString& text) {
    return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

namespace {

QJsonObject propertiesJson(const Properties& properties) {
    QJsonObject object;
    for (auto it = properties.begin(); it != properties.end(); ++it)
        object.insert(it.key(), it.value());
    return object;
}

} // namespace

bool parseArguments(QCommandLineParser& parser, const QString& command, const QStringList& args,
                    Io io, int minPositional, int maxPositional) {
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    if (!parser.parse(QStringList{QStringLiteral("kizuna-cli")} + args)) {
        usageError(io, command, parser.errorText());
        return false;
    }
    const qsizetype count = parser.positionalArguments().size();
    if (count < minPositional || count > maxPositional) {
        usageError(io, command,
                   count < minPositional ? QStringLiteral("missing arguments")
                                         : QStringLiteral("too many arguments"));
        return false;
    }
    return true;
}

int usageError(Io io, const QString& command, const QString& message) {
    io.err << "kizuna-cli " << command << ": " << message << "\n"
           << "Try 'kizuna-cli help' for usage.\n";
    io.err.flush();
    return UsageError;
}

int dataError(Io io, const QString& message) {
    io.err << "kizuna-cli: " << message << "\n";
    io.err.flush();
    return DataError;
}

std::unique_ptr<GraphDocument> openForReading(const QString& path, Io io) {
    auto document = GraphDocument::open(path, MapStore::Access::ReadOnly);
    if (!document) {
        dataError(io, document.error());
        return nullptr;
    }
    return std::move(document).value();
}

std::unique_ptr<GraphDocument> openForEditing(const QString& path, Io io) {
    auto document = GraphDocument::open(path, MapStore::Access::ReadWrite);
    if (!document) {
        dataError(io, document.error());
        return nullptr;
    }
    return std::move(document).value();
}

QJsonObject nodeJson(const GraphDocument& document, const NodeData& node) {
    QJsonObject labels;
    labels.insert(QStringLiteral("en"), textOrNull(node.labels.en));
    labels.insert(QStringLiteral("ja"), textOrNull(node.labels.ja));
    labels.insert(QStringLiteral("zh"), textOrNull(node.labels.zh));
    QJsonObject object;
    object.insert(QStringLiteral("id"), node.id.value);
    object.insert(QStringLiteral("type"), node.type);
    object.insert(QStringLiteral("label"), node.labels.display(document.info().defaultLanguage));
    object.insert(QStringLiteral("labels"), labels);
    object.insert(QStringLiteral("description"), textOrNull(node.description));
    object.insert(QStringLiteral("properties"), propertiesJson(node.properties));
    object.insert(QStringLiteral("valid_from"), textOrNull(node.validFrom));
    object.insert(QStringLiteral("valid_to"), textOrNull(node.validTo));
    object.insert(QStringLiteral("x"),
                  node.position ? QJsonValue(node.position->x()) : QJsonValue());
    object.insert(QStringLiteral("y"),
                  node.position ? QJsonValue(node.position->y()) : QJsonValue());
    return object;
}

QJsonObject edgeJson(const EdgeData& edge) {
    QJsonObject object;
    object.insert(QStringLiteral("id"), edge.id.value);
    object.insert(QStringLiteral("relation"), edge.relation);
    object.insert(QStringLiteral("type"), edge.relation);
    object.insert(QStringLiteral("source"), edge.source.value);
    object.insert(QStringLiteral("target"), edge.target.value);
    object.insert(QStringLiteral("label"), textOrNull(edge.label));
    object.insert(QStringLiteral("properties"), propertiesJson(edge.properties));
    object.insert(QStringLiteral("valid_from"), textOrNull(edge.validFrom));
    object.insert(QStringLiteral("valid_to"), textOrNull(edge.validTo));
    object.insert(QStringLiteral("confidence"),
                  edge.confidence ? QJsonValue(*edge.confidence) : QJsonValue());
    return object;
}

void printJsonLine(Io io, const QJsonObject& object) {
    io.out << QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact)) << "\n";
}

} // namespace kizuna::cli
