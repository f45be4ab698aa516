#pragma once
// Metrics: computes degree, betweenness, PageRank, components and communities (on a worker
// thread, with progress and Cancel), lists them in a sortable table, and sizes or colours the
// canvas's nodes by any of them.

#include "algo/Metrics.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QSortFilterProxyModel;
class QTableView;

namespace kizuna {

class GraphCanvas;
class GraphModelAdapter;
class MetricsTableModel;

class MetricsPanel : public QWidget {
    Q_OBJECT
public:
    MetricsPanel(GraphCanvas& canvas, QWidget* parent = nullptr);
    void setModel(GraphModelAdapter* model);

    QTableView* table() const { return m_table; }
    QComboBox* sizeBy() const { return m_sizeBy; }
    QComboBox* colourBy() const { return m_colourBy; }
    MetricsTableModel* tableModel() const { return m_rows; }
    bool isCurrent() const { return m_current; }
    QString statusText() const;

    // Computes the metrics if they are not current; false when cancelled or failed.
    bool ensureMetrics();
    // Styles the canvas by these metric keys (empty: the usual look), computing if needed.
    void applyStyling(const QString& sizeBy, const QString& colourBy);

private:
    QString idleText() const; // before anything was computed for the map shown
    void restyle();
    void refreshChoices(); // the map's property keys in the combo boxes
    void showStyling();    // the canvas's styling keys into the combo boxes

    GraphCanvas& m_canvas;
    GraphModelAdapter* m_model = nullptr;
    MetricsTableModel* m_rows;
    QSortFilterProxyModel* m_sorted;
    QTableView* m_table;
    QComboBox* m_sizeBy;
    QComboBox* m_colourBy;
    QLabel* m_status;
    bool m_current = false;
    bool m_updating = false;
};

} // namespace kizuna
