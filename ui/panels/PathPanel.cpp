#include "panels/PathPanel.h"

#include "canvas/GraphCanvas.h"
#include "canvas/GraphModelAdapter.h"
#include "document/GraphDocument.h"
#include "document/NodeLookup.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QStringListModel>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace kizuna {
PathPanel::PathPanel(GraphCanvas& canvas, QWidget* parent)
    : QWidget(parent), m_canvas(canvas), m_from(new QLineEdit(this)), m_to(new QLineEdit(this)),
      m_undirected(new QCheckBox(tr("Ignore direction"), this)), m_avoidType(new QComboBox(this)),
      m_avoidSelected(new QCheckBox(tr("Avoid the selected nodes"), this)),
      m_status(new QLabel(this)), m_results(new QTreeWidget(this)), m_depth(new QSpinBox(this)),
      m_fade(new QRadioButton(tr("Fade the rest"), this)),
      m_hide(new QRadioButton(tr("Hide the rest"), this)), m_labels(new QStringListModel(this)) {
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);

    auto* paths = new QGroupBox(tr("Path finder"), this);
    auto* form = new QFormLayout(paths);
    auto endRow = [&](QLineEdit* edit) {
        edit->setPlaceholderText(tr("label or id"));
        // Completes labels in every language, matching anywhere in the label.
        auto* completer = new QCompleter(m_labels, edit);
        completer->setCaseSensitivity(Qt::CaseInsensitive);
        completer->setFilterMode(Qt::MatchContains);
        completer->setMaxVisibleItems(12);
        edit->setCompleter(completer);
        connect(edit, &QLineEdit::textEdited, this, &PathPanel::reloadLabelsIfStale);
        auto* row = new QHBoxLayout;
        row->addWidget(edit, 1);
        auto* use = new QPushButton(tr("Selected"), paths);
        use->setToolTip(tr("Take the selected node"));
        row->addWidget(use);
        connect(use, &QPushButton::clicked, this, [this, edit] {
            const std::vector<NodeId> nodes = m_canvas.selectedNodes();
            if (!nodes.empty() && m_model)
                edit->setText(m_model->document().displayLabel(nodes.front()));
        });
        return row;
    };
    form->addRow(tr("From:"), endRow(m_from));
    form->addRow(tr("To:"), endRow(m_to));
    form->addRow(m_undirected);
    form->addRow(tr("Avoid type:"), m_avoidType);
    form->addRow(m_avoidSelected);
    auto* buttons = new QHBoxLayout;
    auto* find = new QPushButton(tr("Find Paths"), paths);
    find->setDefault(true);
    auto* clear = new QPushButton(tr("Clear"), paths);
    buttons->addWidget(find);
    buttons->addWidget(clear);
    form->addRow(buttons);
    m_status->setWordWrap(true);
    form->addRow(m_status);
    layout->addWidget(paths);
    m_results->setHeaderHidden(true);
    m_results->setWordWrap(true);
    layout->addWidget(m_results, 1);

    auto* focus = new QGroupBox(tr("Neighbourhood"), this);
    auto* focusLayout = new QVBoxLayout(focus);
    auto* depthRow = new QHBoxLayout;
    m_depth->setRange(1, 4);
    m_depth->setValue(1);
    m_depth->setSuffix(tr(" hop(s)"));
    m_fade->setChecked(true);
    depthRow->addWidget(m_depth);
    depthRow->addWidget(m_fade);
    depthRow->addWidget(m_hide);
    focusLayout->addLayout(depthRow);
    auto* focusButtons = new QHBoxLayout;
    auto* focusOn = new QPushButton(tr("Focus"), focus);
    focusOn->setToolTip(tr("Show the selected nodes and what lies within the hops"));
    auto* expand = new QPushButton(tr("Expand"), focus);
    expand->setToolTip(tr("Add the selected nodes' neighbours to the focus"));
    auto* unfocus = new QPushButton(tr("Clear"), focus);
    focusButtons->addWidget(focusOn);
    focusButtons->addWidget(expand);
    focusButtons->addWidget(unfocus);
    focusLayout->addLayout(focusButtons);
    layout->addWidget(focus);

    connect(find, &QPushButton::clicked, this, [this] { findPaths(); });
    connect(m_from, &QLineEdit::returnPressed, this, [this] { findPaths(); });
    connect(m_to, &QLineEdit::returnPressed, this, [this] { findPaths(); });
    connect(clear, &QPushButton::clicked, this, &PathPanel::clearPaths);
    connect(m_results, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem* item) {
        if (!item)
            return;
        QTreeWidgetItem* top = item->parent() ? item->parent() : item;
        highlightPath(m_results->indexOfTopLevelItem(top));
        if (const qint64 element = item->data(0, Qt::UserRole).toLongLong())
            m_canvas.select(element);
    });
    connect(focusOn, &QPushButton::clicked, this, &PathPanel::focusOnSelection);
    connect(expand, &QPushButton::clicked, this, &PathPanel::expandSelection);
    connect(unfocus, &QPushButton::clicked, this, &PathPanel::clearFocus);
}

void PathPanel::setModel(GraphModelAdapter* model) {
    if (m_model)
        disconnect(m_model, nullptr, this, nullptr);
    m_model = model;
    if (m_model)
        connect(m_model, &GraphModelAdapter::graphChanged, this, [this] {
            reloadTypes();
            m_labelsStale = true;
        });
    m_labelsStale = true;
    m_paths.clear();
    m_results->clear();
    m_status->clear();
    reloadTypes();
}

void PathPanel::reloadTypes() {
    const QString current = m_avoidType->currentData().toString();
    m_avoidType->clear();
    m_avoidType->addItem(tr("(none)"), QString());
    if (m_model)
        for (const NodeType& type : m_model->document().schema().nodeTypes())
            m_avoidType->addItem(type.nameEn.isEmpty() ? type.key : type.nameEn, type.key);
    m_avoidType->setCurrentIndex(std::max(0, m_avoidType->findData(current)));
}

void PathPanel::reloadLabelsIfStale() {
    if (!m_labelsStale || !m_model)
        return;
    QStringList labels;
    m_model->document().graph().forEachNode([&](const NodeData& node) {
        for (const QString* label : {&node.labels.en, &node.labels.ja, &node.labels.zh})
            if (!label->isEmpty())
                labels << *label;
    });
    labels.sort(Qt::CaseInsensitive);
    labels.removeDuplicates();
    m_labels->setStringList(labels);
    m_labelsStale = false;
}

QString PathPanel::findPaths() {
    if (!m_model)
        return tr("No map is open.");
    const GraphDocument& document = m_model->document();
    m_results->clear();
    m_paths.clear();
    m_canvas.setHighlight({});
    auto from = findNode(document, m_from->text().trimmed());
    auto to = findNode(document, m_to->text().trimmed());
    if (!from || !to) {
        const QString error =
            !from ? tr("From: %1").arg(from.error()) : tr("To: %1").arg(to.error());
        m_status->setText(error);
        return error;
    }
    PathOptions options;
    options.undirected = m_undirected->isChecked();
    if (!m_avoidType->currentData().toString().isEmpty())
        options.avoidTypes << m_avoidType->currentData().toString();
    if (m_avoidSelected->isChecked())
        for (NodeId id : m_canvas.selectedNodes())
            options.avoidNodes.insert(id);
    m_paths = shortestPaths(document.graph(), from.value(), to.value(), options);
    if (m_paths.empty()) {
        m_status->setText(options.undirected
                              ? tr("No path between these nodes.")
                              : tr("No path along the relations' directions. Try “Ignore "
                                   "direction”."));
        return {};
    }
    const int hops = int(m_paths.front().size()) - 1;
    m_status->setText(tr("%n shortest path(s)", "", int(m_paths.size())) + QStringLiteral(", ") +
                      tr("%n hop(s) each", "", hops) +
                      (m_paths.size() >= size_t(options.maxPaths)
                           ? tr(" (first %1 shown)").arg(options.maxPaths)
                           : QString()));
    for (size_t p = 0; p < m_paths.size(); ++p) {
        const Path& path = m_paths[p];
        auto* top = new QTreeWidgetItem(m_results);
        top->setText(0, tr("Path %1: %2 → %3")
                            .arg(p + 1)
                            .arg(document.displayLabel(path.front().node),
                                 document.displayLabel(path.back().node)));
        for (size_t i = 1; i < path.size(); ++i) {
            auto* hop = new QTreeWidgetItem(top);
            hop->setText(0, describeStep(path, i));
            hop->setData(0, Qt::UserRole, path[i].edge.value);
            hop->setToolTip(0, hop->text(0));
        }
        top->setExpanded(p == 0);
    }
    highlightPath(-1);
    // Bring the answer into view: the nodes on the paths, with their labels.
    QRectF bounds;
    for (const Path& path : m_paths)
        for (const PathStep& step : path)
            if (const auto position = m_canvas.drawnPosition(step.node))
                bounds |= QRectF(*position - QPointF(60, 40), QSizeF(120, 80));
    if (!bounds.isNull())
        m_canvas.frame(bounds);
    return {};
}

QString PathPanel::describeStep(const Path& path, size_t i) const {
    const GraphDocument& document = m_model->document();
    const EdgeData& edge = *document.graph().edge(path[i].edge);
    const QString relation =
        document.schema().relationName(edge.relation, m_canvas.labelLanguage());
    QString text = path[i].forward ? tr("%1 —%2→ %3") : tr("%1 ←%2— %3");
    text = text.arg(document.displayLabel(path[i - 1].node), relation,
                    document.displayLabel(path[i].node));
    QStringList sources;
    for (const Citation& citation : document.provenance().citationsOf(edge.id.value))
        if (const Source* source = document.provenance().source(citation.source))
            if (!sources.contains(source->title))
                sources << source->title;
    if (!sources.isEmpty())
        text += QStringLiteral("\n    ") + tr("Source: %1").arg(sources.join(QStringLiteral("; ")));
    return text;
}

void PathPanel::highlightPath(int index) {
    QSet<qint64> elements;
    for (size_t p = 0; p < m_paths.size(); ++p) {
        if (index >= 0 && size_t(index) != p)
            continue;
        for (const PathStep& step : m_paths[p]) {
            elements.insert(step.node.value);
            if (step.edge.isValid())
                elements.insert(step.edge.value);
        }
    }
    m_canvas.setHighlight(elements);
}

void PathPanel::clearPaths() {
    m_paths.clear();
    m_results->clear();
    m_status->clear();
    m_canvas.setHighlight({});
}

void PathPanel::focusOnSelection() {
    if (!m_model)
        return;
    QSet<qint64> nodes;
    for (NodeId centre : m_canvas.selectedNodes())
        for (const auto& [id, distance] :
             neighbourhood(m_model->document().graph(), centre, m_depth->value()))
            nodes.insert(id.value);
    if (nodes.isEmpty()) {
        m_status->setText(tr("Select a node to focus on."));
        return;
    }
    m_canvas.setFocusNodes(nodes, m_hide->isChecked());
}

void PathPanel::expandSelection() {
    if (!m_model)
        return;
    QSet<qint64> nodes = m_canvas.focusNodes();
    const std::vector<NodeId> selected = m_canvas.selectedNodes();
    if (nodes.isEmpty() || selected.empty()) {
        focusOnSelection();
        return;
    }
    for (NodeId centre : selected)
        for (const auto& [id, distance] : neighbourhood(m_model->document().graph(), centre, 1))
            nodes.insert(id.value);
    m_canvas.setFocusNodes(nodes, m_hide->isChecked());
}

void PathPanel::clearFocus() {
    m_canvas.setFocusNodes({}, false);
}

} // namespace kizuna
