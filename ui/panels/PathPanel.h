#pragma once
// "How is A connected to B": the path finder (shortest paths, optionally ignoring direction or
// avoiding a node type or the selected nodes), highlighted on the canvas and listed hop by hop
// with each relation and its sources; and the neighbourhood focus (k = 1..4 hops around the
// selection, fading or hiding the rest, expanded one step at a time).

#include "algo/Paths.h"

#include <QWidget>

class QCheckBox;
class QStringListModel;
class QComboBox;
class QLabel;
class QLineEdit;
class QRadioButton;
class QSpinBox;
class QTreeWidget;

namespace kizuna {

class GraphCanvas;
class GraphModelAdapter;

class PathPanel : public QWidget {
    Q_OBJECT
public:
    PathPanel(GraphCanvas& canvas, QWidget* parent = nullptr);
    void setModel(GraphModelAdapter* model);

    QLineEdit* fromEdit() const { return m_from; }
    QLineEdit* toEdit() const { return m_to; }
    QCheckBox* undirectedBox() const { return m_undirected; }
    QComboBox* avoidType() const { return m_avoidType; }
    QTreeWidget* results() const { return m_results; }
    QSpinBox* depth() const { return m_depth; }
    QRadioButton* hideRest() const { return m_hide; }
    const std::vector<Path>& paths() const { return m_paths; }

    // Finds the paths between what the From and To fields name; returns the error, if any.
    QString findPaths();
    void highlightPath(int index); // -1: every path found
    void clearPaths();
    void focusOnSelection(); // the selected nodes and their k-hop neighbourhood
    void expandSelection();  // add the selected nodes' neighbours to the focus
    void clearFocus();

private:
    void reloadTypes();
    void reloadLabelsIfStale(); // the From/To completions, rebuilt only when typed into
    QString describeStep(const Path& path, size_t index) const;

    GraphCanvas& m_canvas;
    GraphModelAdapter* m_model = nullptr;
    QLineEdit* m_from;
    QLineEdit* m_to;
    QCheckBox* m_undirected;
    QComboBox* m_avoidType;
    QCheckBox* m_avoidSelected;
    QLabel* m_status;
    QTreeWidget* m_results;
    QSpinBox* m_depth;
    QRadioButton* m_fade;
    QRadioButton* m_hide;
    std::vector<Path> m_paths;
    QStringListModel* m_labels;
    bool m_labelsStale = true;
};

} // namespace kizuna
