#pragma once
// The preview before an import: what will be added, updated and skipped, and how nodes are
// matched with the map's; the user confirms or cancels. The counts come from the plan that is
// applied on OK. A file whose rows repeat a node id (io/GraphAssembler.h) gets one more choice:
// refuse it (the default: OK is disabled and the first repeated row is named), merge the rows
// into one node, or keep the first row.

#include "io/GraphAssembler.h"
#include "io/ImportPlan.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QPushButton;

namespace kizuna {

class GraphDocument;

class ImportDialog : public QDialog {
    Q_OBJECT
public:
    // `graph` may hold unresolved repeated ids (read with ReadOptions::duplicates unset).
    ImportDialog(GraphDocument& document, const ImportedGraph& graph, const QString& fileName,
                 QWidget* parent = nullptr);

    const ImportPlan& plan() const { return m_plan; }
    MergeBy mergeBy() const;
    QComboBox* mergeCombo() const { return m_merge; }
    // Only shown when the file repeats a node id.
    QComboBox* duplicatesCombo() const { return m_duplicates; }
    DuplicateIds duplicates() const;
    bool canImport() const; // false while repeated ids are refused
    QString summaryText() const;

private:
    void replan();

    GraphDocument& m_document;
    const ImportedGraph& m_graph;
    ImportedGraph m_resolved; // m_graph with its repeated ids resolved as chosen
    ImportPlan m_plan;
    QComboBox* m_merge;
    QComboBox* m_duplicates;
    QLabel* m_summary;
    QPushButton* m_ok = nullptr;
    bool m_refused = false;
};

} // namespace kizuna
