#include "dialogs/ImportDialog.h"

#include "document/GraphDocument.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace kizuna {

ImportDialog::ImportDialog(GraphDocument& document, const ImportedGraph& graph,
                           const QString& fileName, QWidget* parent)
    : QDialog(parent), m_document(document), m_graph(graph), m_merge(new QComboBox(this)),
      m_duplicates(new QComboBox(this)), m_summary(new QLabel(this)) {
    setWindowTitle(tr("Import"));
    auto* layout = new QVBoxLayout(this);
    auto* form = new QFormLayout;
    form->addRow(tr("File"), new QLabel(fileName, this));
    form->addRow(tr("Contains"),
                 new QLabel(tr("%1 nodes, %2 edges")
                                .arg(graph.contents.nodes.size() - graph.repeated.size())
                                .arg(graph.contents.edges.size()),
                            this));
    m_merge->addItem(tr("Add every node as new"), int(MergeBy::None));
    m_merge->addItem(tr("Update nodes with the same id"), int(MergeBy::Id));
    m_merge->addItem(tr("Update nodes with the same type and label"), int(MergeBy::Label));
    form->addRow(tr("Match nodes"), m_merge);
    m_duplicates->setObjectName(QStringLiteral("duplicatesCombo"));
    m_duplicates->addItem(tr("Refuse the file"), int(DuplicateIds::Error));
    m_duplicates->addItem(tr("Merge them into one node"), int(DuplicateIds::Merge));
    m_duplicates->addItem(tr("Keep the first row, leave out the others"), int(DuplicateIds::First));
    m_duplicates->setToolTip(
        tr("Merge: the later rows fill labels in missing languages and empty fields; values "
           "that differ are kept as properties (a different label as \"alias\", others as "
           "NAME_2, NAME_3, …)."));
    if (!graph.repeated.empty()) {
        form->addRow(tr("Repeated ids"), m_duplicates);
        const int rows = int(graph.repeated.size());
        auto* repeated =
            new QLabel(rows == 1 ? tr("1 row repeats the id of an earlier row.")
                                 : tr("%1 rows repeat the id of an earlier row.").arg(rows),
                       this);
        repeated->setWordWrap(true);
        form->addRow(QString(), repeated);
    } else {
        m_duplicates->hide();
    }
    layout->addLayout(form);
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::RichText);
    layout->addWidget(m_summary);
    auto* note = new QLabel(tr("The import is one step: Undo takes it back whole."), this);
    note->setStyleSheet(QStringLiteral("color: #666;"));
    layout->addWidget(note);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (canImport())
            accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_merge, &QComboBox::currentIndexChanged, this, &ImportDialog::replan);
    connect(m_duplicates, &QComboBox::currentIndexChanged, this, &ImportDialog::replan);
    replan();
}

MergeBy ImportDialog::mergeBy() const {
    return MergeBy(m_merge->currentData().toInt());
}

DuplicateIds ImportDialog::duplicates() const {
    return DuplicateIds(m_duplicates->currentData().toInt());
}

bool ImportDialog::canImport() const {
    return !m_refused;
}

QString ImportDialog::summaryText() const {
    return m_summary->text();
}

void ImportDialog::replan() {
    const ImportedGraph* graph = &m_graph;
    m_refused = false;
    if (!m_graph.repeated.empty()) {
        m_resolved = m_graph;
        if (Status resolved = resolveDuplicateIds(m_resolved, duplicates(), m_document.schema());
            !resolved) {
            m_refused = true;
            m_plan = ImportPlan{};
            m_ok->setEnabled(false);
            m_summary->setText(tr("<b>Not importable as it is:</b> %1. Choose to merge the "
                                  "repeated rows or to keep the first.")
                                   .arg(resolved.error().toHtmlEscaped()));
            return;
        }
        graph = &m_resolved;
    }
    m_ok->setEnabled(true);
    m_plan = planImport(m_document, *graph, mergeBy());
    const ImportSummary& s = m_plan.summary;
    QString text =
        tr("<b>Will add</b> %1 nodes and %2 edges; <b>update</b> %3 nodes (%4 unchanged); "
           "<b>skip</b> %5 edges already in the map; add %6 types and %7 sources.")
            .arg(s.nodesAdded)
            .arg(s.edgesAdded)
            .arg(s.nodesUpdated)
            .arg(s.nodesUnchanged)
            .arg(s.edgesSkipped)
            .arg(s.typesAdded)
            .arg(s.sourcesAdded);
    if (graph == &m_resolved && !m_resolved.repeatedNote.isEmpty())
        text += QStringLiteral("<br>") + m_resolved.repeatedNote.toHtmlEscaped() + QLatin1Char('.');
    m_summary->setText(text);
}

} // namespace kizuna
