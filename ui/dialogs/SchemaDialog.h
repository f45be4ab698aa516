#pragma once
// Editing the map's schema: node types (names, colour, shape) and relation types (names, colour,
// line style, direction, allowed endpoint types). Every change is an undoable edit, applied at
// once.

#include <QDialog>

class QLabel;
class QTableWidget;
class QTableWidgetItem;

namespace kizuna {

class EditController;
class GraphModelAdapter;

class SchemaDialog : public QDialog {
    Q_OBJECT
public:
    SchemaDialog(GraphModelAdapter& model, EditController& edits, QWidget* parent = nullptr);

    QTableWidget* nodeTable() const { return m_nodes; }
    QTableWidget* relationTable() const { return m_relations; }
    QString error() const;

    // The actions behind the buttons (the buttons ask the user; these take the answers).
    QString addNodeType(const QString& key);
    QString addRelationType(const QString& key);
    // `replacement` empty: the type's nodes (edges) are deleted with it.
    QString deleteNodeType(const QString& key, const QString& replacement);
    QString deleteRelationType(const QString& key, const QString& replacement);

private:
    void reload();
    void nodeItemChanged(QTableWidgetItem* item);
    void relationItemChanged(QTableWidgetItem* item);
    void askDeleteNodeType();
    void askDeleteRelationType();
    void chooseColour(QTableWidget* table);
    void report(const QString& error);

    GraphModelAdapter& m_model;
    EditController& m_edits;
    QTableWidget* m_nodes;
    QTableWidget* m_relations;
    QLabel* m_error;
    bool m_reloading = false;
};

} // namespace kizuna
