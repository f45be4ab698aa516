// The map file: which files opening refuses, and that refusing and reading leave them as
// they were.
#include "RawSqlite.h"
#include "SampleMap.h"
#include "store/Migrations.h"

#include <QFile>
#include <QFileInfo>
#include <catch2/catch.hpp>
#include <cstdio>
#include <grp.h>
#include <sys/wait.h>
#include <unistd.h>

using namespace kizuna;
using test::RawSqlite;
using test::writeEmptyMap;

namespace {

void writeFile(const QString& path, const QByteArray& bytes) {
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    REQUIRE(file.write(bytes) == bytes.size());
}

// Opening `path` is refused in both modes, with a message naming the file and `problem`, and
// the file's bytes stay as they were (no journal-mode switch, no migration).
void checkRefused(const QString& path, const QString& problem) {
    const QByteArray before = test::fileHash(path);
    for (auto access : {MapStore::Access::ReadWrite, MapStore::Access::ReadOnly}) {
        auto store = MapStore::open(path, access);
        INFO("access " << int(access) << ": " << store.error().toStdString());
        CHECK_FALSE(store.ok());
        CHECK(store.error().contains(QFileInfo(path).fileName()));
        CHECK(store.error().contains(problem));
    }
    CHECK(test::fileHash(path) == before);
    CHECK_FALSE(QFile::exists(path + QStringLiteral("-wal")));
}

// 0 when `path` is refused for editing with a message that says it is read-only, and can still
// be opened for reading; else a code saying what went wrong (a child process's exit status).
int readOnlyVerdict(const QString& path) {
    auto store = MapStore::open(path, MapStore::Access::ReadWrite);
    if (store.ok())
        return 1;
    if (!store.error().contains(QStringLiteral("read-only")) ||
        !store.error().contains(QFileInfo(path).fileName())) {
        std::fprintf(stderr, "refused for another reason: %s\n", qPrintable(store.error()));
        return 3;
    }
    return MapStore::open(path, MapStore::Access::ReadOnly).ok() ? 0 : 4;
}

} // namespace

TEST_CASE("Opening refuses what is not a readable map and leaves the file untouched",
          "[core][store]") {
    test::TempFolder folder;
    const QString path = folder.file(QStringLiteral("map.kizuna"));

    SECTION("a text file") {
        writeFile(path, "name,type\nOpenAI,company\n");
        checkRefused(path, QStringLiteral("not an SQLite database"));
    }
    SECTION("an empty file") {
        writeFile(path, QByteArray());
        checkRefused(path, QStringLiteral("is not a Kizuna map"));
    }
    SECTION("an SQLite database of another program") {
        {
            RawSqlite db(path);
            db.exec("CREATE TABLE t(x); INSERT INTO t VALUES (1)");
        }
        checkRefused(path, QStringLiteral("another program"));
    }
    SECTION("a map written by a newer version") {
        writeEmptyMap(path);
        {
            RawSqlite db(path);
            db.exec("PRAGMA user_version = " + QByteArray::number(migrations::kCurrentVersion + 1));
        }
        checkRefused(path, QStringLiteral("newer version"));
    }
    SECTION("a map with a page overwritten by garbage") {
        test::writeBundledMap(path);
        QFile file(path);
        REQUIRE(file.open(QIODevice::ReadWrite));
        REQUIRE(file.size() > 8192);
        REQUIRE(file.seek(4096));
        QByteArray garbage(4096, '\0');
        for (int i = 0; i < garbage.size(); ++i)
            garbage[i] = char((i * 37 + 11) % 251);
        REQUIRE(file.write(garbage) == garbage.size());
        file.close();
        checkRefused(path, QStringLiteral("damaged"));
    }
    SECTION("a truncated map") {
        test::writeBundledMap(path);
        QFile file(path);
        REQUIRE(file.size() > 3 * 4096);
        REQUIRE(file.resize(file.size() / 2 / 4096 * 4096));
        checkRefused(path, QStringLiteral("damaged"));
    }
}

TEST_CASE("A read-only map file is refused for editing with a message saying so but can be read",
          "[core][store][permissions]") {
    test::TempFolder folder;
    const QString path = folder.file(QStringLiteral("map.kizuna"));
    writeEmptyMap(path);
    const QByteArray before = test::fileHash(path);
    // Root may write to a 0444 file: the check then runs in a child that is `nobody`, who can
    // read the file (0444) in a folder it may enter (0755) but write neither.
    REQUIRE(QFile::setPermissions(folder.dir.path(), QFile::ReadOwner | QFile::WriteOwner |
                                                         QFile::ExeOwner | QFile::ReadGroup |
                                                         QFile::ExeGroup | QFile::ReadOther |
                                                         QFile::ExeOther));
    REQUIRE(QFile::setPermissions(path, QFile::ReadOwner | QFile::ReadGroup | QFile::ReadOther));

    int verdict = -1;
    if (geteuid() == 0) {
        const pid_t child = fork();
        REQUIRE(child >= 0);
        if (child == 0) {
            if (setgroups(0, nullptr) != 0 || setgid(65534) != 0 || setuid(65534) != 0)
                _exit(2);
            _exit(readOnlyVerdict(path));
        }
        int status = 0;
        REQUIRE(waitpid(child, &status, 0) == child);
        REQUIRE(WIFEXITED(status));
        verdict = WEXITSTATUS(status);
    } else {
        verdict = readOnlyVerdict(path);
    }
    INFO("1: opened for editing, 3: refused for another reason, 4: cannot even be read");
    CHECK(verdict == 0);
    CHECK(test::fileHash(path) == before);
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
}

TEST_CASE("Reading a map read-only leaves its file byte for byte as it was", "[core][store]") {
    test::TempFolder folder;
    const QString path = folder.file(QStringLiteral("map.kizuna"));
    test::writeBundledMap(path);
    const QByteArray before = test::fileHash(path);
    {
        auto document = GraphDocument::open(path, MapStore::Access::ReadOnly);
        REQUIRE(document.ok());
        CHECK(document.value()->isReadOnly());
        CHECK(document.value()->graph().nodeCount() > 10);
        auto refused = document.value()->addNode(
            test::makeNode(QStringLiteral("company"), QStringLiteral("Should not be written")));
        CHECK_FALSE(refused.ok());
        CHECK(refused.error().contains(QStringLiteral("read-only")));
    }
    CHECK(test::fileHash(path) == before);
    CHECK_FALSE(QFile::exists(path + QStringLiteral("-wal")));
    CHECK_FALSE(QFile::exists(path + QStringLiteral("-shm")));
}
