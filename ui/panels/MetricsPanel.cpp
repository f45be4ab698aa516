#include "panels/MetricsPanel.h"

#include "canvas/GraphCanvas.h"
#include "canvas/GraphModelAdapter.h"
#include "canvas/MetricStyling.h"
#include "document/GraphDocument.h"
#include "main/BackgroundTask.h"
#include "panels/MetricsTableModel.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

namespace kizuna {

MetricsPanel::MetricsPanel(GraphCanvas& canvas, QWidget* parent)
    : QWidget(parent), m_canvas(canvas), m_rows(new MetricsTableModel(this)),
      m_sorted(new QSortFilterProxyModel(this)), m_table(new QTableView(this)),
      m_sizeBy(new QComboBox(this)), m_colourBy(new QComboBox(this)), m_status(new QLabel(this)) {
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    auto* compute = new QPushButton(tr("Compute Metrics"), this);
    layout->addWidget(compute);
    m_status->setWordWrap(true);
    m_status->setText(idleText());
    layout->addWidget(m_status);
    auto* form = new QFormLayout;
    m_sizeBy->addItem(tr("(same size)"), QString());
    for (const QString& key : sizeMetricKeys())
        m_sizeBy->addItem(metricName(key), key);
    m_colourBy->addItem(tr("(node type)"), QString());
    for (const QString& key : colourMetricKeys())
        m_colourBy->addItem(metricName(key), key);
    form->addRow(tr("Size nodes by:"), m_sizeBy);
    form->addRow(tr("Colour nodes by:"), m_colourBy);
    layout->addLayout(form);
    m_sorted->setSourceModel(m_rows);
    m_sorted->setSortRole(Qt::EditRole);
    m_table->setModel(m_sorted);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(MetricsTableModel::PageRank, Qt::DescendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(false);
    layout->addWidget(m_table, 1);

    connect(compute, &QPushButton::clicked, this, [this] {
        m_current = false;
        ensureMetrics();
    });
    connect(m_sizeBy, &QComboBox::currentIndexChanged, this, &MetricsPanel::restyle);
    connect(m_colourBy, &QComboBox::currentIndexChanged, this, &MetricsPanel::restyle);
    connect(m_table, &QTableView::activated, this, [this](const QModelIndex& index) {
        const NodeId id = m_rows->nodeAt(m_sorted->mapToSource(index).row());
        m_canvas.select(id.value);
        if (auto position = m_canvas.drawnPosition(id))
            m_canvas.setCamera(*position, std::max(m_canvas.zoom(), 1.0));
    });
    connect(&m_canvas, &GraphCanvas::presentationChanged, this, &MetricsPanel::showStyling);
}

QString MetricsPanel::statusText() const {
    return m_status->text();
}

QString MetricsPanel::idleText() const {
    return tr("Degree, betweenness, PageRank, components and communities.");
}

void MetricsPanel::setModel(GraphModelAdapter* model) {
    if (m_model)
        disconnect(m_model, nullptr, this, nullptr);
    m_model = model;
    m_current = false;
    m_rows->setMetrics(nullptr, {});
    m_status->setText(idleText()); // nothing was computed for this map yet
    if (m_model)
        connect(m_model, &GraphModelAdapter::graphChanged, this, [this] {
            // Positions alone do not change a metric, but most other edits may.
            if (m_current) {
                m_current = false;
                m_status->setText(tr("The map has changed: compute again for current figures."));
            }
        });
    showStyling();
}

bool MetricsPanel::ensureMetrics() {
    if (!m_model)
        return false;
    if (m_current)
        return true;
    const KnowledgeGraph& graph = m_model->document().graph();
    auto result =
        runWithProgress(this, tr("Computing metrics…"), [&graph](const ProgressCallback& progress) {
            return computeMetrics(graph, progress);
        });
    if (!result) {
        m_status->setText(tr("No metrics: %1").arg(result.error()));
        return false;
    }
    m_rows->setMetrics(&m_model->document(), std::move(result).value());
    m_current = true;
    m_status->setText(
        tr("%n node(s). Double-click a row to find the node.", "", int(m_rows->rowCount())));
    return true;
}

void MetricsPanel::applyStyling(const QString& sizeBy, const QString& colourBy) {
    m_updating = true;
    m_sizeBy->setCurrentIndex(std::max(0, m_sizeBy->findData(sizeBy)));
    m_colourBy->setCurrentIndex(std::max(0, m_colourBy->findData(colourBy)));
    m_updating = false;
    restyle();
}

void MetricsPanel::restyle() {
    if (m_updating)
        return;
    const QString size = m_sizeBy->currentData().toString();
    const QString colour = m_colourBy->currentData().toString();
    if ((!size.isEmpty() || !colour.isEmpty()) && !ensureMetrics()) {
        applyStyling({}, {});
        return;
    }
    const auto& metrics = m_rows->metrics();
    m_canvas.setNodeStyling(size, sizesBy(metrics, size), colour, fillsBy(metrics, colour));
}

void MetricsPanel::showStyling() {
    if (m_updating)
        return;
    m_updating = true;
    m_sizeBy->setCurrentIndex(std::max(0, m_sizeBy->findData(m_canvas.sizeBy())));
    m_colourBy->setCurrentIndex(std::max(0, m_colourBy->findData(m_canvas.colourBy())));
    m_updating = false;
}

} // namespace kizuna
