#include "data/ElementTableDelegate.h"

#include "data/ElementTableModel.h"
#include "data/TypeChoices.h"
#include "document/GraphDocument.h"

#include <QComboBox>

namespace kizuna {

ElementTableDelegate::ElementTableDelegate(const ElementTableModel& table, QObject* parent)
    : QStyledItemDelegate(parent), m_table(table) {}

bool ElementTableDelegate::choosesType(const QModelIndex& index) const {
    const QString field = index.data(ElementTableModel::FieldRole).toString();
    return m_table.document() &&
           (field == QLatin1String("type") || field == QLatin1String("relation"));
}

QWidget* ElementTableDelegate::createEditor(QWidget* parent, const QStyleOptionViewItem& option,
                                            const QModelIndex& index) const {
    if (!choosesType(index))
        return QStyledItemDelegate::createEditor(parent, option, index);
    auto* combo = new QComboBox(parent);
    fillTypeChoices(*combo, m_table.document()->schema(),
                    m_table.kind() == ElementTableModel::Kind::Relations, m_table.labelLanguage());
    // Picking a type applies it at once, as the inspector's type box does.
    connect(combo, &QComboBox::activated, this, [this, combo] {
        Q_EMIT const_cast<ElementTableDelegate*>(this)->commitData(combo);
        Q_EMIT const_cast<ElementTableDelegate*>(this)->closeEditor(combo);
    });
    return combo;
}

void ElementTableDelegate::setEditorData(QWidget* editor, const QModelIndex& index) const {
    if (auto* combo = qobject_cast<QComboBox*>(editor); combo && choosesType(index)) {
        combo->setCurrentIndex(combo->findData(index.data(Qt::EditRole)));
        return;
    }
    QStyledItemDelegate::setEditorData(editor, index);
}

void ElementTableDelegate::setModelData(QWidget* editor, QAbstractItemModel* model,
                                        const QModelIndex& index) const {
    if (auto* combo = qobject_cast<QComboBox*>(editor); combo && choosesType(index)) {
        if (combo->currentIndex() >= 0)
            model->setData(index, combo->currentData(), Qt::EditRole);
        return;
    }
    QStyledItemDelegate::setModelData(editor, model, index);
}

} // namespace kizuna
