// Editing through the dialogs: merge, schema, citations.
#include "UiTestSupport.h"
#include "dialogs/MergeDialog.h"
#include "dialogs/SchemaDialog.h"
#include "panels/CitationDialog.h"
#include "panels/CitationsEditor.h"
#include "panels/InspectorPanel.h"

#include <QComboBox>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QTableWidget>
#include <QUndoGroup>
#include <catch2/catch.hpp>

using namespace kizuna;
using namespace kizuna::test;

TEST_CASE("The merge dialog shows conflicts and keeps the value the user picks",
          "[ui][editing][merge]") {
    WindowFixture f;
    const NodeId us = nodeLabelled(f.document(), QStringLiteral("United States"));
    NodeData alias;
    alias.type = QStringLiteral("country");
    alias.labels.en = QStringLiteral("USA");
    alias.labels.ja = QStringLiteral("米国");
    REQUIRE(f.window->createNode(alias, QPointF(10, 10)).isEmpty());
    const NodeId usAlias = nodeLabelled(f.document(), QStringLiteral("USA"));
    f.canvas()->setSelection({us.value, usAlias.value});

    QStringList conflictFields;
    whenModalOpens([&](QWidget* widget) {
        auto* dialog = qobject_cast<MergeDialog*>(widget);
        if (!dialog)
            return;
        dialog->survivorCombo()->setCurrentIndex(dialog->survivorCombo()->findData(us.value));
        QTableWidget* table = dialog->conflictTable();
        for (int row = 0; row < table->rowCount(); ++row) {
            conflictFields << table->item(row, 0)->text();
            if (table->item(row, 0)->text() == QLatin1String("label.en")) // keep "USA"
                qobject_cast<QComboBox*>(table->cellWidget(row, 1))
                    ->setCurrentText(QStringLiteral("USA"));
        }
        dialog->accept();
    });
    f.window->mergeSelectedNodes();
    CHECK(conflictFields.contains(QStringLiteral("label.en")));
    CHECK(conflictFields.contains(QStringLiteral("label.ja")));
    CHECK_FALSE(f.document().graph().contains(usAlias));
    CHECK(f.document().graph().node(us)->labels.en == QStringLiteral("USA"));
    CHECK(f.document().graph().node(us)->labels.ja == QStringLiteral("アメリカ"));
    auto reopened = f.reopen();
    CHECK(reopened->graph().node(us)->labels.en == QStringLiteral("USA"));
}

TEST_CASE("Schema edits show on the canvas at once and a type in use is moved, not orphaned",
          "[ui][editing][schema]") {
    WindowFixture f;
    SchemaDialog dialog(*f.window->model(), *f.window->edits());
    QTableWidget* nodes = dialog.nodeTable();
    int policyRow = -1;
    for (int row = 0; row < nodes->rowCount(); ++row)
        if (nodes->item(row, 0)->text() == QLatin1String("policy"))
            policyRow = row;
    REQUIRE(policyRow >= 0);

    SECTION("a new colour is drawn at once") {
        nodes->item(policyRow, 3)->setText(QStringLiteral("#112233"));
        CHECK(f.document().schema().nodeType(QStringLiteral("policy"))->color ==
              QStringLiteral("#112233"));
        const NodeId plan = nodeLabelled(f.document(), QStringLiteral("AIアクションプラン"));
        const QImage image = f.canvas()->grab().toImage();
        CHECK(image.pixelColor(screenPointOf(f.canvas(), plan)) ==
              QColor(QStringLiteral("#112233")));
    }
    SECTION("a colour that is not #RRGGBB is refused with a message") {
        nodes->item(policyRow, 3)->setText(QStringLiteral("orange"));
        QCoreApplication::processEvents();
        CHECK(dialog.error().contains(QStringLiteral("#RRGGBB")));
        CHECK(f.document().schema().nodeType(QStringLiteral("policy"))->color ==
              QStringLiteral("#F28E2B"));
    }
    SECTION("deleting a type in use moves its nodes to the chosen type, and undo brings it back") {
        std::vector<NodeId> topics;
        f.document().graph().forEachNode([&](const NodeData& node) {
            if (node.type == QLatin1String("topic"))
                topics.push_back(node.id);
        });
        REQUIRE_FALSE(topics.empty());
        CHECK(dialog.deleteNodeType(QStringLiteral("topic"), QStringLiteral("policy")).isEmpty());
        CHECK_FALSE(f.document().schema().nodeType(QStringLiteral("topic")));
        for (NodeId id : topics)
            CHECK(f.document().graph().node(id)->type == QStringLiteral("policy"));
        f.window->undoGroup()->undo();
        REQUIRE(f.document().schema().nodeType(QStringLiteral("topic")));
        for (NodeId id : topics)
            CHECK(f.document().graph().node(id)->type == QStringLiteral("topic"));
    }
    SECTION("a new relation type can be added and used") {
        CHECK(dialog.addRelationType(QStringLiteral("advises")).isEmpty());
        CHECK(f.canvas()
                  ->allowedRelations(nodeLabelled(f.document(), QStringLiteral("OpenAI")),
                                     nodeLabelled(f.document(), QStringLiteral("Google")))
                  .contains(QStringLiteral("advises")));
    }
}

TEST_CASE("A new source can be cited from the inspector and the citation removed again",
          "[ui][editing][sources]") {
    WindowFixture f;
    const NodeId google = nodeLabelled(f.document(), QStringLiteral("Google"));
    f.canvas()->select(google.value);
    const size_t before = f.document().provenance().citationsOf(google.value).size();
    CitationsEditor* citations = f.window->inspector()->citations();
    whenModalOpens([&](QWidget* widget) {
        auto* dialog = qobject_cast<CitationDialog*>(widget);
        if (!dialog)
            return;
        dialog->titleEdit()->setText(QStringLiteral("Federal vendor list"));
        dialog->excerptEdit()->setPlainText(QStringLiteral("Google is an approved vendor."));
        dialog->accept();
    });
    citations->citeNew();
    const auto after = f.document().provenance().citationsOf(google.value);
    REQUIRE(after.size() == before + 1);
    CHECK(f.document().provenance().source(after.back().source)->title ==
          QStringLiteral("Federal vendor list"));
    CHECK(citations->plainText().contains(QStringLiteral("Google is an approved vendor.")));

    citations->list()->setCurrentRow(int(after.size()) - 1);
    citations->removeSelected();
    CHECK(f.document().provenance().citationsOf(google.value).size() == before);
    f.window->undoGroup()->undo();
    CHECK(f.document().provenance().citationsOf(google.value).size() == before + 1);
    auto reopened = f.reopen();
    CHECK(reopened->provenance().citationsOf(google.value).size() == before + 1);
}
