// The Data view (View > Data Table) driven as a user drives it, offscreen: the tables list the
// map, follow and drive the canvas selection, edit through the undo stack, and copy TSV.
#include "UiTestSupport.h"
#include "data/DataPanel.h"
#include "data/ElementTableFilter.h"
#include "data/ElementTableModel.h"
#include "data/SetFieldDialog.h"
#include "main/MapFollower.h"

#include <QClipboard>
#include <QComboBox>
#include <QDockWidget>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QTableView>
#include <QUndoStack>
#include <catch2/catch.hpp>

using namespace kizuna;
using namespace kizuna::test;

namespace {

struct DataFixture : WindowFixture {
    DataPanel* data = window->data();
    DataFixture() {
        data->parentWidget()->show(); // View > Data Table
        REQUIRE(data->isVisible());
    }
    const DataPanel::Table& nodes() const { return data->nodes(); }
    // The shown row of an element in a table, or -1.
    int shownRow(const DataPanel::Table& table, qint64 id) const {
        const int row = table.rows->rowOf(id);
        return row < 0 ? -1 : table.filter->mapFromSource(table.rows->index(row, 0)).row();
    }
    QModelIndex cell(const DataPanel::Table& table, qint64 id, const QString& field) const {
        return table.filter->index(shownRow(table, id), table.rows->columnOf(field));
    }
    void selectRows(const DataPanel::Table& table, const std::vector<qint64>& ids) const {
        table.view->setFocus();
        table.view->clearSelection();
        for (qint64 id : ids)
            table.view->selectionModel()->select(table.filter->index(shownRow(table, id), 0),
                                                 QItemSelectionModel::Select |
                                                     QItemSelectionModel::Rows);
    }
    std::vector<qint64> companies() const {
        std::vector<qint64> ids;
        for (NodeId id : document().graph().nodeIds())
            if (document().graph().node(id)->type == QLatin1String("company"))
                ids.push_back(id.value);
        return ids;
    }
};

} // namespace

TEST_CASE("The Data view lists every node and relation with its type, dates and degree",
          "[ui][data]") {
    DataFixture f;
    const GraphDocument& document = f.document();
    CHECK(f.nodes().rows->rowCount() == int(document.graph().nodeCount()));
    CHECK(f.data->relations().rows->rowCount() == int(document.graph().edgeCount()));
    CHECK(f.nodes().count->text().contains(QString::number(document.graph().nodeCount())));
    const NodeId usa = nodeLabelled(document, QStringLiteral("United States"));
    CHECK(f.cell(f.nodes(), usa.value, QStringLiteral("label.en")).data().toString() ==
          QStringLiteral("United States"));
    const int degreeColumn = 7;
    REQUIRE(f.nodes().rows->headerData(degreeColumn, Qt::Horizontal, Qt::DisplayRole) ==
            QStringLiteral("Degree"));
    CHECK(f.nodes().filter->index(f.shownRow(f.nodes(), usa.value), degreeColumn).data().toInt() ==
          int(document.graph().incidentEdges(usa).size()));
    // Sorting by degree is numeric: the most connected node first when descending.
    f.nodes().view->sortByColumn(degreeColumn, Qt::DescendingOrder);
    int previous = std::numeric_limits<int>::max();
    for (int row = 0; row < f.nodes().filter->rowCount(); ++row) {
        const int degree = f.nodes().filter->index(row, degreeColumn).data().toInt();
        CHECK(degree <= previous);
        previous = degree;
    }
    // Sorting again keeps the selection on the same node, and the canvas's too.
    const NodeId openai = nodeLabelled(document, QStringLiteral("OpenAI"));
    f.canvas()->select(openai.value);
    f.nodes().view->sortByColumn(1, Qt::AscendingOrder); // English
    QModelIndexList selected = f.nodes().view->selectionModel()->selectedRows();
    REQUIRE(selected.size() == 1);
    CHECK(f.nodes().rows->elementAt(f.nodes().filter->mapToSource(selected[0]).row()) ==
          openai.value);
    CHECK(f.canvas()->selectedElement() == openai.value);
    auto english = [&](int row) { return f.nodes().filter->index(row, 1).data().toString(); };
    for (int row = 1; row < f.nodes().filter->rowCount(); ++row)
        CHECK(QString::compare(english(row - 1), english(row), Qt::CaseInsensitive) <= 0);
    // A node added keeps the order.
    NodeData node;
    node.type = QStringLiteral("company");
    node.labels.en = QStringLiteral("Aardvark AI");
    node.position = QPointF(0, 0);
    REQUIRE(f.window->createNode(node, QPointF(0, 0)).isEmpty());
    int aardvark = -1;
    for (int row = 0; row < f.nodes().filter->rowCount() && aardvark < 0; ++row)
        if (english(row) == QStringLiteral("Aardvark AI"))
            aardvark = row;
    REQUIRE(aardvark >= 0);
    for (int row = 1; row < f.nodes().filter->rowCount(); ++row)
        if (!english(row - 1).isEmpty())
            CHECK(QString::compare(english(row - 1), english(row), Qt::CaseInsensitive) <= 0);
}

TEST_CASE("The Data view's selection and the canvas's follow each other", "[ui][data]") {
    DataFixture f;
    const NodeId openai = nodeLabelled(f.document(), QStringLiteral("OpenAI"));
    f.canvas()->select(openai.value);
    QModelIndexList selected = f.nodes().view->selectionModel()->selectedRows();
    REQUIRE(selected.size() == 1);
    CHECK(selected.first().row() == f.shownRow(f.nodes(), openai.value));

    // Rows chosen in the table become the canvas selection.
    const std::vector<qint64> companies = f.companies();
    f.selectRows(f.nodes(), companies);
    CHECK(f.canvas()->selection() == QSet<qint64>(companies.begin(), companies.end()));

    // A relation selected on the canvas is selected in the relations table.
    const qint64 edge = f.document().graph().edgeIds().front().value;
    f.canvas()->select(edge);
    f.data->showRelations(true);
    selected = f.data->relations().view->selectionModel()->selectedRows();
    REQUIRE(selected.size() == 1);
    CHECK(f.data->relations().rows->elementAt(
              f.data->relations().filter->mapToSource(selected.first()).row()) == edge);
    CHECK(f.nodes().view->selectionModel()->selectedRows().isEmpty());
}

TEST_CASE("A cell edited in the Data view is an edit of the map, and undo takes it back",
          "[ui][data]") {
    DataFixture f;
    const NodeId google = nodeLabelled(f.document(), QStringLiteral("Google"));
    const QModelIndex japanese = f.cell(f.nodes(), google.value, QStringLiteral("label.ja"));
    REQUIRE(japanese.flags() & Qt::ItemIsEditable);
    REQUIRE(f.nodes().filter->setData(japanese, QStringLiteral("グーグル")));
    CHECK(f.document().graph().node(google)->labels.ja == QStringLiteral("グーグル"));
    CHECK(f.cell(f.nodes(), google.value, QStringLiteral("label.ja")).data().toString() ==
          QStringLiteral("グーグル"));

    // The type is chosen from the schema in the cell's own editor.
    const QModelIndex type = f.cell(f.nodes(), google.value, QStringLiteral("type"));
    f.nodes().view->edit(type);
    auto* combo = f.nodes().view->findChild<QComboBox*>();
    REQUIRE(combo);
    const int lab = combo->findData(QStringLiteral("lab"));
    REQUIRE(lab >= 0);
    combo->setCurrentIndex(lab);
    Q_EMIT combo->activated(lab); // the user picks "Lab" from the list
    CHECK(f.document().graph().node(google)->type == QStringLiteral("lab"));

    // A date that is not one: refused with the reason, nothing written.
    const QModelIndex from = f.cell(f.nodes(), google.value, QStringLiteral("valid_from"));
    CHECK_FALSE(f.nodes().filter->setData(from, QStringLiteral("someday")));
    CHECK_FALSE(f.nodes().rows->lastError().isEmpty());
    CHECK(f.document().graph().node(google)->validFrom.isEmpty());
    // Id and degree are not editable.
    CHECK_FALSE(f.nodes().filter->index(0, 0).flags() & Qt::ItemIsEditable);

    QUndoStack* undo = f.window->edits()->undoStack();
    undo->undo();
    CHECK(f.document().graph().node(google)->type == QStringLiteral("company"));
    undo->undo();
    CHECK(f.document().graph().node(google)->labels.ja != QStringLiteral("グーグル"));
    auto reopened = f.reopen();
    CHECK(reopened->graph().node(google)->labels.ja != QStringLiteral("グーグル"));
}

TEST_CASE("Set for Selected changes every selected row in one undo step", "[ui][data]") {
    DataFixture f;
    const std::vector<qint64> companies = f.companies();
    REQUIRE(companies.size() >= 3);
    f.selectRows(f.nodes(), companies);
    QUndoStack* undo = f.window->edits()->undoStack();
    const int steps = undo->count();

    whenModalOpens([](QWidget* widget) {
        auto* dialog = qobject_cast<SetFieldDialog*>(widget);
        REQUIRE(dialog);
        dialog->fieldChoice()->setCurrentIndex(
            dialog->fieldChoice()->findData(QStringLiteral("prop.")));
        dialog->propertyKey()->setCurrentText(QStringLiteral("sector"));
        dialog->valueEdit()->setText(QStringLiteral("frontier AI"));
        dialog->accept();
    });
    f.data->editSelectedRows();
    for (qint64 id : companies)
        CHECK(f.document().graph().node(NodeId(id))->properties.value(QStringLiteral("sector")) ==
              QStringLiteral("frontier AI"));
    CHECK(undo->count() == steps + 1);
    // The new property has its own column, and filtering by it shows exactly these rows.
    REQUIRE(f.nodes().rows->columnOf(QStringLiteral("prop.sector")) >= 0);
    f.nodes().property->setCurrentIndex(f.nodes().property->findData(QStringLiteral("sector")));
    f.nodes().filter->setProperty(QStringLiteral("sector"));
    CHECK(f.nodes().filter->rowCount() == int(companies.size()));

    CHECK(f.data->setOnSelectedRows(QStringLiteral("valid_from"), QStringLiteral("2023-05"))
              .isEmpty());
    for (qint64 id : companies)
        CHECK(f.document().graph().node(NodeId(id))->validFrom == QStringLiteral("2023-05"));
    // A value that does not fit one of them: nothing changes.
    CHECK_FALSE(
        f.data->setOnSelectedRows(QStringLiteral("valid_to"), QStringLiteral("2020")).isEmpty());
    CHECK(f.document().graph().node(NodeId(companies[0]))->validTo.isEmpty());

    undo->undo();
    undo->undo();
    for (qint64 id : companies) {
        const NodeData* node = f.document().graph().node(NodeId(id));
        CHECK_FALSE(node->properties.contains(QStringLiteral("sector")));
        CHECK(node->validFrom.isEmpty());
    }
}

TEST_CASE("The Data view filters by text, type and property", "[ui][data]") {
    DataFixture f;
    const GraphDocument& document = f.document();
    const auto& table = f.nodes();
    table.filter->setType(QStringLiteral("country"));
    CHECK(table.filter->rowCount() ==
          int(document.graph().nodeTypeCounts().value(QStringLiteral("country"))));
    CHECK(table.count->text() != QString::number(document.graph().nodeCount()));
    table.filter->setType({});
    table.filter->setText(QStringLiteral("openai"));
    REQUIRE(table.filter->rowCount() >= 1);
    for (int row = 0; row < table.filter->rowCount(); ++row) {
        bool found = false;
        for (int column = 0; column < table.filter->columnCount(); ++column)
            found = found || table.filter->index(row, column)
                                 .data()
                                 .toString()
                                 .contains(QStringLiteral("OpenAI"), Qt::CaseInsensitive);
        CHECK(found);
    }
    // Typed into the filter box, the text applies a moment later.
    table.filter->setText({});
    table.text->setText(QStringLiteral("Anthropic"));
    QTRY_COMPARE(table.filter->rowCount(), 1);
}

TEST_CASE("Copy puts the selected rows on the clipboard as TSV with a header", "[ui][data]") {
    DataFixture f;
    const NodeId usa = nodeLabelled(f.document(), QStringLiteral("United States"));
    const NodeId china = nodeLabelled(f.document(), QStringLiteral("China"));
    f.selectRows(f.nodes(), {usa.value, china.value});
    QTest::keySequence(f.nodes().view, QKeySequence::Copy);
    const QStringList lines =
        QApplication::clipboard()->text().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    REQUIRE(lines.size() == 3);
    const QStringList header = lines[0].split(QLatin1Char('\t'));
    CHECK(header.mid(0, 3) ==
          QStringList{QStringLiteral("Id"), QStringLiteral("English"), QStringLiteral("Japanese")});
    CHECK(lines[1].split(QLatin1Char('\t')).size() == header.size());
    CHECK(lines[1].startsWith(QString::number(usa.value) + QLatin1String("\tUnited States\t")));
    CHECK(lines[2].startsWith(QString::number(china.value) + QLatin1String("\tChina\t")));
}

TEST_CASE("The Data view follows changes made elsewhere and fills only once shown", "[ui][data]") {
    WindowFixture f;
    DataPanel* data = f.window->data();
    CHECK_FALSE(data->isVisible());
    CHECK(data->nodes().rows->rowCount() == 0); // hidden: nothing read yet
    data->parentWidget()->show();
    const int before = data->nodes().rows->rowCount();
    CHECK(before == int(f.document().graph().nodeCount()));
    NodeData node;
    node.type = QStringLiteral("company");
    node.labels.en = QStringLiteral("Mistral AI");
    node.position = QPointF(0, 0);
    REQUIRE(f.window->createNode(node, QPointF(0, 0)).isEmpty());
    CHECK(data->nodes().rows->rowCount() == before + 1);
    f.window->edits()->undoStack()->undo();
    CHECK(data->nodes().rows->rowCount() == before);
}

TEST_CASE("A numeric property sorts as numbers, rows without it last", "[ui][data]") {
    DataFixture f;
    const std::vector<qint64> companies = f.companies();
    REQUIRE(companies.size() >= 3);
    const QString values[] = {QStringLiteral("100"), QStringLiteral("9"), QStringLiteral("10")};
    for (size_t i = 0; i < 3; ++i) {
        f.selectRows(f.nodes(), {companies[i]});
        REQUIRE(f.data->setOnSelectedRows(QStringLiteral("prop.staff"), values[i]).isEmpty());
    }
    const int column = f.nodes().rows->columnOf(QStringLiteral("prop.staff"));
    REQUIRE(column >= 0);
    f.nodes().view->sortByColumn(column, Qt::AscendingOrder);
    auto staff = [&](int row) { return f.nodes().filter->index(row, column).data().toString(); };
    CHECK(staff(0) == QStringLiteral("9"));
    CHECK(staff(1) == QStringLiteral("10"));
    CHECK(staff(2) == QStringLiteral("100"));
    CHECK(staff(3).isEmpty());
    f.nodes().view->sortByColumn(column, Qt::DescendingOrder);
    CHECK(staff(0) == QStringLiteral("100"));
    CHECK(staff(2) == QStringLiteral("9"));
    CHECK(staff(3).isEmpty()); // blanks stay last
}

TEST_CASE("The Data Table shows what kizuna-cli changed in the same map once the window catches up",
          "[ui][data][concurrency]") {
    DataFixture f;
    const NodeId openai = nodeLabelled(f.document(), QStringLiteral("OpenAI"));
    const int rows = f.nodes().rows->rowCount();
    const auto renamed = runCli({QStringLiteral("set"), f.mapPath, QString::number(openai.value),
                                 QStringLiteral("label.en"), QStringLiteral("OpenAI Inc")});
    REQUIRE(renamed.exitCode == 0);
    const auto added =
        runCli({QStringLiteral("add-node"), f.mapPath, QStringLiteral("--type"),
                QStringLiteral("company"), QStringLiteral("--label"), QStringLiteral("Scripted")});
    REQUIRE(added.exitCode == 0);
    f.window->follower()->check();
    CHECK(f.nodes().rows->rowCount() == rows + 1);
    CHECK(f.cell(f.nodes(), openai.value, QStringLiteral("label.en")).data().toString() ==
          QStringLiteral("OpenAI Inc"));
    // A cell edited now is checked against the file as it is: both changes stay.
    REQUIRE(f.nodes().filter->setData(f.cell(f.nodes(), openai.value, QStringLiteral("label.ja")),
                                      QStringLiteral("オープンAI")));
    auto reopened = f.reopen();
    CHECK(reopened->graph().node(openai)->labels.en == QStringLiteral("OpenAI Inc"));
    CHECK(reopened->graph().node(openai)->labels.ja == QStringLiteral("オープンAI"));
}
