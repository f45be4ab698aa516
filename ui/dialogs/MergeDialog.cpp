#include "dialogs/MergeDialog.h"

#include "document/GraphDocument.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>

namespace kizuna {

MergeDialog::MergeDialog(const GraphDocument& document, const std::vector<NodeId>& nodes,
                         QWidget* parent)
    : QDialog(parent), m_document(document), m_nodes(nodes), m_survivor(new QComboBox(this)),
      m_conflicts(new QTableWidget(0, 2, this)) {
    setWindowTitle(tr("Merge Nodes"));
    resize(560, 380);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(
        tr("These %n nodes are the same actor. Keep this one:", "", int(nodes.size())), this));
    for (NodeId id : nodes)
        m_survivor->addItem(QStringLiteral("%1  (%2, id %3)")
                                .arg(document.displayLabel(id), document.graph().node(id)->type)
                                .arg(id.value),
                            id.value);
    layout->addWidget(m_survivor);
    layout->addWidget(
        new QLabel(tr("Relations, properties and sources of the others move to it. Where they "
                      "disagree, choose the value to keep:"),
                   this));
    m_conflicts->setHorizontalHeaderLabels({tr("Field"), tr("Keep")});
    m_conflicts->horizontalHeader()->setStretchLastSection(true);
    m_conflicts->verticalHeader()->hide();
    layout->addWidget(m_conflicts);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_survivor, &QComboBox::currentIndexChanged, this, &MergeDialog::fillConflicts);
    fillConflicts();
}

NodeId MergeDialog::survivor() const {
    return NodeId(m_survivor->currentData().toLongLong());
}

std::vector<NodeId> MergeDialog::others() const {
    std::vector<NodeId> result;
    for (NodeId id : m_nodes)
        if (id != survivor())
            result.push_back(id);
    return result;
}

void MergeDialog::fillConflicts() {
    m_conflicts->setRowCount(0);
    // One row per field; its choices are the survivor's value and each other node's value.
    QMap<QString, QStringList> values;
    for (const MergeConflict& conflict : mergeConflicts(m_document, survivor(), others())) {
        QStringList& list = values[conflict.field];
        if (list.isEmpty())
            list << conflict.survivorValue;
        if (!list.contains(conflict.otherValue))
            list << conflict.otherValue;
    }
    for (auto it = values.begin(); it != values.end(); ++it) {
        const int row = m_conflicts->rowCount();
        m_conflicts->insertRow(row);
        m_conflicts->setItem(row, 0, new QTableWidgetItem(it.key()));
        auto* choice = new QComboBox(m_conflicts);
        choice->addItems(it.value());
        m_conflicts->setCellWidget(row, 1, choice);
    }
}

QMap<QString, QString> MergeDialog::choices() const {
    QMap<QString, QString> result;
    for (int row = 0; row < m_conflicts->rowCount(); ++row)
        if (auto* choice = qobject_cast<QComboBox*>(m_conflicts->cellWidget(row, 1)))
            result.insert(m_conflicts->item(row, 0)->text(), choice->currentText());
    return result;
}

} // namespace kizuna
