// Files given to the app: at start, and by a second launch to the running app (QLocalServer).
#include "UiTestSupport.h"
#include "main/MapLocations.h"
#include "main/RecentMaps.h"
#include "main/SingleInstance.h"

#include <QUuid>
#include <atomic>
#include <catch2/catch.hpp>
#include <thread>

using namespace kizuna;
using namespace kizuna::test;

namespace {

QString uniqueName() {
    return QStringLiteral("kizuna-test-") + QUuid::createUuid().toString(QUuid::Id128).left(12);
}

// A second launch runs in its own process; here a thread plays it (the sender blocks until the
// running instance, this thread's event loop, answers).
bool sendFromAnotherLaunch(const QString& name, const QString& path) {
    std::atomic<int> delivered{-1};
    std::thread launch([&] { delivered = SingleInstance(name).sendToRunning(path) ? 1 : 0; });
    for (int waited = 0; delivered < 0 && waited < 10000; waited += 10)
        QTest::qWait(10); // the running instance answers from this event loop
    launch.join();
    return delivered == 1;
}

} // namespace

TEST_CASE("A second launch with a file opens it in the running window", "[ui][instance]") {
    WindowFixture f;
    const QString name = uniqueName();
    SingleInstance running(name);
    REQUIRE(running.listen());
    QObject::connect(&running, &SingleInstance::openRequested, f.window.get(),
                     &MainWindow::openFromOtherLaunch);
    // Another map, given to a second launch.
    const QString other = f.folder.file(QStringLiteral("other.kizuna"));
    writeBundledMap(other);
    REQUIRE(sendFromAnotherLaunch(name, other));
    QTRY_COMPARE(f.window->document() ? f.window->document()->path() : QString(), other);

    // A second instance cannot take the name while the first runs.
    SingleInstance second(name);
    CHECK_FALSE(second.listen());
}

TEST_CASE("With no instance running a launch opens the file itself", "[ui][instance]") {
    const QString name = uniqueName();
    CHECK_FALSE(SingleInstance(name).sendToRunning(QStringLiteral("/tmp/map.kizuna"), 500));
    SingleInstance first(name);
    REQUIRE(first.listen());
    CHECK(first.isListening());
}

TEST_CASE("At start the app opens the file given, else the last map", "[ui][instance]") {
    TempFolder folder;
    QSettings settings(folder.file(QStringLiteral("settings.ini")), QSettings::IniFormat);
    const QString last = folder.file(QStringLiteral("last.kizuna"));
    writeBundledMap(last);
    RecentMaps(settings).add(last);
    CHECK(mapToOpenAtStart({}, settings).value() == last);
    const QString given = folder.file(QStringLiteral("given.kizuna"));
    CHECK(mapToOpenAtStart(given, settings).value() == given);
    // A relative argument is taken from the folder the app was started in.
    const QString relative = QStringLiteral("relative.kizuna");
    CHECK(mapToOpenAtStart(relative, settings).value() ==
          QDir::current().absoluteFilePath(relative));
}
