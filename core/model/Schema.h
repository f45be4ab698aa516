#pragma once
// The map's extensible type system: node types and relation types with their look and rules.

#include "model/Labels.h"
#include "model/Result.h"

#include <QString>
#include <QStringList>
#include <vector>

namespace kizuna {

// Persisted as text keys; the enum values are stable.
enum class NodeShape {
    Ellipse = 0,
    Rectangle = 1,
    RoundedRectangle = 2,
    Diamond = 3,
    Hexagon = 4,
    Octagon = 5,
    Triangle = 6
};
enum class LineStyle { Solid = 0, Dash = 1, Dot = 2, DashDot = 3 };

QString shapeKey(NodeShape shape);
std::optional<NodeShape> shapeFromKey(const QString& key);
QString lineStyleKey(LineStyle style);
std::optional<LineStyle> lineStyleFromKey(const QString& key);

struct NodeType {
    QString key;
    QString nameEn;
    QString nameJa;
    QString color; // #RRGGBB
    NodeShape shape = NodeShape::Ellipse;
    bool operator==(const NodeType&) const = default;
};

struct RelationType {
    QString key;
    QString nameEn;
    QString nameJa;
    QString color;
    LineStyle lineStyle = LineStyle::Solid;
    bool directed = true;
    QStringList sourceTypes; // empty: any node type
    QStringList targetTypes; // empty: any node type
    bool allows(const QString& sourceType, const QString& targetType) const;
    bool operator==(const RelationType&) const = default;
};

// A type's name to show: Japanese when asked for and there is one, else English, else the other
// name, else the key.
QString typeName(const QString& nameEn, const QString& nameJa, const QString& key,
                 Language language);

class Schema {
public:
    const std::vector<NodeType>& nodeTypes() const { return m_nodeTypes; }
    const std::vector<RelationType>& relationTypes() const { return m_relationTypes; }
    const NodeType* nodeType(const QString& key) const;
    const RelationType* relationType(const QString& key) const;
    // typeName of the node or relation type with this key (the key itself if there is none).
    QString nodeTypeName(const QString& key, Language language) const;
    QString relationName(const QString& key, Language language) const;

    // Adds or replaces a type by key (keeps its position when it replaces).
    void putNodeType(const NodeType& type);
    void putRelationType(const RelationType& type);

    Status validate(const NodeType& type) const;
    Status validate(const RelationType& type) const;

    bool operator==(const Schema&) const = default;

private:
    std::vector<NodeType> m_nodeTypes;
    std::vector<RelationType> m_relationTypes;
};

} // namespace kizuna
