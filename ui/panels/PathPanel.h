#pragma once
// "How is A connected to B": the path finder (shortest paths, optionally ignoring direction or
// avoiding a node type or the selected nodes), highlighted on the canvas and listed hop by hop;
// under the list, the chosen path's hops each with the quoted passages (and sources) their
// relation rests on, word-wrapped and selectable; and the neighbourhood focus (k = 1..4 hops around
// the selection, fading or hiding the rest, expanded one step at a time).

#include "algo/Paths.h"

#include <QUrl>
#include <QWidget>

class QCheckBox;
class QStringListModel;
class QComboBox;
class QLabel;
class QLineEdit;
class QRadioButton;
class QSpinBox;
class QTextBrowser;
class QTreeWidget;

namespace kizuna {

struct ChangeNotice;
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
    // The evidence of the chosen path (the first after Find Paths): each hop, then each
    // citation of its relation as “excerpt” — source (locator), or "No source cited".
    QTextBrowser* evidence() const { return m_evidence; }
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
    QString describeHop(const PathHop& hop) const;
    void showEvidence(int index);      // of path `index`; -1 clears it
    void followLink(const QUrl& link); // a hop (selects its relation) or a source's URL
    void refreshEvidence(const ChangeNotice& notice); // when the shown path's facts changed

    GraphCanvas& m_canvas;
    GraphModelAdapter* m_model = nullptr;
    QLineEdit* m_from;
    QLineEdit* m_to;
    QCheckBox* m_undirected;
    QComboBox* m_avoidType;
    QCheckBox* m_avoidSelected;
    QLabel* m_status;
    QTreeWidget* m_results;
    QTextBrowser* m_evidence;
    int m_evidencePath = -1; // the path the evidence shows
    QSpinBox* m_depth;
    QRadioButton* m_fade;
    QRadioButton* m_hide;
    std::vector<Path> m_paths;
    QStringListModel* m_labels;
    bool m_labelsStale = true;
};

} // namespace kizuna
