// MapStore::load: reading a whole map into plain values.

#include "store/MapStore.h"

#include "store/Database.h"
#include "store/SqlError.h"
#include "store/Statement.h"

#include <QFileInfo>
#include <unordered_map>

namespace kizuna {

Result<MapContents> MapStore::load() {
    MapContents contents;
    try {
        Statement& meta = statement("SELECT key, value FROM map_meta");
        while (meta.step()) {
            const QString key = meta.text(0);
            const QString value = meta.text(1);
            if (key == QLatin1String("name"))
                contents.info.name = value;
            else if (key == QLatin1String("description"))
                contents.info.description = value;
            else if (key == QLatin1String("created"))
                contents.info.created = value;
            else if (key == QLatin1String("default_language"))
                contents.info.defaultLanguage = languageFromKey(value).value_or(Language::En);
        }

        Statement& nodeTypes = statement(
            "SELECT key, name_en, name_ja, color, shape FROM node_type ORDER BY sort_order, key");
        while (nodeTypes.step()) {
            NodeType type{nodeTypes.text(0), nodeTypes.text(1), nodeTypes.text(2),
                          nodeTypes.text(3),
                          shapeFromKey(nodeTypes.text(4)).value_or(NodeShape::Ellipse)};
            contents.schema.putNodeType(type);
        }
        Statement& relationTypes =
            statement("SELECT key, name_en, name_ja, color, line_style, directed FROM "
                      "relation_type ORDER BY sort_order, key");
        std::vector<RelationType> relations;
        while (relationTypes.step()) {
            RelationType type;
            type.key = relationTypes.text(0);
            type.nameEn = relationTypes.text(1);
            type.nameJa = relationTypes.text(2);
            type.color = relationTypes.text(3);
            type.lineStyle = lineStyleFromKey(relationTypes.text(4)).value_or(LineStyle::Solid);
            type.directed = relationTypes.int64(5) != 0;
            relations.push_back(type);
        }
        Statement& endpoints = statement(
            "SELECT relation_key, role, node_type_key FROM relation_endpoint ORDER BY rowid");
        while (endpoints.step()) {
            for (auto& type : relations) {
                if (type.key != endpoints.text(0))
                    continue;
                (endpoints.text(1) == QLatin1String("source") ? type.sourceTypes : type.targetTypes)
                    .append(endpoints.text(2));
            }
        }
        for (const auto& type : relations)
            contents.schema.putRelationType(type);

        std::unordered_map<qint64, Properties> properties;
        Statement& props = statement("SELECT element_id, key, value FROM property");
        while (props.step())
            properties[props.int64(0)].insert(props.text(1), props.text(2));

        Statement& nodes =
            statement("SELECT id, type_key, label_en, label_ja, label_zh, description, x, y, "
                      "valid_from, valid_to FROM node ORDER BY id");
        while (nodes.step()) {
            NodeData node;
            node.id = NodeId(nodes.int64(0));
            node.type = nodes.text(1);
            node.labels = Labels{nodes.text(2), nodes.text(3), nodes.text(4)};
            node.description = nodes.text(5);
            if (!nodes.isNull(6) && !nodes.isNull(7))
                node.position = QPointF(nodes.real(6), nodes.real(7));
            node.validFrom = nodes.text(8);
            node.validTo = nodes.text(9);
            if (auto it = properties.find(node.id.value); it != properties.end())
                node.properties = it->second;
            contents.nodes.push_back(std::move(node));
        }
        Statement& edges =
            statement("SELECT id, relation_key, source_id, target_id, label, valid_from, "
                      "valid_to, confidence FROM edge ORDER BY id");
        while (edges.step()) {
            EdgeData edge;
            edge.id = EdgeId(edges.int64(0));
            edge.relation = edges.text(1);
            edge.source = NodeId(edges.int64(2));
            edge.target = NodeId(edges.int64(3));
            edge.label = edges.text(4);
            edge.validFrom = edges.text(5);
            edge.validTo = edges.text(6);
            edge.confidence = edges.optionalReal(7);
            if (auto it = properties.find(edge.id.value); it != properties.end())
                edge.properties = it->second;
            contents.edges.push_back(std::move(edge));
        }
        Statement& sources =
            statement("SELECT id, title, publisher, date, url, document FROM source ORDER BY id");
        while (sources.step())
            contents.sources.push_back(Source{SourceId(sources.int64(0)), sources.text(1),
                                              sources.text(2), sources.text(3), sources.text(4),
                                              sources.text(5)});
        Statement& citations = statement(
            "SELECT id, element_id, source_id, excerpt, locator FROM citation ORDER BY id");
        while (citations.step())
            contents.citations.push_back(Citation{CitationId(citations.int64(0)),
                                                  citations.int64(1), SourceId(citations.int64(2)),
                                                  citations.text(3), citations.text(4)});
        Statement& annotations =
            statement("SELECT id, text, x, y, width, target_id FROM annotation ORDER BY id");
        while (annotations.step())
            contents.annotations.push_back(
                Annotation{AnnotationId(annotations.int64(0)), annotations.text(1),
                           QPointF(annotations.real(2), annotations.real(3)), annotations.real(4),
                           annotations.int64(5)});
        Statement& views = statement("SELECT id, name, settings FROM saved_view ORDER BY id");
        while (views.step())
            contents.views.push_back(
                viewFromSettings(ViewId(views.int64(0)), views.text(1), views.text(2)));
        contents.lastElementId = lastElementId();
    } catch (const SqlError& error) {
        return Error{
            QStringLiteral("%1: cannot read the map (%2)")
                .arg(QFileInfo(m_path).absoluteFilePath(), QString::fromUtf8(error.what()))};
    }
    return contents;
}

} // namespace kizuna
