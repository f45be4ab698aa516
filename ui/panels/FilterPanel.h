#pragma once
// The legend, which doubles as the filter: one checkable row per node type and relation type
// (unchecked rows are hidden on the canvas), a property filter, and "hide isolated nodes".
// Reads and writes the canvas's ViewFilter, so a saved view brings its filter back here too.

#include "model/ChangeNotice.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLineEdit;
class QListWidget;

namespace kizuna {

class GraphCanvas;
class GraphModelAdapter;

class FilterPanel : public QWidget {
    Q_OBJECT
public:
    FilterPanel(GraphCanvas& canvas, QWidget* parent = nullptr);
    void setModel(GraphModelAdapter* model);

    QListWidget* nodeTypes() const { return m_nodeTypes; }
    QListWidget* relationTypes() const { return m_relationTypes; }
    QComboBox* propertyKey() const { return m_propertyKey; }
    QLineEdit* propertyValue() const { return m_propertyValue; }
    QCheckBox* hideIsolated() const { return m_hideIsolated; }

public Q_SLOTS:
    void showEverything(); // every type on, no property filter

private:
    void reload(); // the schema's types and the map's property keys
    static bool affectsLegend(const ChangeNotice& notice);
    void showFilter();    // the canvas's filter into the widgets
    void applyToCanvas(); // the widgets into the canvas's filter

    GraphCanvas& m_canvas;
    GraphModelAdapter* m_model = nullptr;
    QListWidget* m_nodeTypes;
    QListWidget* m_relationTypes;
    QComboBox* m_propertyKey;
    QLineEdit* m_propertyValue;
    QCheckBox* m_hideIsolated;
    bool m_updating = false;
};

} // namespace kizuna
