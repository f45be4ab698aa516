// Files dropped on the window: a map opens, a graph file imports, anything else is explained.
#include "UiTestSupport.h"
#include "dialogs/ImportDialog.h"
#include "document/GraphDocument.h"
#include "main/FileDrops.h"

#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFile>
#include <QFileDialog>
#include <QMessageBox>
#include <QMimeData>
#include <QUndoGroup>
#include <QUrl>
#include <catch2/catch.hpp>

using namespace kizuna;
using namespace kizuna::test;

namespace {

QString writeFile(const TempFolder& folder, const QString& name, const QByteArray& bytes) {
    const QString path = folder.file(name);
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(bytes);
    return path;
}

// Drags `path` over the window and drops it; returns whether the window accepted the drag.
bool dropOn(QWidget* window, const QString& path) {
    QMimeData data;
    data.setUrls({QUrl::fromLocalFile(path)});
    const QPoint centre = window->rect().center();
    QDragEnterEvent enter(centre, Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(window, &enter);
    if (!enter.isAccepted())
        return false;
    QDropEvent drop(centre, Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(window, &drop);
    return drop.isAccepted();
}

} // namespace

TEST_CASE("A dropped file is a map to open, a file to import or neither", "[ui][drop]") {
    TempFolder folder;
    const QString map = folder.file(QStringLiteral("other.kizuna"));
    writeBundledMap(map);
    CHECK(fileActionFor(map) == FileAction::OpenMap);
    CHECK(fileActionFor(writeFile(folder, QStringLiteral("n.csv"), "id,label\na,A\n")) ==
          FileAction::Import);
    CHECK(fileActionFor(writeFile(folder, QStringLiteral("g.graphml"),
                                  "<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\"/>")) ==
          FileAction::Import);
    CHECK(fileActionFor(writeFile(folder, QStringLiteral("notes.txt"), "hello")) ==
          FileAction::Refuse);
    CHECK(fileActionFor(folder.file(QStringLiteral("missing.kizuna"))) == FileAction::Refuse);
    CHECK(fileActionFor(folder.dir.path()) == FileAction::Refuse); // a folder
}

TEST_CASE("Dropping a map on the window opens it", "[ui][drop]") {
    WindowFixture f;
    const QString other = f.folder.file(QStringLiteral("other.kizuna"));
    writeBundledMap(other);
    REQUIRE(dropOn(f.window.get(), other));
    QTRY_VERIFY_WITH_TIMEOUT(f.window->document()->path() == other, 10000);
}

TEST_CASE("Dropping a CSV file on the window imports it into the open map, one undo step",
          "[ui][drop]") {
    WindowFixture f;
    const size_t before = f.document().graph().nodeCount();
    const QString csv = writeFile(f.folder, QStringLiteral("labs.csv"),
                                  "id,label,type\nz1,Zhipu AI,company\nz2,Baichuan,company\n");
    // As File > Import: it asks for an edges table (none here), then shows the preview.
    bool previewed = false;
    whenShown<QFileDialog>([&](QFileDialog* edges) {
        whenShown<ImportDialog>([&](ImportDialog* preview) {
            previewed = true;
            preview->accept();
        });
        edges->reject();
    });
    REQUIRE(dropOn(f.window.get(), csv));
    QTRY_VERIFY_WITH_TIMEOUT(f.document().graph().nodeCount() == before + 2, 10000);
    CHECK(previewed);
    CHECK(f.window->document()->path() == f.mapPath); // the map shown stays
    f.window->undoGroup()->undo();
    CHECK(f.document().graph().nodeCount() == before);
}

TEST_CASE("A file Kizuna cannot read is not taken by the window", "[ui][drop]") {
    WindowFixture f;
    const QString text = writeFile(f.folder, QStringLiteral("notes.txt"), "just words");
    CHECK_FALSE(dropOn(f.window.get(), text));
    // Given to the window some other way, it is explained and nothing changes.
    QString shown;
    whenModalOpens([&](QWidget* widget) {
        if (auto* box = qobject_cast<QMessageBox*>(widget))
            shown = box->text();
        widget->close();
    });
    const size_t before = f.document().graph().nodeCount();
    f.window->openOrImport(text);
    CHECK(shown.contains(QStringLiteral("notes.txt")));
    CHECK(f.document().graph().nodeCount() == before);
    CHECK(f.window->document()->path() == f.mapPath);
}
