// Reading an older map with a newer Kizuna: read-only commands must work and must not change it.
#include "RawSqlite.h"
#include "TestSupport.h"

#include <QFile>
#include <catch2/catch.hpp>

using namespace kizuna;

TEST_CASE("A version-1 map is readable read-only, upgraded in memory, and left untouched",
          "[core][store][migration]") {
    test::TempFolder folder;
    const QString path = folder.file(QStringLiteral("old.kizuna"));
    QFile fixture(QStringLiteral(KIZUNA_FIXTURES_DIR "/map-v1.sql"));
    REQUIRE(fixture.open(QIODevice::ReadOnly));
    {
        test::RawSqlite db(path);
        db.exec(fixture.readAll());
    }
    const QByteArray before = test::fileHash(path);
    auto document = GraphDocument::open(path, MapStore::Access::ReadOnly);
    INFO(document.error().toStdString());
    REQUIRE(document.ok());
    CHECK(document.value()->graph().nodeCount() == 3);
    CHECK(document.value()->annotations().empty()); // a table version 1 did not have
    document.value().reset();
    CHECK(test::fileHash(path) == before);

    const test::CliResult stats =
        test::runCli({QStringLiteral("stats"), path, QStringLiteral("--json")});
    CHECK(stats.exitCode == 0);
    CHECK(stats.out.contains(QStringLiteral("\"nodes\":3")));
    CHECK(test::fileHash(path) == before);
    {
        test::RawSqlite db(path);
        CHECK(db.queryInt("PRAGMA user_version") == 1);
    }
}
