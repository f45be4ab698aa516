// The History panel: the change log with checkpoints and filters, changes since a checkpoint
// marked on the canvas (with ghosts) and in exports, reverting a record, comparing with another
// map and taking ticked changes, each an undoable edit.
#include "UiTestSupport.h"

#include "canvas/ChangeMarks.h"
#include "document/Edits.h"
#include "document/FieldEdit.h"
#include "export/DiagramExport.h"
#include "history/ChangesSince.h"
#include "panels/ChangesList.h"
#include "panels/HistoryPanel.h"

#include <QComboBox>
#include <QDockWidget>
#include <QFile>
#include <QLineEdit>
#include <QProcess>
#include <QTreeWidget>
#include <QUndoStack>
#include <catch2/catch.hpp>

using namespace kizuna;
using test::WindowFixture;

namespace {

template <typename T> T valueOf(Result<T> result) {
    INFO(result.error().toStdString());
    REQUIRE(result.ok());
    return std::move(result).value();
}

void requireOk(const Status& status) {
    INFO(status.error().toStdString());
    REQUIRE(status.ok());
}

QString edit(WindowFixture& f, ChangeSet change) {
    return f.window->edits()->perform(change);
}

// Pixels of a kind's colour in the canvas picture.
int pixelsOf(const QImage& image, const QColor& colour) {
    int n = 0;
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x) {
            const QColor c = image.pixelColor(x, y);
            n += std::abs(c.red() - colour.red()) + std::abs(c.green() - colour.green()) +
                     std::abs(c.blue() - colour.blue()) <
                 30;
        }
    return n;
}

void saveScreenshot(QWidget* widget, const char* name) {
    const QByteArray folder = qgetenv("KIZUNA_SCREENSHOT_DIR");
    if (!folder.isEmpty())
        widget->grab().save(QString::fromLocal8Bit(folder) + QLatin1Char('/') +
                            QLatin1String(name));
}

} // namespace

TEST_CASE("Changes since a checkpoint are marked on the canvas, listed, and survive edits",
          "[ui][history]") {
    WindowFixture f;
    HistoryPanel* panel = f.window->history();
    GraphDocument& doc = f.document();
    REQUIRE(panel->addCheckpoint(QStringLiteral("October brief")).isEmpty());
    CHECK(
        panel->addCheckpoint(QStringLiteral("October brief")).contains(QStringLiteral("already")));

    const NodeId china = test::nodeLabelled(doc, QStringLiteral("China"));
    const NodeId india = test::nodeLabelled(doc, QStringLiteral("India"));
    const NodeId japan = test::nodeLabelled(doc, QStringLiteral("Japan"));
    REQUIRE(edit(f, valueOf(setFieldChange(doc, china.value, QStringLiteral("description"),
                                           QStringLiteral("Rival with a national AI plan")))) ==
            QString());
    REQUIRE(edit(f, removeElementsChange(doc, {india.value})).isEmpty());
    NodeData zhipu;
    zhipu.type = QStringLiteral("company");
    zhipu.labels.en = QStringLiteral("Zhipu AI");
    zhipu.position = *doc.graph().node(japan)->position + QPointF(90, 60);
    REQUIRE(f.window->createNode(zhipu, *zhipu.position).isEmpty());

    const QImage before = f.canvas()->grab().toImage();
    REQUIRE(panel->showChangesSince(QStringLiteral("October brief")).isEmpty());
    const ChangeMarks* marks = f.canvas()->changeMarks();
    REQUIRE(marks);
    CHECK(marks->elements.at(china.value) == ChangeKind::Changed);
    REQUIRE(marks->ghostNodes.size() == 1); // India, where it was
    CHECK(marks->ghostNodes.front().id == india.value);
    CHECK(marks->ghostNodes.front().kind == ChangeKind::Removed);
    CHECK(panel->changesList()->topLevelItemCount() >= 3);
    CHECK(panel->markingTitle().contains(QStringLiteral("October brief")));

    // The canvas shows the three kinds in their colours (and the legend), which it did not before.
    const QImage after = f.canvas()->grab().toImage();
    for (ChangeKind kind : {ChangeKind::Added, ChangeKind::Changed, ChangeKind::Removed}) {
        INFO(changeName(kind).toStdString());
        CHECK(pixelsOf(before, changeColour(kind)) < 20);
        CHECK(pixelsOf(after, changeColour(kind)) > 60);
    }
    f.window->findChild<QDockWidget*>(QStringLiteral("historyDock"))->raise();
    saveScreenshot(f.window.get(), "history-changes-since.png");

    // An undo of the deletion: India is no longer a change; the marking follows.
    f.window->edits()->undoStack()->undo(); // the new node
    f.window->edits()->undoStack()->undo(); // the deletion
    QTest::qWait(400);
    marks = f.canvas()->changeMarks();
    REQUIRE(marks);
    CHECK(marks->ghostNodes.empty());
    CHECK(marks->elements.count(china.value) == 1);

    // A PDF export includes the marking and a page that lists the changes.
    const QString pdf = f.folder.file(QStringLiteral("changes.pdf"));
    DiagramOptions options;
    options.changes = std::make_shared<const MapChanges>(*panel->shownChanges());
    options.changesTitle = panel->markingTitle();
    requireOk(exportDiagram(doc, pdf, DiagramFormat::Pdf, options, {}));
    QProcess text;
    text.start(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")});
    if (text.waitForFinished(20000) && text.exitCode() == 0) {
        const QString words = QString::fromUtf8(text.readAllStandardOutput());
        CHECK(words.contains(QStringLiteral("Changes since checkpoint")));
        CHECK(words.contains(QStringLiteral("Rival with a national AI plan")));
        CHECK(words.count(QLatin1Char('\f')) == 2); // the diagram, then the list
    }

    panel->clearMarking();
    CHECK_FALSE(f.canvas()->changeMarks());
}

TEST_CASE("The change log lists every program's records newest first with checkpoints, and filters",
          "[ui][history]") {
    WindowFixture f;
    HistoryPanel* panel = f.window->history();
    GraphDocument& doc = f.document();
    REQUIRE(panel->addCheckpoint(QStringLiteral("October brief")).isEmpty());
    const NodeId china = test::nodeLabelled(doc, QStringLiteral("China"));
    doc.setAuthor(QStringLiteral("erin"));
    REQUIRE(edit(f, valueOf(setFieldChange(doc, china.value, QStringLiteral("prop.capital"),
                                           QStringLiteral("Beijing")))) == QString());
    // Another program (kizuna-cli) edits the map meanwhile.
    const auto cli = test::runCli({QStringLiteral("set"), f.mapPath, QStringLiteral("Japan"),
                                   QStringLiteral("description"), QStringLiteral("Ally"),
                                   QStringLiteral("--author"), QStringLiteral("frank")});
    REQUIRE(cli.exitCode == 0);
    requireOk(doc.catchUp());
    QTest::qWait(400);

    QTreeWidget* records = panel->recordList();
    REQUIRE(records->topLevelItemCount() >= 4);
    CHECK(records->topLevelItem(0)->text(2) == QStringLiteral("frank"));
    CHECK(records->topLevelItem(0)->text(3) == QStringLiteral("kizuna-cli"));
    CHECK(records->topLevelItem(1)->text(2) == QStringLiteral("erin"));
    CHECK(records->topLevelItem(2)->text(4).contains(QStringLiteral("October brief")));

    auto visibleRecords = [&] {
        int n = 0;
        for (int i = 0; i < records->topLevelItemCount(); ++i)
            n += !records->topLevelItem(i)->isHidden() &&
                 records->topLevelItem(i)->text(0) != QStringLiteral("◆");
        return n;
    };
    panel->authorFilter()->setCurrentIndex(panel->authorFilter()->findData(QStringLiteral("erin")));
    CHECK(visibleRecords() == 1);
    panel->authorFilter()->setCurrentIndex(0);
    panel->elementFilter()->setText(QStringLiteral("Japan"));
    CHECK(visibleRecords() >= 1);
    CHECK(records->topLevelItem(1)->isHidden()); // erin's record is about China
    panel->elementFilter()->clear();

    // Selecting a record marks what it touched.
    records->setCurrentItem(records->topLevelItem(1));
    const ChangeMarks* marks = f.canvas()->changeMarks();
    REQUIRE(marks);
    CHECK(marks->elements.count(china.value) == 1);

    // Revert it: a new record; undo takes the revert back.
    const qint64 seq = records->topLevelItem(1)->text(0).toLongLong();
    REQUIRE(panel->revertRecord(seq).isEmpty());
    CHECK(doc.graph().node(china)->properties.value(QStringLiteral("capital")).isEmpty());
    f.window->edits()->undoStack()->undo();
    CHECK(doc.graph().node(china)->properties.value(QStringLiteral("capital")) ==
          QStringLiteral("Beijing"));
    // A conflicting later change: the revert is refused with the field named.
    REQUIRE(edit(f, valueOf(setFieldChange(doc, china.value, QStringLiteral("prop.capital"),
                                           QStringLiteral("Peking")))) == QString());
    const QString refused = panel->revertRecord(seq);
    CHECK(refused.contains(QStringLiteral("prop.capital")));
    CHECK(doc.graph().node(china)->properties.value(QStringLiteral("capital")) ==
          QStringLiteral("Peking"));
}

TEST_CASE("Compare With marks another map's differences and takes ticked ones as one undo step",
          "[ui][history][diff]") {
    WindowFixture f;
    const QString other = f.folder.file(QStringLiteral("colleague.kizuna"));
    REQUIRE(QFile::copy(f.mapPath, other));
    REQUIRE(test::runCli({QStringLiteral("add-node"), other, QStringLiteral("--type"),
                          QStringLiteral("company"), QStringLiteral("--label"),
                          QStringLiteral("Moonshot AI")})
                .exitCode == 0);
    REQUIRE(test::runCli({QStringLiteral("set"), other, QStringLiteral("China"),
                          QStringLiteral("prop.population"), QStringLiteral("1.4 billion")})
                .exitCode == 0);
    REQUIRE(f.window->compareWith(other).isEmpty());
    HistoryPanel* panel = f.window->history();
    ChangesList* list = panel->changesList();
    REQUIRE(list->topLevelItemCount() == 2);
    const ChangeMarks* marks = f.canvas()->changeMarks();
    REQUIRE(marks);
    CHECK(marks->ghostNodes.size() == 1); // Moonshot, only the colleague has it
    CHECK(marks->ghostNodes.front().kind == ChangeKind::Added);
    saveScreenshot(f.window.get(), "history-compare.png");

    CHECK_FALSE(panel->applyCheckedChanges().isEmpty()); // nothing ticked
    list->setAllChecked(true);
    const size_t nodes = f.document().graph().nodeCount();
    const int steps = f.window->edits()->undoStack()->count();
    REQUIRE(panel->applyCheckedChanges().isEmpty());
    CHECK(f.document().graph().nodeCount() == nodes + 1);
    CHECK(f.window->edits()->undoStack()->count() == steps + 1);
    CHECK(list->topLevelItemCount() == 0); // the maps agree now
    f.window->edits()->undoStack()->undo();
    CHECK(f.document().graph().nodeCount() == nodes);
}
