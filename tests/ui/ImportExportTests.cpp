// File > Import in the app: the preview counts, one undo step, and the map unchanged on failure.
#include "UiTestSupport.h"
#include "dialogs/ImportDialog.h"
#include "io/GraphFormats.h"
#include "main/DataTransfer.h"

#include <QComboBox>
#include <QFile>
#include <QUndoGroup>
#include <QUndoStack>
#include <catch2/catch.hpp>

using namespace kizuna;
using namespace kizuna::test;

namespace {

QString writeCsv(const TempFolder& folder, const QByteArray& nodes) {
    const QString path = folder.file(QStringLiteral("companies.csv"));
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(nodes);
    return path;
}

} // namespace

TEST_CASE("Importing a file into the open map is one undo step", "[ui][import]") {
    WindowFixture f;
    const size_t before = f.document().graph().nodeCount();
    const QString path =
        writeCsv(f.folder, "id,label,type\nd1,DeepSeek,company\nd2,Moonshot AI,company\n");
    QString error;
    REQUIRE(importFile(f.window.get(), *f.window->edits(), path, &error));
    CHECK(error.isEmpty());
    CHECK(f.document().graph().nodeCount() == before + 2);
    CHECK(f.canvas()->scene().nodeCount() == before + 2);
    CHECK(f.window->edits()->undoStack()->undoText() == QStringLiteral("Import companies.csv"));
    f.window->undoGroup()->undo();
    CHECK(f.document().graph().nodeCount() == before);
    f.window->undoGroup()->redo();
    auto reopened = f.reopen();
    CHECK(reopened->graph().nodeCount() == before + 2);
}

TEST_CASE("A failed import tells why and leaves the map as it was", "[ui][import]") {
    WindowFixture f;
    const QByteArray hash = fileHash(f.mapPath);
    const QString path = writeCsv(f.folder, "id,label,valid_from\nd1,DeepSeek,2025-13\n");
    QString error;
    CHECK_FALSE(importFile(f.window.get(), *f.window->edits(), path, &error));
    CHECK(error.contains(QStringLiteral("line 2")));
    CHECK(error.contains(QStringLiteral("2025-13")));
    CHECK(fileHash(f.mapPath) == hash);
    CHECK(f.window->edits()->undoStack()->count() == 0);
}

TEST_CASE("The import preview counts what merging by label would change", "[ui][import]") {
    WindowFixture f;
    const QString path =
        writeCsv(f.folder,
                 "id,label,type,hq\nx,OpenAI,company,San Francisco\ny,DeepSeek,company,Hangzhou\n");
    auto graph = readGraphFile(path, GraphFormat::Csv, f.document().schema());
    REQUIRE(graph.ok());
    ImportDialog preview(f.document(), graph.value(), QStringLiteral("companies.csv"));
    CHECK(preview.plan().summary.nodesAdded == 2);
    preview.mergeCombo()->setCurrentIndex(preview.mergeCombo()->findData(int(MergeBy::Label)));
    CHECK(preview.plan().summary.nodesAdded == 1);
    CHECK(preview.plan().summary.nodesUpdated == 1);
    CHECK(preview.summaryText().contains(QStringLiteral("update</b> 1")));
}

TEST_CASE("The import preview offers refusing, merging or keeping the first of repeated ids",
          "[ui][import][duplicates]") {
    WindowFixture f;
    const QString path =
        writeCsv(f.folder, "id,label,label_ja,alias\n"
                           "s1,Tokyo Electron,,TEL\n"
                           "s2,ASML,,\n"
                           "s1,Tokyo Electron,東京エレクトロン,Tokyo Electron Ltd.\n");
    const size_t before = f.document().graph().nodeCount();
    SECTION("without the preview the file is refused, naming the row") {
        QString error;
        CHECK_FALSE(importFile(f.window.get(), *f.window->edits(), path, &error));
        CHECK(error.contains(QStringLiteral("line 4")));
        CHECK(error.contains(QStringLiteral("\"s1\"")));
    }
    SECTION("the preview asks") {
        ReadOptions options;
        options.duplicates = std::nullopt; // as File > Import reads it
        auto graph = readGraphFile(path, GraphFormat::Csv, f.document().schema(), options);
        REQUIRE(graph.ok());
        ImportDialog preview(f.document(), graph.value(), QStringLiteral("companies.csv"));
        QComboBox* choice = preview.duplicatesCombo();
        REQUIRE(choice);
        CHECK(preview.duplicates() == DuplicateIds::Error); // the default, as in kizuna-cli
        CHECK_FALSE(preview.canImport());
        CHECK(preview.summaryText().contains(QStringLiteral("line 4")));

        choice->setCurrentIndex(choice->findData(int(DuplicateIds::Merge)));
        REQUIRE(preview.canImport());
        CHECK(preview.plan().summary.nodesAdded == 2);
        CHECK(preview.plan().summary.repeatedMerged == 1);
        CHECK(preview.summaryText().contains(QStringLiteral("merged")));
        REQUIRE(f.document().apply(preview.plan().change).ok());
        CHECK(f.document().graph().nodeCount() == before + 2);
        bool merged = false;
        f.document().graph().forEachNode([&](const NodeData& n) {
            merged =
                merged || (n.labels.ja == QStringLiteral("東京エレクトロン") &&
                           n.properties.value(QStringLiteral("alias")) == QStringLiteral("TEL") &&
                           n.properties.value(QStringLiteral("alias_2")) ==
                               QStringLiteral("Tokyo Electron Ltd."));
        });
        CHECK(merged);
    }
    SECTION("keeping the first row counts the others") {
        ReadOptions options;
        options.duplicates = std::nullopt;
        auto graph = readGraphFile(path, GraphFormat::Csv, f.document().schema(), options);
        REQUIRE(graph.ok());
        ImportDialog preview(f.document(), graph.value(), QStringLiteral("companies.csv"));
        preview.duplicatesCombo()->setCurrentIndex(
            preview.duplicatesCombo()->findData(int(DuplicateIds::First)));
        REQUIRE(preview.canImport());
        CHECK(preview.plan().summary.nodesAdded == 2);
        CHECK(preview.plan().summary.repeatedDropped == 1);
        CHECK(preview.summaryText().contains(QStringLiteral("left out")));
    }
}
