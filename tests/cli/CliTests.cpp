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

TEST_CASE("kizuna-cli path shows under each hop the passages its relation rests on",
          "[cli][path]") {
    test::TempFolder folder;
    const QString path = folder.file(QStringLiteral("bundled.kizuna"));
    ok({QStringLiteral("init"), path, QStringLiteral("--bundled")});
    // The bundled map's United States –competes_with– China relation and its first citation.
    const QString excerpt =
        QStringLiteral("現在、「AI冷戦」と呼ばれる米中のハイテク覇権争いが世界の"
                       "重要な関心事となっています。");
    const QString locator = QStringLiteral("「AI冷戦」とは?——米中の覇権争い");
    QString title;
    qint64 sourceId = 0;
    {
        auto document = GraphDocument::open(path, MapStore::Access::ReadOnly);
        REQUIRE(document.ok());
        const GraphDocument& doc = *document.value();
        doc.graph().forEachEdge([&](const EdgeData& edge) {
            for (const Citation& citation : doc.provenance().citationsOf(edge.id.value))
                if (citation.excerpt == excerpt &&
                    edge.relation == QLatin1String("competes_with")) {
                    sourceId = citation.source.value;
                    title = doc.provenance().source(citation.source)->title;
                }
        });
        REQUIRE(sourceId > 0);
        REQUIRE_FALSE(title.isEmpty());
    }
    const QStringList ends = {QStringLiteral("Reflection AI"), QStringLiteral("中国")};

    SECTION("text: the path on one line, then each hop with “excerpt” — source (locator)") {
        const QString out = ok(QStringList{QStringLiteral("path"), path} + ends).out;
        const QStringList lines = out.split(QLatin1Char('\n'));
        REQUIRE_FALSE(lines.isEmpty());
        // The first line is what it always was.
        CHECK(lines.front() ==
              QStringLiteral("Reflection AI -[based_in]-> アメリカ -[competes_with]-> 中国"));
        const qsizetype hop = lines.indexOf(QStringLiteral("  アメリカ -[competes_with]-> 中国"));
        INFO(out.toStdString());
        REQUIRE(hop > 0);
        REQUIRE(lines.size() > hop + 1);
        CHECK(lines.at(hop + 1) ==
              QStringLiteral("      “%1” — %2 (%3)").arg(excerpt, title, locator));
        CHECK(lines.indexOf(QStringLiteral("  Reflection AI -[based_in]-> アメリカ")) > 0);
        CHECK(out.contains(QStringLiteral(
            "「オープンソースAIによるグローバルリーダーシップ」を模索しています。”")));
    }
    SECTION("--json: each step adds the evidence of the relation it arrives by") {
        const std::vector<QJsonObject> paths =
            jsonLines(ok(QStringList{QStringLiteral("path"), path} + ends +
                         QStringList{QStringLiteral("--json")})
                          .out);
        REQUIRE_FALSE(paths.empty());
        const QJsonObject first = paths.front();
        CHECK(keysOf(first) == QStringList{QStringLiteral("hops"), QStringLiteral("steps")});
        CHECK(first.value(QStringLiteral("hops")).toInteger() == 2);
        const QJsonArray steps = first.value(QStringLiteral("steps")).toArray();
        REQUIRE(steps.size() == 3);
        for (const QJsonValue& step : steps) // the keys scripts use are all still there
            CHECK(keysOf(step.toObject()) ==
                  QStringList{QStringLiteral("edge"), QStringLiteral("evidence"),
                              QStringLiteral("forward"), QStringLiteral("label"),
                              QStringLiteral("node"), QStringLiteral("relation")});
        CHECK(steps.at(0)[QStringLiteral("evidence")].toArray().isEmpty()); // the start
        const QJsonObject last = steps.at(2).toObject();
        CHECK(last.value(QStringLiteral("relation")).toString() == QStringLiteral("competes_with"));
        const QJsonArray evidence = last.value(QStringLiteral("evidence")).toArray();
        REQUIRE(evidence.size() >= 1);
        const QJsonObject cited = evidence.at(0).toObject();
        CHECK(keysOf(cited) == QStringList{QStringLiteral("excerpt"), QStringLiteral("locator"),
                                           QStringLiteral("source"), QStringLiteral("source_id"),
                                           QStringLiteral("url")});
        CHECK(cited.value(QStringLiteral("excerpt")).toString() == excerpt);
        CHECK(cited.value(QStringLiteral("source")).toString() == title);
        CHECK(cited.value(QStringLiteral("source_id")).toInteger() == sourceId);
        CHECK(cited.value(QStringLiteral("locator")).toString() == locator);
        CHECK(cited.value(QStringLiteral("url")).isNull()); // the article has no URL
        CHECK_FALSE(steps.at(1)[QStringLiteral("evidence")].toArray().isEmpty());
    }
    SECTION("a relation with no citation says so") {
        ok({QStringLiteral("add-node"), path, QStringLiteral("--type"), QStringLiteral("lab"),
            QStringLiteral("--label"), QStringLiteral("Uncited Lab")});
        ok({QStringLiteral("add-edge"), path, QStringLiteral("Uncited Lab"),
            QStringLiteral("Reflection AI"), QStringLiteral("--relation"),
            QStringLiteral("partners_with")});
        const QStringList args = {QStringLiteral("path"), path, QStringLiteral("Uncited Lab"),
                                  QStringLiteral("Reflection AI")};
        const QString out = ok(args).out;
        CHECK(out == QStringLiteral("Uncited Lab -[partners_with]-> Reflection AI\n"
                                    "  Uncited Lab -[partners_with]-> Reflection AI\n"
                                    "      No source cited\n"));
        const std::vector<QJsonObject> paths =
            jsonLines(ok(args + QStringList{QStringLiteral("--json")}).out);
        REQUIRE(paths.size() == 1);
        const QJsonArray steps = paths.front().value(QStringLiteral("steps")).toArray();
        REQUIRE(steps.size() == 2);
        CHECK(steps.at(1)[QStringLiteral("evidence")].isArray());
        CHECK(steps.at(1)[QStringLiteral("evidence")].toArray().isEmpty());
    }
}
