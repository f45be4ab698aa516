// Hand editing driven through the real widgets, offscreen; every check of what was persisted
// reopens the map file.
#include "UiTestSupport.h"
#include "panels/FieldEditor.h"
#include "panels/InspectorPanel.h"
#include "panels/PropertiesEditor.h"

#include <QComboBox>
#include <QDialog>
#include <QLineEdit>
#include <QMenu>
#include <QStatusBar>
#include <QTableWidget>
#include <QUndoGroup>
#include <QUndoStack>
#include <catch2/catch.hpp>

using namespace kizuna;
using namespace kizuna::test;

namespace {

void typeInto(FieldEditor* field, const QString& text) {
    field->lineEdit()->setFocus();
    field->lineEdit()->setText(text);
    QTest::keyClick(field->lineEdit(), Qt::Key_Return);
}

} // namespace

TEST_CASE("Double-clicking empty canvas creates a node where the user clicked", "[ui][editing]") {
    WindowFixture f;
    const size_t before = f.document().graph().nodeCount();
    const QPoint spot = emptyCanvasPoint(f.canvas());
    bool dialogSeen = false;
    whenModalOpens([&](QWidget* widget) {
        auto* dialog = qobject_cast<QDialog*>(widget);
        dialogSeen = dialog && dialog->objectName() == QLatin1String("newNodeDialog");
        if (!dialog)
            return;
        auto* type = dialog->findChild<QComboBox*>();
        type->setCurrentIndex(type->findData(QStringLiteral("company")));
        dialog->findChild<QLineEdit*>()->setText(QStringLiteral("Acme AI"));
        dialog->accept();
    });
    QTest::mouseDClick(f.canvas(), Qt::LeftButton, {}, spot);
    REQUIRE(dialogSeen);
    REQUIRE(f.document().graph().nodeCount() == before + 1);
    const NodeId id = nodeLabelled(f.document(), QStringLiteral("Acme AI"));
    const NodeData node = *f.document().graph().node(id);
    CHECK(node.type == QStringLiteral("company"));
    const QPointF clicked = f.canvas()->screenToWorld(spot);
    CHECK(node.position->x() == Approx(clicked.x()).margin(0.2));
    CHECK(node.position->y() == Approx(clicked.y()).margin(0.2));
    CHECK(f.canvas()->selectedElement() == id.value);

    SECTION("it is in the file at once") {
        auto reopened = f.reopen();
        REQUIRE(reopened->graph().node(id));
        CHECK(*reopened->graph().node(id) == node);
    }
    SECTION("undo removes it from the file, redo brings it back with the same id") {
        f.window->undoGroup()->undo();
        CHECK_FALSE(f.document().graph().contains(id));
        f.window->undoGroup()->redo();
        CHECK(*f.document().graph().node(id) == node);
        f.window->undoGroup()->undo();
        auto reopened = f.reopen();
        CHECK_FALSE(reopened->graph().contains(id));
        CHECK(reopened->graph().nodeCount() == before);
    }
}

TEST_CASE("Shift-dragging from one node to another offers only the relations that fit",
          "[ui][editing]") {
    WindowFixture f;
    const NodeId openai = nodeLabelled(f.document(), QStringLiteral("OpenAI"));
    const NodeId china = nodeLabelled(f.document(), QStringLiteral("中国"));
    const size_t edgesBefore = f.document().graph().edgeCount();
    QStringList offered;
    whenModalOpens([&](QWidget* widget) {
        auto* menu = qobject_cast<QMenu*>(widget);
        if (!menu)
            return;
        for (QAction* action : menu->actions())
            if (!action->data().toString().isEmpty())
                offered << action->data().toString();
        for (QAction* action : menu->actions())
            if (action->data().toString() == QLatin1String("supplies_model_to"))
                menu->setActiveAction(action);
        QTest::keyClick(menu, Qt::Key_Return);
    });
    QTest::mousePress(f.canvas(), Qt::LeftButton, Qt::ShiftModifier,
                      screenPointOf(f.canvas(), openai));
    QTest::mouseMove(f.canvas(), screenPointOf(f.canvas(), china));
    QTest::mouseRelease(f.canvas(), Qt::LeftButton, Qt::ShiftModifier,
                        screenPointOf(f.canvas(), china));

    CHECK(offered.contains(QStringLiteral("supplies_model_to")));
    CHECK(offered.contains(QStringLiteral("competes_with")));
    CHECK_FALSE(
        offered.contains(QStringLiteral("issued"))); // company -> country does not fit "issued"
    REQUIRE(f.document().graph().edgeCount() == edgesBefore + 1);
    bool found = false;
    f.document().graph().forEachEdge([&](const EdgeData& edge) {
        found = found || (edge.source == openai && edge.target == china &&
                          edge.relation == QLatin1String("supplies_model_to"));
    });
    CHECK(found);
}

TEST_CASE("The inspector edits fields, refuses bad values next to the field and writes nothing",
          "[ui][editing]") {
    WindowFixture f;
    const NodeId plan = nodeLabelled(f.document(), QStringLiteral("AIアクションプラン"));
    QTest::mouseClick(f.canvas(), Qt::LeftButton, {}, screenPointOf(f.canvas(), plan));
    InspectorPanel* inspector = f.window->inspector();
    REQUIRE(inspector->shownElement() == plan.value);
    const QByteArray hashBefore = fileHash(f.mapPath);
    const NodeData before = *f.document().graph().node(plan);

    SECTION("a month 13 is refused with a message by the field") {
        typeInto(inspector->field(QStringLiteral("valid_to")), QStringLiteral("2025-13"));
        CHECK(inspector->field(QStringLiteral("valid_to"))
                  ->error()
                  .contains(QStringLiteral("2025-13")));
        CHECK(*f.document().graph().node(plan) == before);
        CHECK(fileHash(f.mapPath) == hashBefore);
    }
    SECTION("a valid date and a new Chinese label are saved at once") {
        typeInto(inspector->field(QStringLiteral("valid_to")), QStringLiteral("2026-01"));
        typeInto(inspector->field(QStringLiteral("label.zh")), QStringLiteral("人工智能行动计划"));
        CHECK(inspector->field(QStringLiteral("valid_to"))->error().isEmpty());
        auto reopened = f.reopen();
        CHECK(reopened->graph().node(plan)->validTo == QStringLiteral("2026-01"));
        CHECK(reopened->graph().node(plan)->labels.zh == QStringLiteral("人工智能行动计划"));
    }
    SECTION("properties are added, renamed and refused when the key is taken") {
        inspector->properties()->addProperty();
        REQUIRE(f.document().graph().node(plan)->properties.contains(QStringLiteral("property")));
        QTableWidget* table = inspector->properties()->table();
        const int row = int(
            f.document().graph().node(plan)->properties.keys().indexOf(QStringLiteral("property")));
        table->item(row, 0)->setText(QStringLiteral("hq"));
        CHECK(f.document().graph().node(plan)->properties.contains(QStringLiteral("hq")));
        CHECK_FALSE(
            f.document().graph().node(plan)->properties.contains(QStringLiteral("property")));
        const int hqRow =
            int(f.document().graph().node(plan)->properties.keys().indexOf(QStringLiteral("hq")));
        table->item(hqRow, 0)->setText(QStringLiteral("announced")); // already a key
        CHECK(inspector->properties()->error().contains(QStringLiteral("announced")));
        CHECK(f.document().graph().node(plan)->properties.contains(QStringLiteral("hq")));
    }
    SECTION("changing the type to one its relations do not allow is refused") {
        QComboBox* type = inspector->typeCombo();
        type->setCurrentIndex(type->findData(QStringLiteral("person")));
        Q_EMIT type->activated(type->currentIndex());
        CHECK(f.document().graph().node(plan)->type == QStringLiteral("policy"));
        CHECK(fileHash(f.mapPath) == hashBefore);
    }
}

TEST_CASE("Dragging a selection of nodes moves them all in one undo step", "[ui][editing]") {
    WindowFixture f;
    const std::vector<NodeId> ids = {nodeLabelled(f.document(), QStringLiteral("OpenAI")),
                                     nodeLabelled(f.document(), QStringLiteral("Google")),
                                     nodeLabelled(f.document(), QStringLiteral("Anthropic"))};
    std::vector<QPointF> before;
    for (NodeId id : ids)
        before.push_back(*f.document().graph().node(id)->position);
    // Ctrl-click builds the selection.
    for (NodeId id : ids)
        QTest::mouseClick(f.canvas(), Qt::LeftButton, Qt::ControlModifier,
                          screenPointOf(f.canvas(), id));
    REQUIRE(f.canvas()->selectedNodes().size() == 3);
    QUndoStack* stack = f.window->edits()->undoStack();
    const int steps = stack->count();

    const QPoint start = screenPointOf(f.canvas(), ids[0]);
    QTest::mousePress(f.canvas(), Qt::LeftButton, {}, start);
    for (int i = 1; i <= 5; ++i)
        QTest::mouseMove(f.canvas(), start + QPoint(8 * i, 6 * i));
    QTest::mouseRelease(f.canvas(), Qt::LeftButton, {}, start + QPoint(40, 30));

    CHECK(stack->count() == steps + 1);
    const double dx = f.document().graph().node(ids[0])->position->x() - before[0].x();
    const double dy = f.document().graph().node(ids[0])->position->y() - before[0].y();
    CHECK(dx == Approx(40 / f.canvas()->zoom()).margin(0.5));
    for (size_t i = 0; i < ids.size(); ++i) {
        CHECK(f.document().graph().node(ids[i])->position->x() ==
              Approx(before[i].x() + dx).margin(0.2));
        CHECK(f.document().graph().node(ids[i])->position->y() ==
              Approx(before[i].y() + dy).margin(0.2));
    }
    stack->undo();
    for (size_t i = 0; i < ids.size(); ++i)
        CHECK(*f.document().graph().node(ids[i])->position == before[i]);
    auto reopened = f.reopen();
    CHECK(*reopened->graph().node(ids[1])->position == before[1]);
}

TEST_CASE("The Delete key deletes a node with its relations, says how many, and undo restores them",
          "[ui][editing]") {
    WindowFixture f;
    const NodeId openai = nodeLabelled(f.document(), QStringLiteral("OpenAI"));
    const std::vector<EdgeId> edges = f.document().graph().incidentEdges(openai);
    REQUIRE(edges.size() >= 3);
    const NodeData node = *f.document().graph().node(openai);
    const size_t citations = f.document().provenance().citationsOf(openai.value).size();
    QTest::mouseClick(f.canvas(), Qt::LeftButton, {}, screenPointOf(f.canvas(), openai));
    QTest::keyClick(f.canvas(), Qt::Key_Delete);

    CHECK_FALSE(f.document().graph().contains(openai));
    for (EdgeId edge : edges)
        CHECK_FALSE(f.document().graph().contains(edge));
    CHECK(f.window->statusBar()->currentMessage().contains(
        QStringLiteral("%1 relation").arg(edges.size())));

    f.window->undoGroup()->undo();
    REQUIRE(f.document().graph().contains(openai));
    CHECK(*f.document().graph().node(openai) == node);
    CHECK(f.document().graph().incidentEdges(openai) == edges);
    auto reopened = f.reopen();
    CHECK(reopened->graph().incidentEdges(openai) == edges);
    CHECK(reopened->provenance().citationsOf(openai.value).size() == citations);
}

TEST_CASE("F2 renames the selected node in place", "[ui][editing]") {
    WindowFixture f;
    const NodeId google = nodeLabelled(f.document(), QStringLiteral("Google"));
    QTest::mouseClick(f.canvas(), Qt::LeftButton, {}, screenPointOf(f.canvas(), google));
    QTest::keyClick(f.canvas(), Qt::Key_F2);
    QLineEdit* editor = f.canvas()->renameEditor();
    REQUIRE(editor);
    editor->setText(QStringLiteral("グーグル"));
    QTest::keyClick(editor, Qt::Key_Return);
    // The bundled map shows Japanese labels, so the rename sets the Japanese one.
    CHECK(f.document().graph().node(google)->labels.ja == QStringLiteral("グーグル"));
    CHECK(f.document().graph().node(google)->labels.en == QStringLiteral("Google"));
    CHECK(f.window->edits()->undoStack()->undoText() == QStringLiteral("Rename node"));
}

TEST_CASE("Merging two nodes of the same actor is one undo step", "[ui][editing]") {
    WindowFixture f;
    const NodeId us = nodeLabelled(f.document(), QStringLiteral("United States"));
    NodeData alias;
    alias.type = QStringLiteral("country");
    alias.labels.ja = QStringLiteral("米国");
    alias.properties.insert(QStringLiteral("capital"), QStringLiteral("Washington, D.C."));
    REQUIRE(f.window->createNode(alias, QPointF(0, 0)).isEmpty());
    const NodeId usAlias = nodeLabelled(f.document(), QStringLiteral("米国"));
    const NodeId japan = nodeLabelled(f.document(), QStringLiteral("日本"));
    EdgeData partnership;
    partnership.relation = QStringLiteral("partners_with");
    partnership.source = usAlias;
    partnership.target = japan;
    REQUIRE(f.document().addEdge(partnership).ok());
    const size_t usEdges = f.document().graph().incidentEdges(us).size();
    const int steps = f.window->edits()->undoStack()->count();

    REQUIRE(
        f.window
            ->mergeNodes(us, {usAlias}, {{QStringLiteral("label.ja"), QStringLiteral("アメリカ")}})
            .isEmpty());
    CHECK(f.window->edits()->undoStack()->count() == steps + 1);
    CHECK_FALSE(f.document().graph().contains(usAlias));
    const NodeData merged = *f.document().graph().node(us);
    CHECK(merged.labels.ja == QStringLiteral("アメリカ"));
    CHECK(merged.properties.value(QStringLiteral("capital")) == QStringLiteral("Washington, D.C."));
    CHECK(f.document().graph().incidentEdges(us).size() == usEdges + 1);

    f.window->undoGroup()->undo();
    CHECK(f.document().graph().contains(usAlias));
    CHECK(f.document().graph().incidentEdges(us).size() == usEdges);
    f.window->undoGroup()->redo();
    auto reopened = f.reopen();
    CHECK_FALSE(reopened->graph().contains(usAlias));
    CHECK(reopened->graph().node(us)->properties.contains(QStringLiteral("capital")));
}

namespace {
// Presses at `start`, moves in five steps by `offset` and releases, as a hand drags.
void dragBy(GraphCanvas* canvas, QPoint start, QPoint offset) {
    QTest::mousePress(canvas, Qt::LeftButton, {}, start);
    for (int i = 1; i <= 5; ++i)
        QTest::mouseMove(canvas, start + offset * i / 5);
    QTest::mouseRelease(canvas, Qt::LeftButton, {}, start + offset);
}
} // namespace

TEST_CASE("Dragging from a node's name or from a far-out dot pans and never moves the node",
          "[ui][editing]") {
    WindowFixture f;
    QUndoStack* stack = f.window->edits()->undoStack();
    const int steps = stack->count();
    // A point on a shown name that is not on any node.
    std::optional<std::pair<NodeId, QPoint>> onName;
    for (const NodeVisual& node : f.canvas()->scene().nodes()) {
        const QPoint at = screenPointOf(f.canvas(), node.id);
        for (int dx = 8; dx < 60 && !onName; dx += 2)
            for (int side : {1, -1}) {
                const QPoint p = at + QPoint(side * dx, 0);
                const QPointF world = f.canvas()->screenToWorld(p);
                if (!f.canvas()->scene().nodeAt(world) &&
                    f.canvas()->scene().labelAt(world, f.canvas()->zoom(), LabelSizing{}) ==
                        node.id) {
                    onName = std::pair{node.id, p};
                    break;
                }
            }
        if (onName)
            break;
    }
    REQUIRE(onName);
    const auto [id, start] = *onName;
    const QPointF before = *f.document().graph().node(id)->position;
    const QPointF centre = f.canvas()->centre();
    dragBy(f.canvas(), start, QPoint(40, 30));
    CHECK(*f.document().graph().node(id)->position == before);
    CHECK(stack->count() == steps);
    CHECK(f.canvas()->selectedNodes() == std::vector<NodeId>{id}); // the press selected it
    CHECK(f.canvas()->centre() != centre);                         // and the drag panned

    // Far out, where nodes are dots of a pixel or two, a drag from a dot pans too.
    f.canvas()->setCamera(f.canvas()->centre(), 0.05);
    const QPoint dot = screenPointOf(f.canvas(), id);
    REQUIRE(f.canvas()->scene().nodeAt(f.canvas()->screenToWorld(dot)));
    const QPointF farCentre = f.canvas()->centre();
    dragBy(f.canvas(), dot, QPoint(40, 30));
    CHECK(*f.document().graph().node(id)->position == before);
    CHECK(stack->count() == steps);
    CHECK(f.canvas()->centre() != farCentre);
}

TEST_CASE("The inspector lists a node's relations, and clicking one selects that relation",
          "[ui][inspector]") {
    WindowFixture f;
    const NodeId openAi = nodeLabelled(f.document(), QStringLiteral("OpenAI"));
    f.canvas()->setLabelLanguage(Language::En);
    f.canvas()->select(openAi.value);
    QTableWidget* list = f.window->inspector()->relations();
    REQUIRE(list->isVisibleTo(f.window->inspector()));
    const std::vector<EdgeId> edges = f.document().graph().incidentEdges(openAi);
    REQUIRE(edges.size() >= 2);
    REQUIRE(list->rowCount() == int(edges.size()));
    // Each row: the relation's name, its direction from this node, the node at the other end.
    for (int row = 0; row < list->rowCount(); ++row) {
        const EdgeId id(list->item(row, 0)->data(Qt::UserRole).toLongLong());
        const EdgeData* edge = f.document().graph().edge(id);
        REQUIRE(edge);
        const bool outgoing = edge->source == openAi;
        const NodeId other = outgoing ? edge->target : edge->source;
        CHECK(list->item(row, 2)->text() ==
              f.document().graph().node(other)->labels.display(Language::En));
        CHECK(list->item(row, 0)->text().startsWith(
            f.document().schema().relationName(edge->relation, Language::En)));
        const RelationType* type = f.document().schema().relationType(edge->relation);
        if (type && type->directed)
            CHECK(list->item(row, 1)->text() ==
                  (outgoing ? QStringLiteral("→") : QStringLiteral("←")));
    }
    // Labels In Japanese: the list speaks Japanese too.
    f.window->inspector()->setLabelLanguage(Language::Ja);
    const EdgeId first(list->item(0, 0)->data(Qt::UserRole).toLongLong());
    CHECK(list->item(0, 0)->text().startsWith(f.document().schema().relationName(
        f.document().graph().edge(first)->relation, Language::Ja)));
    // Clicking a row selects that relation on the canvas and shows it in the inspector.
    const EdgeId second(list->item(1, 0)->data(Qt::UserRole).toLongLong());
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {},
                      list->visualItemRect(list->item(1, 0)).center());
    CHECK(f.canvas()->selectedElement() == second.value);
    CHECK(f.window->inspector()->shownElement() == second.value);
    CHECK_FALSE(list->isVisibleTo(f.window->inspector())); // a relation has no relations list
}

TEST_CASE("The inspector names types in the label language, not both at once", "[ui][inspector]") {
    WindowFixture f;
    const NodeId openAi = nodeLabelled(f.document(), QStringLiteral("OpenAI"));
    f.canvas()->setLabelLanguage(Language::En);
    f.canvas()->select(openAi.value);
    InspectorPanel* inspector = f.window->inspector();
    const NodeType* type = f.document().schema().nodeType(QStringLiteral("company"));
    REQUIRE(type);
    CHECK(inspector->typeCombo()->currentText() == type->nameEn);
    inspector->setLabelLanguage(Language::Ja);
    CHECK(inspector->typeCombo()->currentText() == type->nameJa);
}

TEST_CASE("Arrow keys move the selection to the neighbour in that direction", "[ui][keyboard]") {
    WindowFixture f;
    const NodeId openAi = nodeLabelled(f.document(), QStringLiteral("OpenAI"));
    const QPointF origin = *f.canvas()->drawnPosition(openAi);
    f.canvas()->select(openAi.value);
    f.canvas()->setFocus();
    int moved = 0;
    for (const auto& [key, direction] :
         std::vector<std::pair<Qt::Key, QPointF>>{{Qt::Key_Left, {-1, 0}},
                                                  {Qt::Key_Right, {1, 0}},
                                                  {Qt::Key_Up, {0, -1}},
                                                  {Qt::Key_Down, {0, 1}}}) {
        f.canvas()->select(openAi.value);
        const auto expected = f.canvas()->neighbourToward(openAi, direction);
        QTest::keyClick(f.canvas(), key);
        const auto selected = f.canvas()->selectedNodes();
        REQUIRE(selected.size() == 1);
        if (!expected) {
            CHECK(selected.front() == openAi); // nothing that way: the selection stays
            continue;
        }
        ++moved;
        CHECK(selected.front() == *expected);
        // A neighbour by a relation, lying that way.
        bool related = false;
        for (EdgeId id : f.document().graph().incidentEdges(openAi)) {
            const EdgeData* edge = f.document().graph().edge(id);
            related = related || edge->source == *expected || edge->target == *expected;
        }
        CHECK(related);
        const QPointF offset = *f.canvas()->drawnPosition(*expected) - origin;
        CHECK(QPointF::dotProduct(offset, direction) > 0);
    }
    CHECK(moved >= 2); // OpenAI has relations on several sides
    // With nothing selected the arrows pan.
    f.canvas()->select(0);
    const QPointF centre = f.canvas()->centre();
    QTest::keyClick(f.canvas(), Qt::Key_Right);
    CHECK(f.canvas()->centre().x() > centre.x());
}
