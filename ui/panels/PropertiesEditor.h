#pragma once
// Free key/value properties of a node or edge: add, rename and remove keys, edit values.

#include "model/Elements.h"

#include <QWidget>

class QLabel;
class QTableWidget;
class QTableWidgetItem;

namespace kizuna {

class PropertiesEditor : public QWidget {
    Q_OBJECT
public:
    explicit PropertiesEditor(QWidget* parent = nullptr);

    void setProperties(const Properties& properties);
    void showError(const QString& message);
    QString error() const;
    QTableWidget* table() const { return m_table; }

public Q_SLOTS:
    void addProperty();
    void removeSelected();

Q_SIGNALS:
    // The properties as the user left them; the owner applies them (or refuses with showError).
    void edited(const Properties& properties);

private:
    void itemEdited(QTableWidgetItem* item);

    QTableWidget* m_table;
    QLabel* m_error;
    Properties m_stored;
};

} // namespace kizuna
