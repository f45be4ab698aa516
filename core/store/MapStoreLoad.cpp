// MapStore reads: the whole map (load), and single rows by id for catching up with other programs.

#include "store/MapStore.h"
#include "store/SharedProperties.h"

#include "model/InternedStrings.h"

#include "store/Database.h"
#include "store/SqlError.h"
#include "store/Statement.h"

#include <QFileInfo>
#include <sqlite3.h>
#include <unordered_map>

namespace kizuna {
namespace {

constexpr const char* kNodeColumns = "SELECT id, type_key, label_en, label_ja, label_zh, "
                                     "description, x, y, valid_from, valid_to FROM node";
constexpr const char* kEdgeColumns = "SELECT id, relation_key, source_id, target_id, label, "
                                     "valid_from, valid_to, confidence FROM edge";

NodeData nodeFromRow(const Statement& row) {
    NodeData node;
    node.id = NodeId(row.int64(0));
    node.type = row.text(1);
    node.labels = Labels{row.text(2), row.text(3), row.text(4)};
    node.description = row.text(5);
    if (!row.isNull(6) && !row.isNull(7))
        node.position = QPointF(row.real(6), row.real(7));
    node.validFrom = row.text(8);
    node.validTo = row.text(9);
    return node;
}

EdgeData edgeFromRow(const Statement& row) {
    EdgeData edge;
    edge.id = EdgeId(row.int64(0));
    edge.relation = row.text(1);
    edge.source = NodeId(row.int64(2));
    edge.target = NodeId(row.int64(3));
    edge.label = row.text(4);
    edge.validFrom = row.text(5);
    edge.validTo = row.text(6);
    edge.confidence = row.optionalReal(7);
    return edge;
}

Source sourceFromRow(const Statement& row) {
    return Source{
        SourceId(row.int64(0)), row.text(1), row.text(2), row.text(3), row.text(4), row.text(5)};
}

Citation citationFromRow(const Statement& row) {
    return Citation{CitationId(row.int64(0)), row.int64(1), SourceId(row.int64(2)), row.text(3),
                    row.text(4)};
}

Annotation annotationFromRow(const Statement& row) {
    return Annotation{AnnotationId(row.int64(0)), row.text(1), QPointF(row.real(2), row.real(3)),
                      row.real(4), row.int64(5)};
}

} // namespace

MapInfo MapStore::readInfo() {
    MapInfo info;
    Statement& meta = statement("SELECT key, value FROM map_meta");
    while (meta.step()) {
        const QString key = meta.text(0);
        const QString value = meta.text(1);
        if (key == QLatin1String("name"))
            info.name = value;
        else if (key == QLatin1String("description"))
            info.description = value;
        else if (key == QLatin1String("created"))
            info.created = value;
        else if (key == QLatin1String("default_language"))
            info.defaultLanguage = languageFromKey(value).value_or(Language::En);
    }
    return info;
}

Schema MapStore::readSchema() {
    Schema schema;
    Statement& nodeTypes = statement(
        "SELECT key, name_en, name_ja, color, shape FROM node_type ORDER BY sort_order, key");
    while (nodeTypes.step()) {
        NodeType type{nodeTypes.text(0), nodeTypes.text(1), nodeTypes.text(2), nodeTypes.text(3),
                      shapeFromKey(nodeTypes.text(4)).value_or(NodeShape::Ellipse)};
        schema.putNodeType(type);
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
    Statement& endpoints =
        statement("SELECT relation_key, role, node_type_key FROM relation_endpoint ORDER BY rowid");
    while (endpoints.step()) {
        for (auto& type : relations) {
            if (type.key != endpoints.text(0))
                continue;
            (endpoints.text(1) == QLatin1String("source") ? type.sourceTypes : type.targetTypes)
                .append(endpoints.text(2));
        }
    }
    for (const auto& type : relations)
        schema.putRelationType(type);
    return schema;
}

Status MapStore::read(const std::function<void()>& work) {
    try {
        m_db->exec("BEGIN");
        try {
            work();
        } catch (...) {
            sqlite3_exec(m_db->handle(), "ROLLBACK", nullptr, nullptr, nullptr);
            throw;
        }
        m_db->exec("COMMIT");
        return Status::success();
    } catch (const SqlError& error) {
        const QString shown = QFileInfo(m_path).absoluteFilePath();
        if ((error.code() & 0xff) == SQLITE_CORRUPT || (error.code() & 0xff) == SQLITE_NOTADB)
            return Error{QStringLiteral("%1: the map is damaged (%2). Restore it from a backup.")
                             .arg(shown, QString::fromUtf8(error.what()))};
        return Error{QStringLiteral("%1: cannot read the map (%2)")
                         .arg(shown, QString::fromUtf8(error.what()))};
    }
}

Result<MapContents> MapStore::load() {
    MapContents contents;
    const Status status = read([&] {
        contents.info = readInfo();
        contents.schema = readSchema();

        InternedStrings interned;
        // Rows come in element order (the table's key), so each element's list is complete
        // when the next element's rows start, and is shared with equal lists then.
        std::unordered_map<qint64, Properties> properties;
        SharedProperties shared;
        Statement& props =
            statement("SELECT element_id, key, value FROM property ORDER BY element_id");
        qint64 element = 0;
        Properties list;
        auto keep = [&] {
            if (!list.isEmpty())
                properties[element] = shared.share(std::move(list));
            list = Properties();
        };
        while (props.step()) {
            if (props.int64(0) != element) {
                keep();
                element = props.int64(0);
            }
            list.insert(interned(props.text(1)), props.text(2));
        }
        keep();

        Statement& nodes =
            statement("SELECT id, type_key, label_en, label_ja, label_zh, "
                      "description, x, y, valid_from, valid_to FROM node ORDER BY id");
        while (nodes.step()) {
            NodeData node = nodeFromRow(nodes);
            node.type = interned(node.type);
            if (auto it = properties.find(node.id.value); it != properties.end()) {
                node.properties = std::move(it->second);
                properties.erase(it);
            }
            contents.nodes.push_back(std::move(node));
        }
        Statement& edges = statement("SELECT id, relation_key, source_id, target_id, label, "
                                     "valid_from, valid_to, confidence FROM edge ORDER BY id");
        while (edges.step()) {
            EdgeData edge = edgeFromRow(edges);
            edge.relation = interned(edge.relation);
            if (auto it = properties.find(edge.id.value); it != properties.end()) {
                edge.properties = std::move(it->second);
                properties.erase(it);
            }
            contents.edges.push_back(std::move(edge));
        }
        Statement& sources =
            statement("SELECT id, title, publisher, date, url, document FROM source ORDER BY id");
        while (sources.step())
            contents.sources.push_back(sourceFromRow(sources));
        Statement& citations = statement(
            "SELECT id, element_id, source_id, excerpt, locator FROM citation ORDER BY id");
        while (citations.step())
            contents.citations.push_back(citationFromRow(citations));
        Statement& annotations =
            statement("SELECT id, text, x, y, width, target_id FROM annotation ORDER BY id");
        while (annotations.step())
            contents.annotations.push_back(annotationFromRow(annotations));
        Statement& views = statement("SELECT id, name, settings FROM saved_view ORDER BY id");
        while (views.step())
            contents.views.push_back(
                viewFromSettings(ViewId(views.int64(0)), views.text(1), views.text(2)));
        contents.lastElementId = lastElementId();
        contents.journalSeq = lastJournalSeq();
        changedByOthers(); // from now on, data_version tells of other programs' commits
    });
    // The load read every page; the page cache (up to 64 MiB) need not keep them all.
    sqlite3_db_release_memory(m_db->handle());
    if (!status)
        return Error{status.error()};
    return contents;
}

namespace {

Properties readProperties(Statement& query, qint64 elementId) {
    Properties properties;
    query.bind(1, elementId);
    while (query.step())
        properties.insert(query.text(0), query.text(1));
    query.reset();
    return properties;
}

// Runs `query` (one `?` for the id) for each id and collects the rows `decode` makes of it.
template <typename T, typename Decode>
std::vector<T> rowsById(Statement& query, const std::vector<qint64>& ids, const Decode& decode) {
    std::vector<T> rows;
    for (qint64 id : ids) {
        query.bind(1, id);
        if (query.step())
            rows.push_back(decode(query));
        query.reset();
    }
    return rows;
}

} // namespace

std::vector<NodeData> MapStore::readNodes(const std::vector<qint64>& ids) {
    auto nodes = rowsById<NodeData>(statement("SELECT id, type_key, label_en, label_ja, label_zh, "
                                              "description, x, y, valid_from, valid_to FROM node "
                                              "WHERE id = ?"),
                                    ids, nodeFromRow);
    Statement& props = statement("SELECT key, value FROM property WHERE element_id = ?");
    for (NodeData& node : nodes)
        node.properties = readProperties(props, node.id.value);
    return nodes;
}

std::vector<EdgeData> MapStore::readEdges(const std::vector<qint64>& ids) {
    auto edges = rowsById<EdgeData>(statement("SELECT id, relation_key, source_id, target_id, "
                                              "label, valid_from, valid_to, confidence FROM edge "
                                              "WHERE id = ?"),
                                    ids, edgeFromRow);
    Statement& props = statement("SELECT key, value FROM property WHERE element_id = ?");
    for (EdgeData& edge : edges)
        edge.properties = readProperties(props, edge.id.value);
    return edges;
}

std::vector<Source> MapStore::readSources(const std::vector<qint64>& ids) {
    return rowsById<Source>(
        statement("SELECT id, title, publisher, date, url, document FROM source WHERE id = ?"), ids,
        sourceFromRow);
}

std::vector<Citation> MapStore::readCitations(const std::vector<qint64>& ids) {
    return rowsById<Citation>(
        statement("SELECT id, element_id, source_id, excerpt, locator FROM citation WHERE id = ?"),
        ids, citationFromRow);
}

std::vector<qint64> MapStore::readCitationIdsOf(const std::vector<qint64>& elements) {
    Statement& query = statement("SELECT id FROM citation WHERE element_id = ?1 ORDER BY id");
    std::vector<qint64> ids;
    for (qint64 element : elements) {
        query.bind(1, element);
        while (query.step())
            ids.push_back(query.int64(0));
        query.reset();
    }
    return ids;
}

qint64 MapStore::readPlacedNodes(const std::function<void(QPointF, const QString&)>& visit) {
    Statement& nodes = statement("SELECT x, y, type_key FROM node");
    qint64 unplaced = 0;
    while (nodes.step()) {
        if (nodes.isNull(0) || nodes.isNull(1))
            ++unplaced;
        else
            visit(QPointF(nodes.real(0), nodes.real(1)), nodes.text(2));
    }
    nodes.reset();
    return unplaced;
}

void MapStore::readShape(const std::function<void(const NodeData&)>& node,
                         const std::function<void(const EdgeData&)>& edge) {
    Statement& nodes = statement("SELECT id, type_key FROM node ORDER BY id");
    NodeData n;
    while (nodes.step()) {
        n.id = NodeId(nodes.int64(0));
        n.type = nodes.text(1);
        node(n);
    }
    nodes.reset();
    Statement& edges =
        statement("SELECT id, relation_key, source_id, target_id FROM edge ORDER BY id");
    EdgeData e;
    while (edges.step()) {
        e.id = EdgeId(edges.int64(0));
        e.relation = edges.text(1);
        e.source = NodeId(edges.int64(2));
        e.target = NodeId(edges.int64(3));
        edge(e);
    }
    edges.reset();
}

std::vector<Annotation> MapStore::readAnnotations(const std::vector<qint64>& ids) {
    return rowsById<Annotation>(
        statement("SELECT id, text, x, y, width, target_id FROM annotation WHERE id = ?"), ids,
        annotationFromRow);
}

std::vector<SavedView> MapStore::readViews(const std::vector<qint64>& ids) {
    return rowsById<SavedView>(statement("SELECT id, name, settings FROM saved_view WHERE id = ?"),
                               ids, [](const Statement& row) {
                                   return viewFromSettings(ViewId(row.int64(0)), row.text(1),
                                                           row.text(2));
                               });
}

} // namespace kizuna

namespace kizuna {

void MapStore::readNodeCounts(Counts& counts) {
    Statement& nodes = statement("SELECT type_key, count(*) FROM node GROUP BY type_key");
    while (nodes.step()) {
        counts.nodeTypes[nodes.text(0)] = nodes.int64(1);
        counts.nodes += nodes.int64(1);
    }
    nodes.reset();
}

std::vector<QString> MapStore::readRelationKeys() {
    std::vector<QString> keys;
    Statement& query = statement("SELECT key FROM relation_type ORDER BY key");
    while (query.step())
        keys.push_back(query.text(0));
    query.reset();
    return keys;
}

qint64 MapStore::readRelationCount(const QString& key) {
    Statement& query = statement("SELECT count(*) FROM edge WHERE relation_key = ?");
    query.bind(1, key);
    query.step();
    const qint64 count = query.int64(0);
    query.reset();
    return count;
}

MapStore::Counts MapStore::readCounts() {
    Counts counts;
    readNodeCounts(counts);
    Statement& edges = statement("SELECT relation_key, count(*) FROM edge GROUP BY relation_key");
    while (edges.step()) {
        counts.relationTypes[edges.text(0)] = edges.int64(1);
        counts.edges += edges.int64(1);
    }
    edges.reset();
    return counts;
}

std::vector<qint64> MapStore::readAdjacent(qint64 node) {
    Statement& query = statement("SELECT target_id FROM edge WHERE source_id = ?1 UNION ALL "
                                 "SELECT source_id FROM edge WHERE target_id = ?1");
    query.bind(1, node);
    std::vector<qint64> adjacent;
    while (query.step())
        adjacent.push_back(query.int64(0));
    query.reset();
    return adjacent;
}

std::vector<std::pair<qint64, Labels>> MapStore::readAllLabels() {
    Statement& query = statement("SELECT id, label_en, label_ja, label_zh FROM node");
    std::vector<std::pair<qint64, Labels>> labels;
    while (query.step())
        labels.push_back({query.int64(0), Labels{query.text(1), query.text(2), query.text(3)}});
    query.reset();
    return labels;
}

bool MapStore::hasNode(qint64 id) {
    Statement& query = statement("SELECT 1 FROM node WHERE id = ?");
    query.bind(1, id);
    const bool found = query.step();
    query.reset();
    return found;
}

namespace {

// One page of `rows` (ids above `afterId`, in id order, at most `limit`) with the properties of
// each element merged in from a second cursor in element order: one pass over each table,
// nothing held. Returns the last id visited.
template <typename T, typename Decode>
qint64 visitPage(Statement& rows, Statement* properties, qint64 afterId, qint64 limit,
                 Decode decode, const std::function<void(const T&)>& visit) {
    rows.bind(1, afterId).bind(2, limit);
    bool more = false;
    if (properties) {
        properties->bind(1, afterId);
        more = properties->step();
    }
    qint64 last = afterId;
    while (rows.step()) {
        T value = decode(rows);
        while (more && properties->int64(0) < value.id.value)
            more = properties->step();
        while (more && properties->int64(0) == value.id.value) {
            value.properties.insert(properties->text(1), properties->text(2));
            more = properties->step();
        }
        last = value.id.value;
        visit(value);
    }
    rows.reset();
    if (properties)
        properties->reset();
    return last;
}

} // namespace

qint64 MapStore::forEachNode(bool withProperties, qint64 afterId, qint64 limit,
                             const std::function<void(const NodeData&)>& visit) {
    Statement& rows = statement("SELECT id, type_key, label_en, label_ja, label_zh, description, "
                                "x, y, valid_from, valid_to FROM node WHERE id > ?1 ORDER BY id "
                                "LIMIT ?2");
    Statement& properties = statement("SELECT p.element_id, p.key, p.value FROM property p "
                                      "JOIN node n ON n.id = p.element_id WHERE p.element_id > ?1 "
                                      "ORDER BY p.element_id, p.key");
    return visitPage<NodeData>(rows, withProperties ? &properties : nullptr, afterId, limit,
                               nodeFromRow, visit);
}

qint64 MapStore::forEachEdge(bool withProperties, qint64 afterId, qint64 limit,
                             const std::function<void(const EdgeData&)>& visit) {
    Statement& rows = statement("SELECT id, relation_key, source_id, target_id, label, "
                                "valid_from, valid_to, confidence FROM edge WHERE id > ?1 "
                                "ORDER BY id LIMIT ?2");
    Statement& properties = statement("SELECT p.element_id, p.key, p.value FROM property p "
                                      "JOIN edge e ON e.id = p.element_id WHERE p.element_id > ?1 "
                                      "ORDER BY p.element_id, p.key");
    return visitPage<EdgeData>(rows, withProperties ? &properties : nullptr, afterId, limit,
                               edgeFromRow, visit);
}

} // namespace kizuna
