#include "data/DataPanel.h"

#include "canvas/GraphCanvas.h"
#include "canvas/GraphModelAdapter.h"
#include "commands/EditController.h"
#include "data/ElementTableDelegate.h"
#include "data/ElementTableFilter.h"
#include "data/ElementTableModel.h"
#include "data/SetFieldDialog.h"
#include "document/FieldEdit.h"
#include "document/GraphDocument.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelection>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>
#include <algorithm>

namespace kizuna {
namespace {

// A cell as TSV allows it: no tabs or line breaks inside.
QString tsvCell(QString text) {
    text.replace(QLatin1Char('\t'), QLatin1Char(' '));
    text.replace(QLatin1String("\r\n"), QLatin1String(" "));
    text.replace(QLatin1Char('\n'), QLatin1Char(' '));
    return text;
}

} // namespace

DataPanel::DataPanel(GraphCanvas& canvas, QWidget* parent)
    : QWidget(parent), m_canvas(canvas), m_tabs(new QTabWidget(this)) {
    m_nodes = makeTable(false);
    m_relations = makeTable(true);
    m_tabs->addTab(m_nodes.view->parentWidget(), tr("Nodes"));
    m_tabs->addTab(m_relations.view->parentWidget(), tr("Relations"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_tabs);
    connect(&m_canvas, &GraphCanvas::selectionSetChanged, this, &DataPanel::selectFromCanvas);
}

DataPanel::Table DataPanel::makeTable(bool relations) {
    auto* page = new QWidget(this);
    Table table;
    table.rows = new ElementTableModel(
        relations ? ElementTableModel::Kind::Relations : ElementTableModel::Kind::Nodes, this);
    table.filter = new ElementTableFilter(*table.rows, this);
    table.view = new QTableView(page);
    table.view->setModel(table.filter);
    table.view->setItemDelegate(new ElementTableDelegate(*table.rows, table.view));
    table.view->setSortingEnabled(true);
    table.view->sortByColumn(-1, Qt::AscendingOrder); // the map's order until a header is clicked
    table.view->setSelectionBehavior(QAbstractItemView::SelectRows);
    table.view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    table.view->setEditTriggers(QAbstractItemView::DoubleClicked |
                                QAbstractItemView::EditKeyPressed |
                                QAbstractItemView::AnyKeyPressed);
    table.view->setWordWrap(false);
    table.view->verticalHeader()->hide();
    table.view->verticalHeader()->setDefaultSectionSize(table.view->fontMetrics().height() + 8);
    table.view->horizontalHeader()->setStretchLastSection(false);
    table.view->horizontalHeader()->setDefaultSectionSize(140);
    table.view->setAccessibleName(relations ? tr("Relations table") : tr("Nodes table"));
    table.text = new QLineEdit(page);
    table.text->setPlaceholderText(tr("Filter rows…"));
    table.text->setClearButtonEnabled(true);
    table.text->setMinimumWidth(table.text->fontMetrics().horizontalAdvance(QLatin1Char('M')) * 12);
    table.text->setAccessibleName(relations ? tr("Filter relations") : tr("Filter nodes"));
    table.type = new QComboBox(page);
    table.type->setAccessibleName(relations ? tr("Relation filter") : tr("Type filter"));
    table.type->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    table.property = new QComboBox(page);
    table.property->setAccessibleName(tr("Property filter"));
    table.property->setToolTip(
        tr("Show only rows that have this property; the filter text then searches its value"));
    table.property->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    table.count = new QLabel(page);
    auto* setButton = new QPushButton(tr("Set for Selected…"), page);
    setButton->setToolTip(tr("Set a type, dates or a property on every selected row at once"));
    auto* copyButton = new QPushButton(tr("Copy"), page);
    copyButton->setToolTip(tr("Copy the selected rows as tab-separated text (Ctrl+C)"));

    auto* controls = new QHBoxLayout;
    controls->addWidget(table.text, 1);
    controls->addWidget(table.type);
    controls->addWidget(table.property);
    controls->addWidget(table.count);
    controls->addWidget(setButton);
    controls->addWidget(copyButton);
    auto* layout = new QVBoxLayout(page);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(controls);
    layout->addWidget(table.view, 1);

    auto* copy = new QAction(tr("Copy Rows"), table.view);
    copy->setShortcut(QKeySequence::Copy);
    copy->setShortcutContext(Qt::WidgetShortcut);
    connect(copy, &QAction::triggered, this, &DataPanel::copySelectedRows);
    auto* setAction = new QAction(tr("Set for Selected Rows…"), table.view);
    connect(setAction, &QAction::triggered, this, &DataPanel::editSelectedRows);
    table.view->addAction(copy);
    table.view->addAction(setAction);
    table.view->setContextMenuPolicy(Qt::ActionsContextMenu);
    connect(copyButton, &QPushButton::clicked, this, &DataPanel::copySelectedRows);
    connect(setButton, &QPushButton::clicked, this, &DataPanel::editSelectedRows);

    // Typing filters a moment after the last key: every row's text is read on a big map.
    auto* typing = new QTimer(page);
    typing->setSingleShot(true);
    typing->setInterval(200);
    ElementTableFilter* filter = table.filter;
    QLineEdit* text = table.text;
    connect(text, &QLineEdit::textChanged, typing, qOverload<>(&QTimer::start));
    connect(typing, &QTimer::timeout, this, [filter, text] { filter->setText(text->text()); });
    QComboBox* type = table.type;
    QComboBox* property = table.property;
    connect(type, &QComboBox::activated, this,
            [filter, type] { filter->setType(type->currentData().toString()); });
    connect(property, &QComboBox::activated, this,
            [filter, property] { filter->setProperty(property->currentData().toString()); });
    const bool isRelations = relations;
    auto recount = [this, isRelations] { updateCount(isRelations ? m_relations : m_nodes); };
    connect(filter, &QAbstractItemModel::rowsInserted, this, recount);
    connect(filter, &QAbstractItemModel::rowsRemoved, this, recount);
    connect(filter, &QAbstractItemModel::modelReset, this, recount);
    connect(filter, &QAbstractItemModel::layoutChanged, this, recount);
    // A reread table loses its selection: that must not clear the canvas's.
    connect(table.rows, &QAbstractItemModel::modelAboutToBeReset, this,
            [this] { m_syncing = true; });
    connect(table.rows, &QAbstractItemModel::modelReset, this, [this, isRelations] {
        m_syncing = false;
        Table& table = isRelations ? m_relations : m_nodes;
        table.view->setColumnWidth(
            0, table.view->fontMetrics().horizontalAdvance(QLatin1Char('0')) * 8);
        refillChoices(table);
        selectFromCanvas();
    });
    connect(table.rows, &ElementTableModel::editFailed, this, &DataPanel::message);
    connect(table.view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            [this, isRelations] { selectOnCanvas(isRelations ? m_relations : m_nodes); });
    return table;
}

void DataPanel::setModel(GraphModelAdapter* model, EditController* edits) {
    m_model = model;
    m_edits = edits;
    m_filled = false;
    if (!model || isVisible()) {
        fill();
        return;
    }
    // Let go of the old map now; the new one fills when the panel is shown.
    m_nodes.rows->setModel(nullptr, nullptr);
    m_relations.rows->setModel(nullptr, nullptr);
}

void DataPanel::showEvent(QShowEvent* event) {
    QWidget::showEvent(event);
    if (!m_filled && m_model)
        fill();
}

void DataPanel::fill() {
    m_filled = m_model != nullptr;
    setLabelLanguage(m_canvas.labelLanguage());
    m_nodes.rows->setModel(m_model, m_edits);
    m_relations.rows->setModel(m_model, m_edits);
    selectFromCanvas();
}

void DataPanel::setLabelLanguage(Language language) {
    if (language == m_language)
        return;
    m_language = language;
    m_nodes.rows->setLabelLanguage(language);
    m_relations.rows->setLabelLanguage(language);
    refillChoices(m_nodes);
    refillChoices(m_relations);
}

void DataPanel::showRelations(bool relations) {
    m_tabs->setCurrentIndex(relations ? 1 : 0);
}

const DataPanel::Table& DataPanel::front() const {
    return m_tabs->currentIndex() == 1 ? m_relations : m_nodes;
}

// The type and property lists of a table, keeping what was chosen where it still exists.
void DataPanel::refillChoices(Table& table) {
    const bool relations = &table == &m_relations;
    const QString type = table.type->currentData().toString();
    const QString property = table.property->currentData().toString();
    table.type->clear();
    table.type->addItem(relations ? tr("All relations") : tr("All types"), QString());
    table.property->clear();
    table.property->addItem(tr("Any property"), QString());
    if (const GraphDocument* document = table.rows->document()) {
        if (relations) {
            for (auto it = document->graph().relationCounts().begin();
                 it != document->graph().relationCounts().end(); ++it)
                if (it.value() > 0)
                    table.type->addItem(document->schema().relationName(it.key(), m_language),
                                        it.key());
        } else {
            for (auto it = document->graph().nodeTypeCounts().begin();
                 it != document->graph().nodeTypeCounts().end(); ++it)
                if (it.value() > 0)
                    table.type->addItem(document->schema().nodeTypeName(it.key(), m_language),
                                        it.key());
        }
        table.type->model()->sort(0);
        for (const QString& key : table.rows->propertyKeys())
            table.property->addItem(key, key);
    }
    const int typeIndex = table.type->findData(type);
    table.type->setCurrentIndex(std::max(0, typeIndex));
    table.filter->setType(typeIndex > 0 ? type : QString());
    const int propertyIndex = table.property->findData(property);
    table.property->setCurrentIndex(std::max(0, propertyIndex));
    table.filter->setProperty(propertyIndex > 0 ? property : QString());
    updateCount(table);
}

void DataPanel::updateCount(const Table& table) {
    const int shown = table.filter->rowCount();
    const int all = table.rows->rowCount();
    table.count->setText(shown == all ? tr("%n rows", "", all)
                                      : tr("%1 of %n rows", "", all).arg(shown));
}

std::vector<qint64> DataPanel::selectedIds(const Table& table) const {
    std::vector<qint64> ids;
    for (const QModelIndex& index : table.view->selectionModel()->selectedRows())
        ids.push_back(table.rows->elementAt(table.filter->mapToSource(index).row()));
    return ids;
}

// The canvas's selection into both tables (nodes into one, relations into the other).
void DataPanel::selectFromCanvas() {
    if (m_syncing || !m_filled)
        return;
    m_syncing = true;
    for (Table* table : {&m_nodes, &m_relations}) {
        QItemSelection rows;
        for (qint64 id : m_canvas.selection()) {
            const int row = table->rows->rowOf(id);
            if (row < 0)
                continue;
            const QModelIndex shown = table->filter->mapFromSource(table->rows->index(row, 0));
            if (shown.isValid())
                rows.select(shown, shown);
        }
        table->view->selectionModel()->select(rows, QItemSelectionModel::ClearAndSelect |
                                                        QItemSelectionModel::Rows);
        if (!rows.isEmpty())
            table->view->scrollTo(rows.first().topLeft());
    }
    m_syncing = false;
}

void DataPanel::selectOnCanvas(const Table& table) {
    if (m_syncing || &table != &front())
        return;
    m_syncing = true;
    QSet<qint64> ids;
    for (qint64 id : selectedIds(table))
        ids.insert(id);
    m_canvas.setSelection(ids);
    m_syncing = false;
}

QString DataPanel::selectedRowsAsTsv() const {
    const Table& table = front();
    QModelIndexList rows = table.view->selectionModel()->selectedRows();
    std::sort(rows.begin(), rows.end(),
              [](const QModelIndex& a, const QModelIndex& b) { return a.row() < b.row(); });
    if (rows.isEmpty())
        return {};
    QStringList lines;
    QStringList header;
    const int columns = table.filter->columnCount();
    for (int column = 0; column < columns; ++column)
        if (!table.view->isColumnHidden(column))
            header << tsvCell(table.filter->headerData(column, Qt::Horizontal).toString());
    lines << header.join(QLatin1Char('\t'));
    for (const QModelIndex& row : rows) {
        QStringList cells;
        for (int column = 0; column < columns; ++column)
            if (!table.view->isColumnHidden(column))
                cells << tsvCell(table.filter->index(row.row(), column).data().toString());
        lines << cells.join(QLatin1Char('\t'));
    }
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

void DataPanel::copySelectedRows() {
    const QString text = selectedRowsAsTsv();
    if (text.isEmpty()) {
        Q_EMIT message(tr("Select rows to copy first."));
        return;
    }
    QApplication::clipboard()->setText(text);
    Q_EMIT message(tr("Copied %n rows.", "", int(text.count(QLatin1Char('\n')) - 1)));
}

QString DataPanel::setOnSelectedRows(const QString& field, const QString& value) {
    if (!m_edits)
        return tr("No map is open.");
    const std::vector<qint64> ids = selectedIds(front());
    if (ids.empty())
        return tr("Select the rows to change first.");
    auto change = setFieldOnAllChange(m_edits->document(), ids, field, value);
    return change ? m_edits->perform(change.value()) : change.error();
}

void DataPanel::editSelectedRows() {
    const Table& table = front();
    const std::vector<qint64> ids = selectedIds(table);
    if (!m_edits || ids.empty()) {
        Q_EMIT message(tr("Select the rows to change first."));
        return;
    }
    SetFieldDialog dialog(m_edits->document().schema(), &table == &m_relations,
                          table.rows->propertyKeys(), int(ids.size()), m_language, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (const QString error = setOnSelectedRows(dialog.field(), dialog.value()); !error.isEmpty())
        Q_EMIT message(error);
}

} // namespace kizuna
