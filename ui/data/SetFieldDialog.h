#pragma once
// "Set for Selected Rows": one field (type, dates, confidence, or a property) set to one value on
// every selected node or relation of the Data view, applied as one edit (one undo step).

#include "model/Labels.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QStackedWidget;

namespace kizuna {

class Schema;

class SetFieldDialog : public QDialog {
    Q_OBJECT
public:
    SetFieldDialog(const Schema& schema, bool relations, const QStringList& propertyKeys, int count,
                   Language language, QWidget* parent = nullptr);

    QString field() const; // "type", "valid_from", "prop.owner" … as setFieldChange takes it
    QString value() const; // empty clears the field

    QComboBox* fieldChoice() const { return m_field; }
    QComboBox* propertyKey() const { return m_key; }
    QComboBox* typeChoice() const { return m_type; }
    QLineEdit* valueEdit() const { return m_value; }

private:
    void showEditorForField();
    bool choosesType() const;

    QComboBox* m_field;
    QComboBox* m_key;
    QLabel* m_keyLabel;
    QStackedWidget* m_editors;
    QComboBox* m_type;
    QLineEdit* m_value;
};

} // namespace kizuna
