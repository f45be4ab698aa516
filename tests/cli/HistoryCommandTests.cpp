// kizuna-cli checkpoint, history --since CHECKPOINT, revert and diff: what scripts see.
#include "TestSupport.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <catch2/catch.hpp>

using namespace kizuna;
using test::runCli;

namespace {

QList<QJsonObject> changeLines(const QString& text) {
    QList<QJsonObject> lines;
    for (const QString& line : text.split(QLatin1Char('\n'), Qt::SkipEmptyParts))
        lines << QJsonDocument::fromJson(line.toUtf8()).object();
    return lines;
}

QJsonObject withLabel(const QList<QJsonObject>& lines, const QString& label) {
    for (const QJsonObject& line : lines)
        if (line.value(QStringLiteral("label")).toString() == label)
            return line;
    return {};
}

int run(const QStringList& args) {
    const auto result = runCli(args);
    INFO(result.err.toStdString());
    return result.exitCode;
}

} // namespace

TEST_CASE("kizuna-cli names a checkpoint and lists what changed since, then reverts one change",
          "[cli][history]") {
    test::TempFolder folder;
    const QString path = folder.file(QStringLiteral("map.kizuna"));
    REQUIRE(run({QStringLiteral("init"), path, QStringLiteral("--bundled")}) == 0);
    REQUIRE(run({QStringLiteral("checkpoint"), path, QStringLiteral("October brief")}) == 0);
    CHECK(run({QStringLiteral("checkpoint"), path, QStringLiteral("October brief")}) == 1);
    const auto listed = runCli(
        {QStringLiteral("checkpoint"), path, QStringLiteral("--list"), QStringLiteral("--json")});
    REQUIRE(listed.exitCode == 0);
    CHECK(changeLines(listed.out).size() == 1);

    REQUIRE(
        run({QStringLiteral("add-node"), path, QStringLiteral("--type"), QStringLiteral("company"),
             QStringLiteral("--label"), QStringLiteral("Moonshot AI"), QStringLiteral("--author"),
             QStringLiteral("dana")}) == 0);
    REQUIRE(run({QStringLiteral("set"), path, QStringLiteral("China"),
                 QStringLiteral("description"), QStringLiteral("Rival")}) == 0);
    const auto setRecord = runCli({QStringLiteral("history"), path, QStringLiteral("--json")});

    const auto since = runCli({QStringLiteral("history"), path, QStringLiteral("--since"),
                               QStringLiteral("October brief"), QStringLiteral("--json")});
    REQUIRE(since.exitCode == 0);
    const auto lines = changeLines(since.out);
    REQUIRE(lines.size() == 2);
    const QJsonObject moonshot = withLabel(lines, QStringLiteral("Moonshot AI"));
    CHECK(moonshot.value(QStringLiteral("change")).toString() == QStringLiteral("added"));
    CHECK(moonshot.value(QStringLiteral("authors")).toArray().at(0).toString() ==
          QStringLiteral("dana"));
    const QJsonObject china = withLabel(lines, QStringLiteral("中国"));
    CHECK(china.value(QStringLiteral("change")).toString() == QStringLiteral("changed"));
    const QJsonObject field = china.value(QStringLiteral("fields")).toArray().at(0).toObject();
    CHECK(field.value(QStringLiteral("field")).toString() == QStringLiteral("description"));
    CHECK(field.value(QStringLiteral("after")).toString() == QStringLiteral("Rival"));

    // The records after the checkpoint, for scripts.
    const auto recordsSince = runCli({QStringLiteral("history"), path, QStringLiteral("--since"),
                                      QStringLiteral("October brief"), QStringLiteral("--records"),
                                      QStringLiteral("--json")});
    REQUIRE(recordsSince.exitCode == 0);
    CHECK(changeLines(recordsSince.out).size() == 2);
    CHECK(changeLines(recordsSince.out).front().contains(QStringLiteral("seq")));

    // The readable form: a headline with the counts, then one block per element.
    const auto text = runCli({QStringLiteral("history"), path, QStringLiteral("--since"),
                              QStringLiteral("October brief")});
    CHECK(text.out.startsWith(QStringLiteral("Changes since checkpoint \"October brief\"")));
    CHECK(text.out.contains(QStringLiteral("nodes: 1 added, 1 changed")));
    CHECK(text.out.contains(QStringLiteral("Description: ")));

    // Revert the description: the summary then lists only the new node.
    const auto records = changeLines(setRecord.out);
    const QString last = QString::number(records.last().value(QStringLiteral("seq")).toInteger());
    REQUIRE(run({QStringLiteral("revert"), path, last}) == 0);
    CHECK(changeLines(runCli({QStringLiteral("history"), path, QStringLiteral("--since"),
                              QStringLiteral("October brief"), QStringLiteral("--json")})
                          .out)
              .size() == 1);
    CHECK(run({QStringLiteral("revert"), path, last}) == 1); // nothing left to revert
    CHECK(run({QStringLiteral("history"), path, QStringLiteral("--since"),
               QStringLiteral("no such brief")}) == 2);
}

TEST_CASE("kizuna-cli diff compares two copies and applies selected changes", "[cli][history]") {
    test::TempFolder folder;
    const QString mine = folder.file(QStringLiteral("mine.kizuna"));
    const QString theirs = folder.file(QStringLiteral("theirs.kizuna"));
    REQUIRE(run({QStringLiteral("init"), mine, QStringLiteral("--bundled")}) == 0);
    REQUIRE(QFile::copy(mine, theirs));
    REQUIRE(run({QStringLiteral("add-node"), theirs, QStringLiteral("--type"),
                 QStringLiteral("company"), QStringLiteral("--label"),
                 QStringLiteral("Zhipu AI")}) == 0);
    REQUIRE(run({QStringLiteral("set"), theirs, QStringLiteral("China"),
                 QStringLiteral("prop.population"), QStringLiteral("1.4 billion")}) == 0);
    const QByteArray before = test::fileHash(mine);
    const auto diff = runCli({QStringLiteral("diff"), mine, theirs, QStringLiteral("--json")});
    REQUIRE(diff.exitCode == 0);
    CHECK(test::fileHash(mine) == before); // comparing changes nothing
    const auto lines = changeLines(diff.out);
    REQUIRE(lines.size() == 2);
    const QJsonObject zhipu = withLabel(lines, QStringLiteral("Zhipu AI"));
    CHECK(zhipu.value(QStringLiteral("change")).toString() == QStringLiteral("added"));
    CHECK(zhipu.value(QStringLiteral("key")).toString().startsWith(QStringLiteral("other-node:")));

    REQUIRE(run({QStringLiteral("diff"), mine, theirs, QStringLiteral("--apply"),
                 zhipu.value(QStringLiteral("key")).toString()}) == 0);
    const auto after =
        changeLines(runCli({QStringLiteral("diff"), mine, theirs, QStringLiteral("--json")}).out);
    REQUIRE(after.size() == 1);
    CHECK(after.front().value(QStringLiteral("label")).toString() == QStringLiteral("中国"));
    CHECK(run({QStringLiteral("diff"), mine, theirs, QStringLiteral("--apply"),
               QStringLiteral("node:123456")}) == 1);
}
