#pragma once
// The side panel for the selected node or edge: every field editable in place (type, labels,
// description, dates, confidence, properties, sources). Edits go through the EditController; a
// refused edit is explained next to its field and nothing is written.

#include "model/Labels.h"

#include <QWidget>
#include <map>

class QComboBox;
class QFormLayout;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QStackedWidget;

class QGroupBox;
class QTableWidget;

namespace kizuna {

class CitationsEditor;
class EditController;
class FieldEditor;
class GraphDocument;
struct NodeData;
class GraphModelAdapter;
class PropertiesEditor;

class InspectorPanel : public QWidget {
    Q_OBJECT
public:
    explicit InspectorPanel(QWidget* parent = nullptr);

    void setModel(GraphModelAdapter* model, EditController* edits);
    qint64 shownElement() const { return m_element; }
    // The panel's text as a user reads it (for tests and accessibility).
    QString plainText() const;
    // The editor of a field by its name in kizuna-cli's `set` (label.en, valid_from, ...).
    FieldEditor* field(const QString& name) const;
    QComboBox* typeCombo() const { return m_type; }
    QPlainTextEdit* descriptionEdit() const { return m_description; }
    PropertiesEditor* properties() const { return m_properties; }
    CitationsEditor* citations() const { return m_citations; }
    // A node's relations: relation, direction, the node at the other end (one row each).
    QTableWidget* relations() const { return m_relations; }
    // The language of relation and node names in the relations list.
    void setLabelLanguage(Language language);

Q_SIGNALS:
    // A row of the relations list was clicked or activated: select that relation.
    void relationChosen(qint64 edgeId);

public Q_SLOTS:
    void showElement(qint64 elementId);    // 0: nothing selected
    void showMessage(const QString& text); // instead of an element ("3 nodes selected")

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void refresh();
    void commitField(const QString& name, const QString& value);
    void commitType();
    void commitDescription();
    void showRelations(const GraphDocument& document, const NodeData& node);
    FieldEditor* addField(QFormLayout* form, const QString& name, const QString& caption,
                          const QString& placeholder = {});

    GraphModelAdapter* m_model = nullptr;
    EditController* m_edits = nullptr;
    qint64 m_element = 0;
    QString m_message;

    QLabel* m_title;
    QStackedWidget* m_pages;
    QLabel* m_placeholder;
    QComboBox* m_type;
    QLabel* m_typeError;
    QLabel* m_endpoints;
    QPushButton* m_reverse;
    QPlainTextEdit* m_description;
    std::map<QString, FieldEditor*> m_fields;
    PropertiesEditor* m_properties;
    CitationsEditor* m_citations;
    QTableWidget* m_relations;
    QGroupBox* m_relationsBox;
    Language m_language = Language::En;
    QWidget* m_details;
};

} // namespace kizuna
