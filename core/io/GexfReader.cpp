#include "io/AttributeMapping.h"
#include "io/GexfFormat.h"
#include "io/GraphAssembler.h"
#include "io/TextFiles.h"
#include "io/XmlSupport.h"

#include <set>
#include <unordered_map>

namespace kizuna {
namespace {

struct Attribute {
    QString title;
    QString defaultValue;
    bool hasDefault = false;
};

class GexfReader {
public:
    GexfReader(const QByteArray& data, const QString& path, const ProgressCallback& progress)
        : m_in(data, path), m_progress(progress) {}

    ImportedGraph read() {
        while (m_in.next()) {
            QXmlStreamReader& r = m_in.reader();
            if (!r.isStartElement())
                continue;
            const auto name = r.name();
            if (name == QLatin1String("creator"))
                m_kizunaFile = m_in.text().trimmed() == QLatin1String("Kizuna");
            else if (name == QLatin1String("graph"))
                m_graph.graph().directed =
                    m_in.attribute("defaultedgetype") != QLatin1String("undirected");
            else if (name == QLatin1String("attributes"))
                readAttributes();
            else if (name == QLatin1String("node"))
                readNode();
            else if (name == QLatin1String("edge"))
                readEdge();
        }
        return m_graph.finish();
    }

private:
    void readAttributes() {
        auto& table =
            m_in.attribute("class") == QLatin1String("edge") ? m_edgeAttributes : m_nodeAttributes;
        QString current;
        while (m_in.next()) {
            QXmlStreamReader& r = m_in.reader();
            if (r.isEndElement() && r.name() == QLatin1String("attributes"))
                return;
            if (!r.isStartElement())
                continue;
            if (r.name() == QLatin1String("attribute")) {
                current = m_in.attribute("id");
                table[current].title =
                    m_in.hasAttribute("title") ? m_in.attribute("title") : current;
            } else if (r.name() == QLatin1String("default")) {
                table[current].defaultValue = m_in.text();
                table[current].hasDefault = true;
            }
        }
    }

    // <attvalues>: returns title -> value, with declared defaults for the rest.
    std::vector<std::pair<QString, QString>>
    readValues(const std::unordered_map<QString, Attribute>& table, std::set<QString>& seen) {
        std::vector<std::pair<QString, QString>> values;
        while (m_in.next()) {
            QXmlStreamReader& r = m_in.reader();
            if (r.isEndElement() && r.name() == QLatin1String("attvalues"))
                break;
            if (!r.isStartElement() || r.name() != QLatin1String("attvalue"))
                continue;
            const QString id =
                m_in.attribute("for").isEmpty() ? m_in.attribute("id") : m_in.attribute("for");
            auto attribute = table.find(id);
            if (attribute == table.end())
                m_in.fail(
                    QStringLiteral("attvalue refers to an undeclared attribute \"%1\"").arg(id));
            if (seen.insert(id).second)
                values.emplace_back(attribute->second.title, m_in.attribute("value"));
        }
        return values;
    }

    void applyDefaults(const std::unordered_map<QString, Attribute>& table,
                       const std::set<QString>& seen,
                       std::vector<std::pair<QString, QString>>& values) {
        for (const auto& [id, attribute] : table)
            if (attribute.hasDefault && !seen.count(id))
                values.emplace_back(attribute.title, attribute.defaultValue);
    }

    void readNode() {
        const QString id = m_in.attribute("id");
        const QString where = m_in.where();
        if (id.isEmpty())
            m_in.fail(QStringLiteral("a node needs an id"));
        NodeData node;
        const QString label = m_in.attribute("label");
        QString start = m_in.attribute("start"), end = m_in.attribute("end");
        std::set<QString> seen;
        std::vector<std::pair<QString, QString>> values;
        while (m_in.next()) {
            QXmlStreamReader& r = m_in.reader();
            if (r.isEndElement() && r.name() == QLatin1String("node"))
                break;
            if (!r.isStartElement())
                continue;
            const auto name = r.name();
            if (name == QLatin1String("nodes") || name == QLatin1String("node"))
                m_in.fail(QStringLiteral("hierarchical graphs (nodes inside nodes) are not "
                                         "supported: Kizuna maps are flat"));
            if (name == QLatin1String("attvalues"))
                values = readValues(m_nodeAttributes, seen);
            else if (name == QLatin1String("position"))
                node.position =
                    QPointF(m_in.attribute("x").toDouble(), m_in.attribute("y").toDouble());
            else if (name == QLatin1String("color") &&
                     !m_kizunaFile) // Kizuna writes its type colour
                node.properties.insert(
                    QStringLiteral("color"),
                    QStringLiteral("#%1%2%3")
                        .arg(m_in.attribute("r").toInt(), 2, 16, QLatin1Char('0'))
                        .arg(m_in.attribute("g").toInt(), 2, 16, QLatin1Char('0'))
                        .arg(m_in.attribute("b").toInt(), 2, 16, QLatin1Char('0'))
                        .toUpper());
            else if (name == QLatin1String("size"))
                node.properties.insert(QStringLiteral("size"), m_in.attribute("value"));
            else if (name == QLatin1String("spell") && start.isEmpty() && end.isEmpty()) {
                start = m_in.attribute("start");
                end = m_in.attribute("end");
            }
        }
        applyDefaults(m_nodeAttributes, seen, values);
        node.validFrom = importedDate(start, QStringLiteral("start"), where);
        node.validTo = importedDate(end, QStringLiteral("end"), where);
        for (const auto& [title, value] : values)
            applyNodeAttribute(node, title, value, where);
        if (node.labels.isEmpty() && !label.isEmpty())
            node.labels.en = label;
        m_graph.addNode(std::move(node), id, where);
        m_in.countElement(m_progress);
    }

    void readEdge() {
        EdgeData edge;
        const QString where = m_in.where();
        const QString source = m_in.attribute("source");
        const QString target = m_in.attribute("target");
        edge.label = m_in.attribute("label");
        if (m_in.hasAttribute("weight"))
            edge.properties.insert(QStringLiteral("weight"), m_in.attribute("weight"));
        // The XML attribute "type" is the edge's direction in GEXF; a "kind" names its relation.
        if (m_in.hasAttribute("kind"))
            edge.relation = typeKeyFrom(m_in.attribute("kind"));
        edge.validFrom = importedDate(m_in.attribute("start"), QStringLiteral("start"), where);
        edge.validTo = importedDate(m_in.attribute("end"), QStringLiteral("end"), where);
        std::set<QString> seen;
        std::vector<std::pair<QString, QString>> values;
        while (m_in.next()) {
            QXmlStreamReader& r = m_in.reader();
            if (r.isEndElement() && r.name() == QLatin1String("edge"))
                break;
            if (r.isStartElement() && r.name() == QLatin1String("attvalues"))
                values = readValues(m_edgeAttributes, seen);
        }
        applyDefaults(m_edgeAttributes, seen, values);
        for (const auto& [title, value] : values)
            applyEdgeAttribute(edge, title, value, where);
        m_graph.addEdge(std::move(edge), source, target, where);
        m_in.countElement(m_progress);
    }

    XmlInput m_in;
    const ProgressCallback& m_progress;
    GraphAssembler m_graph;
    std::unordered_map<QString, Attribute> m_nodeAttributes, m_edgeAttributes;
    bool m_kizunaFile = false;
};

} // namespace

Result<ImportedGraph> readGexf(const QString& path, const ProgressCallback& progress) {
    try {
        const QByteArray data = readTextFile(path);
        return GexfReader(data, path, progress).read();
    } catch (const ReadError& error) {
        return Error{error.message};
    }
}

} // namespace kizuna
