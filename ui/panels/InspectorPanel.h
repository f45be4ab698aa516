#pragma once
// The side panel for the selected node or edge: every field editable in place (type, labels,
// description, dates, confidence, properties, sources). Edits go through the EditController; a
// refused edit is explained next to its field and nothing is written.

#include <QWidget>
#include <map>

class QComboBox;
class QFormLayout;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QStackedWidget;

namespace kizuna {

class CitationsEditor;
class EditController;
class FieldEditor;
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
    QWidget* m_details;
};

} // namespace kizuna
