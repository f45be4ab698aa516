#include "io/MapJsonReader.h"

#include "model/ViewSettings.h"

#include "io/ReadError.h"
#include "io/TextFiles.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <set>
#include <unordered_map>

namespace kizuna {
namespace {

// A value of the wrong kind; the caller adds which record it is in.
struct FieldError {
    QString field; // empty: the record itself
    QString problem;
    QString in(const QString& record) const {
        return field.isEmpty() ? QStringLiteral("%1: %2").arg(record, problem)
                               : QStringLiteral("%1.%2: %3").arg(record, field, problem);
    }
};

QString text(const QJsonObject& object, const char* key) {
    const QJsonValue value = object.value(QLatin1String(key));
    if (value.isNull() || value.isUndefined())
        return {};
    if (!value.isString())
        throw FieldError{QLatin1String(key), QStringLiteral("must be a string")};
    return value.toString();
}

QJsonArray arrayOf(const QJsonObject& object, const char* key) {
    const QJsonValue value = object.value(QLatin1String(key));
    if (value.isNull() || value.isUndefined())
        return {};
    if (!value.isArray())
        throw FieldError{QLatin1String(key), QStringLiteral("must be a list")};
    return value.toArray();
}

QJsonObject objectOf(const QJsonObject& object, const char* key) {
    const QJsonValue value = object.value(QLatin1String(key));
    if (value.isNull() || value.isUndefined())
        return {};
    if (!value.isObject())
        throw FieldError{QLatin1String(key), QStringLiteral("must be an object")};
    return value.toObject();
}

double numberOf(const QJsonObject& object, const char* key) {
    const QJsonValue value = object.value(QLatin1String(key));
    if (!value.isDouble())
        throw FieldError{QLatin1String(key), QStringLiteral("must be a number")};
    return value.toDouble();
}

// Reads each record of a list, naming the record ("nodes[3]: …") in any error.
template <typename F> void forEachRecord(const QJsonArray& list, const char* section, F read) {
    for (qsizetype i = 0; i < list.size(); ++i) {
        try {
            if (!list[i].isObject())
                throw FieldError{QString(), QStringLiteral("must be an object")};
            read(list[i].toObject(), int(i));
        } catch (const FieldError& error) {
            throw ReadError{error.in(QStringLiteral("%1[%2]").arg(QLatin1String(section)).arg(i))};
        }
    }
}

QString idOf(const QJsonValue& value, const QString& where) {
    if (value.isString() && !value.toString().isEmpty())
        return value.toString();
    if (value.isDouble())
        return QString::number(value.toInteger());
    throw ReadError{QStringLiteral("%1: needs an \"id\" (string or number)").arg(where)};
}

// Non-string values (numbers, booleans, lists) are kept as their JSON text.
QString propertyText(const QJsonValue& value) {
    if (value.isString())
        return value.toString();
    if (value.isArray())
        return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
    if (value.isObject())
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    return value.toVariant().toString();
}

Properties properties(const QJsonObject& object) {
    Properties result;
    const QJsonObject props = objectOf(object, "properties");
    for (auto it = props.begin(); it != props.end(); ++it)
        result.insert(it.key(), propertyText(it.value()));
    return result;
}

// True when every element of `arrays` has a positive integer "id", none twice: a Kizuna export.
bool hasMapIds(std::initializer_list<QJsonArray> arrays) {
    std::set<qint64> seen;
    for (const QJsonArray& array : arrays)
        for (const QJsonValue& v : array) {
            const QJsonValue id = v.toObject().value(QLatin1String("id"));
            if (!id.isDouble() || id.toDouble() != double(id.toInteger()) || id.toInteger() <= 0 ||
                !seen.insert(id.toInteger()).second)
                return false;
        }
    return true;
}

class Reader {
public:
    ImportedGraph read(const QJsonObject& root) {
        if (root.value(QLatin1String("format")).toString() != QLatin1String("kizuna-map"))
            throw ReadError{
                QStringLiteral("not a Kizuna map JSON file (\"format\" is not \"kizuna-map\")")};
        const int version = root.value(QLatin1String("format_version")).toInt(1);
        if (version > 1)
            throw ReadError{
                QStringLiteral("format_version %1 is newer than this version of Kizuna reads (1)")
                    .arg(version)};
        QJsonArray nodes, edges, sources, nodeTypes, relationTypes, annotations, views;
        try {
            readInfo(objectOf(root, "map"));
            const QJsonObject schema = objectOf(root, "schema");
            nodeTypes = arrayOf(schema, "node_types");
            relationTypes = arrayOf(schema, "relation_types");
            nodes = arrayOf(root, "nodes");
            edges = arrayOf(root, "edges");
            sources = arrayOf(root, "sources");
            annotations = arrayOf(root, "annotations");
            views = arrayOf(root, "views");
        } catch (const FieldError& error) {
            throw ReadError{error.in(QStringLiteral("(top level)"))};
        }
        forEachRecord(nodeTypes, "schema.node_types",
                      [&](const QJsonObject& o, int) { readNodeType(o); });
        forEachRecord(relationTypes, "schema.relation_types",
                      [&](const QJsonObject& o, int) { readRelationType(o); });
        m_fileIds = hasMapIds({nodes, edges});
        m_fileSourceIds = m_fileIds && hasMapIds({sources});
        forEachRecord(sources, "sources", [&](const QJsonObject& o, int) { readSource(o); });
        forEachRecord(nodes, "nodes", [&](const QJsonObject& o, int i) { readNode(o, i); });
        forEachRecord(edges, "edges", [&](const QJsonObject& o, int i) { readEdge(o, i); });
        forEachRecord(annotations, "annotations",
                      [&](const QJsonObject& o, int) { readAnnotation(o); });
        forEachRecord(views, "views", [&](const QJsonObject& o, int) { readView(o); });
        ImportedGraph graph;
        graph.contents = std::move(m_contents);
        graph.nodeKeys = std::move(m_nodeKeys);
        graph.idsAreMapIds = m_fileIds && m_fileSourceIds;
        return graph;
    }

private:
    void readInfo(const QJsonObject& map) {
        m_contents.info.name = text(map, "name");
        m_contents.info.description = text(map, "description");
        const QString language = text(map, "default_language");
        if (!language.isEmpty()) {
            auto parsed = languageFromKey(language);
            if (!parsed)
                throw ReadError{QStringLiteral("map.default_language: \"%1\" is not en, ja or zh")
                                    .arg(language)};
            m_contents.info.defaultLanguage = *parsed;
        }
    }

    void readNodeType(const QJsonObject& o) {
        NodeType type{text(o, "key"), text(o, "name_en"), text(o, "name_ja"), text(o, "color")};
        const QString shape = text(o, "shape");
        auto parsed = shapeFromKey(shape.isEmpty() ? QStringLiteral("ellipse") : shape);
        if (!parsed)
            throw ReadError{
                QStringLiteral("node type \"%1\": unknown shape \"%2\"").arg(type.key, shape)};
        type.shape = *parsed;
        m_contents.schema.putNodeType(type);
    }

    void readRelationType(const QJsonObject& o) {
        RelationType type;
        type.key = text(o, "key");
        type.nameEn = text(o, "name_en");
        type.nameJa = text(o, "name_ja");
        type.color = text(o, "color");
        const QString style = text(o, "line_style");
        auto parsed = lineStyleFromKey(style.isEmpty() ? QStringLiteral("solid") : style);
        if (!parsed)
            throw ReadError{QStringLiteral("relation type \"%1\": unknown line style \"%2\"")
                                .arg(type.key, style)};
        type.lineStyle = *parsed;
        type.directed = o.value(QLatin1String("directed")).toBool(true);
        for (const QJsonValue& v : arrayOf(o, "source_types"))
            type.sourceTypes.append(v.toString());
        for (const QJsonValue& v : arrayOf(o, "target_types"))
            type.targetTypes.append(v.toString());
        m_contents.schema.putRelationType(type);
    }

    void readSource(const QJsonObject& o) {
        const QString key = idOf(o.value(QLatin1String("id")), QStringLiteral("a source"));
        Source source{SourceId(m_fileSourceIds ? o.value(QLatin1String("id")).toInteger()
                                               : qint64(m_sourceIds.size()) + 1),
                      text(o, "title"),
                      text(o, "publisher"),
                      text(o, "date"),
                      text(o, "url"),
                      text(o, "document")};
        if (!m_sourceIds.emplace(key, source.id.value).second)
            throw ReadError{QStringLiteral("source \"%1\": the id is used twice").arg(key)};
        m_contents.sources.push_back(source);
    }

    void readCitations(const QJsonObject& o, qint64 elementId, const QString& where) {
        for (const QJsonValue& v : arrayOf(o, "citations")) {
            const QJsonObject c = v.toObject();
            const QString sourceKey =
                idOf(c.value(QLatin1String("source")), where + QStringLiteral(" citation"));
            auto source = m_sourceIds.find(sourceKey);
            if (source == m_sourceIds.end())
                throw ReadError{
                    QStringLiteral("%1: cites unknown source \"%2\"").arg(where, sourceKey)};
            m_contents.citations.push_back(Citation{CitationId(++m_nextCitation), elementId,
                                                    SourceId(source->second), text(c, "excerpt"),
                                                    text(c, "locator")});
        }
    }

    void readView(const QJsonObject& o) {
        SavedView view;
        const QJsonValue id = o.value(QLatin1String("id"));
        view.id = ViewId(m_fileIds && id.isDouble() ? id.toInteger()
                                                    : qint64(m_contents.views.size()) + 1);
        view.name = text(o, "name");
        // The camera is required; the other settings may be missing (older files).
        numberOf(o, "centre_x");
        numberOf(o, "centre_y");
        if (numberOf(o, "zoom") <= 0)
            throw FieldError{QStringLiteral("zoom"), QStringLiteral("must be positive")};
        const auto error =
            readViewSettings(o, view, [this](const QJsonValue& value) -> std::optional<qint64> {
                if (!value.isString() && !value.isDouble())
                    return std::nullopt;
                auto it = m_elementIds.find(idOf(value, QStringLiteral("view element")));
                return it == m_elementIds.end() ? std::nullopt : std::optional(it->second);
            });
        if (error)
            throw FieldError{error->field, error->problem};
        m_contents.views.push_back(view);
    }

    void readAnnotation(const QJsonObject& o) {
        Annotation annotation;
        const QJsonValue id = o.value(QLatin1String("id"));
        annotation.id =
            AnnotationId(m_fileIds && id.isDouble() ? id.toInteger()
                                                    : qint64(m_contents.annotations.size()) + 1);
        annotation.text = text(o, "text");
        annotation.position = QPointF(numberOf(o, "x"), numberOf(o, "y"));
        annotation.width = o.contains(QLatin1String("width")) ? numberOf(o, "width") : 180.0;
        const QJsonValue target = o.value(QLatin1String("target"));
        if (!target.isNull() && !target.isUndefined()) {
            auto it = m_elementIds.find(idOf(target, QStringLiteral("target")));
            if (it == m_elementIds.end())
                throw FieldError{QStringLiteral("target"),
                                 QStringLiteral("is not a node or edge of the map")};
            annotation.target = it->second;
        }
        m_contents.annotations.push_back(annotation);
    }

    void readNode(const QJsonObject& o, int index) {
        const QString where = QStringLiteral("nodes[%1]").arg(index);
        const QString key = idOf(o.value(QLatin1String("id")), where);
        NodeData node;
        node.id = NodeId(m_fileIds ? o.value(QLatin1String("id")).toInteger() : ++m_nextElement);
        m_nodeKeys.push_back(key);
        if (!m_elementIds.emplace(key, node.id.value).second)
            throw ReadError{QStringLiteral("%1: the id \"%2\" is used twice").arg(where, key)};
        node.type = text(o, "type");
        const QJsonObject labels = objectOf(o, "labels");
        node.labels = Labels{text(labels, "en"), text(labels, "ja"), text(labels, "zh")};
        node.description = text(o, "description");
        node.properties = properties(o);
        node.validFrom = text(o, "valid_from");
        node.validTo = text(o, "valid_to");
        if (o.contains(QLatin1String("x")) && o.contains(QLatin1String("y")))
            node.position = QPointF(numberOf(o, "x"), numberOf(o, "y"));
        readCitations(o, node.id.value, where);
        m_contents.nodes.push_back(std::move(node));
    }

    void readEdge(const QJsonObject& o, int index) {
        const QString where = QStringLiteral("edges[%1]").arg(index);
        EdgeData edge;
        edge.id = EdgeId(m_fileIds ? o.value(QLatin1String("id")).toInteger() : ++m_nextElement);
        if (o.contains(QLatin1String("id"))) {
            const QString key = idOf(o.value(QLatin1String("id")), where);
            if (!m_elementIds.emplace(key, edge.id.value).second)
                throw ReadError{QStringLiteral("%1: the id \"%2\" is used twice").arg(where, key)};
        }
        for (const auto& [field, target] :
             {std::pair{"source", &edge.source}, std::pair{"target", &edge.target}}) {
            const QString key = idOf(o.value(QLatin1String(field)),
                                     where + QLatin1Char('.') + QLatin1String(field));
            auto it = m_elementIds.find(key);
            if (it == m_elementIds.end())
                throw ReadError{QStringLiteral("%1.%2: unknown node \"%3\"")
                                    .arg(where, QLatin1String(field), key)};
            *target = NodeId(it->second);
        }
        edge.relation = text(o, "relation");
        edge.label = text(o, "label");
        edge.properties = properties(o);
        edge.validFrom = text(o, "valid_from");
        edge.validTo = text(o, "valid_to");
        const QJsonValue confidence = o.value(QLatin1String("confidence"));
        if (confidence.isDouble())
            edge.confidence = confidence.toDouble();
        else if (!confidence.isNull() && !confidence.isUndefined())
            throw ReadError{
                QStringLiteral("%1.confidence: must be a number from 0 to 1").arg(where)};
        readCitations(o, edge.id.value, where);
        m_contents.edges.push_back(std::move(edge));
    }

    MapContents m_contents;
    std::vector<QString> m_nodeKeys;
    bool m_fileIds = false;
    bool m_fileSourceIds = false;
    qint64 m_nextCitation = 0;
    std::unordered_map<QString, qint64> m_elementIds;
    std::unordered_map<QString, qint64> m_sourceIds;
    qint64 m_nextElement = 0;
};

} // namespace

Result<ImportedGraph> readMapJsonGraph(const QByteArray& data, const QString& name) {
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(data, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return Error{
            QStringLiteral("%1: %2: %3")
                .arg(name, lineAndColumnOf(data, parseError.offset), parseError.errorString())};
    if (!document.isObject())
        return Error{
            QStringLiteral("%1: not a Kizuna map JSON file (the top level is not an object)")
                .arg(name)};
    try {
        return Reader().read(document.object());
    } catch (const ReadError& error) {
        return Error{QStringLiteral("%1: %2").arg(name, error.message)};
    }
}

Result<MapContents> readMapJson(const QByteArray& data, const QString& name) {
    auto graph = readMapJsonGraph(data, name);
    if (!graph)
        return Error{graph.error()};
    return std::move(graph).value().contents;
}

Result<MapContents> readMapJsonFile(const QString& path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{QStringLiteral("%1: %2").arg(path, file.errorString())};
    return readMapJson(file.readAll(), path);
}

Result<ImportedGraph> readMapJsonGraphFile(const QString& path) {
    try {
        const QByteArray data = readTextFile(path);
        return readMapJsonGraph(data, path);
    } catch (const ReadError& error) {
        return Error{error.message};
    }
}

} // namespace kizuna
