#pragma once
// The metrics of every node as a table (label, type, degree, betweenness, PageRank, component,
// community); numbers are sortable through Qt::EditRole.

#include "algo/Metrics.h"

#include <QAbstractTableModel>

namespace kizuna {

class GraphDocument;

class MetricsTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column {
        Label,
        Type,
        Degree,
        InDegree,
        OutDegree,
        Betweenness,
        PageRank,
        Component,
        Community,
        ColumnCount
    };
    explicit MetricsTableModel(QObject* parent = nullptr);

    // `document` must outlive the rows (they are cleared when the map changes).
    void setMetrics(const GraphDocument* document, std::vector<NodeMetrics> metrics);
    const std::vector<NodeMetrics>& metrics() const { return m_metrics; }
    NodeId nodeAt(int row) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    const GraphDocument* m_document = nullptr;
    std::vector<NodeMetrics> m_metrics;
};

} // namespace kizuna
