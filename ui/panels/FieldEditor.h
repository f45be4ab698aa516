#pragma once
// A one-line field of the inspector with its own error line underneath: an edit the map refuses
// is explained right next to the field, and the field shows the stored value again.

#include <QWidget>

class QLabel;
class QLineEdit;

namespace kizuna {

class FieldEditor : public QWidget {
    Q_OBJECT
public:
    explicit FieldEditor(const QString& placeholder = {}, QWidget* parent = nullptr);

    void setValue(const QString& value); // shows the stored value and clears any error
    QString value() const;
    void showError(const QString& message);
    QString error() const;
    QLineEdit* lineEdit() const { return m_edit; }

Q_SIGNALS:
    void committed(const QString& value); // Enter or leaving the field, when the text changed

private:
    QLineEdit* m_edit;
    QLabel* m_error;
    QString m_stored;
};

} // namespace kizuna
