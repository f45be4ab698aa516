#pragma once
// Asks for a new node's type and label (in a chosen language).

#include "model/Elements.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;

namespace kizuna {

class Schema;

class NewNodeDialog : public QDialog {
    Q_OBJECT
public:
    NewNodeDialog(const Schema& schema, Language language, QWidget* parent = nullptr);

    NodeData node() const; // type and label as entered (no id, no position)
    void showError(const QString& message);
    QComboBox* typeCombo() const { return m_type; }
    QLineEdit* labelEdit() const { return m_label; }
    QComboBox* languageCombo() const { return m_language; }

private:
    QComboBox* m_type;
    QLineEdit* m_label;
    QComboBox* m_language;
    QLabel* m_error;
};

} // namespace kizuna
