#include "io/CsvFormat.h"

#include "io/AtomicWrite.h"

#include "document/GraphDocument.h"
#include "io/AttributeMapping.h"
#include "io/CsvParser.h"
#include "io/ExportText.h"
#include "io/PropertyKeys.h"
#include "io/ReadError.h"
#include "io/TextFiles.h"
#include "model/InternedStrings.h"

#include <QDir>
#include <QFileInfo>
#include <set>
#include <unordered_map>

namespace kizuna {
namespace {

const QStringList kIdNames = {QStringLiteral("id"), QStringLiteral("key"),
                              QStringLiteral("node_id"), QStringLiteral("node")};
const QStringList kSourceNames = {QStringLiteral("source"), QStringLiteral("from"),
                                  QStringLiteral("src")};
const QStringList kTargetNames = {QStringLiteral("target"), QStringLiteral("to"),
                                  QStringLiteral("dst")};

// The field each column stands for.
QStringList fieldsOf(const QStringList& header, const QMap<QString, QString>& columns) {
    QStringList fields;
    for (const QString& column : header)
        fields << columns.value(column, column).trimmed();
    return fields;
}

int indexOfAny(const QStringList& fields, const QStringList& names) {
    for (int i = 0; i < fields.size(); ++i)
        if (names.contains(fields[i].toLower()))
            return i;
    return -1;
}

class CsvReader {
public:
    CsvReader(const CsvOptions& options, const ProgressCallback& progress)
        : m_options(options), m_progress(progress) {}

    ImportedGraph read(const QString& nodesPath) {
        const QByteArray nodes = readTextFile(nodesPath);
        CsvParser parser(nodes, nodesPath);
        QStringList header;
        if (!parser.next(header))
            throw ReadError{QStringLiteral("%1: the file is empty").arg(nodesPath)};
        const QStringList fields = fieldsOf(header, m_options.columns);
        const int idColumn = indexOfAny(fields, kIdNames);
        if (idColumn < 0 && indexOfAny(fields, kSourceNames) >= 0 &&
            indexOfAny(fields, kTargetNames) >= 0) {
            readEdges(nodesPath, nodes, parser, header, true); // an edge list: nodes are implicit
            return std::move(m_graph);
        }
        if (idColumn < 0)
            throw ReadError{
                QStringLiteral("%1: line 1: no id column (name one \"id\", or map one with "
                               "--map COLUMN=id)")
                    .arg(nodesPath)};
        QStringList record;
        while (parser.next(record)) {
            const Where where(nodesPath, parser.recordLine());
            checkWidth(record, header, where);
            const QString key = record[idColumn].trimmed();
            if (key.isEmpty())
                throw ReadError{QStringLiteral("%1: the id is empty").arg(where.text())};
            NodeData node;
            for (int i = 0; i < record.size(); ++i)
                if (i != idColumn && !record[i].isEmpty())
                    applyNodeAttribute(node, fields[i], record[i], where);
            addNode(node, key, where);
            report(parser.position(), nodes.size());
        }
        if (!m_options.edgesPath.isEmpty()) {
            const QByteArray edges = readTextFile(m_options.edgesPath);
            CsvParser edgeParser(edges, m_options.edgesPath);
            QStringList edgeHeader;
            if (edgeParser.next(edgeHeader))
                readEdges(m_options.edgesPath, edges, edgeParser, edgeHeader, false);
        }
        return std::move(m_graph);
    }

private:
    void checkWidth(const QStringList& record, const QStringList& header,
                    const Where& where) const {
        if (record.size() != header.size())
            throw ReadError{QStringLiteral("%1: %2 fields, but the header has %3")
                                .arg(where.text())
                                .arg(record.size())
                                .arg(header.size())};
    }

    NodeId addNode(NodeData& node, const QString& key, const Where& where) {
        node.id = NodeId(qint64(m_graph.contents.nodes.size()) + 1);
        auto [it, added] = m_nodes.emplace(key, node.id);
        if (!added) // a repeated id: resolveDuplicateIds (io/GraphAssembler.h) decides
            m_graph.repeated.push_back({m_graph.contents.nodes.size(), it->second, where.text()});
        ensureLabel(node, key);
        node.type = m_keys(node.type);
        m_graph.contents.nodes.push_back(node);
        m_graph.nodeKeys.push_back(key);
        return it->second;
    }

    NodeId endpoint(const QString& key, bool implicit, const Where& where, const char* role) {
        if (auto it = m_nodes.find(key); it != m_nodes.end())
            return it->second;
        if (!implicit)
            throw ReadError{QStringLiteral("%1: %2 \"%3\" is not a node of the nodes table")
                                .arg(where.text(), QLatin1String(role), key)};
        NodeData node;
        return addNode(node, key, where);
    }

    void readEdges(const QString& path, const QByteArray& data, CsvParser& parser,
                   const QStringList& header, bool implicit) {
        const QStringList fields = fieldsOf(header, m_options.columns);
        const int source = indexOfAny(fields, kSourceNames);
        const int target = indexOfAny(fields, kTargetNames);
        if (source < 0 || target < 0)
            throw ReadError{
                QStringLiteral("%1: line 1: the edges table needs source and target columns")
                    .arg(path)};
        const int id = indexOfAny(fields, {QStringLiteral("id")});
        QStringList record;
        while (parser.next(record)) {
            const Where where(path, parser.recordLine());
            checkWidth(record, header, where);
            EdgeData edge;
            edge.id =
                EdgeId(1000000000000LL +
                       qint64(m_graph.contents.edges.size())); // provisional, apart from nodes
            edge.source = endpoint(record[source].trimmed(), implicit, where, "source");
            edge.target = endpoint(record[target].trimmed(), implicit, where, "target");
            for (int i = 0; i < record.size(); ++i)
                if (i != source && i != target && i != id && !record[i].isEmpty())
                    applyEdgeAttribute(edge, fields[i], record[i], where);
            edge.relation = m_keys(edge.relation);
            m_graph.contents.edges.push_back(std::move(edge));
            report(parser.position(), data.size());
        }
    }

    void report(qsizetype done, qsizetype total) {
        if (m_progress && (++m_records % 4096) == 0 && !m_progress(done, total))
            throw ReadError{QStringLiteral("import cancelled")};
    }

    const CsvOptions& m_options;
    const ProgressCallback& m_progress;
    ImportedGraph m_graph;
    // Node ids by key. The hash is kept in each entry (a hasher that may throw makes the
    // standard library keep it): a lookup then compares only texts of equal hash, where
    // std::hash<QString> had it compare each text of the bucket (a third of the parse).
    struct KeyHash {
        size_t operator()(const QString& key) const { return qHash(key); }
    };
    std::unordered_map<QString, NodeId, KeyHash> m_nodes;
    InternedStrings m_keys; // type and relation keys
    qint64 m_records = 0;
};

} // namespace

QString defaultEdgesPath(const QString& nodesPath) {
    const QFileInfo info(nodesPath);
    return info.dir().filePath(info.completeBaseName() + QStringLiteral("-edges.csv"));
}

Result<ImportedGraph> readCsv(const QString& nodesPath, const CsvOptions& options,
                              const ProgressCallback& progress) {
    try {
        return CsvReader(options, progress).read(nodesPath);
    } catch (const ReadError& error) {
        return Error{error.message};
    }
}

namespace {

// A CSV record in UTF-8: every character but a lone surrogate, which UTF-8 cannot encode, is
// written as it is (a lone surrogate becomes U+FFFD; io/ExportText.h).
QString utf8Record(QStringList fields) {
    for (QString& field : fields)
        field = carriedText(field, TextCarrier::Utf8);
    return csvRecord(fields);
}

} // namespace

Status writeCsv(const GraphDocument& document, const QString& nodesPath, const QString& edgesPath) {
    const KnowledgeGraph& graph = document.graph();
    // Properties become columns; a property named like a field is written as prop.NAME.
    const QStringList nodeFields = {QStringLiteral("id"),         QStringLiteral("type"),
                                    QStringLiteral("label_en"),   QStringLiteral("label_ja"),
                                    QStringLiteral("label_zh"),   QStringLiteral("description"),
                                    QStringLiteral("valid_from"), QStringLiteral("valid_to"),
                                    QStringLiteral("x"),          QStringLiteral("y")};
    const QStringList edgeFields = {QStringLiteral("id"),       QStringLiteral("source"),
                                    QStringLiteral("target"),   QStringLiteral("relation"),
                                    QStringLiteral("label"),    QStringLiteral("valid_from"),
                                    QStringLiteral("valid_to"), QStringLiteral("confidence")};
    const PropertyKeys keys = propertyKeys(graph);
    const std::set<QString>& nodeKeys = keys.nodes;
    const std::set<QString>& edgeKeys = keys.edges;

    QString nodes;
    QStringList header = nodeFields;
    for (const QString& key : nodeKeys)
        header << nodePropertyName(key);
    nodes += utf8Record(header);
    for (NodeId id : graph.nodeIds()) {
        const NodeData& n = *graph.node(id);
        QStringList row = {QString::number(id.value),
                           n.type,
                           n.labels.en,
                           n.labels.ja,
                           n.labels.zh,
                           n.description,
                           n.validFrom,
                           n.validTo,
                           n.position ? QString::number(n.position->x(), 'g', 17) : QString(),
                           n.position ? QString::number(n.position->y(), 'g', 17) : QString()};
        for (const QString& key : nodeKeys)
            row << n.properties.value(key);
        nodes += utf8Record(row);
    }
    QString edges;
    header = edgeFields;
    for (const QString& key : edgeKeys)
        header << edgePropertyName(key);
    edges += utf8Record(header);
    for (EdgeId id : graph.edgeIds()) {
        const EdgeData& e = *graph.edge(id);
        QStringList row = {QString::number(id.value),
                           QString::number(e.source.value),
                           QString::number(e.target.value),
                           e.relation,
                           e.label,
                           e.validFrom,
                           e.validTo,
                           e.confidence ? QString::number(*e.confidence, 'g', 17) : QString()};
        for (const QString& key : edgeKeys)
            row << e.properties.value(key);
        edges += utf8Record(row);
    }
    // Both tables or neither: a nodes table without its edges would be a different graph.
    return writeFilesAtomically({{nodesPath, nodes.toUtf8()}, {edgesPath, edges.toUtf8()}});
}

} // namespace kizuna
