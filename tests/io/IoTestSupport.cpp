#include "IoTestSupport.h"

#include "model/StyleOverrides.h"

#include <QFile>
#include <QProcess>
#include <catch2/catch.hpp>

namespace kizuna::test {

std::unique_ptr<GraphDocument> importIntoNewMap(const QString& path, const QString& mapPath,
                                                const CsvOptions& csv) {
    auto created = GraphDocument::create(mapPath, MapInfo{});
    REQUIRE(created.ok());
    auto document = std::move(created).value();
    const QString error = importError(*document, path, csv);
    INFO(error.toStdString());
    REQUIRE(error.isEmpty());
    return document;
}

QString importError(GraphDocument& document, const QString& path, const CsvOptions& csv) {
    auto format = detectFormat(path);
    if (!format)
        return format.error();
    ReadOptions options;
    options.csv = csv;
    auto graph = readGraphFile(path, format.value(), document.schema(), options);
    if (!graph)
        return graph.error();
    const Status status = document.apply(planImport(document, graph.value(), MergeBy::None).change);
    return status ? QString() : status.error();
}

const NodeData* findByLabels(const GraphDocument& document, const Labels& labels) {
    const NodeData* found = nullptr;
    document.graph().forEachNode([&](const NodeData& node) {
        if (node.labels == labels)
            found = &node;
    });
    return found;
}

QString runPython(const QString& script, const QStringList& args) {
    QProcess process;
    process.start(QStringLiteral(KIZUNA_SYSTEM_PYTHON),
                  QStringList{QStringLiteral("-c"), script} + args);
    REQUIRE(process.waitForFinished(120000));
    const QString err = QString::fromUtf8(process.readAllStandardError());
    INFO(err.toStdString());
    REQUIRE(process.exitCode() == 0);
    return QString::fromUtf8(process.readAllStandardOutput());
}

void writeFile(const QString& path, const QByteArray& data) {
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(data);
}

QString fixture(const QString& name) {
    return QStringLiteral(KIZUNA_FIXTURES_DIR "/interchange/") + name;
}

void addStyleOverrides(GraphDocument& document) {
    const std::vector<NodeId> ids = document.graph().nodeIds();
    REQUIRE(ids.size() >= 3);
    const Properties looks[] = {
        {{kStyleColor, QStringLiteral("#80ff8800")},
         {kStyleSize, QStringLiteral("1.5")},
         {kStyleShape, QStringLiteral("hexagon")}},
        {{kStyleColor, QStringLiteral("#336699")}, {kStyleShape, QStringLiteral("diamond")}},
        {{kStyleSize, QStringLiteral("0.25")}, {kStyleShape, QStringLiteral("rounded_rectangle")}},
    };
    for (int i = 0; i < 3; ++i) {
        NodeData node = *document.graph().node(ids[i]);
        node.properties.insert(looks[i]);
        REQUIRE(document.updateNode(node).ok());
    }
    EdgeData edge = *document.graph().edge(document.graph().edgeIds().front());
    edge.properties.insert(kStyleColor, QStringLiteral("#cc0000"));
    edge.properties.insert(kStyleWidth, QStringLiteral("2.5"));
    REQUIRE(document.updateEdge(edge).ok());
}

const NodeData* nodeWithEnglishLabel(const GraphDocument& document, const QString& label) {
    const NodeData* found = nullptr;
    document.graph().forEachNode([&](const NodeData& node) {
        if (node.labels.en == label)
            found = &node;
    });
    return found;
}

} // namespace kizuna::test
