// kizuna-cli import --duplicates: a supplier table that lists one id on three rows (issue #15,
// item 5) is refused by default, merged into one node, or read with its first row only.
#include "TestSupport.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <catch2/catch.hpp>

using namespace kizuna;
using test::runCli;

namespace {

const QString kNodes =
    QStringLiteral(KIZUNA_FIXTURES_DIR "/interchange/suppliers-repeated-ids.csv");
const QString kEdges =
    QStringLiteral(KIZUNA_FIXTURES_DIR "/interchange/suppliers-repeated-ids-edges.csv");

QStringList importArgs(const QString& map, const QStringList& extra = {}) {
    return QStringList{QStringLiteral("import"), map, kNodes, QStringLiteral("--edges"), kEdges} +
           extra;
}

const NodeData* nodeWithProperty(const GraphDocument& document, const QString& key,
                                 const QString& value) {
    const NodeData* found = nullptr;
    document.graph().forEachNode([&](const NodeData& node) {
        if (node.properties.value(key) == value)
            found = &node;
    });
    return found;
}

} // namespace

TEST_CASE("kizuna-cli import refuses a table that repeats an id, naming the row",
          "[cli][import][duplicates]") {
    test::TempFolder folder;
    const QString map = folder.file(QStringLiteral("m.kizuna"));
    for (const QStringList& extra :
         {QStringList{}, QStringList{QStringLiteral("--duplicates"), QStringLiteral("error")}}) {
        const auto result = runCli(importArgs(map, extra));
        CHECK(result.exitCode == 1);
        INFO(result.err.toStdString());
        CHECK(result.err.contains(QStringLiteral("suppliers-repeated-ids.csv: line 4")));
        CHECK(result.err.contains(QStringLiteral("\"S-001\"")));
        CHECK(result.err.contains(QStringLiteral("--duplicates")));
        CHECK_FALSE(QFile::exists(map));
    }
    SECTION("and says so for a bad choice") {
        const auto result =
            runCli(importArgs(map, {QStringLiteral("--duplicates"), QStringLiteral("last")}));
        CHECK(result.exitCode == 2);
        CHECK(result.err.contains(QStringLiteral("merge")));
    }
}

TEST_CASE("kizuna-cli import --duplicates merge makes one node of the repeated rows",
          "[cli][import][duplicates]") {
    test::TempFolder folder;
    const QString map = folder.file(QStringLiteral("m.kizuna"));
    const auto result = runCli(importArgs(
        map, {QStringLiteral("--duplicates"), QStringLiteral("merge"), QStringLiteral("--json")}));
    INFO(result.err.toStdString());
    REQUIRE(result.exitCode == 0);
    const QJsonObject counts = QJsonDocument::fromJson(result.out.toUtf8()).object();
    CHECK(counts.value(QStringLiteral("nodes_added")).toInt() == 2);
    CHECK(counts.value(QStringLiteral("duplicate_rows_merged")).toInt() == 2);
    CHECK(counts.value(QStringLiteral("duplicate_rows_dropped")).toInt() == 0);
    CHECK(result.err.contains(QStringLiteral("S-001")));

    auto document = test::openMap(map);
    CHECK(document->graph().nodeCount() == 2);
    const NodeData* tel =
        nodeWithProperty(*document, QStringLiteral("country"), QStringLiteral("JP"));
    REQUIRE(tel);
    CHECK(tel->labels.en == QStringLiteral("Tokyo Electron"));   // the first row's
    CHECK(tel->labels.ja == QStringLiteral("東京エレクトロン")); // filled from the second
    // Values that differ are all kept: the first under its name, the others numbered.
    CHECK(tel->properties.value(QStringLiteral("alias")) == QStringLiteral("TEL"));
    CHECK(tel->properties.value(QStringLiteral("alias_2")) ==
          QStringLiteral("Tokyo Electron Ltd."));
    CHECK(tel->properties.value(QStringLiteral("alias_3")) ==
          QStringLiteral("東京エレクトロン株式会社"));
    CHECK_FALSE(tel->properties.contains(QStringLiteral("alias_4"))); // "TEL" is known already
    CHECK(tel->properties.value(QStringLiteral("tier")) == QStringLiteral("1"));
    CHECK(tel->properties.value(QStringLiteral("tier_2")) == QStringLiteral("2"));
    CHECK_FALSE(tel->properties.contains(QStringLiteral("country_2"))); // equal values: once
    // The edge naming S-001 goes to the one node.
    REQUIRE(document->graph().edgeCount() == 1);
    document->graph().forEachEdge([&](const EdgeData& e) { CHECK(e.target == tel->id); });
}

TEST_CASE("kizuna-cli import --duplicates first keeps the first row and counts the others",
          "[cli][import][duplicates]") {
    test::TempFolder folder;
    const QString map = folder.file(QStringLiteral("m.kizuna"));
    const auto result =
        runCli(importArgs(map, {QStringLiteral("--duplicates"), QStringLiteral("first")}));
    INFO(result.err.toStdString());
    REQUIRE(result.exitCode == 0);
    CHECK(result.err.contains(QStringLiteral("warning")));
    CHECK(result.err.contains(QStringLiteral("2 rows")));
    CHECK(result.out.contains(QStringLiteral("2 rows with a repeated id dropped")));
    auto document = test::openMap(map);
    CHECK(document->graph().nodeCount() == 2);
    CHECK(document->graph().edgeCount() == 1);
    const NodeData* tel =
        nodeWithProperty(*document, QStringLiteral("country"), QStringLiteral("JP"));
    REQUIRE(tel);
    CHECK(tel->labels.ja.isEmpty());
    CHECK(tel->properties.value(QStringLiteral("alias")) == QStringLiteral("TEL"));
    CHECK_FALSE(tel->properties.contains(QStringLiteral("alias_2")));
    CHECK(tel->properties.value(QStringLiteral("tier")) == QStringLiteral("1"));
}
