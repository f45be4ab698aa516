#include "panels/SearchPanel.h"

#include "panels/TypeSwatch.h"

#include "canvas/GraphCanvas.h"
#include "canvas/GraphModelAdapter.h"
#include "document/GraphDocument.h"

#include <QKeyEvent>
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
    m_query->installEventFilter(this); // Tab steps through the results
    m_query->setAccessibleName(tr("Find"));
    m_results->setAccessibleName(tr("Search results"));
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

bool SearchPanel::eventFilter(QObject* watched, QEvent* event) {
    if (watched == m_query && event->type() == QEvent::KeyPress) {
        const auto* key = static_cast<QKeyEvent*>(event);
        const bool tab = key->key() == Qt::Key_Tab && !(key->modifiers() & Qt::ControlModifier);
        const bool backtab = key->key() == Qt::Key_Backtab;
        if (tab || backtab) {
            if (m_debounce->isActive())
                runSearch(); // what was typed is searched first
            if (m_results->count() > 0) {
                chooseNext(backtab);
                return true; // the focus stays in the query box
            }
        }
    }
    return QWidget::eventFilter(watched, event);
}

void SearchPanel::chooseNext(bool backwards) {
    const int count = m_results->count();
    if (count == 0)
        return;
    const int current = m_results->currentRow();
    const int next =
        current < 0 ? (backwards ? count - 1 : 0) : (current + (backwards ? count - 1 : 1)) % count;
    m_results->setCurrentRow(next);
    choose(next);
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
