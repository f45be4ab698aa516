#pragma once
// The legend, which doubles as the filter: one checkable row per node type and relation type
// (unchecked rows are hidden on the canvas), a property filter, and "hide isolated nodes".
// Reads and writes the canvas's ViewFilter, so a saved view brings its filter back here too.
// Types no element has are left out. "Colour by" / "Size by" style nodes by a property (or a
// metric), with a key of what each colour stands for.

#include "model/ChangeNotice.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLineEdit;
class QLabel;
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
    QComboBox* colourBy() const { return m_colourBy; }
    QComboBox* sizeBy() const { return m_sizeBy; }
    QListWidget* colourKey() const { return m_colourKey; } // value -> colour of the fills

Q_SIGNALS:
    // The user chose how nodes are sized and coloured (keys as in NodeStyling.h).
    void stylingRequested(const QString& sizeBy, const QString& colourBy);

public Q_SLOTS:
    void showEverything(); // every type on, no property filter

private:
    void reload(); // the schema's types and the map's property keys
    static bool affectsLegend(const ChangeNotice& notice);
    void showFilter();    // the canvas's filter into the widgets
    void applyToCanvas(); // the widgets into the canvas's filter
    void showStyling();   // the canvas's styling into the combo boxes and the colour key

    GraphCanvas& m_canvas;
    GraphModelAdapter* m_model = nullptr;
    QListWidget* m_nodeTypes;
    QListWidget* m_relationTypes;
    QComboBox* m_propertyKey;
    QLineEdit* m_propertyValue;
    QCheckBox* m_hideIsolated;
    QComboBox* m_colourBy;
    QComboBox* m_sizeBy;
    QLabel* m_colourKeyTitle;
    QListWidget* m_colourKey;
    bool m_updating = false;
};

} // namespace kizuna
