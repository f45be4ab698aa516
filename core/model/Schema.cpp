#include "model/Schema.h"

#include <QRegularExpression>
#include <algorithm>
#include <array>

namespace kizuna {
namespace {

const std::array<const char*, 7> kShapeKeys = {
    "ellipse", "rectangle", "rounded_rectangle", "diamond", "hexagon", "octagon", "triangle"};
const std::array<const char*, 4> kLineStyleKeys = {"solid", "dash", "dot", "dashdot"};

bool isValidKey(const QString& key) {
    static const QRegularExpression pattern(QStringLiteral("^[a-z][a-z0-9_]{0,63}$"));
    return pattern.match(key).hasMatch();
}

bool isValidColor(const QString& color) {
    static const QRegularExpression pattern(QStringLiteral("^#[0-9A-Fa-f]{6}$"));
    return pattern.match(color).hasMatch();
}

template <typename T> void putByKey(std::vector<T>& list, const T& item) {
    auto it = std::find_if(list.begin(), list.end(), [&](const T& t) { return t.key == item.key; });
    if (it != list.end())
        *it = item;
    else
        list.push_back(item);
}

} // namespace

QString shapeKey(NodeShape shape) {
    return QString::fromLatin1(kShapeKeys.at(static_cast<size_t>(shape)));
}

std::optional<NodeShape> shapeFromKey(const QString& key) {
    for (size_t i = 0; i < kShapeKeys.size(); ++i)
        if (key == QLatin1String(kShapeKeys[i]))
            return static_cast<NodeShape>(i);
    return std::nullopt;
}

QString lineStyleKey(LineStyle style) {
    return QString::fromLatin1(kLineStyleKeys.at(static_cast<size_t>(style)));
}

std::optional<LineStyle> lineStyleFromKey(const QString& key) {
    for (size_t i = 0; i < kLineStyleKeys.size(); ++i)
        if (key == QLatin1String(kLineStyleKeys[i]))
            return static_cast<LineStyle>(i);
    return std::nullopt;
}

bool RelationType::allows(const QString& sourceType, const QString& targetType) const {
    const bool sourceOk = sourceTypes.isEmpty() || sourceTypes.contains(sourceType);
    const bool targetOk = targetTypes.isEmpty() || targetTypes.contains(targetType);
    if (sourceOk && targetOk)
        return true;
    // An undirected relation has no source or target end: either orientation may fit.
    return !directed && (sourceTypes.isEmpty() || sourceTypes.contains(targetType)) &&
           (targetTypes.isEmpty() || targetTypes.contains(sourceType));
}

QString typeName(const QString& nameEn, const QString& nameJa, const QString& key,
                 Language language) {
    if (language == Language::Ja && !nameJa.isEmpty())
        return nameJa;
    if (!nameEn.isEmpty())
        return nameEn;
    return nameJa.isEmpty() ? key : nameJa;
}

QString Schema::nodeTypeName(const QString& key, Language language) const {
    const NodeType* type = nodeType(key);
    return type ? typeName(type->nameEn, type->nameJa, key, language) : key;
}

QString Schema::relationName(const QString& key, Language language) const {
    const RelationType* type = relationType(key);
    return type ? typeName(type->nameEn, type->nameJa, key, language) : key;
}

const NodeType* Schema::nodeType(const QString& key) const {
    for (const auto& type : m_nodeTypes)
        if (type.key == key)
            return &type;
    return nullptr;
}

const RelationType* Schema::relationType(const QString& key) const {
    for (const auto& type : m_relationTypes)
        if (type.key == key)
            return &type;
    return nullptr;
}

void Schema::putNodeType(const NodeType& type) {
    putByKey(m_nodeTypes, type);
}

void Schema::putRelationType(const RelationType& type) {
    putByKey(m_relationTypes, type);
}

Status Schema::validate(const NodeType& type) const {
    if (!isValidKey(type.key))
        return Error{
            QStringLiteral("node type key \"%1\" is invalid: use lower-case letters, digits and "
                           "underscores, starting with a letter")
                .arg(type.key)};
    if (type.nameEn.trimmed().isEmpty() && type.nameJa.trimmed().isEmpty())
        return Error{
            QStringLiteral("node type \"%1\" needs a name in English or Japanese").arg(type.key)};
    if (!isValidColor(type.color))
        return Error{QStringLiteral("node type \"%1\": colour \"%2\" is not of the form #RRGGBB")
                         .arg(type.key, type.color)};
    return Status::success();
}

Status Schema::validate(const RelationType& type) const {
    if (!isValidKey(type.key))
        return Error{
            QStringLiteral("relation type key \"%1\" is invalid: use lower-case letters, digits "
                           "and underscores, starting with a letter")
                .arg(type.key)};
    if (type.nameEn.trimmed().isEmpty() && type.nameJa.trimmed().isEmpty())
        return Error{QStringLiteral("relation type \"%1\" needs a name in English or Japanese")
                         .arg(type.key)};
    if (!isValidColor(type.color))
        return Error{
            QStringLiteral("relation type \"%1\": colour \"%2\" is not of the form #RRGGBB")
                .arg(type.key, type.color)};
    for (const QStringList* list : {&type.sourceTypes, &type.targetTypes})
        for (const QString& key : *list)
            if (!nodeType(key))
                return Error{QStringLiteral("relation type \"%1\" allows unknown node type \"%2\"")
                                 .arg(type.key, key)};
    return Status::success();
}

} // namespace kizuna
