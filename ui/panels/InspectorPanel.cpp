#include "panels/InspectorPanel.h"

#include <QApplication>

#include "canvas/GraphModelAdapter.h"
#include "commands/EditController.h"
#include "document/Edits.h"
#include "document/FieldEdit.h"
#include "document/GraphDocument.h"
#include "panels/CitationsEditor.h"
#include "panels/FieldEditor.h"
#include "panels/PropertiesEditor.h"

#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QStackedWidget>
#include <QTableWidget>
#include <QVBoxLayout>

namespace kizuna {
InspectorPanel::InspectorPanel(QWidget* parent)
    : QWidget(parent), m_title(new QLabel(this)), m_pages(new QStackedWidget(this)),
      m_placeholder(new QLabel(this)), m_type(new QComboBox(this)), m_typeError(new QLabel(this)),
      m_endpoints(new QLabel(this)), m_reverse(new QPushButton(tr("Reverse"), this)),
      m_description(new QPlainTextEdit(this)), m_properties(new PropertiesEditor(this)),
      m_citations(new CitationsEditor(this)), m_relations(new QTableWidget(0, 3, this)),
      m_relationsBox(new QGroupBox(tr("Relations"), this)), m_details(new QWidget(this)) {
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    m_title->setWordWrap(true);
    m_title->setTextFormat(Qt::RichText);
    layout->addWidget(m_title);
    layout->addWidget(m_pages);

    m_placeholder->setWordWrap(true);
    m_placeholder->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_placeholder->setStyleSheet(QStringLiteral("color: #777;"));
    m_pages->addWidget(m_placeholder);

    auto* scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(m_details);
    m_pages->addWidget(scroll);

    auto* details = new QVBoxLayout(m_details);
    details->setContentsMargins(0, 0, 0, 0);
    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    details->addLayout(form);
    m_type->setObjectName(QStringLiteral("typeCombo"));
    auto* typeBox = new QWidget(this);
    auto* typeLayout = new QVBoxLayout(typeBox);
    typeLayout->setContentsMargins(0, 0, 0, 0);
    typeLayout->setSpacing(1);
    typeLayout->addWidget(m_type);
    typeLayout->addWidget(m_typeError);
    m_typeError->setStyleSheet(QStringLiteral("color: #b3261e;"));
    m_typeError->setWordWrap(true);
    m_typeError->hide();
    m_type->setAccessibleName(tr("Type"));
    m_relations->setAccessibleName(tr("Relations of this node"));
    form->addRow(tr("Type"), typeBox);
    auto* ends = new QWidget(this);
    auto* endsLayout = new QHBoxLayout(ends);
    endsLayout->setContentsMargins(0, 0, 0, 0);
    m_endpoints->setWordWrap(true);
    endsLayout->addWidget(m_endpoints, 1);
    endsLayout->addWidget(m_reverse);
    m_reverse->setObjectName(QStringLiteral("reverseEdge"));
    form->addRow(tr("Between"), ends);
    addField(form, QStringLiteral("label.en"), tr("English"));
    addField(form, QStringLiteral("label.ja"), tr("Japanese"));
    addField(form, QStringLiteral("label.zh"), tr("Chinese"));
    addField(form, QStringLiteral("label"), tr("Label"));
    m_description->setObjectName(QStringLiteral("description"));
    m_description->setMaximumHeight(90);
    m_description->installEventFilter(this);
    m_description->setAccessibleName(tr("Description"));
    form->addRow(tr("Description"), m_description);
    addField(form, QStringLiteral("valid_from"), tr("Valid from"),
             tr("YYYY, YYYY-MM or YYYY-MM-DD"));
    addField(form, QStringLiteral("valid_to"), tr("Valid to"), tr("YYYY, YYYY-MM or YYYY-MM-DD"));
    addField(form, QStringLiteral("confidence"), tr("Confidence"),
             tr("0 to 1; empty: not assessed"));

    auto* properties = new QGroupBox(tr("Properties"), this);
    (new QVBoxLayout(properties))->addWidget(m_properties);
    details->addWidget(properties);
    // A node's relations, each a row to select it by (also the keyboard's way to them).
    m_relations->setObjectName(QStringLiteral("relationsList"));
    m_relations->setAccessibleName(tr("Relations of this node"));
    m_relations->setHorizontalHeaderLabels({tr("Relation"), QString(), tr("Other end")});
    m_relations->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_relations->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_relations->setSelectionMode(QAbstractItemView::SingleSelection);
    m_relations->verticalHeader()->hide();
    m_relations->setWordWrap(false);
    m_relations->horizontalHeader()->setStretchLastSection(true);
    m_relations->setMinimumHeight(120);
    (new QVBoxLayout(m_relationsBox))->addWidget(m_relations);
    details->addWidget(m_relationsBox);
    auto chosen = [this](int row) {
        if (QTableWidgetItem* item = m_relations->item(row, 0))
            Q_EMIT relationChosen(item->data(Qt::UserRole).toLongLong());
    };
    connect(m_relations, &QTableWidget::cellClicked, this, [chosen](int row, int) { chosen(row); });
    connect(m_relations, &QTableWidget::cellActivated, this,
            [chosen](int row, int) { chosen(row); });
    auto* sources = new QGroupBox(tr("Sources"), this);
    (new QVBoxLayout(sources))->addWidget(m_citations);
    details->addWidget(sources);
    details->addStretch();

    connect(m_type, &QComboBox::activated, this, [this] { commitType(); });
    connect(m_reverse, &QPushButton::clicked, this, [this] {
        if (m_edits)
            m_edits->perform(reverseEdgeChange(m_edits->document(), EdgeId(m_element)));
    });
    connect(m_properties, &PropertiesEditor::edited, this, [this](const Properties& properties) {
        if (!m_edits)
            return;
        const QString error =
            m_edits->perform(setPropertiesChange(m_edits->document(), m_element, properties));
        if (!error.isEmpty())
            m_properties->showError(error);
    });
    setMinimumWidth(300);
    refresh();
}

FieldEditor* InspectorPanel::addField(QFormLayout* form, const QString& name,
                                      const QString& caption, const QString& placeholder) {
    auto* editor = new FieldEditor(placeholder, this);
    editor->setObjectName(name);
    editor->lineEdit()->setAccessibleName(caption);
    form->addRow(caption, editor);
    m_fields[name] = editor;
    connect(editor, &FieldEditor::committed, this,
            [this, name](const QString& value) { commitField(name, value); });
    return editor;
}

FieldEditor* InspectorPanel::field(const QString& name) const {
    auto it = m_fields.find(name);
    return it == m_fields.end() ? nullptr : it->second;
}

void InspectorPanel::setModel(GraphModelAdapter* model, EditController* edits) {
    if (m_model)
        disconnect(m_model, nullptr, this, nullptr);
    m_model = model;
    m_edits = edits;
    m_element = 0;
    m_citations->setController(edits);
    if (m_model) {
        connect(m_model, &GraphModelAdapter::elementChanged, this, [this](qint64 id) {
            if (id == m_element)
                refresh();
        });
        connect(m_model, &GraphModelAdapter::elementRemoved, this, [this](qint64 id) {
            if (id == m_element)
                showElement(0);
        });
        connect(m_model, &GraphModelAdapter::graphChanged, this, [this] {
            // A type's name or an endpoint's label may have changed; but not while the user is
            // typing here (another program's unrelated change must not wipe the field).
            if (m_element && !isAncestorOf(QApplication::focusWidget()))
                refresh();
        });
    }
    refresh();
}

void InspectorPanel::showElement(qint64 elementId) {
    m_element = elementId;
    m_message.clear();
    refresh();
}

void InspectorPanel::showMessage(const QString& text) {
    m_element = 0;
    m_message = text;
    refresh();
}

QString InspectorPanel::plainText() const {
    if (m_pages->currentIndex() == 0)
        return m_placeholder->text();
    QStringList parts{m_title->text(), m_type->currentText(), m_endpoints->text(),
                      m_description->toPlainText()};
    for (const auto& [name, editor] : m_fields)
        if (editor->isVisible() || editor->isVisibleTo(m_details))
            parts << editor->value();
    const auto* table = m_properties->table();
    for (int row = 0; row < table->rowCount(); ++row)
        for (int column = 0; column < 2; ++column)
            if (table->item(row, column))
                parts << table->item(row, column)->text();
    parts << m_citations->plainText();
    return parts.join(QLatin1Char('\n'));
}

void InspectorPanel::refresh() {
    const GraphDocument* document = m_model ? &m_model->document() : nullptr;
    const NodeData* node = document ? document->graph().node(NodeId(m_element)) : nullptr;
    const EdgeData* edge = document ? document->graph().edge(EdgeId(m_element)) : nullptr;
    if (!node && !edge) {
        m_title->clear();
        m_placeholder->setText(!document ? tr("No map is open.")
                               : !m_message.isEmpty()
                                   ? m_message
                                   : tr("Click a node or an edge to see and edit its details and "
                                        "sources. Double-click empty canvas to add a node; "
                                        "Shift-drag from one node to another to connect them."));
        m_pages->setCurrentIndex(0);
        return;
    }
    m_pages->setCurrentIndex(1);
    auto* form = qobject_cast<QFormLayout*>(m_details->layout()->itemAt(0)->layout());
    const bool isNode = node != nullptr;
    for (const char* name : {"label.en", "label.ja", "label.zh"})
        form->setRowVisible(m_fields.at(QLatin1String(name)), isNode);
    form->setRowVisible(m_description, isNode);
    form->setRowVisible(m_fields.at(QStringLiteral("label")), !isNode);
    form->setRowVisible(m_fields.at(QStringLiteral("confidence")), !isNode);
    form->setRowVisible(m_endpoints->parentWidget(), !isNode);
    m_typeError->hide();

    const QSignalBlocker blocker(m_type);
    m_type->clear();
    if (isNode) {
        const NodeType* type = document->schema().nodeType(node->type);
        m_title->setText(
            QStringLiteral("<h3 style='margin:0'>%1</h3><span style='color:%2'>■</span> %3")
                .arg(document->displayLabel(node->id).toHtmlEscaped(),
                     type ? type->color : QStringLiteral("#888"),
                     (type ? typeName(type->nameEn, type->nameJa, type->key, m_language)
                           : node->type)
                         .toHtmlEscaped()));
        for (const NodeType& t : document->schema().nodeTypes())
            m_type->addItem(typeName(t.nameEn, t.nameJa, t.key, m_language), t.key);
        m_type->setCurrentIndex(m_type->findData(node->type));
        m_fields.at(QStringLiteral("label.en"))->setValue(node->labels.en);
        m_fields.at(QStringLiteral("label.ja"))->setValue(node->labels.ja);
        m_fields.at(QStringLiteral("label.zh"))->setValue(node->labels.zh);
        if (m_description->toPlainText() != node->description)
            m_description->setPlainText(node->description);
        m_fields.at(QStringLiteral("valid_from"))->setValue(node->validFrom);
        m_fields.at(QStringLiteral("valid_to"))->setValue(node->validTo);
        m_properties->setProperties(node->properties);
        showRelations(*document, *node);
    } else {
        const RelationType* type = document->schema().relationType(edge->relation);
        const bool directed = !type || type->directed;
        m_title->setText(
            QStringLiteral("<h3 style='margin:0'>%1 %2 %3</h3><span style='color:%4'>━</span> %5")
                .arg(document->displayLabel(edge->source).toHtmlEscaped(),
                     directed ? QStringLiteral("→") : QStringLiteral("—"),
                     document->displayLabel(edge->target).toHtmlEscaped(),
                     type ? type->color : QStringLiteral("#888"),
                     (type ? typeName(type->nameEn, type->nameJa, type->key, m_language)
                           : edge->relation)
                         .toHtmlEscaped()));
        // Only relation types that fit these endpoints are offered.
        const QString sourceType = document->graph().node(edge->source)->type;
        const QString targetType = document->graph().node(edge->target)->type;
        for (const RelationType& t : document->schema().relationTypes())
            if (t.allows(sourceType, targetType) || t.key == edge->relation)
                m_type->addItem(typeName(t.nameEn, t.nameJa, t.key, m_language), t.key);
        m_type->setCurrentIndex(m_type->findData(edge->relation));
        m_endpoints->setText(QStringLiteral("%1 %2 %3")
                                 .arg(document->displayLabel(edge->source),
                                      directed ? QStringLiteral("→") : QStringLiteral("—"),
                                      document->displayLabel(edge->target)));
        m_reverse->setEnabled(directed);
        m_fields.at(QStringLiteral("label"))->setValue(edge->label);
        m_fields.at(QStringLiteral("valid_from"))->setValue(edge->validFrom);
        m_fields.at(QStringLiteral("valid_to"))->setValue(edge->validTo);
        m_fields.at(QStringLiteral("confidence"))
            ->setValue(edge->confidence ? QString::number(*edge->confidence, 'g', 3) : QString());
        m_properties->setProperties(edge->properties);
    }
    m_relationsBox->setVisible(isNode);
    m_citations->showElement(m_element);
}

void InspectorPanel::setLabelLanguage(Language language) {
    if (language == m_language)
        return;
    m_language = language;
    refresh();
}

void InspectorPanel::showRelations(const GraphDocument& document, const NodeData& node) {
    const KnowledgeGraph& graph = document.graph();
    std::vector<EdgeId> edges = graph.incidentEdges(node.id);
    std::sort(edges.begin(), edges.end());
    m_relations->setRowCount(int(edges.size()));
    auto nameOf = [&](NodeId id) {
        const NodeData* other = graph.node(id);
        return other ? other->labels.display(m_language) : QString();
    };
    int row = 0;
    for (EdgeId id : edges) {
        const EdgeData& edge = *graph.edge(id);
        const RelationType* type = document.schema().relationType(edge.relation);
        const bool outgoing = edge.source == node.id;
        const QString arrow = type && !type->directed ? QStringLiteral("—")
                              : outgoing              ? QStringLiteral("→")
                                                      : QStringLiteral("←");
        QString relation = document.schema().relationName(edge.relation, m_language);
        if (!edge.label.isEmpty())
            relation += QStringLiteral(": ") + bilingualPart(edge.label, m_language);
        auto* first = new QTableWidgetItem(relation);
        first->setData(Qt::UserRole, id.value);
        first->setToolTip(outgoing ? tr("from this node") : tr("to this node"));
        m_relations->setItem(row, 0, first);
        auto* direction = new QTableWidgetItem(arrow);
        direction->setToolTip(first->toolTip());
        m_relations->setItem(row, 1, direction);
        m_relations->setItem(row, 2,
                             new QTableWidgetItem(nameOf(outgoing ? edge.target : edge.source)));
        ++row;
    }
    m_relationsBox->setTitle(tr("Relations (%1)").arg(edges.size()));
    m_relations->resizeColumnToContents(1);
    m_relations->setColumnWidth(0, std::max(120, m_relations->width() / 2));
}

void InspectorPanel::commitField(const QString& name, const QString& value) {
    if (!m_edits || !m_element)
        return;
    auto change = setFieldChange(m_edits->document(), m_element, name, value);
    QString error = change ? m_edits->perform(change.value()) : change.error();
    if (!error.isEmpty())
        m_fields.at(name)->showError(error);
}

void InspectorPanel::commitType() {
    if (!m_edits || !m_element)
        return;
    const bool isNode = m_edits->document().graph().contains(NodeId(m_element));
    auto change = setFieldChange(m_edits->document(), m_element,
                                 isNode ? QStringLiteral("type") : QStringLiteral("relation"),
                                 m_type->currentData().toString());
    const QString error = change ? m_edits->perform(change.value()) : change.error();
    if (error.isEmpty())
        return;
    refresh();
    m_typeError->setText(error);
    m_typeError->show();
}

void InspectorPanel::commitDescription() {
    if (!m_edits || !m_element || !m_edits->document().graph().contains(NodeId(m_element)))
        return;
    auto change = setFieldChange(m_edits->document(), m_element, QStringLiteral("description"),
                                 m_description->toPlainText().trimmed());
    if (change)
        m_edits->perform(change.value());
}

bool InspectorPanel::eventFilter(QObject* watched, QEvent* event) {
    // A description is committed when the user leaves the box, not at every keystroke.
    if (watched == m_description && event->type() == QEvent::FocusOut)
        commitDescription();
    return QWidget::eventFilter(watched, event);
}

} // namespace kizuna
