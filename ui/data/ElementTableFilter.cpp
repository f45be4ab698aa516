#include "data/ElementTableFilter.h"

#include "data/ElementTableModel.h"

#include <QApplication>

namespace kizuna {

ElementTableFilter::ElementTableFilter(ElementTableModel& table, QObject* parent)
    : QSortFilterProxyModel(parent), m_table(table) {
    setSourceModel(&table);
    setDynamicSortFilter(false); // the model keeps its rows in order itself
}

namespace {
// Sorting or filtering a table of several hundred thousand rows takes a second or two: the
// pointer says so.
struct BusyCursor {
    bool busy;
    explicit BusyCursor(int rows) : busy(rows > 50000) {
        if (busy)
            QApplication::setOverrideCursor(Qt::WaitCursor);
    }
    ~BusyCursor() {
        if (busy)
            QApplication::restoreOverrideCursor();
    }
};
} // namespace

void ElementTableFilter::setText(const QString& text) {
    if (text.trimmed() == m_text)
        return;
    m_text = text.trimmed();
    BusyCursor busy(m_table.rowCount());
    invalidateFilter();
    rowCount(); // filter now, under the busy pointer
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
    return m_text.isEmpty() || m_table.rowContains(sourceRow, m_text);
}

void ElementTableFilter::sort(int column, Qt::SortOrder order) {
    BusyCursor busy(m_table.rowCount());
    m_table.sort(column, order); // the rows are sorted where they are kept (see the model)
}

} // namespace kizuna
