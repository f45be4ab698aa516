#include "data/ElementTableFilter.h"

#include "data/ElementTableModel.h"

namespace kizuna {

ElementTableFilter::ElementTableFilter(ElementTableModel& table, QObject* parent)
    : QSortFilterProxyModel(parent), m_table(table) {
    setSourceModel(&table);
    setSortRole(ElementTableModel::SortRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
}

void ElementTableFilter::setText(const QString& text) {
    if (text.trimmed() == m_text)
        return;
    m_text = text.trimmed();
    invalidateFilter();
}

void ElementTableFilter::setType(const QString& typeKey) {
    if (typeKey == m_type)
        return;
    m_type = typeKey;
    invalidateFilter();
}

void ElementTableFilter::setProperty(const QString& propertyKey) {
    if (propertyKey == m_property)
        return;
    m_property = propertyKey;
    invalidateFilter();
}

bool ElementTableFilter::filterAcceptsRow(int sourceRow, const QModelIndex&) const {
    if (!m_type.isEmpty() && m_table.typeOf(sourceRow) != m_type)
        return false;
    if (!m_property.isEmpty()) {
        const QString value = m_table.propertyOf(sourceRow, m_property);
        return !value.isEmpty() &&
               (m_text.isEmpty() || value.contains(m_text, Qt::CaseInsensitive));
    }
    if (m_text.isEmpty())
        return true;
    for (int column = 0; column < m_table.columnCount(); ++column)
        if (m_table.data(m_table.index(sourceRow, column), Qt::DisplayRole)
                .toString()
                .contains(m_text, Qt::CaseInsensitive))
            return true;
    return false;
}

} // namespace kizuna
