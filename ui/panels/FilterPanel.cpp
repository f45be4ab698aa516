#include "panels/FilterPanel.h"

#include "canvas/GraphCanvas.h"
#include "canvas/GraphModelAdapter.h"
#include "canvas/NodeStyling.h"
#include "document/GraphDocument.h"
#include "panels/StyleChoices.h"
#include "panels/TypeSwatch.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace kizuna {
namespace {

QStringList unchecked(const QListWidget& list) {
    QStringList keys;
    for (int row = 0; row < list.count(); ++row)
        if (list.item(row)->checkState() == Qt::Unchecked)
            keys << list.item(row)->data(Qt::UserRole).toString();
    return keys;
}

} // namespace

FilterPanel::FilterPanel(GraphCanvas& canvas, QWidget* parent)
    : QWidget(parent), m_canvas(canvas), m_nodeTypes(new QListWidget(this)),
      m_relationTypes(new QListWidget(this)), m_propertyKey(new QComboBox(this)),
      m_propertyValue(new QLineEdit(this)),
      m_hideIsolated(new QCheckBox(tr("Hide nodes with no shown relation"), this)),
      m_colourBy(new QComboBox(this)), m_sizeBy(new QComboBox(this)),
      m_colourKeyTitle(new QLabel(this)), m_colourKey(new QListWidget(this)) {
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(new QLabel(tr("<b>Node types</b> (untick to hide)"), this));
    layout->addWidget(m_nodeTypes, 1);
    layout->addWidget(new QLabel(tr("<b>Relations</b>"), this));
    layout->addWidget(m_relationTypes, 1);
    auto* form = new QFormLayout;
    m_propertyKey->setEditable(false);
    m_propertyValue->setPlaceholderText(tr("any value"));
    m_propertyValue->setClearButtonEnabled(true);
    form->addRow(tr("Property:"), m_propertyKey);
    form->addRow(tr("contains:"), m_propertyValue);
    layout->addLayout(form);
    layout->addWidget(m_hideIsolated);
    auto* reset = new QPushButton(tr("Show Everything"), this);
    layout->addWidget(reset);
    // Style by property: the colours' meaning is listed by value, so colour never speaks alone.
    auto* style = new QFormLayout;
    fillStyleChoices(*m_colourBy, nullptr, StyleChoice::Colour);
    fillStyleChoices(*m_sizeBy, nullptr, StyleChoice::Size);
    m_colourBy->setAccessibleName(tr("Colour nodes by"));
    m_sizeBy->setAccessibleName(tr("Size nodes by"));
    m_colourBy->setToolTip(tr("Colour nodes by a property's values (or a metric)"));
    m_sizeBy->setToolTip(tr("Size nodes by a numeric property (or a metric)"));
    style->addRow(tr("Colour by:"), m_colourBy);
    style->addRow(tr("Size by:"), m_sizeBy);
    layout->addLayout(style);
    m_colourKeyTitle->setWordWrap(true);
    layout->addWidget(m_colourKeyTitle);
    m_colourKey->setSelectionMode(QAbstractItemView::NoSelection);
    m_colourKey->setFocusPolicy(Qt::TabFocus);
    m_colourKey->setAccessibleName(tr("Colour key"));
    m_colourKey->setMaximumHeight(m_colourKey->fontMetrics().height() * 8);
    layout->addWidget(m_colourKey);
    m_colourKeyTitle->hide();
    m_colourKey->hide();
    auto requestStyling = [this] {
        if (!m_updating)
            Q_EMIT stylingRequested(m_sizeBy->currentData().toString(),
                                    m_colourBy->currentData().toString());
    };
    connect(m_colourBy, &QComboBox::activated, this, requestStyling);
    connect(m_sizeBy, &QComboBox::activated, this, requestStyling);
    connect(&m_canvas, &GraphCanvas::presentationChanged, this, &FilterPanel::showStyling);

    m_nodeTypes->setAccessibleName(tr("Node types shown"));
    m_relationTypes->setAccessibleName(tr("Relation types shown"));
    m_propertyKey->setAccessibleName(tr("Filter by property"));
    m_propertyValue->setAccessibleName(tr("Property value contains"));
    connect(m_nodeTypes, &QListWidget::itemChanged, this, &FilterPanel::applyToCanvas);
    connect(m_relationTypes, &QListWidget::itemChanged, this, &FilterPanel::applyToCanvas);
    connect(m_propertyKey, &QComboBox::currentIndexChanged, this, &FilterPanel::applyToCanvas);
    connect(m_propertyValue, &QLineEdit::textChanged, this, &FilterPanel::applyToCanvas);
    connect(m_hideIsolated, &QCheckBox::toggled, this, &FilterPanel::applyToCanvas);
    connect(reset, &QPushButton::clicked, this, &FilterPanel::showEverything);
    connect(&m_canvas, &GraphCanvas::presentationChanged, this, &FilterPanel::showFilter);
}

void FilterPanel::setModel(GraphModelAdapter* model) {
    if (m_model)
        disconnect(m_model, nullptr, this, nullptr);
    m_model = model;
    if (m_model)
        connect(m_model, &GraphModelAdapter::documentChanged, this,
                [this](const ChangeNotice& notice) {
                    if (affectsLegend(notice))
                        reload();
                });
    reload();
}

// Only what the lists show: types and their counts, and the property keys. Labels, dates and
// moves leave them as they are.
bool FilterPanel::affectsLegend(const ChangeNotice& notice) {
    if (notice.reset || notice.schema || !notice.nodesAdded.empty() ||
        !notice.nodesRemoved.empty() || !notice.edgesAdded.empty() || !notice.edgesRemoved.empty())
        return true;
    for (const QString& field : notice.fields)
        if (field == QLatin1String("type") || field == QLatin1String("relation") ||
            field.startsWith(QLatin1String("prop.")))
            return true;
    return false;
}

void FilterPanel::reload() {
    m_updating = true;
    m_nodeTypes->clear();
    m_relationTypes->clear();
    const QString key = m_propertyKey->currentData().toString();
    m_propertyKey->clear();
    m_propertyKey->addItem(tr("(none)"), QString());
    if (m_model) {
        const GraphDocument& document = m_model->document();
        const Language language = m_canvas.labelLanguage();
        // Kept by the graph as it changes: no walk over a big map's million elements.
        const QHash<QString, qint64>& nodeCounts = document.graph().nodeTypeCounts();
        const QHash<QString, qint64>& relationCounts = document.graph().relationCounts();
        QStringList propertyKeys = document.graph().nodePropertyKeyCounts().keys();
        propertyKeys.sort();
        for (const NodeType& type : document.schema().nodeTypes()) {
            if (nodeCounts.value(type.key) == 0) // a new map's default types are not "(0)"
                continue;
            auto* item =
                new QListWidgetItem(nodeTypeIcon(type.color),
                                    QStringLiteral("%1  (%2)")
                                        .arg(typeName(type.nameEn, type.nameJa, type.key, language))
                                        .arg(nodeCounts.value(type.key)),
                                    m_nodeTypes);
            item->setData(Qt::UserRole, type.key);
            item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        }
        for (const RelationType& type : document.schema().relationTypes()) {
            if (relationCounts.value(type.key) == 0)
                continue;
            auto* item =
                new QListWidgetItem(relationTypeIcon(type.color, type.lineStyle),
                                    QStringLiteral("%1  (%2)")
                                        .arg(typeName(type.nameEn, type.nameJa, type.key, language))
                                        .arg(relationCounts.value(type.key)),
                                    m_relationTypes);
            item->setData(Qt::UserRole, type.key);
            item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        }
        for (const QString& property : propertyKeys)
            m_propertyKey->addItem(property, property);
    }
    m_propertyKey->setCurrentIndex(std::max(0, m_propertyKey->findData(key)));
    m_updating = false;
    showFilter();
    showStyling();
}

void FilterPanel::showStyling() {
    if (m_updating)
        return;
    m_updating = true;
    const GraphDocument* document = m_model ? &m_model->document() : nullptr;
    fillStyleChoices(*m_colourBy, document, StyleChoice::Colour);
    fillStyleChoices(*m_sizeBy, document, StyleChoice::Size);
    m_colourBy->setCurrentIndex(std::max(0, m_colourBy->findData(m_canvas.colourBy())));
    m_sizeBy->setCurrentIndex(std::max(0, m_sizeBy->findData(m_canvas.sizeBy())));
    m_colourKey->clear();
    for (const auto& [value, colour] : m_canvas.fillLegend())
        (new QListWidgetItem(nodeTypeIcon(colour.name()), value, m_colourKey))->setToolTip(value);
    const bool keyed = m_colourKey->count() > 0;
    m_colourKeyTitle->setText(
        keyed ? tr("<b>Colours</b>: %1").arg(styleKeyName(m_canvas.colourBy()).toHtmlEscaped())
              : QString());
    m_colourKeyTitle->setVisible(keyed);
    m_colourKey->setVisible(keyed);
    m_updating = false;
}

void FilterPanel::showFilter() {
    if (m_updating)
        return;
    m_updating = true;
    const ViewFilter& filter = m_canvas.filter();
    for (QListWidget* list : {m_nodeTypes, m_relationTypes}) {
        const QStringList& hidden =
            list == m_nodeTypes ? filter.hiddenNodeTypes : filter.hiddenRelationTypes;
        for (int row = 0; row < list->count(); ++row) {
            QListWidgetItem* item = list->item(row);
            item->setCheckState(hidden.contains(item->data(Qt::UserRole).toString()) ? Qt::Unchecked
                                                                                     : Qt::Checked);
        }
    }
    int index = m_propertyKey->findData(filter.propertyKey);
    if (index < 0 && !filter.propertyKey.isEmpty()) { // a key no node has now
        m_propertyKey->addItem(filter.propertyKey, filter.propertyKey);
        index = m_propertyKey->count() - 1;
    }
    m_propertyKey->setCurrentIndex(std::max(0, index));
    m_propertyValue->setText(filter.propertyValue);
    m_hideIsolated->setChecked(filter.hideIsolated);
    m_updating = false;
}

void FilterPanel::applyToCanvas() {
    if (m_updating)
        return;
    ViewFilter filter = m_canvas.filter(); // the timeline's part stays
    filter.hiddenNodeTypes = unchecked(*m_nodeTypes);
    filter.hiddenRelationTypes = unchecked(*m_relationTypes);
    filter.propertyKey = m_propertyKey->currentData().toString();
    filter.propertyValue = filter.propertyKey.isEmpty() ? QString() : m_propertyValue->text();
    filter.hideIsolated = m_hideIsolated->isChecked();
    m_updating = true;
    m_canvas.setFilter(filter);
    m_updating = false;
}

void FilterPanel::showEverything() {
    ViewFilter filter = m_canvas.filter();
    filter.hiddenNodeTypes.clear();
    filter.hiddenRelationTypes.clear();
    filter.propertyKey.clear();
    filter.propertyValue.clear();
    filter.hideIsolated = false;
    m_canvas.setFilter(filter);
}

} // namespace kizuna
