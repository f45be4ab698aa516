#include "panels/MetricsTableModel.h"

#include "document/GraphDocument.h"

namespace kizuna {

MetricsTableModel::MetricsTableModel(QObject* parent) : QAbstractTableModel(parent) {}

void MetricsTableModel::setMetrics(const GraphDocument* document,
                                   std::vector<NodeMetrics> metrics) {
    beginResetModel();
    m_document = document;
    m_metrics = std::move(metrics);
    endResetModel();
}

NodeId MetricsTableModel::nodeAt(int row) const {
    return row >= 0 && size_t(row) < m_metrics.size() ? m_metrics[size_t(row)].id : NodeId();
}

int MetricsTableModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(m_metrics.size());
}

int MetricsTableModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant MetricsTableModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || !m_document ||
        (role != Qt::DisplayRole && role != Qt::EditRole && role != Qt::TextAlignmentRole))
        return {};
    const NodeMetrics& m = m_metrics[size_t(index.row())];
    if (role == Qt::TextAlignmentRole)
        return index.column() <= Type ? QVariant() : QVariant(Qt::AlignRight | Qt::AlignVCenter);
    const NodeData* node = m_document->graph().node(m.id);
    switch (Column(index.column())) {
    case Label:
        return m_document->displayLabel(m.id);
    case Type:
        return node ? node->type : QString();
    case Degree:
        return m.degree;
    case InDegree:
        return m.inDegree;
    case OutDegree:
        return m.outDegree;
    case Betweenness:
        return role == Qt::EditRole ? QVariant(m.betweenness)
                                    : QVariant(QString::number(m.betweenness, 'f', 1));
    case PageRank:
        return role == Qt::EditRole ? QVariant(m.pageRank)
                                    : QVariant(QString::number(m.pageRank, 'g', 4));
    case Component:
        return m.component;
    case Community:
        return m.community;
    case ColumnCount:
        break;
    }
    return {};
}

QVariant MetricsTableModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case Label:
        return tr("Node");
    case Type:
        return tr("Type");
    case Degree:
        return tr("Degree");
    case InDegree:
        return tr("In");
    case OutDegree:
        return tr("Out");
    case Betweenness:
        return tr("Betweenness");
    case PageRank:
        return tr("PageRank");
    case Component:
        return tr("Component");
    case Community:
        return tr("Community");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace kizuna
