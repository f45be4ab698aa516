// Importing into an existing map: merge by id or label, the dry-run preview, cancelling.
#include "IoTestSupport.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <catch2/catch.hpp>

using namespace kizuna;
using namespace kizuna::test;

TEST_CASE("Merging by label updates the matching node and adds the rest", "[io][merge]") {
    TempFolder folder;
    const QString map = folder.file(QStringLiteral("map.kizuna"));
    writeBundledMap(map);
    writeFile(
        folder.file(QStringLiteral("n.csv")),
        "id,label,type,hq\nx1,ＯＰＥＮＡＩ,company,San Francisco\nx2,DeepSeek,company,Hangzhou\n");
    writeFile(folder.file(QStringLiteral("e.csv")),
              "source,target,relation\nx2,x1,competes_with\n");
    const QStringList args = {QStringLiteral("import"),
                              map,
                              folder.file(QStringLiteral("n.csv")),
                              QStringLiteral("--edges"),
                              folder.file(QStringLiteral("e.csv")),
                              QStringLiteral("--merge-by"),
                              QStringLiteral("label"),
                              QStringLiteral("--json")};

    SECTION("the dry run previews the counts and changes nothing") {
        const QByteArray before = fileHash(map);
        const CliResult preview = runCli(args + QStringList{QStringLiteral("--dry-run")});
        REQUIRE(preview.exitCode == 0);
        const QJsonObject counts = QJsonDocument::fromJson(preview.out.toUtf8()).object();
        CHECK(counts.value(QStringLiteral("nodes_added")).toInt() == 1);
        CHECK(counts.value(QStringLiteral("nodes_updated")).toInt() == 1);
        CHECK(counts.value(QStringLiteral("edges_added")).toInt() == 1);
        CHECK(fileHash(map) == before);
    }
    SECTION("the import updates OpenAI and connects DeepSeek to it") {
        REQUIRE(runCli(args).exitCode == 0);
        auto document = openMap(map);
        const NodeData* openai = nullptr;
        document->graph().forEachNode([&](const NodeData& n) {
            if (n.labels.en == QLatin1String("OpenAI"))
                openai = &n;
        });
        REQUIRE(openai);
        CHECK(openai->properties.value(QStringLiteral("hq")) == QStringLiteral("San Francisco"));
        CHECK(openai->labels.en == QStringLiteral("OpenAI")); // matched, and not respelt full-width
        bool linked = false;
        document->graph().forEachEdge([&](const EdgeData& e) {
            linked = linked ||
                     (e.target == openai->id && e.relation == QLatin1String("competes_with") &&
                      document->graph().node(e.source)->labels.en == QLatin1String("DeepSeek"));
        });
        CHECK(linked);
        SECTION("importing the same file again changes nothing and skips the edge") {
            const CliResult again = runCli(args);
            REQUIRE(again.exitCode == 0);
            const QJsonObject counts = QJsonDocument::fromJson(again.out.toUtf8()).object();
            CHECK(counts.value(QStringLiteral("nodes_updated")).toInt() == 0);
            CHECK(counts.value(QStringLiteral("edges_skipped")).toInt() == 1);
        }
    }
}

TEST_CASE("Merging by id updates the node with that id", "[io][merge]") {
    TempFolder folder;
    const QString map = folder.file(QStringLiteral("map.kizuna"));
    writeBundledMap(map);
    writeFile(folder.file(QStringLiteral("n.csv")), "id,label_zh\n1,美利坚合众国\n");
    REQUIRE(runCli({QStringLiteral("import"), map, folder.file(QStringLiteral("n.csv")),
                    QStringLiteral("--merge-by"), QStringLiteral("id")})
                .exitCode == 0);
    auto document = openMap(map);
    CHECK(document->graph().node(NodeId(1))->labels.zh == QStringLiteral("美利坚合众国"));
    CHECK(document->graph().node(NodeId(1))->labels.en == QStringLiteral("United States"));
}

TEST_CASE("Cancelling an import while it is written leaves the map unchanged", "[io][merge]") {
    TempFolder folder;
    const QString map = folder.file(QStringLiteral("map.kizuna"));
    writeBundledMap(map);
    QString nodes = QStringLiteral("id,label,type\n");
    for (int i = 0; i < 5000; ++i)
        nodes += QStringLiteral("n%1,Node %1,company\n").arg(i);
    writeFile(folder.file(QStringLiteral("n.csv")), nodes.toUtf8());
    auto document = openMap(map);
    const size_t before = document->graph().nodeCount();
    auto graph =
        readGraphFile(folder.file(QStringLiteral("n.csv")), GraphFormat::Csv, document->schema());
    REQUIRE(graph.ok());
    const ImportPlan plan = planImport(*document, graph.value(), MergeBy::None);
    const Status status =
        document->apply(plan.change, [](qint64 done, qint64) { return done < 3000; });
    CHECK_FALSE(status.ok());
    CHECK(status.error().contains(QStringLiteral("cancelled")));
    CHECK(document->graph().nodeCount() == before);
    document.reset();
    CHECK(openMap(map)->graph().nodeCount() == before);
}

TEST_CASE("kizuna-cli export picks the format from the extension and refuses unknown ones",
          "[io][cli]") {
    TempFolder folder;
    const QString map = folder.file(QStringLiteral("map.kizuna"));
    writeBundledMap(map);
    CHECK(runCli({QStringLiteral("export"), map, folder.file(QStringLiteral("out.graphml"))})
              .exitCode == 0);
    CHECK(
        runCli({QStringLiteral("export"), map, folder.file(QStringLiteral("out.csv"))}).exitCode ==
        0);
    CHECK(QFile::exists(folder.file(QStringLiteral("out-edges.csv"))));
    CHECK(runCli({QStringLiteral("export"), map, folder.file(QStringLiteral("out.data")),
                  QStringLiteral("--format"), QStringLiteral("gexf")})
              .exitCode == 0);
    const CliResult unknown =
        runCli({QStringLiteral("export"), map, folder.file(QStringLiteral("out.xyz"))});
    CHECK(unknown.exitCode == 2);
    CHECK(unknown.err.contains(QStringLiteral(".xyz")));
    const CliResult unwritable =
        runCli({QStringLiteral("export"), map, QStringLiteral("/nonexistent-folder/out.gexf")});
    CHECK(unwritable.exitCode == 1);
    CHECK(unwritable.err.contains(QStringLiteral("/nonexistent-folder/out.gexf")));
}
