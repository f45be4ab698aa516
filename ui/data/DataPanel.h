#pragma once
// The Data view: the map's nodes and relations as two tables beside the canvas. Sortable,
// filterable by text, type and property; the selection follows the canvas's and the canvas's
// follows the table's; cells edit in place and "Set for Selected" edits many rows at once, all
// through the EditController (undo works); Ctrl+C copies the selected rows as TSV. It is also
// the way to read the map without the canvas (screen readers).

#include "model/Labels.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QTabWidget;
class QTableView;

namespace kizuna {

class EditController;
class ElementTableFilter;
class ElementTableModel;
class GraphCanvas;
class GraphModelAdapter;

class DataPanel : public QWidget {
    Q_OBJECT
public:
    explicit DataPanel(GraphCanvas& canvas, QWidget* parent = nullptr);

    // The tables fill when the panel is first shown (a hidden panel costs nothing on big maps).
    void setModel(GraphModelAdapter* model, EditController* edits);
    void setLabelLanguage(Language language);

    struct Table {
        ElementTableModel* rows = nullptr;
        ElementTableFilter* filter = nullptr;
        QTableView* view = nullptr;
        QLineEdit* text = nullptr;
        QComboBox* type = nullptr;
        QComboBox* property = nullptr;
        QLabel* count = nullptr;
    };
    const Table& nodes() const { return m_nodes; }
    const Table& relations() const { return m_relations; }
    QTabWidget* tabs() const { return m_tabs; }
    void showRelations(bool relations); // which table is in front

    // The front table's selected rows (with a header row), tab-separated, in the shown order.
    QString selectedRowsAsTsv() const;
    void copySelectedRows();
    // Sets one field on every selected row of the front table as one edit; the error, or empty.
    QString setOnSelectedRows(const QString& field, const QString& value);
    void editSelectedRows(); // asks for the field and value

Q_SIGNALS:
    void message(const QString& text); // for the status bar

protected:
    void showEvent(QShowEvent* event) override;

private:
    Table makeTable(bool relations);
    const Table& front() const;
    void fill();
    void refillChoices(Table& table);
    void updateCount(const Table& table);
    void selectFromCanvas();
    void selectOnCanvas(const Table& table);
    std::vector<qint64> selectedIds(const Table& table) const;

    GraphCanvas& m_canvas;
    GraphModelAdapter* m_model = nullptr;
    EditController* m_edits = nullptr;
    bool m_filled = false;
    bool m_syncing = false;
    Language m_language = Language::En;
    QTabWidget* m_tabs;
    Table m_nodes, m_relations;
};

} // namespace kizuna
