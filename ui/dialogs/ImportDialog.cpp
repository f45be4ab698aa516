#include "dialogs/ImportDialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace kizuna {

ImportDialog::ImportDialog(GraphDocument& document, const ImportedGraph& graph,
                           const QString& fileName, QWidget* parent)
    : QDialog(parent), m_document(document), m_graph(graph), m_merge(new QComboBox(this)),
      m_summary(new QLabel(this)) {
    setWindowTitle(tr("Import"));
    auto* layout = new QVBoxLayout(this);
    auto* form = new QFormLayout;
    form->addRow(tr("File"), new QLabel(fileName, this));
    form->addRow(tr("Contains"), new QLabel(tr("%1 nodes, %2 edges")
                                                .arg(graph.contents.nodes.size())
                                                .arg(graph.contents.edges.size()),
                                            this));
    m_merge->addItem(tr("Add every node as new"), int(MergeBy::None));
    m_merge->addItem(tr("Update nodes with the same id"), int(MergeBy::Id));
    m_merge->addItem(tr("Update nodes with the same type and label"), int(MergeBy::Label));
    form->addRow(tr("Match nodes"), m_merge);
    layout->addLayout(form);
    m_summary->setWordWrap(true);
    layout->addWidget(m_summary);
    auto* note = new QLabel(tr("The import is one step: Undo takes it back whole."), this);
    note->setStyleSheet(QStringLiteral("color: #666;"));
    layout->addWidget(note);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_merge, &QComboBox::currentIndexChanged, this, &ImportDialog::replan);
    replan();
}

MergeBy ImportDialog::mergeBy() const {
    return MergeBy(m_merge->currentData().toInt());
}

QString ImportDialog::summaryText() const {
    return m_summary->text();
}

void ImportDialog::replan() {
    m_plan = planImport(m_document, m_graph, mergeBy());
    const ImportSummary& s = m_plan.summary;
    m_summary->setText(
        tr("<b>Will add</b> %1 nodes and %2 edges; <b>update</b> %3 nodes (%4 unchanged); "
           "<b>skip</b> %5 edges already in the map; add %6 types and %7 sources.")
            .arg(s.nodesAdded)
            .arg(s.edgesAdded)
            .arg(s.nodesUpdated)
            .arg(s.nodesUnchanged)
            .arg(s.edgesSkipped)
            .arg(s.typesAdded)
            .arg(s.sourcesAdded));
}

} // namespace kizuna
