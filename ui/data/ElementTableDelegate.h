#pragma once
// Cell editors of the Data view: a node's type and a relation's relation are chosen from the
// map's schema (a combo box); every other editable cell is edited as text.

#include <QStyledItemDelegate>

namespace kizuna {

class ElementTableModel;

class ElementTableDelegate : public QStyledItemDelegate {
    Q_OBJECT
public:
    ElementTableDelegate(const ElementTableModel& table, QObject* parent = nullptr);

    QWidget* createEditor(QWidget* parent, const QStyleOptionViewItem& option,
                          const QModelIndex& index) const override;
    void setEditorData(QWidget* editor, const QModelIndex& index) const override;
    void setModelData(QWidget* editor, QAbstractItemModel* model,
                      const QModelIndex& index) const override;

private:
    bool choosesType(const QModelIndex& index) const;

    const ElementTableModel& m_table;
};

} // namespace kizuna
