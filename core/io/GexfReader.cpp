#include "io/AttributeMapping.h"
#include "io/GexfFormat.h"
#include "io/GraphAssembler.h"
#include "io/TextFiles.h"
#include "io/XmlSupport.h"
#include "model/StyleOverrides.h"

#include <algorithm>
#include <cmath>
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
        Properties style; // from viz:*, over attributes of the same name
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
            else if (name == QLatin1String("color"))
                readColor(style, !m_kizunaFile);
            else if (name == QLatin1String("size")) {
                // Gephi's default node size is 10.
                if (auto size = number("value"))
                    style.insert(kStyleSize, styleScale(*size / 10));
            } else if (name == QLatin1String("shape")) {
                if (auto shape = shapeFromName(m_in.attribute("value")))
                    style.insert(kStyleShape, shapeKey(*shape));
            } else if (name == QLatin1String("spell") && start.isEmpty() && end.isEmpty()) {
                start = m_in.attribute("start");
                end = m_in.attribute("end");
            }
        }
        applyDefaults(m_nodeAttributes, seen, values);
        node.validFrom = importedDate(start, QStringLiteral("start"), where);
        node.validTo = importedDate(end, QStringLiteral("end"), where);
        for (const auto& [title, value] : values)
            applyNodeAttribute(node, title, value, where);
        node.properties.insert(style);
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
        Properties style;
        while (m_in.next()) {
            QXmlStreamReader& r = m_in.reader();
            if (r.isEndElement() && r.name() == QLatin1String("edge"))
                break;
            if (!r.isStartElement())
                continue;
            if (r.name() == QLatin1String("attvalues"))
                values = readValues(m_edgeAttributes, seen);
            else if (r.name() == QLatin1String("color"))
                readColor(style, true); // Kizuna writes an edge colour only as an override
            else if (r.name() == QLatin1String("thickness")) {
                if (auto thickness = number("value"))
                    style.insert(kStyleWidth, styleScale(*thickness));
            } // viz:shape (solid, dashed…) is the relation type's line style: not per edge
        }
        applyDefaults(m_edgeAttributes, seen, values);
        for (const auto& [title, value] : values)
            applyEdgeAttribute(edge, title, value, where);
        edge.properties.insert(style);
        m_graph.addEdge(std::move(edge), source, target, where);
        m_in.countElement(m_progress);
    }

    std::optional<double> number(const char* attribute) const {
        bool ok = false;
        const double value = m_in.attribute(attribute).trimmed().toDouble(&ok);
        return ok && std::isfinite(value) ? std::optional<double>(value) : std::nullopt;
    }

    // <viz:color r g b [a]/> (or GEXF 1.3's hex="#rrggbb"); a is a fraction of 1. Kizuna writes
    // its type colour without a (for Gephi's sake) and an element's own colour with it, so in a
    // file Kizuna wrote only the latter is an override.
    void readColor(Properties& style, bool typeColourToo) {
        const bool hasAlpha = m_in.hasAttribute("a");
        if (!hasAlpha && !typeColourToo)
            return;
        std::optional<Rgba> colour;
        if (m_in.hasAttribute("hex"))
            colour = parseColor(m_in.attribute("hex"), ColorSyntax::Css);
        else if (m_in.hasAttribute("r") || m_in.hasAttribute("g") || m_in.hasAttribute("b"))
            colour = Rgba{std::clamp(m_in.attribute("r").toInt(), 0, 255),
                          std::clamp(m_in.attribute("g").toInt(), 0, 255),
                          std::clamp(m_in.attribute("b").toInt(), 0, 255), 255};
        if (!colour)
            return;
        if (auto alpha = number("a"))
            colour->a = std::clamp(int(std::lround(*alpha > 1 ? *alpha : *alpha * 255)), 0, 255);
        style.insert(kStyleColor, styleColor(*colour));
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
