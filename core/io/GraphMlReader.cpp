#include "io/AttributeMapping.h"
#include "io/GraphAssembler.h"
#include "io/GraphMlFormat.h"
#include "io/TextFiles.h"
#include "io/XmlSupport.h"
#include "model/StyleOverrides.h"

#include <set>
#include <unordered_map>

namespace kizuna {
namespace {

struct Key {
    QString name;
    QString domain; // node, edge, graph, all
    QString type;   // string, int, long, float, double, boolean
    QString yfiles; // nodegraphics, edgegraphics, …
    QString defaultValue;
    bool hasDefault = false;
};

class GraphMlReader {
public:
    GraphMlReader(const QByteArray& data, const QString& path, const ProgressCallback& progress)
        : m_in(data, path), m_progress(progress) {}

    ImportedGraph read() {
        int graphDepth = 0;
        while (m_in.next()) {
            QXmlStreamReader& r = m_in.reader();
            if (r.isEndElement()) {
                if (r.name() == QLatin1String("graph"))
                    --graphDepth;
                continue;
            }
            const auto name = r.name();
            if (name == QLatin1String("key"))
                readKey();
            else if (name == QLatin1String("graph")) {
                if (++graphDepth > 1)
                    m_in.fail(QStringLiteral(
                        "nested graphs are not supported: Kizuna maps are flat (flatten the "
                        "graph first)"));
                m_graph.graph().directed =
                    m_in.attribute("edgedefault") != QLatin1String("undirected");
            } else if (name == QLatin1String("node"))
                readNode();
            else if (name == QLatin1String("edge"))
                readEdge();
            else if (name == QLatin1String("hyperedge"))
                m_in.fail(QStringLiteral("hyperedges are not supported: an edge joins two nodes"));
        }
        return m_graph.finish();
    }

private:
    void readKey() {
        Key key;
        const QString id = m_in.attribute("id");
        key.name = m_in.hasAttribute("attr.name") ? m_in.attribute("attr.name") : id;
        key.domain = m_in.attribute("for");
        key.type = m_in.attribute("attr.type");
        key.yfiles = m_in.attribute("yfiles.type");
        while (m_in.next()) {
            QXmlStreamReader& r = m_in.reader();
            if (r.isEndElement() && r.name() == QLatin1String("key"))
                break;
            if (r.isStartElement() && r.name() == QLatin1String("default")) {
                key.defaultValue = m_in.text();
                key.hasDefault = true;
            }
        }
        m_keys[id] = key;
    }

    // Checks a value against its key's declared type, as GraphML consumers do.
    QString typedValue(const Key& key, const QString& value) const {
        const QString type = key.type.toLower();
        bool ok = true;
        if (type == QLatin1String("int") || type == QLatin1String("long"))
            value.trimmed().toLongLong(&ok);
        else if (type == QLatin1String("float") || type == QLatin1String("double"))
            value.trimmed().toDouble(&ok);
        else if (type == QLatin1String("boolean"))
            ok = QStringList{QStringLiteral("true"), QStringLiteral("false"), QStringLiteral("1"),
                             QStringLiteral("0")}
                     .contains(value.trimmed().toLower());
        if (!ok)
            m_in.fail(QStringLiteral("\"%1\" is declared %2, but the value is \"%3\"")
                          .arg(key.name, key.type, value));
        return value;
    }

    void readNode() {
        const QString id = m_in.attribute("id");
        const QString where = m_in.where();
        if (id.isEmpty())
            m_in.fail(QStringLiteral("a node needs an id"));
        NodeData node;
        std::set<QString> seen;
        while (m_in.next()) {
            QXmlStreamReader& r = m_in.reader();
            if (r.isEndElement() && r.name() == QLatin1String("node"))
                break;
            if (!r.isStartElement())
                continue;
            if (r.name() == QLatin1String("graph"))
                m_in.fail(QStringLiteral("nested graphs are not supported: Kizuna maps are flat "
                                         "(flatten the graph first)"));
            if (r.name() != QLatin1String("data"))
                continue;
            const QString keyId = m_in.attribute("key");
            auto key = m_keys.find(keyId);
            if (key == m_keys.end())
                m_in.fail(QStringLiteral("data refers to an undeclared key \"%1\"").arg(keyId));
            seen.insert(keyId);
            if (!key->second.yfiles.isEmpty())
                readYFilesNode(node);
            else
                applyNodeAttribute(node, key->second.name, typedValue(key->second, m_in.text()),
                                   where);
        }
        for (const auto& [keyId, key] : m_keys)
            if (key.hasDefault && !seen.count(keyId) &&
                (key.domain == QLatin1String("node") || key.domain == QLatin1String("all")))
                applyNodeAttribute(node, key.name, key.defaultValue, where);
        m_graph.addNode(std::move(node), id, where);
        m_in.countElement(m_progress);
    }

    // yEd's <y:ShapeNode> and friends: geometry (top-left corner and size), fill, shape, label.
    // The look becomes the node's style overrides (yEd's default node is 30 × 30).
    void readYFilesNode(NodeData& node) {
        int depth = 1;
        while (depth > 0 && m_in.next()) {
            QXmlStreamReader& r = m_in.reader();
            if (r.isEndElement()) {
                --depth;
                continue;
            }
            ++depth;
            const auto name = r.name();
            if (name == QLatin1String("Geometry")) {
                const double x = m_in.attribute("x").toDouble(), y = m_in.attribute("y").toDouble();
                const double w = m_in.attribute("width").toDouble(),
                             h = m_in.attribute("height").toDouble();
                node.position = QPointF(x + w / 2, y + h / 2);
                if (w > 0)
                    node.properties.insert(kStyleSize, styleScale(w / 30));
            } else if (name == QLatin1String("Fill") && m_in.hasAttribute("color") &&
                       m_in.attribute("transparent") != QLatin1String("true")) {
                if (auto colour = styleColor(m_in.attribute("color"), ColorSyntax::Css))
                    node.properties.insert(kStyleColor, *colour); // yEd writes #RRGGBBAA
            } else if (name == QLatin1String("Shape")) {
                if (auto shape = shapeFromName(m_in.attribute("type")))
                    node.properties.insert(kStyleShape, shapeKey(*shape));
            } else if (name == QLatin1String("NodeLabel")) {
                const QString label = m_in.text().trimmed();
                --depth; // text() consumed the end tag
                if (!label.isEmpty() && node.labels.en.isEmpty())
                    node.labels.en = label;
            }
        }
    }

    // yEd's <y:PolyLineEdge> and friends: the label, and the line's colour and width.
    void readYFilesEdge(EdgeData& edge) {
        QXmlStreamReader& r = m_in.reader();
        int depth = 1;
        while (depth > 0 && m_in.next()) {
            if (r.isEndElement()) {
                --depth;
            } else if (r.name() == QLatin1String("EdgeLabel")) {
                edge.label = m_in.text().trimmed();
            } else {
                ++depth;
                if (r.name() != QLatin1String("LineStyle"))
                    continue;
                if (auto colour = styleColor(m_in.attribute("color"), ColorSyntax::Css))
                    edge.properties.insert(kStyleColor, *colour);
                bool ok = false;
                const double width = m_in.attribute("width").toDouble(&ok);
                if (ok && width > 0) // yEd's default line is 1.0 wide
                    edge.properties.insert(kStyleWidth, styleScale(width));
            }
        }
    }

    void readEdge() {
        EdgeData edge;
        const QString where = m_in.where();
        const QString source = m_in.attribute("source");
        const QString target = m_in.attribute("target");
        std::set<QString> seen;
        while (m_in.next()) {
            QXmlStreamReader& r = m_in.reader();
            if (r.isEndElement() && r.name() == QLatin1String("edge"))
                break;
            if (!r.isStartElement() || r.name() != QLatin1String("data"))
                continue;
            const QString keyId = m_in.attribute("key");
            auto key = m_keys.find(keyId);
            if (key == m_keys.end())
                m_in.fail(QStringLiteral("data refers to an undeclared key \"%1\"").arg(keyId));
            seen.insert(keyId);
            if (key->second.yfiles.isEmpty()) {
                applyEdgeAttribute(edge, key->second.name, typedValue(key->second, m_in.text()),
                                   where);
                continue;
            }
            readYFilesEdge(edge);
        }
        for (const auto& [keyId, key] : m_keys)
            if (key.hasDefault && !seen.count(keyId) &&
                (key.domain == QLatin1String("edge") || key.domain == QLatin1String("all")))
                applyEdgeAttribute(edge, key.name, key.defaultValue, where);
        m_graph.addEdge(std::move(edge), source, target, where);
        m_in.countElement(m_progress);
    }

    XmlInput m_in;
    const ProgressCallback& m_progress;
    GraphAssembler m_graph;
    std::unordered_map<QString, Key> m_keys;
};

} // namespace

Result<ImportedGraph> readGraphMl(const QString& path, const ProgressCallback& progress) {
    try {
        const QByteArray data = readTextFile(path);
        return GraphMlReader(data, path, progress).read();
    } catch (const ReadError& error) {
        return Error{error.message};
    }
}

} // namespace kizuna
