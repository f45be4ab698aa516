#include "io/CsvFormat.h"

#include "io/AtomicWrite.h"

#include "document/GraphDocument.h"
#include "io/AttributeMapping.h"
#include "io/CsvParser.h"
#include "io/ExportText.h"
#include "io/KeyIndex.h"
#include "io/PropertyKeys.h"
#include "io/ReadError.h"
#include "io/TextFiles.h"
#include "model/InternedStrings.h"

#include <QDir>
#include <QFileInfo>
#include <algorithm>
#include <atomic>
#include <exception>
#include <set>
#include <thread>

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
        std::vector<AttributeField> attributes;
        for (const QString& field : fields)
            attributes.push_back(nodeAttributeField(field));
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
                    applyNodeAttribute(node, attributes[i], record[i], where);
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
        const auto [id, added] = m_nodes.emplace(key, node.id);
        if (!added) // a repeated id: resolveDuplicateIds (io/GraphAssembler.h) decides
            m_graph.repeated.push_back({m_graph.contents.nodes.size(), id, where.text()});
        ensureLabel(node, key);
        node.type = m_keys(node.type);
        m_graph.contents.nodes.push_back(node);
        m_graph.nodeKeys.push_back(key);
        return id;
    }

    NodeId endpoint(const QString& key, bool implicit, const Where& where, const char* role) {
        if (const NodeId* id = m_nodes.find(key))
            return *id;
        if (!implicit)
            throw ReadError{QStringLiteral("%1: %2 \"%3\" is not a node of the nodes table")
                                .arg(where.text(), QLatin1String(role), key)};
        NodeData node;
        return addNode(node, key, where);
    }

    void readEdges(const QString& path, const QByteArray& data, CsvParser& parser,
                   const QStringList& header, bool implicit) {
        const QStringList fields = fieldsOf(header, m_options.columns);
        const EdgeColumns columns{indexOfAny(fields, kSourceNames),
                                  indexOfAny(fields, kTargetNames),
                                  indexOfAny(fields, {QStringLiteral("id")})};
        if (columns.source < 0 || columns.target < 0)
            throw ReadError{
                QStringLiteral("%1: line 1: the edges table needs source and target columns")
                    .arg(path)};
        std::vector<AttributeField> attributes;
        for (const QString& field : fields)
            attributes.push_back(edgeAttributeField(field));
        // A big table of known nodes is read by two threads, each from a record boundary (an
        // edge list that adds its nodes as it goes is read in order by one).
        const qsizetype split =
            implicit || data.size() - parser.position() < kSplitFrom
                ? -1
                : recordBoundaryAfter(data, (parser.position() + data.size()) / 2);
        if (split < 0) {
            readEdgeRecords(path, data.size(), parser, header, attributes, columns, implicit,
                            m_graph.contents.edges, m_keys, true);
            return;
        }
        parser.stopAt(split);
        const int splitLine = parser.line() + int(std::count(data.constData() + parser.position(),
                                                             data.constData() + split, '\n'));
        CsvParser secondParser(data, path, split, data.size(), splitLine);
        std::vector<EdgeData> second;
        InternedStrings secondKeys;
        std::exception_ptr secondError;
        std::thread worker([&] {
            try {
                readEdgeRecords(path, data.size(), secondParser, header, attributes, columns, false,
                                second, secondKeys, false);
            } catch (...) {
                secondError = std::current_exception();
            }
        });
        try {
            readEdgeRecords(path, split, parser, header, attributes, columns, false,
                            m_graph.contents.edges, m_keys, true);
        } catch (...) {
            m_stop = true; // the first error in the file is this one
            worker.join();
            throw;
        }
        worker.join();
        if (secondError)
            std::rethrow_exception(secondError);
        // Provisional ids continue from the first half's; keys are shared with the first half's.
        m_graph.contents.edges.reserve(m_graph.contents.edges.size() + second.size());
        for (EdgeData& edge : second) {
            edge.id = EdgeId(kFirstEdgeId + qint64(m_graph.contents.edges.size()));
            edge.relation = m_keys(edge.relation);
            m_graph.contents.edges.push_back(std::move(edge));
        }
    }

    struct EdgeColumns {
        int source, target, id;
    };
    static constexpr qint64 kFirstEdgeId = 1000000000000LL;     // provisional, apart from nodes
    static constexpr qsizetype kSplitFrom = qsizetype(4) << 20; // bytes of records

    // Reads records into `edges` until the parser's end. Only the first half (`reports`) reports
    // progress and mutates the reader; the other reads nodes and the columns, nothing else.
    void readEdgeRecords(const QString& path, qsizetype total, CsvParser& parser,
                         const QStringList& header, const std::vector<AttributeField>& attributes,
                         const EdgeColumns& columns, bool implicit, std::vector<EdgeData>& edges,
                         InternedStrings& keys, bool reports) {
        QStringList record;
        while (parser.next(record)) {
            const Where where(path, parser.recordLine());
            checkWidth(record, header, where);
            EdgeData edge;
            edge.id = EdgeId(kFirstEdgeId + qint64(edges.size()));
            edge.source = endpoint(record[columns.source].trimmed(), implicit, where, "source");
            edge.target = endpoint(record[columns.target].trimmed(), implicit, where, "target");
            for (int i = 0; i < record.size(); ++i)
                if (i != columns.source && i != columns.target && i != columns.id &&
                    !record[i].isEmpty())
                    applyEdgeAttribute(edge, attributes[i], record[i], where);
            edge.relation = keys(edge.relation);
            edges.push_back(std::move(edge));
            if (reports)
                report(parser.position(), total);
            else if ((edges.size() % 4096) == 0 && m_stop)
                return; // the other half failed or was cancelled: its error is the one to show
        }
    }

    void report(qsizetype done, qsizetype total) {
        if (m_progress && (++m_records % 4096) == 0 && !m_progress(done, total)) {
            m_stop = true;
            throw ReadError{QStringLiteral("import cancelled")};
        }
    }

    const CsvOptions& m_options;
    const ProgressCallback& m_progress;
    ImportedGraph m_graph;
    KeyIndex<NodeId> m_nodes; // node ids by key
    InternedStrings m_keys;   // type and relation keys
    qint64 m_records = 0;
    std::atomic<bool> m_stop = false; // tells the thread reading a file's second half to stop
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
