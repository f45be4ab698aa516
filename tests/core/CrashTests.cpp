// A process editing a map is killed (SIGKILL) at random moments: the map must open, pass SQLite's
// integrity check, and hold every edit whose commit had returned.
#include "TestSupport.h"

#include <QProcess>
#include <QTest>
#include <catch2/catch.hpp>
#include <random>
#include <set>
#include <sqlite3.h>

using namespace kizuna;

namespace {

QString integrityCheck(const QString& path) {
    sqlite3* db = nullptr;
    REQUIRE(sqlite3_open_v2(path.toUtf8().constData(), &db, SQLITE_OPEN_READONLY, nullptr) ==
            SQLITE_OK);
    sqlite3_stmt* stmt = nullptr;
    REQUIRE(sqlite3_prepare_v2(db, "PRAGMA integrity_check", -1, &stmt, nullptr) == SQLITE_OK);
    QString result;
    if (sqlite3_step(stmt) == SQLITE_ROW)
        result = QString::fromUtf8(reinterpret_cast<const char*>(sqlite3_column_text(stmt, 0)));
    sqlite3_finalize(stmt);
    sqlite3_close(db);
    return result;
}

} // namespace

TEST_CASE("A map survives its editor being killed at random moments", "[core][crash][slow]") {
    test::TempFolder folder;
    const QString path = folder.file(QStringLiteral("map.kizuna"));
    test::writeBundledMap(path);
    std::mt19937 rng(20261124);
    std::uniform_int_distribution<int> delay(30, 400);
    size_t total = 0;
    for (int round = 0; round < 8; ++round) {
        QProcess writer;
        writer.start(QStringLiteral(KIZUNA_CRASH_WRITER_PATH), {path});
        REQUIRE(writer.waitForStarted());
        QTest::qWait(delay(rng));
        writer.kill(); // SIGKILL: no clean-up, no checkpoint
        REQUIRE(writer.waitForFinished());
        std::vector<qint64> committed;
        for (const QByteArray& line : writer.readAllStandardOutput().split('\n'))
            if (!line.isEmpty())
                committed.push_back(line.toLongLong());
        INFO("round " << round << ": " << committed.size() << " edits had committed; stderr: "
                      << writer.readAllStandardError().toStdString());

        CHECK(integrityCheck(path) == QStringLiteral("ok"));
        auto document = GraphDocument::open(path, MapStore::Access::ReadWrite);
        REQUIRE(document.ok());
        for (qint64 id : committed)
            CHECK((document.value()->graph().contains(NodeId(id)) ||
                   document.value()->graph().contains(EdgeId(id))));
        // Each edit and its journal record are one transaction: every element in the map is
        // named by a record, and every record's new element is in the map.
        std::set<qint64> logged;
        const auto journal = document.value()->journal(0);
        REQUIRE(journal.ok());
        for (const JournalRecord& record : journal.value()) {
            logged.insert(record.ids.nodes.begin(), record.ids.nodes.end());
            logged.insert(record.ids.edges.begin(), record.ids.edges.end());
        }
        for (NodeId id : document.value()->graph().nodeIds())
            CHECK(logged.count(id.value) == 1);
        for (EdgeId id : document.value()->graph().edgeIds())
            CHECK(logged.count(id.value) == 1);
        for (qint64 id : logged)
            CHECK((document.value()->graph().contains(NodeId(id)) ||
                   document.value()->graph().contains(EdgeId(id))));
        total += committed.size();
    }
    CHECK(total > 0); // the writer did get edits in before being killed
}
