// A full disk, simulated with a file size limit (`ulimit -f`, SIGXFSZ ignored: writes past the
// limit fail with EFBIG as they would with ENOSPC): exports are whole or absent and say why; a
// failed edit says why and leaves the map intact.
#include "TestSupport.h"

#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <catch2/catch.hpp>

using namespace kizuna;
using namespace kizuna::test;

namespace {

// kizuna-cli with files limited to `kib` KiB.
CliResult runCliLimited(int kib, const QStringList& args) {
    QProcess process;
    process.start(
        QStringLiteral("/bin/bash"),
        QStringList{QStringLiteral("-c"),
                    QStringLiteral("trap '' XFSZ; ulimit -f %1; exec \"$0\" \"$@\"").arg(kib),
                    QStringLiteral(KIZUNA_CLI_PATH)} +
            args);
    REQUIRE(process.waitForFinished(60000));
    return CliResult{process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
                     QString::fromUtf8(process.readAllStandardOutput()),
                     QString::fromUtf8(process.readAllStandardError())};
}

} // namespace

TEST_CASE("An export that cannot be written whole leaves no file and gives the system's reason",
          "[cli][disk]") {
    TempFolder folder;
    const QString map = folder.file(QStringLiteral("map.kizuna"));
    writeBundledMap(map);
    SECTION("a CSV pair: both tables or neither") {
        const QString nodes = folder.file(QStringLiteral("out.csv"));
        const QString edges = folder.file(QStringLiteral("out-edges.csv"));
        QFile old(edges);
        REQUIRE(old.open(QIODevice::WriteOnly));
        old.write("an older edges table\n");
        old.close();
        const CliResult result = runCliLimited(4, {QStringLiteral("export"), map, nodes});
        CHECK(result.exitCode == 1);
        CHECK(result.err.contains(QStringLiteral("File too large")));
        CHECK_FALSE(result.err.contains(QStringLiteral("Unknown error")));
        CHECK_FALSE(QFileInfo::exists(nodes));
        QFile kept(edges);
        REQUIRE(kept.open(QIODevice::ReadOnly));
        CHECK(kept.readAll() == "an older edges table\n");
    }
    SECTION("a diagram") {
        const QString svg = folder.file(QStringLiteral("out.svg"));
        const CliResult result = runCliLimited(4, {QStringLiteral("export"), map, svg});
        CHECK(result.exitCode == 1);
        CHECK(result.err.contains(QStringLiteral("File too large")));
        CHECK_FALSE(QFileInfo::exists(svg));
    }
}

TEST_CASE("An edit the disk cannot hold says why, and the map stays whole and readable",
          "[cli][disk]") {
    TempFolder folder;
    const QString map = folder.file(QStringLiteral("map.kizuna"));
    writeBundledMap(map);
    const QString before = runCli({QStringLiteral("list"), QStringLiteral("nodes"), map}).out;
    // Files limited to 16 KiB: the layout's pages cannot be written.
    const CliResult layout = runCliLimited(
        16, {QStringLiteral("layout"), map, QStringLiteral("--algorithm"), QStringLiteral("grid")});
    INFO(layout.err.toStdString());
    CHECK(layout.exitCode != 0);
    CHECK(layout.err.contains(QStringLiteral("File too large")));
    CHECK(layout.err.contains(QStringLiteral("free some disk space")));
    CHECK_FALSE(layout.err.contains(QStringLiteral("damaged")));
    // With room again: intact, unchanged, editable.
    const CliResult check = runCli({QStringLiteral("check"), map});
    INFO(check.err.toStdString());
    CHECK(check.exitCode == 0);
    CHECK(runCli({QStringLiteral("list"), QStringLiteral("nodes"), map}).out == before);
    CHECK(runCli({QStringLiteral("layout"), map, QStringLiteral("--algorithm"),
                  QStringLiteral("grid")})
              .exitCode == 0);
}
