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
    qint64 line = 0; // where it is declared
};

bool isTyped(const QString& type) {
    const QString t = type.toLower();
    return t == QLatin1String("int") || t == QLatin1String("long") || t == QLatin1String("float") ||
           t == QLatin1String("double") || t == QLatin1String("boolean");
}

// XML Schema's whiteSpace="collapse" for the numeric and boolean types: the value without the
// spaces, tabs and line breaks around it (the types allow none inside).
QString collapsed(const QString& value) {
    auto isXmlSpace = [](QChar c) {
        return c == QLatin1Char(' ') || c == QLatin1Char('\t') || c == QLatin1Char('\n') ||
               c == QLatin1Char('\r');
    };
    qsizetype begin = 0, end = value.size();
    while (begin < end && isXmlSpace(value[begin]))
        ++begin;
    while (end > begin && isXmlSpace(value[end - 1]))
        --end;
    return value.mid(begin, end - begin);
}

// The first way two declarations of one key id differ ("attr.type \"double\" and \"string\""),
// or nothing when they are the same.
QString difference(const Key& a, const Key& b) {
    auto type = [](const QString& t) {
        return t.isEmpty() ? QStringLiteral("string") : t.toLower();
    };
    auto differ = [](const char* what, const QString& x, const QString& y) {
        return QStringLiteral("%1 \"%2\" and \"%3\"").arg(QLatin1String(what), x, y);
    };
    if (type(a.type) != type(b.type))
        return differ("attr.type", type(a.type), type(b.type));
    if (a.name != b.name)
        return differ("attr.name", a.name, b.name);
    if (a.domain != b.domain)
        return differ("for", a.domain, b.domain);
    if (a.yfiles != b.yfiles)
        return differ("yfiles.type", a.yfiles, b.yfiles);
    if (a.hasDefault != b.hasDefault || a.defaultValue != b.defaultValue)
        return differ("default", a.hasDefault ? a.defaultValue : QStringLiteral("(none)"),
                      b.hasDefault ? b.defaultValue : QStringLiteral("(none)"));
    return {};
}

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
        const QString where = m_in.where();
        key.line = m_in.reader().lineNumber();
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
        if (key.hasDefault && isTyped(key.type) && !collapsed(key.defaultValue).isEmpty())
            key.defaultValue = typedValue(key, key.defaultValue);
        auto [it, added] = m_keys.emplace(id, key);
        if (added)
            return;
        // The same declaration twice is harmless; two meanings for one id are not.
        if (const QString differs = difference(it->second, key); !differs.isEmpty())
            throw ReadError{QStringLiteral("%1: the key id \"%2\" is declared twice, differently "
                                           "(%3; the first on line %4): a key id must be unique")
                                .arg(where, id, differs)
                                .arg(it->second.line)};
    }

    // Checks a value against its key's declared type, as GraphML consumers do; numbers and
    // booleans come without the whitespace around them (XML Schema collapses it for those types),
    // strings as they are.
    QString typedValue(const Key& key, const QString& value) const {
        const QString type = key.type.toLower();
        if (!isTyped(type))
            return value;
        const QString trimmed = collapsed(value);
        bool ok = true;
        if (type == QLatin1String("int") || type == QLatin1String("long"))
            trimmed.toLongLong(&ok);
        else if (type == QLatin1String("float") || type == QLatin1String("double"))
            trimmed.toDouble(&ok);
        else if (type == QLatin1String("boolean"))
            ok = QStringList{QStringLiteral("true"), QStringLiteral("false"), QStringLiteral("1"),
                             QStringLiteral("0")}
                     .contains(trimmed.toLower());
        if (!ok || trimmed.isEmpty())
            m_in.fail(QStringLiteral("\"%1\" is declared %2, but the value is \"%3\"")
                          .arg(key.name, key.type, value));
        return trimmed;
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
