#include "dialogs/SchemaDialog.h"

#include "canvas/GraphModelAdapter.h"
#include "commands/EditController.h"
#include "document/Edits.h"
#include "document/GraphDocument.h"

#include <QColorDialog>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QPushButton>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

namespace kizuna {
namespace {

enum NodeColumn { NKey, NEnglish, NJapanese, NColour, NShape, NodeColumns };
enum RelationColumn {
    RKey,
    REnglish,
    RJapanese,
    RColour,
    RLine,
    RDirected,
    RFrom,
    RTo,
    RelationColumns
};

QTableWidgetItem* readOnly(const QString& text) {
    auto* item = new QTableWidgetItem(text);
    item->setFlags(item->flags() & ~Qt::ItemIsEditable);
    return item;
}

QTableWidgetItem* colourItem(const QString& colour) {
    auto* item = new QTableWidgetItem(colour);
    item->setData(Qt::DecorationRole, QColor(colour));
    return item;
}

QStringList splitKeys(const QString& text) {
    QStringList keys;
    for (const QString& part : text.split(QLatin1Char(','), Qt::SkipEmptyParts))
        keys << part.trimmed();
    return keys;
}

QWidget* buttonRow(QWidget* parent, std::initializer_list<QPushButton*> buttons) {
    auto* row = new QWidget(parent);
    auto* layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    for (QPushButton* button : buttons)
        layout->addWidget(button);
    layout->addStretch();
    return row;
}

} // namespace

SchemaDialog::SchemaDialog(GraphModelAdapter& model, EditController& edits, QWidget* parent)
    : QDialog(parent), m_model(model), m_edits(edits),
      m_nodes(new QTableWidget(0, NodeColumns, this)),
      m_relations(new QTableWidget(0, RelationColumns, this)), m_error(new QLabel(this)) {
    setWindowTitle(tr("Schema"));
    resize(900, 520);
    auto* layout = new QVBoxLayout(this);
    auto* tabs = new QTabWidget(this);
    layout->addWidget(tabs);

    auto* nodePage = new QWidget(this);
    auto* nodeLayout = new QVBoxLayout(nodePage);
    m_nodes->setHorizontalHeaderLabels(
        {tr("Key"), tr("English"), tr("Japanese"), tr("Colour"), tr("Shape")});
    m_nodes->horizontalHeader()->setStretchLastSection(true);
    nodeLayout->addWidget(m_nodes);
    auto* addNode = new QPushButton(tr("Add type…"), this);
    auto* nodeColour = new QPushButton(tr("Choose colour…"), this);
    auto* deleteNode = new QPushButton(tr("Delete type…"), this);
    nodeLayout->addWidget(buttonRow(nodePage, {addNode, nodeColour, deleteNode}));
    tabs->addTab(nodePage, tr("Node types"));

    auto* relationPage = new QWidget(this);
    auto* relationLayout = new QVBoxLayout(relationPage);
    m_relations->setHorizontalHeaderLabels({tr("Key"), tr("English"), tr("Japanese"), tr("Colour"),
                                            tr("Line"), tr("Directed"), tr("From types"),
                                            tr("To types")});
    m_relations->horizontalHeader()->setStretchLastSection(true);
    relationLayout->addWidget(m_relations);
    relationLayout->addWidget(new QLabel(
        tr("From/To types: node type keys separated by commas; empty means any type."), this));
    auto* addRelation = new QPushButton(tr("Add type…"), this);
    auto* relationColour = new QPushButton(tr("Choose colour…"), this);
    auto* deleteRelation = new QPushButton(tr("Delete type…"), this);
    relationLayout->addWidget(
        buttonRow(relationPage, {addRelation, relationColour, deleteRelation}));
    tabs->addTab(relationPage, tr("Relation types"));

    m_error->setStyleSheet(QStringLiteral("color: #b3261e;"));
    m_error->setWordWrap(true);
    layout->addWidget(m_error);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::accept);

    connect(addNode, &QPushButton::clicked, this, [this] {
        bool ok = false;
        const QString key = QInputDialog::getText(this, tr("Add Node Type"),
                                                  tr("Key (lower-case, e.g. think_tank):"),
                                                  QLineEdit::Normal, {}, &ok);
        if (ok)
            report(addNodeType(key.trimmed()));
    });
    connect(addRelation, &QPushButton::clicked, this, [this] {
        bool ok = false;
        const QString key = QInputDialog::getText(this, tr("Add Relation Type"),
                                                  tr("Key (lower-case, e.g. advises):"),
                                                  QLineEdit::Normal, {}, &ok);
        if (ok)
            report(addRelationType(key.trimmed()));
    });
    connect(nodeColour, &QPushButton::clicked, this, [this] { chooseColour(m_nodes); });
    connect(relationColour, &QPushButton::clicked, this, [this] { chooseColour(m_relations); });
    connect(deleteNode, &QPushButton::clicked, this, &SchemaDialog::askDeleteNodeType);
    connect(deleteRelation, &QPushButton::clicked, this, &SchemaDialog::askDeleteRelationType);
    connect(m_nodes, &QTableWidget::itemChanged, this, &SchemaDialog::nodeItemChanged);
    connect(m_relations, &QTableWidget::itemChanged, this, &SchemaDialog::relationItemChanged);
    // Queued: a change made from a table cell must not rebuild the table under that cell.
    connect(&m_model, &GraphModelAdapter::graphChanged, this, &SchemaDialog::reload,
            Qt::QueuedConnection);
    reload();
}

QString SchemaDialog::error() const {
    return m_error->text();
}

void SchemaDialog::report(const QString& error) {
    m_error->setText(error);
}

void SchemaDialog::reload() {
    m_reloading = true;
    const Schema& schema = m_model.document().schema();
    m_nodes->setRowCount(0);
    for (const NodeType& type : schema.nodeTypes()) {
        const int row = m_nodes->rowCount();
        m_nodes->insertRow(row);
        m_nodes->setItem(row, NKey, readOnly(type.key));
        m_nodes->setItem(row, NEnglish, new QTableWidgetItem(type.nameEn));
        m_nodes->setItem(row, NJapanese, new QTableWidgetItem(type.nameJa));
        m_nodes->setItem(row, NColour, colourItem(type.color));
        auto* shape = new QComboBox(m_nodes);
        for (int s = 0; s <= int(NodeShape::Triangle); ++s)
            shape->addItem(shapeKey(NodeShape(s)));
        shape->setCurrentIndex(int(type.shape));
        connect(shape, &QComboBox::activated, this, [this, key = type.key](int index) {
            NodeType changed = *m_model.document().schema().nodeType(key);
            changed.shape = NodeShape(index);
            report(m_edits.perform(putNodeTypeChange(m_edits.document(), changed)));
        });
        m_nodes->setCellWidget(row, NShape, shape);
    }
    m_relations->setRowCount(0);
    for (const RelationType& type : schema.relationTypes()) {
        const int row = m_relations->rowCount();
        m_relations->insertRow(row);
        m_relations->setItem(row, RKey, readOnly(type.key));
        m_relations->setItem(row, REnglish, new QTableWidgetItem(type.nameEn));
        m_relations->setItem(row, RJapanese, new QTableWidgetItem(type.nameJa));
        m_relations->setItem(row, RColour, colourItem(type.color));
        auto* line = new QComboBox(m_relations);
        for (int s = 0; s <= int(LineStyle::DashDot); ++s)
            line->addItem(lineStyleKey(LineStyle(s)));
        line->setCurrentIndex(int(type.lineStyle));
        connect(line, &QComboBox::activated, this, [this, key = type.key](int index) {
            RelationType changed = *m_model.document().schema().relationType(key);
            changed.lineStyle = LineStyle(index);
            report(m_edits.perform(putRelationTypeChange(m_edits.document(), changed)));
        });
        m_relations->setCellWidget(row, RLine, line);
        auto* directed = new QTableWidgetItem;
        directed->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
        directed->setCheckState(type.directed ? Qt::Checked : Qt::Unchecked);
        m_relations->setItem(row, RDirected, directed);
        m_relations->setItem(row, RFrom,
                             new QTableWidgetItem(type.sourceTypes.join(QStringLiteral(", "))));
        m_relations->setItem(row, RTo,
                             new QTableWidgetItem(type.targetTypes.join(QStringLiteral(", "))));
    }
    m_nodes->resizeColumnsToContents();
    m_relations->resizeColumnsToContents();
    m_reloading = false;
}

void SchemaDialog::nodeItemChanged(QTableWidgetItem* item) {
    if (m_reloading)
        return;
    const QString key = m_nodes->item(item->row(), NKey)->text();
    NodeType changed = *m_model.document().schema().nodeType(key);
    changed.nameEn = m_nodes->item(item->row(), NEnglish)->text().trimmed();
    changed.nameJa = m_nodes->item(item->row(), NJapanese)->text().trimmed();
    changed.color = m_nodes->item(item->row(), NColour)->text().trimmed();
    const QString error = m_edits.perform(putNodeTypeChange(m_edits.document(), changed));
    report(error);
    if (!error.isEmpty())
        reload();
}

void SchemaDialog::relationItemChanged(QTableWidgetItem* item) {
    if (m_reloading)
        return;
    const int row = item->row();
    const QString key = m_relations->item(row, RKey)->text();
    RelationType changed = *m_model.document().schema().relationType(key);
    changed.nameEn = m_relations->item(row, REnglish)->text().trimmed();
    changed.nameJa = m_relations->item(row, RJapanese)->text().trimmed();
    changed.color = m_relations->item(row, RColour)->text().trimmed();
    changed.directed = m_relations->item(row, RDirected)->checkState() == Qt::Checked;
    changed.sourceTypes = splitKeys(m_relations->item(row, RFrom)->text());
    changed.targetTypes = splitKeys(m_relations->item(row, RTo)->text());
    // Narrowing the allowed types must not strand existing relations.
    const GraphDocument& document = m_model.document();
    QString error;
    document.graph().forEachEdge([&](const EdgeData& edge) {
        if (error.isEmpty() && edge.relation == key &&
            !changed.allows(document.graph().node(edge.source)->type,
                            document.graph().node(edge.target)->type))
            error =
                tr("Relation %1 (%2 → %3) would no longer fit; change or delete it first.")
                    .arg(edge.id.value)
                    .arg(document.displayLabel(edge.source), document.displayLabel(edge.target));
    });
    if (error.isEmpty())
        error = m_edits.perform(putRelationTypeChange(m_edits.document(), changed));
    report(error);
    if (!error.isEmpty())
        reload();
}

void SchemaDialog::chooseColour(QTableWidget* table) {
    const int row = table->currentRow();
    if (row < 0)
        return;
    const QColor chosen = QColorDialog::getColor(QColor(table->item(row, 3)->text()), this);
    if (chosen.isValid())
        table->item(row, 3)->setText(chosen.name().toUpper()); // itemChanged applies it
}

QString SchemaDialog::addNodeType(const QString& key) {
    if (m_model.document().schema().nodeType(key))
        return tr("There is already a node type \"%1\".").arg(key);
    const QString error = m_edits.perform(putNodeTypeChange(
        m_edits.document(),
        NodeType{key, key, QString(), QStringLiteral("#8C8C8C"), NodeShape::Ellipse}));
    report(error);
    return error;
}

QString SchemaDialog::addRelationType(const QString& key) {
    if (m_model.document().schema().relationType(key))
        return tr("There is already a relation type \"%1\".").arg(key);
    RelationType type;
    type.key = key;
    type.nameEn = key;
    type.color = QStringLiteral("#666666");
    const QString error = m_edits.perform(putRelationTypeChange(m_edits.document(), type));
    report(error);
    return error;
}

QString SchemaDialog::deleteNodeType(const QString& key, const QString& replacement) {
    auto change = removeNodeTypeChange(m_edits.document(), key, replacement);
    const QString error = change ? m_edits.perform(change.value()) : change.error();
    report(error);
    return error;
}

QString SchemaDialog::deleteRelationType(const QString& key, const QString& replacement) {
    auto change = removeRelationTypeChange(m_edits.document(), key, replacement);
    const QString error = change ? m_edits.perform(change.value()) : change.error();
    report(error);
    return error;
}

void SchemaDialog::askDeleteNodeType() {
    const int row = m_nodes->currentRow();
    if (row < 0)
        return;
    const QString key = m_nodes->item(row, NKey)->text();
    int used = 0;
    m_model.document().graph().forEachNode([&](const NodeData& node) { used += node.type == key; });
    if (used == 0) {
        deleteNodeType(key, {});
        return;
    }
    // Say what happens to the nodes of the type before deleting it.
    QStringList options{tr("Delete its %n node(s) and their relations", "", used)};
    QStringList targets{QString()};
    for (const NodeType& type : m_model.document().schema().nodeTypes())
        if (type.key != key) {
            options << tr("Make its %n node(s) of type %1", "", used).arg(type.key);
            targets << type.key;
        }
    bool ok = false;
    const QString choice = QInputDialog::getItem(
        this, tr("Delete Node Type"), tr("\"%1\" is used by %n node(s).", "", used).arg(key),
        options, 1, false, &ok);
    if (ok)
        deleteNodeType(key, targets.at(options.indexOf(choice)));
}

void SchemaDialog::askDeleteRelationType() {
    const int row = m_relations->currentRow();
    if (row < 0)
        return;
    const QString key = m_relations->item(row, RKey)->text();
    int used = 0;
    m_model.document().graph().forEachEdge(
        [&](const EdgeData& edge) { used += edge.relation == key; });
    if (used == 0) {
        deleteRelationType(key, {});
        return;
    }
    QStringList options{tr("Delete its %n relation(s)", "", used)};
    QStringList targets{QString()};
    for (const RelationType& type : m_model.document().schema().relationTypes())
        if (type.key != key) {
            options << tr("Make its %n relation(s) of type %1", "", used).arg(type.key);
            targets << type.key;
        }
    bool ok = false;
    const QString choice = QInputDialog::getItem(
        this, tr("Delete Relation Type"),
        tr("\"%1\" is used by %n relation(s).", "", used).arg(key), options, 0, false, &ok);
    if (ok)
        deleteRelationType(key, targets.at(options.indexOf(choice)));
}

} // namespace kizuna
