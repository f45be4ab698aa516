#include "panels/MetricsPanel.h"

#include "canvas/GraphCanvas.h"
#include "canvas/GraphModelAdapter.h"
#include "canvas/MetricStyling.h"
#include "canvas/NodeStyling.h"
#include "document/GraphDocument.h"
#include "main/BackgroundTask.h"
#include "panels/MetricsTableModel.h"
#include "panels/StyleChoices.h"

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
    fillStyleChoices(*m_sizeBy, nullptr, StyleChoice::Size);
    fillStyleChoices(*m_colourBy, nullptr, StyleChoice::Colour);
    form->addRow(tr("Size nodes by:"), m_sizeBy);
    form->addRow(tr("Colour nodes by:"), m_colourBy);
    layout->addLayout(form);
    m_sorted->setSourceModel(m_rows);
    m_sorted->setSortRole(Qt::EditRole);
    m_table->setModel(m_sorted);
    m_table->setAccessibleName(tr("Metrics of every node"));
    m_sizeBy->setAccessibleName(tr("Size nodes by"));
    m_colourBy->setAccessibleName(tr("Colour nodes by"));
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
            refreshChoices();
            // Colours by a property follow its values at once (no computing needed).
            if (styledProperty(m_canvas.sizeBy()) || styledProperty(m_canvas.colourBy()))
                restyle();
        });
    refreshChoices();
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
    if ((isMetricStyleKey(size) || isMetricStyleKey(colour)) && !ensureMetrics()) {
        applyStyling({}, {});
        return;
    }
    if (!m_model) {
        m_canvas.setNodeStyling({}, {}, {}, {});
        return;
    }
    const KnowledgeGraph& graph = m_model->document().graph();
    const auto& metrics = m_rows->metrics();
    NodeFills fills = nodeFills(graph, metrics, colour);
    auto sizes = nodeSizes(graph, metrics, size);
    if (auto property = styledProperty(size); property && sizes.empty())
        m_status->setText(tr("“%1” is not a number on every node that has it: nodes keep one size.")
                              .arg(*property));
    m_canvas.setNodeStyling(size, std::move(sizes), colour, std::move(fills.fills),
                            std::move(fills.legend));
}

void MetricsPanel::refreshChoices() {
    const GraphDocument* document = m_model ? &m_model->document() : nullptr;
    m_updating = true;
    fillStyleChoices(*m_sizeBy, document, StyleChoice::Size);
    fillStyleChoices(*m_colourBy, document, StyleChoice::Colour);
    m_updating = false;
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
