#include "io/ImportedGraph.h"

#include <QRegularExpression>
#include <array>
#include <set>

namespace kizuna {
namespace {

// Tableau-like palette for types a file brings without colours.
constexpr std::array<const char*, 10> kPalette = {"#4E79A7", "#F28E2B", "#E15759", "#76B7B2",
                                                  "#59A14F", "#EDC948", "#B07AA1", "#FF9DA7",
                                                  "#9C755F", "#BAB0AC"};

} // namespace

// Already a key (lower case ASCII letters, digits and single underscores, starting with a
// letter): the text itself, shared, without the regular expression (an import asks once a row).
static bool isTypeKey(const QString& text) {
    if (text.isEmpty() || text.size() > 64 || !(text.front() >= u'a' && text.front() <= u'z') ||
        text.back() == u'_')
        return false;
    QChar previous;
    for (QChar c : text) {
        const bool allowed =
            (c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9') || (c == u'_' && previous != u'_');
        if (!allowed)
            return false;
        previous = c;
    }
    return true;
}

QString typeKeyFrom(const QString& text) {
    if (isTypeKey(text))
        return text;
    QString key = text.trimmed().toLower();
    static const QRegularExpression notAllowed(QStringLiteral("[^a-z0-9_]+"));
    key.replace(notAllowed, QStringLiteral("_"));
    while (key.contains(QLatin1String("__")))
        key.replace(QLatin1String("__"), QLatin1String("_"));
    if (key.startsWith(QLatin1Char('_')))
        key.remove(0, 1);
    if (key.endsWith(QLatin1Char('_')))
        key.chop(1);
    if (key.isEmpty() || !key.at(0).isLetter())
        key.prepend(QLatin1String("t_"));
    return key.left(64);
}

void completeImportedSchema(ImportedGraph& graph, const Schema& existing) {
    Schema& schema = graph.contents.schema;
    std::set<QString> nodeKeys, relationKeys;
    for (NodeData& node : graph.contents.nodes) {
        if (node.type.isEmpty())
            node.type = QStringLiteral("entity");
        nodeKeys.insert(node.type);
    }
    for (EdgeData& edge : graph.contents.edges) {
        if (edge.relation.isEmpty())
            edge.relation = QStringLiteral("related_to");
        relationKeys.insert(edge.relation);
    }
    size_t colour = existing.nodeTypes().size() + schema.nodeTypes().size();
    for (const QString& key : nodeKeys) {
        if (existing.nodeType(key) || schema.nodeType(key))
            continue;
        QString name = key;
        name.replace(QLatin1Char('_'), QLatin1Char(' '));
        name[0] = name[0].toUpper();
        schema.putNodeType(NodeType{key, name, QString(),
                                    QString::fromLatin1(kPalette[colour++ % kPalette.size()]),
                                    NodeShape::Ellipse});
    }
    for (const QString& key : relationKeys) {
        if (existing.relationType(key) || schema.relationType(key))
            continue;
        RelationType type;
        type.key = key;
        type.nameEn = key;
        type.nameEn.replace(QLatin1Char('_'), QLatin1Char(' '));
        type.color = QStringLiteral("#5D6D7E");
        type.directed = graph.directed;
        schema.putRelationType(type);
    }
}

} // namespace kizuna
