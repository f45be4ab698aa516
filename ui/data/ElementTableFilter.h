#pragma once
// Which rows of an ElementTableModel the Data view shows, and in what order: rows whose type is
// the one chosen, that have the chosen property, and whose text contains the filter text (in
// any column, or in the chosen property's value). Sorting is the model's own (ids, degrees and
// numeric properties sort as numbers); this proxy keeps the model's order.

#include <QSortFilterProxyModel>

namespace kizuna {

class ElementTableModel;

class ElementTableFilter : public QSortFilterProxyModel {
    Q_OBJECT
public:
    explicit ElementTableFilter(ElementTableModel& table, QObject* parent = nullptr);

    void setText(const QString& text);
    void setType(const QString& typeKey);         // empty: every type
    void setProperty(const QString& propertyKey); // empty: any (the text searches every column)
    const QString& text() const { return m_text; }

    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;

private:
    ElementTableModel& m_table;
    QString m_text, m_type, m_property;
};

} // namespace kizuna
