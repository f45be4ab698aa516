#pragma once
// Merging nodes that are the same actor: pick the node that survives and, where the nodes
// disagree, which value to keep.

#include "document/Edits.h"

#include <QDialog>

class QComboBox;
class QTableWidget;

namespace kizuna {

class GraphDocument;

class MergeDialog : public QDialog {
    Q_OBJECT
public:
    MergeDialog(const GraphDocument& document, const std::vector<NodeId>& nodes,
                QWidget* parent = nullptr);

    NodeId survivor() const;
    std::vector<NodeId> others() const;
    QMap<QString, QString> choices() const; // field -> value to keep
    QComboBox* survivorCombo() const { return m_survivor; }
    QTableWidget* conflictTable() const { return m_conflicts; }

private:
    void fillConflicts();

    const GraphDocument& m_document;
    std::vector<NodeId> m_nodes;
    QComboBox* m_survivor;
    QTableWidget* m_conflicts;
};

} // namespace kizuna
