#pragma once
// The legend, which doubles as the filter: one checkable row per node type and relation type
// (unchecked rows are hidden on the canvas), a property filter, and "hide isolated nodes".
// Reads and writes the canvas's ViewFilter, so a saved view brings its filter back here too.

#include "model/ChangeNotice.h"

#include <QHash>
#include <QWidget>
#include <memory>
#include <set>

class QCheckBox;
class QComboBox;
class QLineEdit;
class QListWidget;

namespace kizuna {

class GraphCanvas;
class GraphModelAdapter;

class GraphDocument;

// What the legend lists: how many nodes and relations of each type, and the nodes' property
// keys. Counting a 100,000-node map takes a quarter of a second: a map being opened is counted
// on the worker that opened it.
struct LegendCounts {
    QHash<QString, int> nodeTypes, relationTypes;
    std::set<QString> propertyKeys;
};
std::shared_ptr<const LegendCounts> countLegend(const GraphDocument& document);

class FilterPanel : public QWidget {
    Q_OBJECT
public:
    FilterPanel(GraphCanvas& canvas, QWidget* parent = nullptr);
    // `counted`: the model's document counted ahead (countLegend); null: counted here.
    void setModel(GraphModelAdapter* model, std::shared_ptr<const LegendCounts> counted = {});

    QListWidget* nodeTypes() const { return m_nodeTypes; }
    QListWidget* relationTypes() const { return m_relationTypes; }
    QComboBox* propertyKey() const { return m_propertyKey; }
    QLineEdit* propertyValue() const { return m_propertyValue; }
    QCheckBox* hideIsolated() const { return m_hideIsolated; }

public Q_SLOTS:
    void showEverything(); // every type on, no property filter

private:
    // The schema's types and the map's property keys (counted now unless given).
    void reload(std::shared_ptr<const LegendCounts> counted = {});
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
