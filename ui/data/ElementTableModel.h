#pragma once
// The map's nodes or its relations as a table (the Data view): one row per element, columns for
// the labels, type, dates, degree and every property key. A mirror of the document: it follows
// every committed change (this window's or another program's), and an edit in a cell goes
// through the EditController like any other edit (one undo step, checked against the file).

#include "model/ChangeNotice.h"
#include "model/Labels.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QStringList>
#include <vector>

namespace kizuna {

class EditController;
class GraphDocument;
class GraphModelAdapter;

class ElementTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum class Kind { Nodes, Relations };
    // Holds the field a column edits ("type", "label.ja", "prop.owner"); empty when read-only.
    static constexpr int FieldRole = Qt::UserRole + 1;

    explicit ElementTableModel(Kind kind, QObject* parent = nullptr);

    Kind kind() const { return m_kind; }
    const GraphDocument* document() const;
    void setModel(GraphModelAdapter* model, EditController* edits);
    void setLabelLanguage(Language language);
    Language labelLanguage() const { return m_language; }

    qint64 elementAt(int row) const { return m_ids[size_t(row)]; }
    int rowOf(qint64 elementId) const { return m_rows.value(elementId, -1); }
    // The field a column edits, empty for read-only columns (id, degree, a relation's ends).
    QString fieldOf(int column) const;
    int columnOf(const QString& field) const; // -1 when there is no such column
    const QStringList& propertyKeys() const { return m_propertyKeys; }
    // The element's type (node) or relation key, and a property's value, for filtering.
    QString typeOf(int row) const;
    QString propertyOf(int row, const QString& key) const;
    // The last edit's error, empty when it succeeded (setData can only say false).
    const QString& lastError() const { return m_lastError; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role) override;
    // Sorts the rows themselves, each row's key read once (a 500,000-row table sorts in about a
    // second; a sorting proxy would read two cells per comparison). Column -1: the map's order.
    // The order is kept when rows come or go.
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;
    // Whether a row's text contains `text` (any case) in any column, read without building cells.
    bool rowContains(int row, const QString& text) const;

Q_SIGNALS:
    void editFailed(const QString& message);

private:
    enum FixedColumn { Id, Label, Type, First = Label };
    void reload();
    void orderRows(); // m_ids in the sort order, m_rows to match
    void follow(const ChangeNotice& notice);
    QString nodeCell(qint64 id, int column, bool forEditing) const;
    QString edgeCell(qint64 id, int column, bool forEditing) const;
    QVariant sortValue(qint64 id, int column) const;
    int fixedColumns() const;
    int degreeOf(qint64 nodeId) const;

    Kind m_kind;
    GraphModelAdapter* m_model = nullptr;
    EditController* m_edits = nullptr;
    Language m_language = Language::En;
    std::vector<qint64> m_ids;
    QHash<qint64, int> m_rows;
    QStringList m_propertyKeys;
    QString m_lastError;
    int m_sortColumn = -1;
    // rowContains's memory of the text it was last asked (a filter asks every row in turn).
    mutable QString m_matchedText;
    mutable QHash<QString, bool> m_typeMatches;
    mutable QHash<qint64, bool> m_endMatches;
    mutable bool m_digits = false;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
};

} // namespace kizuna
