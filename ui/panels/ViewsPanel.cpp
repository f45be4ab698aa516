#include "panels/ViewsPanel.h"

#include "canvas/GraphCanvas.h"
#include "canvas/GraphModelAdapter.h"
#include "commands/EditController.h"
#include "document/Edits.h"
#include "document/GraphDocument.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

namespace kizuna {

ViewsPanel::ViewsPanel(GraphCanvas& canvas, QWidget* parent)
    : QWidget(parent), m_canvas(canvas), m_list(new QListWidget(this)),
      m_ownLayout(new QCheckBox(tr("Save with its own layout"), this)) {
    m_list->setAccessibleName(tr("Saved views"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_list);
    m_ownLayout->setToolTip(tr("Keep the nodes where they are now in this view, even when the "
                               "map's layout changes later"));
    layout->addWidget(m_ownLayout);
    auto* row1 = new QHBoxLayout;
    auto* save = new QPushButton(tr("Save Current…"), this);
    auto* show = new QPushButton(tr("Show"), this);
    auto* remove = new QPushButton(tr("Delete"), this);
    row1->addWidget(save);
    row1->addWidget(show);
    row1->addWidget(remove);
    layout->addLayout(row1);
    auto* row2 = new QHBoxLayout;
    auto* selectionOnly = new QPushButton(tr("Show Selection Only"), this);
    auto* everything = new QPushButton(tr("Show All"), this);
    row2->addWidget(selectionOnly);
    row2->addWidget(everything);
    layout->addLayout(row2);
    connect(save, &QPushButton::clicked, this, [this] {
        bool ok = false;
        const QString name = QInputDialog::getText(this, tr("Save View"), tr("Name:"),
                                                   QLineEdit::Normal, QString(), &ok);
        if (!ok)
            return;
        const QString error = saveCurrentView(name.trimmed(), m_ownLayout->isChecked());
        if (!error.isEmpty())
            QMessageBox::warning(this, tr("Cannot save the view"), error);
    });
    connect(show, &QPushButton::clicked, this, [this] { showView(currentId()); });
    connect(m_list, &QListWidget::itemDoubleClicked, this, [this] { showView(currentId()); });
    connect(remove, &QPushButton::clicked, this, [this] { deleteView(currentId()); });
    connect(selectionOnly, &QPushButton::clicked, this, &ViewsPanel::showSelectionOnly);
    connect(everything, &QPushButton::clicked, this, &ViewsPanel::showEverything);
}

void ViewsPanel::setModel(GraphModelAdapter* model, EditController* edits) {
    if (m_model)
        disconnect(m_model, nullptr, this, nullptr);
    m_model = model;
    m_edits = edits;
    if (m_model)
        connect(m_model, &GraphModelAdapter::viewsListChanged, this, &ViewsPanel::reload);
    reload();
}

void ViewsPanel::reload() {
    m_list->clear();
    if (!m_model)
        return;
    for (const auto& [id, view] : m_model->document().views()) {
        auto* item = new QListWidgetItem(view.name, m_list);
        item->setData(Qt::UserRole, id.value);
        QStringList about{view.shown.empty() ? tr("Everything")
                                             : tr("%n element(s)", "", int(view.shown.size()))};
        if (!view.filter.isEmpty())
            about << tr("filtered");
        if (view.filter.hasTimeline())
            about << tr("timeline %1 – %2").arg(view.filter.from, view.filter.to);
        if (!view.positions.empty())
            about << tr("own layout");
        item->setToolTip(about.join(QStringLiteral(", ")));
    }
}

ViewId ViewsPanel::currentId() const {
    const QListWidgetItem* item = m_list->currentItem();
    return item ? ViewId(item->data(Qt::UserRole).toLongLong()) : ViewId();
}

QString ViewsPanel::saveCurrentView(const QString& name, bool ownLayout) {
    if (!m_edits)
        return tr("No map is open.");
    SavedView view;
    view.name = name;
    const QSet<qint64>& shown = m_canvas.shown();
    view.shown.assign(shown.begin(), shown.end());
    std::sort(view.shown.begin(), view.shown.end());
    view.centre = m_canvas.centre();
    view.zoom = m_canvas.zoom();
    view.language = m_canvas.labelLanguage();
    view.colours = int(m_canvas.colourScheme());
    view.filter = m_canvas.filter();
    view.sizeBy = m_canvas.sizeBy();
    view.colourBy = m_canvas.colourBy();
    if (ownLayout)
        for (const NodeVisual& node : m_canvas.scene().nodes())
            view.positions[node.id] = node.position;
    return m_edits->perform(saveViewChange(m_edits->document(), view));
}

void ViewsPanel::showView(ViewId id) {
    if (!m_model)
        return;
    auto it = m_model->document().views().find(id);
    if (it == m_model->document().views().end())
        return;
    const SavedView& view = it->second;
    m_canvas.setLabelLanguage(view.language);
    m_canvas.setColourScheme(ColourScheme(view.colours));
    m_canvas.setShown(QSet<qint64>(view.shown.begin(), view.shown.end()));
    m_canvas.setFocusNodes({}, false);
    m_canvas.setHighlight({});
    m_canvas.setFilter(view.filter);
    m_canvas.setViewLayout(view.positions.empty() ? ViewId() : view.id);
    m_ownLayout->setChecked(!view.positions.empty());
    Q_EMIT stylingRequested(view.sizeBy, view.colourBy);
    m_canvas.setCamera(view.centre, view.zoom);
}

QString ViewsPanel::deleteView(ViewId id) {
    if (!m_edits || !id.isValid())
        return {};
    return m_edits->perform(removeViewChange(m_edits->document(), id));
}

void ViewsPanel::showSelectionOnly() {
    if (!m_canvas.selection().isEmpty())
        m_canvas.setShown(m_canvas.selection());
}

void ViewsPanel::showEverything() {
    m_canvas.setShown({});
    m_canvas.setFilter({});
    m_canvas.setFocusNodes({}, false);
    m_canvas.setViewLayout(ViewId());
    m_ownLayout->setChecked(false);
    m_canvas.fitToWindow();
}

} // namespace kizuna
