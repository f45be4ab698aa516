// Exploring the bundled map in the real window, offscreen: the legend as filter, the timeline,
// the path finder, neighbourhood focus, metrics and their styling. Set KIZUNA_SCREENSHOT_DIR to
// keep a picture of each state.
#include "UiTestSupport.h"
#include "document/Edits.h"
#include "panels/FilterPanel.h"
#include "panels/MetricsPanel.h"
#include "panels/MetricsTableModel.h"
#include "panels/PathPanel.h"
#include "panels/TimelineBar.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QDir>
#include <QDockWidget>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QRadioButton>
#include <QScrollBar>
#include <QSlider>
#include <QSpinBox>
#include <QTableView>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTextLayout>
#include <QTreeWidget>
#include <catch2/catch.hpp>

using namespace kizuna;
using namespace kizuna::test;

namespace {

void screenshot(MainWindow& window, const QString& name) {
    const QString dir = qEnvironmentVariable("KIZUNA_SCREENSHOT_DIR");
    if (dir.isEmpty())
        return;
    QDir().mkpath(dir);
    QTest::qWait(50);
    window.grab().save(QDir(dir).filePath(name + QStringLiteral(".png")));
}

int shownOfType(const GraphCanvas& canvas, const GraphDocument& document, const QString& type) {
    int count = 0;
    for (const NodeVisual& node : canvas.scene().nodes())
        count += document.graph().node(node.id)->type == type;
    return count;
}

const NodeVisual* visualOf(const GraphCanvas& canvas, NodeId id) {
    for (const NodeVisual& node : canvas.scene().nodes())
        if (node.id == id)
            return &node;
    return nullptr;
}

void setDates(GraphDocument& document, NodeId id, const QString& from, const QString& to) {
    NodeData node = *document.graph().node(id);
    node.validFrom = from;
    node.validTo = to;
    REQUIRE(document.apply(updateNodeChange(document, node)).ok());
}

} // namespace

TEST_CASE("The legend doubles as the filter", "[ui][filter]") {
    WindowFixture f;
    FilterPanel* filters = f.window->filters();
    const int all = int(f.document().graph().nodeCount());
    REQUIRE(f.canvas()->scene().nodeCount() == size_t(all));
    QListWidgetItem* policy = nullptr;
    for (int row = 0; row < filters->nodeTypes()->count(); ++row)
        if (filters->nodeTypes()->item(row)->data(Qt::UserRole).toString() == "policy")
            policy = filters->nodeTypes()->item(row);
    REQUIRE(policy);
    CHECK(policy->text().contains(QStringLiteral("(12)"))); // the legend counts
    const int policies = shownOfType(*f.canvas(), f.document(), QStringLiteral("policy"));
    REQUIRE(policies == 12);

    policy->setCheckState(Qt::Unchecked);
    CHECK(shownOfType(*f.canvas(), f.document(), QStringLiteral("policy")) == 0);
    CHECK(f.canvas()->scene().nodeCount() == size_t(all - policies));
    CHECK(f.canvas()->filter().hiddenNodeTypes == QStringList{QStringLiteral("policy")});
    screenshot(*f.window, QStringLiteral("filter-no-policies"));

    SECTION("hiding isolated nodes hides a node with no relation, not Hugging Face") {
        policy->setCheckState(Qt::Checked);
        NodeData lone;
        lone.type = QStringLiteral("company");
        lone.labels.en = QStringLiteral("Lone Node Inc.");
        lone.position = QPointF(-400, -400);
        REQUIRE(f.document().apply(addNodeChange(f.document(), lone)).ok());
        const NodeId loneId = nodeLabelled(f.document(), QStringLiteral("Lone Node Inc."));
        const NodeId hf = nodeLabelled(f.document(), QStringLiteral("Hugging Face"));
        REQUIRE(f.canvas()->isShown(loneId));
        REQUIRE(f.canvas()->isShown(hf));
        filters->hideIsolated()->setChecked(true);
        CHECK_FALSE(f.canvas()->isShown(loneId));
        CHECK(f.canvas()->isShown(hf)); // it promotes open AI innovation
    }
    SECTION("a property filter keeps the nodes with that property") {
        policy->setCheckState(Qt::Checked);
        const int key = filters->propertyKey()->findData(QStringLiteral("ai_resources"));
        REQUIRE(key > 0);
        filters->propertyKey()->setCurrentIndex(key);
        CHECK(f.canvas()->scene().nodeCount() >= 1);
        CHECK(f.canvas()->isShown(nodeLabelled(f.document(), QStringLiteral("China"))));
        CHECK_FALSE(f.canvas()->isShown(nodeLabelled(f.document(), QStringLiteral("Japan"))));
        filters->propertyValue()->setText(QStringLiteral("no such text"));
        CHECK(f.canvas()->scene().nodeCount() == 0);
    }
    SECTION("Show Everything brings every type back") {
        filters->showEverything();
        CHECK(f.canvas()->scene().nodeCount() == size_t(all));
        CHECK(policy->checkState() == Qt::Checked);
    }
}

TEST_CASE("The legend's counts follow edits, undo and other programs' changes", "[ui][filter]") {
    WindowFixture f;
    FilterPanel* filters = f.window->filters();
    auto line = [&](QListWidget* list, const QString& key) {
        for (int row = 0; row < list->count(); ++row)
            if (list->item(row)->data(Qt::UserRole).toString() == key)
                return list->item(row)->text();
        return QString();
    };
    REQUIRE(line(filters->nodeTypes(), "policy").contains("(12)"));
    const QString regulates = line(filters->relationTypes(), "regulates");
    REQUIRE(!regulates.isEmpty());

    NodeData rule;
    rule.type = QStringLiteral("policy");
    rule.labels.en = QStringLiteral("Chip Rule 2027");
    rule.properties.insert(QStringLiteral("legend_test_key"), QStringLiteral("x"));
    REQUIRE(f.document().apply(addNodeChange(f.document(), rule)).ok());
    CHECK(line(filters->nodeTypes(), "policy").contains("(13)"));
    CHECK(filters->propertyKey()->findData(QStringLiteral("legend_test_key")) > 0);

    const NodeId added = nodeLabelled(f.document(), QStringLiteral("Chip Rule 2027"));
    NodeData retyped = *f.document().graph().node(added);
    retyped.type = QStringLiteral("company");
    REQUIRE(f.document().apply(updateNodeChange(f.document(), retyped)).ok());
    CHECK(line(filters->nodeTypes(), "policy").contains("(12)"));

    // Another program deletes it: the window catches up, and the counts with it.
    REQUIRE(runCli({QStringLiteral("delete"), f.mapPath, QString::number(added.value)}).exitCode ==
            0);
    QTRY_VERIFY_WITH_TIMEOUT(!f.document().graph().contains(added), 5000);
    CHECK(filters->propertyKey()->findData(QStringLiteral("legend_test_key")) < 0);
    CHECK(line(filters->nodeTypes(), "policy").contains("(12)"));
    CHECK(line(filters->relationTypes(), "regulates") == regulates);
}

TEST_CASE("The timeline fades what lies outside the range, and play grows the map",
          "[ui][timeline]") {
    WindowFixture f;
    const NodeId us = nodeLabelled(f.document(), QStringLiteral("United States"));
    const NodeId uk = nodeLabelled(f.document(), QStringLiteral("United Kingdom"));
    setDates(f.document(), us, QStringLiteral("2024-01"), QString());
    setDates(f.document(), uk, QStringLiteral("2026-03"), QStringLiteral("2026-06"));
    TimelineBar* timeline = f.window->timeline();
    // The span runs from 2024-01 (the US) to 2026-06 (the UK): 29 months after the first.
    REQUIRE(timeline->toSlider()->maximum() == 29);
    timeline->enabledBox()->setChecked(true);
    timeline->fromSlider()->setValue(0);
    timeline->toSlider()->setValue(18); // 2024-01 .. 2025-07
    CHECK(f.canvas()->filter().from == QStringLiteral("2024-01"));
    CHECK(f.canvas()->filter().to == QStringLiteral("2025-07"));
    REQUIRE(visualOf(*f.canvas(), uk));
    CHECK(visualOf(*f.canvas(), uk)->faded);
    CHECK_FALSE(visualOf(*f.canvas(), us)->faded);
    const NodeId plan = nodeLabelled(f.document(), QStringLiteral("AI Action Plan")); // 2025-07
    CHECK_FALSE(visualOf(*f.canvas(), plan)->faded);
    screenshot(*f.window, QStringLiteral("timeline-faded"));

    SECTION("hiding instead of fading") {
        timeline->hideBox()->setChecked(true);
        CHECK_FALSE(f.canvas()->isShown(uk));
        CHECK(f.canvas()->isShown(us));
    }
    SECTION("undated facts can be switched off") {
        timeline->hideBox()->setChecked(true);
        timeline->undatedBox()->setChecked(false);
        CHECK_FALSE(f.canvas()->isShown(nodeLabelled(f.document(), QStringLiteral("Japan"))));
        CHECK(f.canvas()->isShown(us));
        CHECK(f.canvas()->isShown(plan));
        screenshot(*f.window, QStringLiteral("timeline-dated-only"));
    }
    SECTION("play starts at the first month and moves the end one month a step") {
        timeline->play(true);
        CHECK(timeline->toSlider()->value() == 0);
        CHECK(visualOf(*f.canvas(), plan)->faded);
        for (int i = 0; i < 18; ++i)
            timeline->step();
        CHECK_FALSE(visualOf(*f.canvas(), plan)->faded);
        for (int i = 0; i < 20; ++i)
            timeline->step();
        CHECK_FALSE(timeline->playButton()->isChecked()); // it stops at the end
        CHECK_FALSE(visualOf(*f.canvas(), uk)->faded);
    }
}

TEST_CASE("The path finder answers how Reflection AI is connected to China", "[ui][paths]") {
    WindowFixture f;
    PathPanel* paths = f.window->paths();
    paths->fromEdit()->setText(QStringLiteral("Reflection AI"));
    paths->toEdit()->setText(QStringLiteral("中国"));
    SECTION("along the relations' direction and ignoring it") {
        paths->undirectedBox()->setChecked(true);
        REQUIRE(paths->findPaths().isEmpty());
        REQUIRE_FALSE(paths->paths().empty());
        const Path& path = paths->paths().front();
        CHECK(path.size() == 3); // Reflection AI -> United States -> China
        const QSet<qint64>& lit = f.canvas()->highlight();
        for (const PathStep& step : path) {
            CHECK(lit.contains(step.node.value));
            if (step.edge.isValid())
                CHECK(lit.contains(step.edge.value));
        }
        QTreeWidgetItem* first = paths->results()->topLevelItem(0);
        REQUIRE(first->childCount() == 2);
        CHECK(first->child(1)->text(0).contains(QStringLiteral("中国")));

        // Under the list, each hop with the whole passage its relation rests on: the long
        // sentence behind Reflection AI's based_in, quoted in full, with its source and locator.
        static_cast<QDockWidget*>(paths->parentWidget())->raise();
        QTest::qWait(20);
        QTextBrowser* evidence = paths->evidence();
        REQUIRE(evidence->isVisible());
        const QString text = evidence->toPlainText();
        INFO(text.toStdString());
        const QString sentence =
            QStringLiteral("2025年現在、アメリカは「二つの研究所——Reflection "
                           "AIなどの新興拠点、そして巨大企業」を軸に、"
                           "「オープンソースAIによるグローバルリーダーシップ」を模索しています。");
        const Source* article = f.document().provenance().source(
            f.document().provenance().citationsOf(path[1].edge.value).front().source);
        REQUIRE(article);
        CHECK(text.contains(QStringLiteral("“%1” — %2 (まとめ——世界が見据える「AIの未来」)")
                                .arg(sentence, article->title)));
        const qsizetype firstHop = text.indexOf(first->child(0)->text(0));
        const qsizetype secondHop = text.indexOf(first->child(1)->text(0));
        CHECK(firstHop >= 0);
        CHECK(firstHop < text.indexOf(sentence)); // under its own hop
        CHECK(text.indexOf(sentence) < secondHop);
        CHECK(text.indexOf(QStringLiteral("現在、「AI冷戦」と呼ばれる米中のハイテク覇権争い")) >
              secondHop);
        // Wrapped, not cut: wider than the panel on one line, it takes several lines there.
        CHECK(QFontMetrics(evidence->font()).horizontalAdvance(sentence) >
              evidence->viewport()->width());
        const QTextCursor found = evidence->document()->find(sentence);
        REQUIRE_FALSE(found.isNull());
        REQUIRE(found.block().layout());
        CHECK(found.block().layout()->lineCount() > 1);
        // Every line ends inside the visible width: nothing is cut off or needs scrolling.
        for (QTextBlock block = evidence->document()->begin(); block.isValid();
             block = block.next())
            for (int i = 0; i < block.layout()->lineCount(); ++i) {
                const QTextLine line = block.layout()->lineAt(i);
                CHECK(block.layout()->position().x() + line.x() + line.naturalTextWidth() <=
                      evidence->viewport()->width());
            }
        CHECK(evidence->textInteractionFlags().testFlag(Qt::TextSelectableByMouse));
        screenshot(*f.window, QStringLiteral("path-highlighted"));

        paths->clearPaths();
        CHECK(f.canvas()->highlight().isEmpty());
    }
    SECTION("a relation with no citation says so, and a new citation shows at once") {
        NodeData lab;
        lab.type = QStringLiteral("lab");
        lab.labels.en = QStringLiteral("Uncited Lab");
        lab.position = QPointF(-300, -300);
        REQUIRE(f.document().apply(addNodeChange(f.document(), lab)).ok());
        EdgeData edge;
        edge.relation = QStringLiteral("partners_with");
        edge.source = nodeLabelled(f.document(), QStringLiteral("Uncited Lab"));
        edge.target = nodeLabelled(f.document(), QStringLiteral("Reflection AI"));
        ChangeSet added = addEdgeChange(f.document(), edge);
        REQUIRE(f.document().apply(added).ok());
        paths->fromEdit()->setText(QStringLiteral("Uncited Lab"));
        paths->toEdit()->setText(QStringLiteral("Reflection AI"));
        REQUIRE(paths->findPaths().isEmpty());
        REQUIRE(paths->paths().size() == 1);
        CHECK(paths->evidence()->toPlainText().contains(QStringLiteral("No source cited")));

        Citation citation;
        citation.elementId = paths->paths().front()[1].edge.value;
        citation.source = f.document().provenance().sources().front().id;
        citation.excerpt = QStringLiteral("A sentence added while the path was shown.");
        REQUIRE(f.document().apply(addCitationChange(f.document(), citation)).ok());
        const QString text = paths->evidence()->toPlainText();
        CHECK_FALSE(text.contains(QStringLiteral("No source cited")));
        CHECK(text.contains(QStringLiteral("“A sentence added while the path was shown.” — ")));
    }
    SECTION("avoiding countries leaves no route through the United States") {
        paths->undirectedBox()->setChecked(true);
        paths->avoidType()->setCurrentIndex(
            paths->avoidType()->findData(QStringLiteral("country")));
        paths->findPaths();
        for (const Path& path : paths->paths())
            for (size_t i = 1; i + 1 < path.size(); ++i)
                CHECK(f.document().graph().node(path[i].node)->type != QStringLiteral("country"));
    }
    SECTION("typing part of a name offers the labels that contain it, in any language") {
        paths->fromEdit()->clear();
        QTest::keyClicks(paths->fromEdit(), QStringLiteral("lection"));
        QCompleter* completer = paths->fromEdit()->completer();
        REQUIRE(completer);
        completer->setCompletionPrefix(paths->fromEdit()->text());
        REQUIRE(completer->completionCount() >= 1);
        completer->setCurrentRow(0);
        CHECK(completer->currentCompletion() == QStringLiteral("Reflection AI"));
        // (QTest types ASCII only; the labels are loaded by now.)
        completer->setCompletionPrefix(QStringLiteral("アクション"));
        REQUIRE(completer->completionCount() >= 1);
        completer->setCurrentRow(0);
        CHECK(completer->currentCompletion().contains(QStringLiteral("アクション")));
    }
    SECTION("a name that is not in the map is an error naming the field") {
        paths->fromEdit()->setText(QStringLiteral("Nobody Inc."));
        const QString error = paths->findPaths();
        CHECK(error.startsWith(QStringLiteral("From:")));
        CHECK(f.canvas()->highlight().isEmpty());
    }
}

TEST_CASE("Neighbourhood focus fades or hides all but k hops around the selection",
          "[ui][paths][focus]") {
    WindowFixture f;
    PathPanel* paths = f.window->paths();
    const NodeId openai = nodeLabelled(f.document(), QStringLiteral("OpenAI"));
    const auto one = neighbourhood(f.document().graph(), openai, 1);
    const auto two = neighbourhood(f.document().graph(), openai, 2);
    REQUIRE(one.size() < two.size());
    f.canvas()->select(openai.value);
    paths->depth()->setValue(1);
    paths->focusOnSelection();
    int unfaded = 0;
    for (const NodeVisual& node : f.canvas()->scene().nodes())
        unfaded += !node.faded;
    CHECK(unfaded == int(one.size()));
    CHECK(f.canvas()->scene().nodeCount() == f.document().graph().nodeCount());

    SECTION("hiding the rest") {
        paths->hideRest()->setChecked(true);
        paths->focusOnSelection();
        CHECK(f.canvas()->scene().nodeCount() == one.size());
        screenshot(*f.window, QStringLiteral("focus-openai"));
        SECTION("expanding the selection one step") {
            paths->expandSelection();                             // OpenAI is still selected
            CHECK(f.canvas()->scene().nodeCount() == one.size()); // its neighbours were in
            const NodeId gpt5 = nodeLabelled(f.document(), QStringLiteral("GPT-5"));
            f.canvas()->select(gpt5.value);
            paths->expandSelection();
            CHECK(f.canvas()->scene().nodeCount() >= one.size());
        }
    }
    SECTION("clearing the focus") {
        paths->clearFocus();
        for (const NodeVisual& node : f.canvas()->scene().nodes())
            CHECK_FALSE(node.faded);
    }
}

TEST_CASE("Metrics fill a sortable table and size or colour the nodes", "[ui][metrics]") {
    WindowFixture f;
    MetricsPanel* metrics = f.window->metrics();
    REQUIRE(metrics->ensureMetrics());
    QTableView* table = metrics->table();
    CHECK(table->model()->rowCount() == int(f.document().graph().nodeCount()));
    table->sortByColumn(MetricsTableModel::Degree, Qt::DescendingOrder);
    const int top = table->model()->index(0, MetricsTableModel::Degree).data(Qt::EditRole).toInt();
    for (int row = 1; row < table->model()->rowCount(); ++row)
        CHECK(table->model()->index(row, MetricsTableModel::Degree).data(Qt::EditRole).toInt() <=
              top);
    const QString hub = table->model()->index(0, MetricsTableModel::Label).data().toString();

    metrics->sizeBy()->setCurrentIndex(metrics->sizeBy()->findData(QStringLiteral("degree")));
    CHECK(f.canvas()->sizeBy() == QStringLiteral("degree"));
    double largest = 0;
    NodeId largestId;
    for (const NodeVisual& node : f.canvas()->scene().nodes())
        if (node.radius > largest) {
            largest = node.radius;
            largestId = node.id;
        }
    CHECK(largest > CanvasScene::kNodeRadius);
    CHECK(f.document().displayLabel(largestId) == hub);
    metrics->colourBy()->setCurrentIndex(
        metrics->colourBy()->findData(QStringLiteral("community")));
    CHECK(f.canvas()->colourBy() == QStringLiteral("community"));
    screenshot(*f.window, QStringLiteral("metrics-styled"));

    SECTION("an edit makes the figures stale until computed again") {
        f.window->createNode(NodeData{NodeId(),
                                      QStringLiteral("company"),
                                      Labels{QStringLiteral("New Co"), {}, {}},
                                      {},
                                      {},
                                      std::nullopt,
                                      {},
                                      {}},
                             QPointF(0, 0));
        CHECK_FALSE(metrics->isCurrent());
        REQUIRE(metrics->ensureMetrics());
        CHECK(table->model()->rowCount() == int(f.document().graph().nodeCount()));
    }
    SECTION("back to the usual look") {
        metrics->applyStyling({}, {});
        for (const NodeVisual& node : f.canvas()->scene().nodes())
            CHECK(node.radius == CanvasScene::kNodeRadius);
    }
}

TEST_CASE("Opening another map leaves the Metrics panel waiting, not saying the map changed",
          "[ui][metrics]") {
    WindowFixture f;
    MetricsPanel* metrics = f.window->metrics();
    const QString idle = metrics->statusText();
    REQUIRE(metrics->ensureMetrics());
    f.window->createNode(NodeData{NodeId(),
                                  QStringLiteral("company"),
                                  Labels{QStringLiteral("Stale Co"), {}, {}},
                                  {},
                                  {},
                                  {},
                                  {},
                                  {}},
                         QPointF(10, 10));
    CHECK(metrics->statusText().contains(QStringLiteral("compute again")));
    const QString other = f.folder.file(QStringLiteral("other.kizuna"));
    test::writeBundledMap(other);
    REQUIRE(f.window->openMap(other).isEmpty());
    CHECK_FALSE(metrics->isCurrent());
    CHECK(metrics->statusText() == idle);
    CHECK(metrics->table()->model()->rowCount() == 0);
}
