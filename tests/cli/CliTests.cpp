// kizuna-cli's init, stats and list commands and its exit codes, run as a script would run them.
#include "TestSupport.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <catch2/catch.hpp>
#include <map>

using namespace kizuna;
using test::runCli;

namespace {

const QStringList kDefaultNodeTypes = {QStringLiteral("company"),         QStringLiteral("country"),
                                       QStringLiteral("government_body"), QStringLiteral("lab"),
                                       QStringLiteral("model"),           QStringLiteral("person"),
                                       QStringLiteral("policy")};

test::CliResult ok(const QStringList& args) {
    const auto result = runCli(args);
    INFO("kizuna-cli " << args.join(QLatin1Char(' ')).toStdString()
                       << "\nstderr: " << result.err.toStdString());
    REQUIRE(result.exitCode == 0);
    return result;
}

QJsonObject jsonObject(const QString& text) {
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(text.toUtf8(), &error);
    INFO(text.toStdString() << "\n" << error.errorString().toStdString());
    REQUIRE(document.isObject());
    return document.object();
}

// JSON Lines: one object per line, no other lines.
std::vector<QJsonObject> jsonLines(const QString& text) {
    std::vector<QJsonObject> objects;
    const QStringList lines = text.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    for (const QString& line : lines)
        objects.push_back(jsonObject(line));
    CHECK(text.endsWith(QLatin1Char('\n')));
    return objects;
}

QStringList keysOf(const QJsonObject& object) {
    QStringList keys = object.keys();
    keys.sort();
    return keys;
}

} // namespace

TEST_CASE("kizuna-cli init creates an empty map and refuses to overwrite one", "[cli][init]") {
    test::TempFolder folder;
    const QString path = folder.file(QStringLiteral("new.kizuna"));
    ok({QStringLiteral("init"), path});
    const QJsonObject stats =
        jsonObject(ok({QStringLiteral("stats"), path, QStringLiteral("--json")}).out);
    CHECK(stats.value(QStringLiteral("nodes")).toInteger(-1) == 0);
    CHECK(stats.value(QStringLiteral("edges")).toInteger(-1) == 0);
    CHECK(keysOf(stats.value(QStringLiteral("node_types")).toObject()) == kDefaultNodeTypes);
    CHECK(stats.value(QStringLiteral("relation_types")).toObject().size() == 9);

    SECTION("a second init fails and names the file") {
        const QByteArray before = test::fileHash(path);
        const auto again = runCli({QStringLiteral("init"), path, QStringLiteral("--bundled")});
        CHECK(again.exitCode == 1);
        CHECK(again.err.contains(path));
        CHECK(again.err.contains(QStringLiteral("already exists")));
        CHECK(test::fileHash(path) == before);
    }
    SECTION("--force replaces it") {
        ok({QStringLiteral("init"), path, QStringLiteral("--bundled"), QStringLiteral("--force")});
        const QJsonObject replaced =
            jsonObject(ok({QStringLiteral("stats"), path, QStringLiteral("--json")}).out);
        CHECK(replaced.value(QStringLiteral("nodes")).toInteger() > 10);
    }
}

TEST_CASE("kizuna-cli stats and list report what the document holds", "[cli][list]") {
    test::TempFolder folder;
    const QString path = folder.file(QStringLiteral("bundled.kizuna"));
    ok({QStringLiteral("init"), path, QStringLiteral("--bundled")});
    auto document = GraphDocument::open(path, MapStore::Access::ReadOnly);
    REQUIRE(document.ok());
    const GraphDocument& doc = *document.value();
    REQUIRE(doc.graph().nodeCount() > 10);

    SECTION("stats --json counts nodes, edges and each type") {
        const QJsonObject stats =
            jsonObject(ok({QStringLiteral("stats"), path, QStringLiteral("--json")}).out);
        CHECK(stats.value(QStringLiteral("nodes")).toInteger() == qint64(doc.graph().nodeCount()));
        CHECK(stats.value(QStringLiteral("edges")).toInteger() == qint64(doc.graph().edgeCount()));
        std::map<QString, qint64> byType;
        for (const auto& type : doc.schema().nodeTypes())
            byType[type.key] = 0;
        doc.graph().forEachNode([&](const NodeData& node) { ++byType[node.type]; });
        const QJsonObject nodeTypes = stats.value(QStringLiteral("node_types")).toObject();
        CHECK(nodeTypes.size() == qsizetype(byType.size()));
        for (const auto& [key, count] : byType) {
            INFO(key.toStdString());
            CHECK(nodeTypes.value(key).toInteger(-1) == count);
        }
        qint64 edges = 0;
        for (const QJsonValue& count : stats.value(QStringLiteral("relation_types")).toObject())
            edges += count.toInteger();
        CHECK(edges == qint64(doc.graph().edgeCount()));
    }
    SECTION("list nodes --json prints one object per node with snake_case fields") {
        const auto nodes = jsonLines(
            ok({QStringLiteral("list"), QStringLiteral("nodes"), path, QStringLiteral("--json")})
                .out);
        REQUIRE(nodes.size() == doc.graph().nodeCount());
        const auto ids = doc.graph().nodeIds();
        for (size_t i = 0; i < nodes.size(); ++i) {
            const QJsonObject& object = nodes[i];
            const NodeData& node = *doc.graph().node(ids[i]);
            INFO(QJsonDocument(object).toJson(QJsonDocument::Compact).toStdString());
            for (const char* key :
                 {"id", "type", "label", "labels", "valid_from", "valid_to", "x", "y"})
                CHECK(object.contains(QLatin1String(key)));
            CHECK(object.value(QStringLiteral("id")).toInteger() == node.id.value);
            CHECK(object.value(QStringLiteral("type")).toString() == node.type);
            CHECK(object.value(QStringLiteral("label")).toString() == doc.displayLabel(node.id));
            const QJsonObject labels = object.value(QStringLiteral("labels")).toObject();
            CHECK(keysOf(labels) ==
                  QStringList({QStringLiteral("en"), QStringLiteral("ja"), QStringLiteral("zh")}));
            CHECK(labels.value(QStringLiteral("ja")).toString() == node.labels.ja);
            CHECK(labels.value(QStringLiteral("en")).toString() == node.labels.en);
            CHECK(object.value(QStringLiteral("valid_from")).toString() == node.validFrom);
            REQUIRE(node.position);
            CHECK(object.value(QStringLiteral("x")).toDouble() == node.position->x());
            CHECK(object.value(QStringLiteral("y")).toDouble() == node.position->y());
            CHECK_FALSE(object.contains(QStringLiteral("validFrom")));
        }
    }
    SECTION("list edges --json prints source, target and relation") {
        const auto edges = jsonLines(
            ok({QStringLiteral("list"), QStringLiteral("edges"), path, QStringLiteral("--json")})
                .out);
        REQUIRE(edges.size() == doc.graph().edgeCount());
        const auto ids = doc.graph().edgeIds();
        for (size_t i = 0; i < edges.size(); ++i) {
            const EdgeData& edge = *doc.graph().edge(ids[i]);
            CHECK(edges[i].value(QStringLiteral("id")).toInteger() == edge.id.value);
            CHECK(edges[i].value(QStringLiteral("source")).toInteger() == edge.source.value);
            CHECK(edges[i].value(QStringLiteral("target")).toInteger() == edge.target.value);
            CHECK(edges[i].value(QStringLiteral("relation")).toString() == edge.relation);
        }
    }
    SECTION("plain list nodes prints one tab-separated line per node") {
        const QString out = ok({QStringLiteral("list"), QStringLiteral("nodes"), path}).out;
        const QStringList lines = out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        REQUIRE(lines.size() == qsizetype(doc.graph().nodeCount()));
        const auto ids = doc.graph().nodeIds();
        for (qsizetype i = 0; i < lines.size(); ++i) {
            const QStringList fields = lines[i].split(QLatin1Char('\t'));
            const NodeData& node = *doc.graph().node(ids[size_t(i)]);
            INFO(lines[i].toStdString());
            REQUIRE(fields.size() >= 5);
            CHECK(fields[0] == QString::number(node.id.value));
            CHECK(fields[1] == node.type);
            CHECK(fields.contains(node.labels.ja));
        }
    }
}

TEST_CASE("kizuna-cli exits 1 for file errors and 2 for usage errors", "[cli][errors]") {
    test::TempFolder folder;
    const QString missing = folder.file(QStringLiteral("missing.kizuna"));
    const QString text = folder.file(QStringLiteral("notes.txt"));
    {
        QFile file(text);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write("just some notes\n");
    }

    SECTION("a missing file") {
        for (const QStringList& args :
             {QStringList{QStringLiteral("stats"), missing},
              QStringList{QStringLiteral("list"), QStringLiteral("nodes"), missing}}) {
            const auto result = runCli(args);
            INFO(result.err.toStdString());
            CHECK(result.exitCode == 1);
            CHECK(result.err.contains(missing));
            CHECK(result.out.isEmpty());
        }
        CHECK_FALSE(QFile::exists(missing)); // not created by reading it
    }
    SECTION("a file that is not a map") {
        const auto result = runCli({QStringLiteral("stats"), text, QStringLiteral("--json")});
        CHECK(result.exitCode == 1);
        CHECK(result.err.contains(text));
        CHECK(result.out.isEmpty());
    }
    SECTION("init into a folder that does not exist") {
        const QString nowhere = folder.file(QStringLiteral("no/such/folder/map.kizuna"));
        const auto result = runCli({QStringLiteral("init"), nowhere});
        CHECK(result.exitCode == 1);
        CHECK(result.err.contains(folder.file(QStringLiteral("no/such/folder"))));
        CHECK_FALSE(QFile::exists(nowhere));
    }
    SECTION("usage errors") {
        const QString path = folder.file(QStringLiteral("map.kizuna"));
        ok({QStringLiteral("init"), path});
        for (const QStringList& args :
             {QStringList{QStringLiteral("frobnicate"), path},
              QStringList{QStringLiteral("list"), QStringLiteral("things"), path},
              QStringList{QStringLiteral("stats")}, QStringList{QStringLiteral("init")},
              QStringList{QStringLiteral("list"), QStringLiteral("nodes")},
              QStringList{QStringLiteral("stats"), path, QStringLiteral("--no-such-option")},
              QStringList{}}) {
            const auto result = runCli(args);
            INFO("kizuna-cli " << args.join(QLatin1Char(' ')).toStdString() << "\n"
                               << result.err.toStdString());
            CHECK(result.exitCode == 2);
            CHECK_FALSE(result.err.isEmpty());
        }
    }
}

TEST_CASE("kizuna-cli's read-only commands leave the map file byte for byte as it was",
          "[cli][readonly]") {
    test::TempFolder folder;
    const QString path = folder.file(QStringLiteral("bundled.kizuna"));
    ok({QStringLiteral("init"), path, QStringLiteral("--bundled")});
    const QByteArray before = test::fileHash(path);
    ok({QStringLiteral("stats"), path});
    ok({QStringLiteral("stats"), path, QStringLiteral("--json")});
    ok({QStringLiteral("list"), QStringLiteral("nodes"), path});
    ok({QStringLiteral("list"), QStringLiteral("edges"), path, QStringLiteral("--json")});
    CHECK(test::fileHash(path) == before);
    CHECK_FALSE(QFile::exists(path + QStringLiteral("-wal")));
    CHECK_FALSE(QFile::exists(path + QStringLiteral("-shm")));
    CHECK_FALSE(QFile::exists(path + QStringLiteral("-journal")));
}
