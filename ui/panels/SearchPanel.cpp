#include "panels/SearchPanel.h"

#include "panels/TypeSwatch.h"

#include "canvas/GraphCanvas.h"
#include "canvas/GraphModelAdapter.h"
#include "document/GraphDocument.h"

#include <QLineEdit>
#include <QListWidget>
#include <QPainter>
#include <QPixmap>
#include <QTimer>
#include <QVBoxLayout>

namespace kizuna {

SearchPanel::SearchPanel(GraphCanvas& canvas, QWidget* parent)
    : QWidget(parent), m_canvas(canvas), m_query(new QLineEdit(this)),
      m_results(new QListWidget(this)), m_debounce(new QTimer(this)) {
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    m_query->setPlaceholderText(tr("Find: any language, part of a name, a property…"));
    m_query->setClearButtonEnabled(true);
    layout->addWidget(m_query);
    layout->addWidget(m_results);
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(150);
    connect(m_query, &QLineEdit::textChanged, m_debounce, qOverload<>(&QTimer::start));
    connect(m_debounce, &QTimer::timeout, this, &SearchPanel::runSearch);
    connect(m_query, &QLineEdit::returnPressed, this, [this] {
        runSearch();
        choose(0);
    });
    connect(m_results, &QListWidget::itemActivated, this,
            [this](QListWidgetItem* item) { choose(m_results->row(item)); });
    connect(m_results, &QListWidget::itemClicked, this,
            [this](QListWidgetItem* item) { choose(m_results->row(item)); });
}

void SearchPanel::setModel(GraphModelAdapter* model) {
    m_model = model;
    m_results->clear();
}

void SearchPanel::focusQuery() {
    m_query->setFocus();
    m_query->selectAll();
}

void SearchPanel::runSearch() {
    m_debounce->stop();
    m_results->clear();
    if (!m_model)
        return;
    const GraphDocument& document = m_model->document();
    auto hits = document.search(m_query->text(), 100);
    if (!hits)
        return;
    for (NodeId id : hits.value()) {
        const NodeData& node = *document.graph().node(id);
        const NodeType* type = document.schema().nodeType(node.type);
        auto* item = new QListWidgetItem(nodeTypeIcon(type ? type->color : QString()),
                                         document.displayLabel(id), m_results);
        item->setData(Qt::UserRole, id.value);
        item->setToolTip(type ? type->nameEn : node.type);
    }
}

void SearchPanel::choose(int row) {
    const QListWidgetItem* item = m_results->item(row);
    if (!item)
        return;
    const NodeId id(item->data(Qt::UserRole).toLongLong());
    if (!m_canvas.shown().isEmpty() && !m_canvas.shown().contains(id.value))
        m_canvas.setShown({}); // a node outside the current view: show everything
    m_canvas.select(id.value);
    if (auto position = m_canvas.scene().positionOf(id))
        m_canvas.setCamera(*position, std::max(m_canvas.zoom(), 1.0));
}

} // namespace kizuna
