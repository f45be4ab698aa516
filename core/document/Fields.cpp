#include "document/Fields.h"

#include "model/ViewSettings.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace kizuna {
namespace {

const QString kProp = QStringLiteral("prop.");

void putText(Fields& fields, const char* name, const QString& text) {
    if (!text.isEmpty())
        fields[QString::fromLatin1(name)] = text;
}

void putProperties(Fields& fields, const Properties& properties) {
    for (auto it = properties.begin(); it != properties.end(); ++it)
        fields[kProp + it.key()] = it.value();
}

QJsonValue pointValue(QPointF point) {
    return QJsonArray{point.x(), point.y()};
}

std::optional<QPointF> pointFrom(const QJsonValue& value) {
    const QJsonArray xy = value.toArray();
    if (xy.size() != 2)
        return std::nullopt;
    return QPointF(xy.at(0).toDouble(), xy.at(1).toDouble());
}

QStringList textList(const QJsonValue& value) {
    QStringList list;
    for (const QJsonValue& item : value.toArray())
        list << item.toString();
    return list;
}

// Applies each field of `fields` through `set(name, value)`; properties go to `properties`.
template <typename Set>
void applyFields(const Fields& fields, Properties* properties, const Set& set) {
    for (const auto& [name, value] : fields) {
        if (properties && name.startsWith(kProp)) {
            const QString key = name.mid(kProp.size());
            if (value.isString())
                properties->insert(key, value.toString());
            else
                properties->remove(key);
        } else {
            set(name, value);
        }
    }
}

} // namespace

Fields fieldsOf(const NodeData& node) {
    Fields fields;
    putText(fields, "type", node.type);
    putText(fields, "label.en", node.labels.en);
    putText(fields, "label.ja", node.labels.ja);
    putText(fields, "label.zh", node.labels.zh);
    putText(fields, "description", node.description);
    if (node.position)
        fields[QStringLiteral("position")] = pointValue(*node.position);
    putText(fields, "valid_from", node.validFrom);
    putText(fields, "valid_to", node.validTo);
    putProperties(fields, node.properties);
    return fields;
}

NodeData withFields(NodeData node, const Fields& fields) {
    applyFields(fields, &node.properties, [&](const QString& name, const QJsonValue& v) {
        if (name == QLatin1String("type"))
            node.type = v.toString();
        else if (name == QLatin1String("label.en"))
            node.labels.en = v.toString();
        else if (name == QLatin1String("label.ja"))
            node.labels.ja = v.toString();
        else if (name == QLatin1String("label.zh"))
            node.labels.zh = v.toString();
        else if (name == QLatin1String("description"))
            node.description = v.toString();
        else if (name == QLatin1String("position"))
            node.position = pointFrom(v);
        else if (name == QLatin1String("valid_from"))
            node.validFrom = v.toString();
        else if (name == QLatin1String("valid_to"))
            node.validTo = v.toString();
    });
    return node;
}

Fields fieldsOf(const EdgeData& edge) {
    Fields fields;
    putText(fields, "relation", edge.relation);
    fields[QStringLiteral("source")] = edge.source.value;
    fields[QStringLiteral("target")] = edge.target.value;
    putText(fields, "label", edge.label);
    putText(fields, "valid_from", edge.validFrom);
    putText(fields, "valid_to", edge.validTo);
    if (edge.confidence)
        fields[QStringLiteral("confidence")] = *edge.confidence;
    putProperties(fields, edge.properties);
    return fields;
}

EdgeData withFields(EdgeData edge, const Fields& fields) {
    applyFields(fields, &edge.properties, [&](const QString& name, const QJsonValue& v) {
        if (name == QLatin1String("relation"))
            edge.relation = v.toString();
        else if (name == QLatin1String("source"))
            edge.source = NodeId(v.toInteger());
        else if (name == QLatin1String("target"))
            edge.target = NodeId(v.toInteger());
        else if (name == QLatin1String("label"))
            edge.label = v.toString();
        else if (name == QLatin1String("valid_from"))
            edge.validFrom = v.toString();
        else if (name == QLatin1String("valid_to"))
            edge.validTo = v.toString();
        else if (name == QLatin1String("confidence"))
            edge.confidence = v.isDouble() ? std::optional<double>(v.toDouble()) : std::nullopt;
    });
    return edge;
}

Fields fieldsOf(const Source& source) {
    Fields fields;
    putText(fields, "title", source.title);
    putText(fields, "publisher", source.publisher);
    putText(fields, "date", source.date);
    putText(fields, "url", source.url);
    putText(fields, "document", source.document);
    return fields;
}

Source withFields(Source source, const Fields& fields) {
    applyFields(fields, nullptr, [&](const QString& name, const QJsonValue& v) {
        if (name == QLatin1String("title"))
            source.title = v.toString();
        else if (name == QLatin1String("publisher"))
            source.publisher = v.toString();
        else if (name == QLatin1String("date"))
            source.date = v.toString();
        else if (name == QLatin1String("url"))
            source.url = v.toString();
        else if (name == QLatin1String("document"))
            source.document = v.toString();
    });
    return source;
}

Fields fieldsOf(const Citation& citation) {
    Fields fields;
    fields[QStringLiteral("element")] = citation.elementId;
    fields[QStringLiteral("source")] = citation.source.value;
    putText(fields, "excerpt", citation.excerpt);
    putText(fields, "locator", citation.locator);
    return fields;
}

Citation withFields(Citation citation, const Fields& fields) {
    applyFields(fields, nullptr, [&](const QString& name, const QJsonValue& v) {
        if (name == QLatin1String("element"))
            citation.elementId = v.toInteger();
        else if (name == QLatin1String("source"))
            citation.source = SourceId(v.toInteger());
        else if (name == QLatin1String("excerpt"))
            citation.excerpt = v.toString();
        else if (name == QLatin1String("locator"))
            citation.locator = v.toString();
    });
    return citation;
}

Fields fieldsOf(const Annotation& annotation) {
    Fields fields;
    putText(fields, "text", annotation.text);
    fields[QStringLiteral("position")] = pointValue(annotation.position);
    fields[QStringLiteral("width")] = annotation.width;
    if (annotation.target)
        fields[QStringLiteral("target")] = annotation.target;
    return fields;
}

Annotation withFields(Annotation annotation, const Fields& fields) {
    applyFields(fields, nullptr, [&](const QString& name, const QJsonValue& v) {
        if (name == QLatin1String("text"))
            annotation.text = v.toString();
        else if (name == QLatin1String("position"))
            annotation.position = pointFrom(v).value_or(QPointF());
        else if (name == QLatin1String("width"))
            annotation.width = v.toDouble();
        else if (name == QLatin1String("target"))
            annotation.target = v.toInteger();
    });
    return annotation;
}

// A view is its name and one settings object: views are edited as a whole.
Fields fieldsOf(const SavedView& view) {
    Fields fields;
    putText(fields, "name", view.name);
    fields[QStringLiteral("settings")] = viewSettingsJson(view);
    return fields;
}

SavedView withFields(SavedView view, const Fields& fields) {
    applyFields(fields, nullptr, [&](const QString& name, const QJsonValue& v) {
        if (name == QLatin1String("name"))
            view.name = v.toString();
        else if (name == QLatin1String("settings")) {
            const SavedView keep = view;
            view = SavedView(); // the stored settings replace these, they do not add to them
            view.id = keep.id;
            view.name = keep.name;
            readViewSettings(v.toObject(), view, [](const QJsonValue& id) -> std::optional<qint64> {
                return id.toInteger();
            });
        }
    });
    return view;
}

namespace {

// What node and relation types share: key, names and colour.
template <typename Type> Fields typeFields(const Type& type) {
    Fields fields;
    putText(fields, "key", type.key);
    putText(fields, "name_en", type.nameEn);
    putText(fields, "name_ja", type.nameJa);
    putText(fields, "color", type.color);
    return fields;
}

// Sets one of the shared fields; false when `name` is not one of them.
template <typename Type> bool setTypeField(Type& type, const QString& name, const QJsonValue& v) {
    QString* field = name == QLatin1String("key")       ? &type.key
                     : name == QLatin1String("name_en") ? &type.nameEn
                     : name == QLatin1String("name_ja") ? &type.nameJa
                     : name == QLatin1String("color")   ? &type.color
                                                        : nullptr;
    if (field)
        *field = v.toString();
    return field != nullptr;
}

} // namespace

Fields fieldsOf(const NodeType& type) {
    Fields fields = typeFields(type);
    fields[QStringLiteral("shape")] = shapeKey(type.shape);
    return fields;
}

NodeType withFields(NodeType type, const Fields& fields) {
    applyFields(fields, nullptr, [&](const QString& name, const QJsonValue& v) {
        if (!setTypeField(type, name, v) && name == QLatin1String("shape"))
            type.shape = shapeFromKey(v.toString()).value_or(NodeShape::Ellipse);
    });
    return type;
}

Fields fieldsOf(const RelationType& type) {
    Fields fields = typeFields(type);
    fields[QStringLiteral("line_style")] = lineStyleKey(type.lineStyle);
    fields[QStringLiteral("directed")] = type.directed;
    if (!type.sourceTypes.isEmpty())
        fields[QStringLiteral("source_types")] = QJsonArray::fromStringList(type.sourceTypes);
    if (!type.targetTypes.isEmpty())
        fields[QStringLiteral("target_types")] = QJsonArray::fromStringList(type.targetTypes);
    return fields;
}

RelationType withFields(RelationType type, const Fields& fields) {
    applyFields(fields, nullptr, [&](const QString& name, const QJsonValue& v) {
        if (setTypeField(type, name, v))
            return;
        if (name == QLatin1String("line_style"))
            type.lineStyle = lineStyleFromKey(v.toString()).value_or(LineStyle::Solid);
        else if (name == QLatin1String("directed"))
            type.directed = v.toBool();
        else if (name == QLatin1String("source_types"))
            type.sourceTypes = textList(v);
        else if (name == QLatin1String("target_types"))
            type.targetTypes = textList(v);
    });
    return type;
}

Fields fieldsOf(const MapInfo& info) {
    Fields fields;
    putText(fields, "name", info.name);
    putText(fields, "description", info.description);
    putText(fields, "created", info.created);
    fields[QStringLiteral("default_language")] = languageKey(info.defaultLanguage);
    return fields;
}

MapInfo withFields(MapInfo info, const Fields& fields) {
    applyFields(fields, nullptr, [&](const QString& name, const QJsonValue& v) {
        if (name == QLatin1String("name"))
            info.name = v.toString();
        else if (name == QLatin1String("description"))
            info.description = v.toString();
        else if (name == QLatin1String("created"))
            info.created = v.toString();
        else if (name == QLatin1String("default_language"))
            info.defaultLanguage = languageFromKey(v.toString()).value_or(Language::En);
    });
    return info;
}

QStringList changedFields(const Fields& before, const Fields& after) {
    QStringList names;
    for (const auto& [name, value] : before)
        if (fieldValue(after, name) != value)
            names << name;
    for (const auto& [name, value] : after)
        if (!before.count(name))
            names << name;
    return names;
}

QJsonValue fieldValue(const Fields& fields, const QString& name) {
    auto it = fields.find(name);
    return it == fields.end() ? QJsonValue() : it->second;
}

QJsonObject toJson(const Fields& fields, const QStringList& only) {
    QJsonObject object;
    if (only.isEmpty()) {
        for (const auto& [name, value] : fields)
            object.insert(name, value);
    } else {
        for (const QString& name : only)
            object.insert(name, fieldValue(fields, name));
    }
    return object;
}

QString describeValue(const QJsonValue& value) {
    if (value.isNull() || value.isUndefined())
        return QStringLiteral("(empty)");
    if (value.isString())
        return QLatin1Char('"') + value.toString().left(60) + QLatin1Char('"');
    if (value.isDouble())
        return QString::number(value.toDouble());
    if (value.isBool())
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    return QString::fromUtf8(QJsonDocument(value.isArray() ? QJsonDocument(value.toArray())
                                                           : QJsonDocument(value.toObject()))
                                 .toJson(QJsonDocument::Compact)
                                 .left(60));
}

} // namespace kizuna
