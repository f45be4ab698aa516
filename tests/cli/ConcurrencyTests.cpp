// Several programs on one map, as analysts run them: scripts calling kizuna-cli side by side, and
// scripts following the change log with kizuna-cli history.
#include "TestSupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <catch2/catch.hpp>
#include <set>

using namespace kizuna;
using test::runCli;

namespace {

// A shell loop adding `count` nodes labelled PREFIX1..PREFIXcount; prints one line per failure.
QProcess* startAddLoop(const QString& path, const QString& prefix, int count, QObject* parent) {
    auto* loop = new QProcess(parent);
    const QString script =
        QStringLiteral("for i in $(seq 1 %1); do \"$0\" add-node \"$1\" --type company --label "
                       "\"%2$i\" --author %2 >/dev/null || echo \"failed $i\"; done")
            .arg(count)
            .arg(prefix);
    loop->start(QStringLiteral("/bin/sh"),
                {QStringLiteral("-c"), script, QStringLiteral(KIZUNA_CLI_PATH), path});
    return loop;
}

QList<QJsonObject> jsonLines(const QString& text) {
    QList<QJsonObject> lines;
    for (const QString& line : text.split(QLatin1Char('\n'), Qt::SkipEmptyParts))
        lines << QJsonDocument::fromJson(line.toUtf8()).object();
    return lines;
}

} // namespace

TEST_CASE("Two scripts adding nodes to one map at the same time both succeed every time",
          "[cli][concurrency][slow]") {
    test::TempFolder folder;
    const QString path = folder.file(QStringLiteral("map.kizuna"));
    REQUIRE(runCli({QStringLiteral("init"), path, QStringLiteral("--bundled")}).exitCode == 0);
    const size_t before = test::openMap(path)->graph().nodeCount();
    QObject owner;
    QProcess* a = startAddLoop(path, QStringLiteral("alice"), 100, &owner);
    QProcess* b = startAddLoop(path, QStringLiteral("bob"), 100, &owner);
    REQUIRE(a->waitForFinished(300000));
    REQUIRE(b->waitForFinished(300000));
    const QString failures = QString::fromUtf8(a->readAll() + b->readAll());
    INFO("failures: " << failures.toStdString() << " stderr: "
                      << (a->readAllStandardError() + b->readAllStandardError()).toStdString());
    CHECK(failures.isEmpty());

    auto document = test::openMap(path);
    CHECK(document->graph().nodeCount() == before + 200);
    std::set<QString> labels;
    document->graph().forEachNode([&](const NodeData& node) { labels.insert(node.labels.en); });
    for (int i = 1; i <= 100; ++i) {
        CHECK(labels.count(QStringLiteral("alice%1").arg(i)) == 1);
        CHECK(labels.count(QStringLiteral("bob%1").arg(i)) == 1);
    }
    // Every edit is in the change log, under its author, in one unbroken sequence.
    const auto history = runCli({QStringLiteral("history"), path, QStringLiteral("--json")});
    REQUIRE(history.exitCode == 0);
    const auto records = jsonLines(history.out);
    int alice = 0, bob = 0;
    qint64 expected = 1;
    for (const QJsonObject& record : records) {
        CHECK(record.value(QStringLiteral("seq")).toInteger() == expected++);
        alice += record.value(QStringLiteral("author")).toString() == QStringLiteral("alice");
        bob += record.value(QStringLiteral("author")).toString() == QStringLiteral("bob");
    }
    CHECK(alice == 100);
    CHECK(bob == 100);
}

TEST_CASE("kizuna-cli history lists the change log for scripts to follow", "[cli][journal]") {
    test::TempFolder folder;
    const QString path = folder.file(QStringLiteral("map.kizuna"));
    REQUIRE(runCli({QStringLiteral("init"), path, QStringLiteral("--bundled")}).exitCode == 0);
    const auto start =
        jsonLines(runCli({QStringLiteral("history"), path, QStringLiteral("--json")}).out);
    REQUIRE_FALSE(start.isEmpty());
    const qint64 last = start.last().value(QStringLiteral("seq")).toInteger();

    const auto set = runCli({QStringLiteral("set"), path, QStringLiteral("OpenAI"),
                             QStringLiteral("description"), QStringLiteral("Maker of GPT-5"),
                             QStringLiteral("--author"), QStringLiteral("carol")});
    INFO(set.err.toStdString());
    REQUIRE(set.exitCode == 0);
    const auto since =
        runCli({QStringLiteral("history"), path, QStringLiteral("--since"), QString::number(last),
                QStringLiteral("--json"), QStringLiteral("--operations")});
    REQUIRE(since.exitCode == 0);
    const auto records = jsonLines(since.out);
    REQUIRE(records.size() == 1);
    const QJsonObject record = records.front();
    CHECK(record.value(QStringLiteral("seq")).toInteger() == last + 1);
    CHECK(record.value(QStringLiteral("author")).toString() == QStringLiteral("carol"));
    CHECK(record.value(QStringLiteral("program")).toString() == QStringLiteral("kizuna-cli"));
    CHECK_FALSE(record.value(QStringLiteral("command")).toString().isEmpty());
    CHECK(record.value(QStringLiteral("time")).toString().size() >= 20);
    const QJsonArray nodes =
        record.value(QStringLiteral("ids")).toObject().value(QStringLiteral("nodes")).toArray();
    REQUIRE(nodes.size() == 1);
    const QJsonObject op = record.value(QStringLiteral("operations")).toArray().at(0).toObject();
    CHECK(op.value(QStringLiteral("after")).toObject().value(QStringLiteral("description")) ==
          QStringLiteral("Maker of GPT-5"));
    CHECK(op.value(QStringLiteral("id")).toInteger() == nodes.at(0).toInteger());

    // Records by date (--records): everything since 2000, nothing from the far future.
    CHECK(jsonLines(runCli({QStringLiteral("history"), path, QStringLiteral("--since"),
                            QStringLiteral("2000-01-01"), QStringLiteral("--records"),
                            QStringLiteral("--json")})
                        .out)
              .size() == int(start.size()) + 1);
    CHECK(runCli({QStringLiteral("history"), path, QStringLiteral("--since"),
                  QStringLiteral("2999-01-01"), QStringLiteral("--records")})
              .out.isEmpty());
    const auto bad = runCli(
        {QStringLiteral("history"), path, QStringLiteral("--since"), QStringLiteral("soon")});
    CHECK(bad.exitCode == 2);
    CHECK(bad.err.contains(QStringLiteral("--since")));
    // Reading the history changes nothing.
    const QByteArray hash = test::fileHash(path);
    runCli({QStringLiteral("history"), path});
    CHECK(test::fileHash(path) == hash);
}
