#include "panels/PathPanel.h"

#include "canvas/GraphCanvas.h"
#include "canvas/GraphModelAdapter.h"
#include "document/GraphDocument.h"
#include "document/NodeLookup.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QDesktopServices>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QScrollBar>
#include <QSpinBox>
#include <QSplitter>
#include <QStringListModel>
#include <QTextBrowser>
#include <QTreeWidget>
#include <QVBoxLayout>
#include <set>

namespace kizuna {
PathPanel::PathPanel(GraphCanvas& canvas, QWidget* parent)
    : QWidget(parent), m_canvas(canvas), m_from(new QLineEdit(this)), m_to(new QLineEdit(this)),
      m_undirected(new QCheckBox(tr("Ignore direction"), this)), m_avoidType(new QComboBox(this)),
      m_avoidSelected(new QCheckBox(tr("Avoid the selected nodes"), this)),
      m_status(new QLabel(this)), m_results(new QTreeWidget(this)),
      m_evidence(new QTextBrowser(this)), m_depth(new QSpinBox(this)),
      m_fade(new QRadioButton(tr("Fade the rest"), this)),
      m_hide(new QRadioButton(tr("Hide the rest"), this)), m_labels(new QStringListModel(this)) {
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    m_from->setAccessibleName(tr("Path from node"));
    m_to->setAccessibleName(tr("Path to node"));
    m_results->setAccessibleName(tr("Paths found"));
    m_depth->setAccessibleName(tr("Hops around the focus"));

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
    // Under the list, the chosen path's evidence: whole sentences, wrapped, selectable.
    m_evidence->setOpenLinks(false);
    m_evidence->setAccessibleName(tr("Evidence for the chosen path"));
    m_evidence->setLineWrapMode(QTextEdit::WidgetWidth);
    // Wrapped to the width; a line of CJK may end a pixel or two into the document margin.
    m_evidence->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_evidence->setPlaceholderText(
        tr("The passages each relation of the chosen path rests on appear here."));
    auto* split = new QSplitter(Qt::Vertical, this);
    split->setChildrenCollapsible(false);
    split->addWidget(m_results);
    split->addWidget(m_evidence);
    split->setStretchFactor(0, 2);
    split->setStretchFactor(1, 3);
    layout->addWidget(split, 1);

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
        const int index = m_results->indexOfTopLevelItem(top);
        highlightPath(index);
        if (index != m_evidencePath)
            showEvidence(index);
        if (const qint64 element = item->data(0, Qt::UserRole).toLongLong()) {
            m_canvas.select(element);
            m_evidence->scrollToAnchor(QStringLiteral("hop-%1").arg(element));
        }
    });
    connect(m_evidence, &QTextBrowser::anchorClicked, this, &PathPanel::followLink);
    connect(focusOn, &QPushButton::clicked, this, &PathPanel::focusOnSelection);
    connect(expand, &QPushButton::clicked, this, &PathPanel::expandSelection);
    connect(unfocus, &QPushButton::clicked, this, &PathPanel::clearFocus);
}

void PathPanel::setModel(GraphModelAdapter* model) {
    if (m_model)
        disconnect(m_model, nullptr, this, nullptr);
    m_model = model;
    if (m_model) {
        connect(m_model, &GraphModelAdapter::graphChanged, this, [this] {
            reloadTypes();
            m_labelsStale = true;
        });
        connect(m_model, &GraphModelAdapter::documentChanged, this, &PathPanel::refreshEvidence);
    }
    m_labelsStale = true;
    m_paths.clear();
    m_results->clear();
    m_status->clear();
    showEvidence(-1);
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
    showEvidence(-1);
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
        for (const PathHop& hop : describePath(document.graph(), document.provenance(), path)) {
            auto* item = new QTreeWidgetItem(top);
            item->setText(0, describeHop(hop));
            item->setData(0, Qt::UserRole, hop.edge.value);
            item->setToolTip(0, item->text(0));
        }
        top->setExpanded(p == 0);
    }
    highlightPath(-1);
    showEvidence(0);
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

QString PathPanel::describeHop(const PathHop& hop) const {
    const GraphDocument& document = m_model->document();
    const QString relation = document.schema().relationName(hop.relation, m_canvas.labelLanguage());
    const QString text = hop.forward ? tr("%1 —%2→ %3") : tr("%1 ←%2— %3");
    return text.arg(document.displayLabel(hop.from), relation, document.displayLabel(hop.to));
}

void PathPanel::showEvidence(int index) {
    m_evidencePath = -1;
    if (!m_model || index < 0 || size_t(index) >= m_paths.size()) {
        m_evidence->clear();
        return;
    }
    m_evidencePath = index;
    const GraphDocument& document = m_model->document();
    const Path& path = m_paths[size_t(index)];
    for (const PathStep& step : path)
        if (!document.graph().contains(step.node) ||
            (step.edge.isValid() && !document.graph().edge(step.edge))) {
            m_evidence->setHtml(
                QStringLiteral("<p><i>%1</i></p>")
                    .arg(tr("The map has changed: find the paths again.").toHtmlEscaped()));
            return;
        }
    // Each hop (a link that selects its relation), then each citation it rests on:
    // “excerpt” — source title (locator). Everything from the map is escaped.
    QString html = QStringLiteral("<p><b>%1</b></p>")
                       .arg(tr("Path %1, hop by hop, with the sources of each relation")
                                .arg(index + 1)
                                .toHtmlEscaped());
    const QString indented = QStringLiteral("<p style=\"margin-left:14px; margin-top:2px\">%1</p>");
    for (const PathHop& hop : describePath(document.graph(), document.provenance(), path)) {
        html += QStringLiteral(
                    "<p style=\"margin-top:10px\"><a name=\"hop-%1\" "
                    "href=\"kizuna-edge:%1\" style=\"text-decoration:none\"><b>%2</b></a></p>")
                    .arg(QString::number(hop.edge.value), describeHop(hop).toHtmlEscaped());
        if (hop.evidence.empty())
            html += indented.arg(
                QStringLiteral("<i>%1</i>").arg(tr("No source cited").toHtmlEscaped()));
        for (const Evidence& item : hop.evidence) {
            QString title =
                (item.title.isEmpty() ? tr("(untitled source)") : item.title).toHtmlEscaped();
            if (!item.url.isEmpty())
                title =
                    QStringLiteral("<a href=\"%1\">%2</a>").arg(item.url.toHtmlEscaped(), title);
            QString line;
            if (!item.excerpt.isEmpty())
                line = QStringLiteral("“%1” — ").arg(item.excerpt.toHtmlEscaped());
            line += QStringLiteral("<i>%1</i>").arg(title);
            if (!item.locator.isEmpty())
                line += QStringLiteral(" (%1)").arg(item.locator.toHtmlEscaped());
            html += indented.arg(line);
        }
    }
    m_evidence->setHtml(html);
}

void PathPanel::refreshEvidence(const ChangeNotice& notice) {
    if (m_evidencePath < 0 || size_t(m_evidencePath) >= m_paths.size() || notice.onlyPositions())
        return;
    // Only when the shown path's nodes, relations or citations (or names) changed: a redraw
    // would drop the reader's text selection.
    bool touched = notice.reset || notice.schema || notice.sources || notice.info;
    std::set<qint64> changed(notice.citationsOf.begin(), notice.citationsOf.end());
    for (const auto* ids : {&notice.nodesRemoved, &notice.nodesChanged})
        for (NodeId id : *ids)
            changed.insert(id.value);
    for (const auto* ids : {&notice.edgesRemoved, &notice.edgesChanged})
        for (EdgeId id : *ids)
            changed.insert(id.value);
    for (const PathStep& step : m_paths[size_t(m_evidencePath)])
        touched = touched || changed.count(step.node.value) || changed.count(step.edge.value);
    if (!touched)
        return;
    const int scrolled = m_evidence->verticalScrollBar()->value();
    showEvidence(m_evidencePath);
    m_evidence->verticalScrollBar()->setValue(scrolled);
}

void PathPanel::followLink(const QUrl& link) {
    if (link.scheme() == QLatin1String("kizuna-edge")) {
        if (const qint64 edge = link.path().toLongLong())
            m_canvas.select(edge);
    } else if (link.scheme() == QLatin1String("http") || link.scheme() == QLatin1String("https")) {
        QDesktopServices::openUrl(link);
    }
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
    showEvidence(-1);
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
