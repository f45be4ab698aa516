// kizuna-cli's editing commands, run as a script would run them.
#include "TestSupport.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <catch2/catch.hpp>

using namespace kizuna;
using test::runCli;

namespace {

struct CliMap {
    test::TempFolder folder;
    QString path = folder.file(QStringLiteral("map.kizuna"));
    CliMap() {
        REQUIRE(runCli({QStringLiteral("init"), path, QStringLiteral("--bundled")}).exitCode == 0);
    }
    std::unique_ptr<GraphDocument> open() const { return test::openMap(path); }
};

qint64 idFrom(const test::CliResult& result) {
    INFO(result.err.toStdString());
    REQUIRE(result.exitCode == 0);
    return result.out.trimmed().toLongLong();
}

} // namespace

TEST_CASE("kizuna-cli add-node and add-edge add what they say and print the new id",
          "[cli][editing]") {
    CliMap map;
    const qint64 node = idFrom(runCli(
        {QStringLiteral("add-node"), map.path, QStringLiteral("--type"), QStringLiteral("company"),
         QStringLiteral("--label"), QStringLiteral("ディープシーク"), QStringLiteral("--lang"),
         QStringLiteral("ja"), QStringLiteral("--prop"), QStringLiteral("hq=杭州"),
         QStringLiteral("--valid-from"), QStringLiteral("2023-07")}));
    // FROM and TO by label, in any language and width (NFKC): "ＯｐｅｎＡＩ" is OpenAI.
    const auto edge =
        runCli({QStringLiteral("add-edge"), map.path, QStringLiteral("ディープシーク"),
                QStringLiteral("ＯｐｅｎＡＩ"), QStringLiteral("--relation"),
                QStringLiteral("competes_with"), QStringLiteral("--json")});
    REQUIRE(edge.exitCode == 0);
    const qint64 edgeId =
        QJsonDocument::fromJson(edge.out.toUtf8()).object().value(QStringLiteral("id")).toInteger();

    auto document = map.open();
    const NodeData* added = document->graph().node(NodeId(node));
    REQUIRE(added);
    CHECK(added->labels.ja == QStringLiteral("ディープシーク"));
    CHECK(added->properties.value(QStringLiteral("hq")) == QStringLiteral("杭州"));
    CHECK(added->validFrom == QStringLiteral("2023-07"));
    const EdgeData* link = document->graph().edge(EdgeId(edgeId));
    REQUIRE(link);
    CHECK(link->source == NodeId(node));
    CHECK(document->graph().node(link->target)->labels.en == QStringLiteral("OpenAI"));
}

TEST_CASE("kizuna-cli refuses invalid edits with the same messages as the app and changes nothing",
          "[cli][editing]") {
    CliMap map;
    const QByteArray before = test::fileHash(map.path);
    SECTION("a relation type that does not fit the endpoints") {
        const auto result = runCli({QStringLiteral("add-edge"), map.path, QStringLiteral("OpenAI"),
                                    QStringLiteral("Google"), QStringLiteral("--relation"),
                                    QStringLiteral("issued")});
        CHECK(result.exitCode == 1);
        CHECK(result.err.contains(
            QStringLiteral("\"issued\" is not allowed from a company to a company")));
    }
    SECTION("an impossible date") {
        const auto result = runCli({QStringLiteral("set"), map.path, QStringLiteral("OpenAI"),
                                    QStringLiteral("valid_from"), QStringLiteral("2025-13")});
        CHECK(result.exitCode == 1);
        CHECK(result.err.contains(QStringLiteral("valid_from")));
    }
    SECTION("an empty label") {
        const auto result =
            runCli({QStringLiteral("add-node"), map.path, QStringLiteral("--type"),
                    QStringLiteral("company"), QStringLiteral("--label"), QString()});
        CHECK(result.exitCode == 1);
        CHECK(result.err.contains(QStringLiteral("label")));
    }
    SECTION("an unknown field") {
        const auto result = runCli({QStringLiteral("set"), map.path, QStringLiteral("OpenAI"),
                                    QStringLiteral("colour"), QStringLiteral("red")});
        CHECK(result.exitCode == 1);
        CHECK(result.err.contains(QStringLiteral("not a node field")));
    }
    SECTION("a label that names no node") {
        const auto result =
            runCli({QStringLiteral("delete"), map.path, QStringLiteral("Nobody Inc.")});
        CHECK(result.exitCode == 1);
        CHECK(result.err.contains(QStringLiteral("Nobody Inc.")));
    }
    SECTION("a missing required option is a usage error") {
        CHECK(runCli({QStringLiteral("add-node"), map.path, QStringLiteral("--label"),
                      QStringLiteral("x")})
                  .exitCode == 2);
    }
    CHECK(test::fileHash(map.path) == before);
}

TEST_CASE("kizuna-cli lists the candidates of an ambiguous label", "[cli][editing]") {
    CliMap map;
    for (int i = 0; i < 2; ++i)
        idFrom(runCli({QStringLiteral("add-node"), map.path, QStringLiteral("--type"),
                       QStringLiteral("person"), QStringLiteral("--label"),
                       QStringLiteral("Alex Chen")}));
    const auto result = runCli({QStringLiteral("set"), map.path, QStringLiteral("alex chen"),
                                QStringLiteral("description"), QStringLiteral("x")});
    CHECK(result.exitCode == 1);
    CHECK(result.err.contains(QStringLiteral("ambiguous")));
    CHECK(result.err.count(QStringLiteral("Alex Chen")) == 2); // both candidates are listed
}

TEST_CASE("kizuna-cli set, delete and merge change the file", "[cli][editing]") {
    CliMap map;
    REQUIRE(runCli({QStringLiteral("set"), map.path, QStringLiteral("Google"),
                    QStringLiteral("prop.hq"), QStringLiteral("Mountain View")})
                .exitCode == 0);
    REQUIRE(runCli({QStringLiteral("set"), map.path, QStringLiteral("Google"),
                    QStringLiteral("label.zh"), QStringLiteral("谷歌")})
                .exitCode == 0);
    auto document = map.open();
    const std::vector<NodeId> ids = document->graph().nodeIds();
    const NodeId google = *std::find_if(ids.begin(), ids.end(), [&](NodeId id) {
        return document->graph().node(id)->labels.en == QLatin1String("Google");
    });
    CHECK(document->graph().node(google)->properties.value(QStringLiteral("hq")) ==
          QStringLiteral("Mountain View"));
    CHECK(document->graph().node(google)->labels.zh == QStringLiteral("谷歌"));
    const size_t googleEdges = document->graph().incidentEdges(google).size();
    document.reset();

    SECTION("delete removes a node with its edges and reports both counts") {
        const auto result = runCli({QStringLiteral("delete"), map.path,
                                    QString::number(google.value), QStringLiteral("--json")});
        REQUIRE(result.exitCode == 0);
        const QJsonObject counts = QJsonDocument::fromJson(result.out.toUtf8()).object();
        CHECK(counts.value(QStringLiteral("nodes")).toInt() == 1);
        CHECK(counts.value(QStringLiteral("edges")).toInt() == int(googleEdges));
        CHECK_FALSE(map.open()->graph().contains(google));
    }
    SECTION("merge moves the other node's relations and properties to the survivor") {
        const qint64 alias =
            idFrom(runCli({QStringLiteral("add-node"), map.path, QStringLiteral("--type"),
                           QStringLiteral("company"), QStringLiteral("--label"),
                           QStringLiteral("Alphabet Google"), QStringLiteral("--prop"),
                           QStringLiteral("hq=California")}));
        idFrom(runCli({QStringLiteral("add-edge"), map.path, QStringLiteral("Alphabet Google"),
                       QStringLiteral("Anthropic"), QStringLiteral("--relation"),
                       QStringLiteral("competes_with")}));
        const auto result = runCli({QStringLiteral("merge"), map.path, QStringLiteral("Google"),
                                    QStringLiteral("Alphabet Google")});
        REQUIRE(result.exitCode == 0);
        CHECK(result.err.contains(QStringLiteral("prop.hq"))); // the conflict is reported
        auto merged = map.open();
        CHECK_FALSE(merged->graph().contains(NodeId(alias)));
        CHECK(merged->graph().incidentEdges(google).size() == googleEdges + 1);
        CHECK(merged->graph().node(google)->properties.value(QStringLiteral("hq")) ==
              QStringLiteral("Mountain View"));
    }
}

TEST_CASE("kizuna-cli set with several ids changes them all in one journal record, or none",
          "[cli][editing]") {
    CliMap map;
    std::vector<NodeId> companies;
    qint64 recordsBefore = 0;
    {
        auto document = map.open();
        for (NodeId id : document->graph().nodeIds())
            if (document->graph().node(id)->type == QLatin1String("company"))
                companies.push_back(id);
        recordsBefore = qint64(document->journal(0).value().size());
    }
    REQUIRE(companies.size() >= 3);
    const QString ids = QStringLiteral("%1,%2,%3")
                            .arg(companies[0].value)
                            .arg(companies[1].value)
                            .arg(companies[2].value);
    REQUIRE(runCli({QStringLiteral("set"), map.path, ids, QStringLiteral("prop.sector"),
                    QStringLiteral("AI")})
                .exitCode == 0);
    {
        auto document = map.open();
        for (size_t i = 0; i < 3; ++i)
            CHECK(
                document->graph().node(companies[i])->properties.value(QStringLiteral("sector")) ==
                QStringLiteral("AI"));
        CHECK(qint64(document->journal(0).value().size()) == recordsBefore + 1);
    }
    // A date that does not parse: refused, naming the element, and nothing changes.
    const auto refused = runCli({QStringLiteral("set"), map.path, ids, QStringLiteral("valid_from"),
                                 QStringLiteral("not a date")});
    CHECK(refused.exitCode == 1);
    CHECK(refused.err.contains(QString::number(companies[0].value)));
    auto document = map.open();
    CHECK(document->graph().node(companies[1])->validFrom != QStringLiteral("not a date"));
}
