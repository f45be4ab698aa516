#pragma once
// The preview before an import: what will be added, updated and skipped, and how nodes are
// matched with the map's; the user confirms or cancels. The counts come from the plan that is
// applied on OK.

#include "io/ImportPlan.h"

#include <QDialog>

class QComboBox;
class QLabel;

namespace kizuna {

class GraphDocument;

class ImportDialog : public QDialog {
    Q_OBJECT
public:
    ImportDialog(GraphDocument& document, const ImportedGraph& graph, const QString& fileName,
                 QWidget* parent = nullptr);

    const ImportPlan& plan() const { return m_plan; }
    MergeBy mergeBy() const;
    QComboBox* mergeCombo() const { return m_merge; }
    QString summaryText() const;

private:
    void replan();

    GraphDocument& m_document;
    const ImportedGraph& m_graph;
    ImportPlan m_plan;
    QComboBox* m_merge;
    QLabel* m_summary;
};

} // namespace kizuna
