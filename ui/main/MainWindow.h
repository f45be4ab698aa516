#pragma once
// The desktop main window: composes the canvas, the inspector and the actions. No map logic here.

#include "model/ChangeNotice.h"
#include "model/Elements.h"

#include <QMap>

#include <QMainWindow>
#include <functional>
#include <memory>
#include <vector>

class QAction;
class QMenu;
class QSettings;
class QUndoGroup;
class QLabel;

namespace kizuna {

class GraphDocument;
class GraphModelAdapter;
class GraphCanvas;
struct PreparedScene;
class EditController;
class InspectorPanel;
class ViewsPanel;
class SearchPanel;
class FilterPanel;
class TimelineBar;
class PathPanel;
class MetricsPanel;
class HistoryPanel;
class LayoutActions;
class RecentMaps;
class MapFollower;
class DataPanel;

class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    // `settings` holds the recent maps and window state (tests pass a scratch file).
    explicit MainWindow(QSettings& settings, QWidget* parent = nullptr);
    ~MainWindow() override;

    // Opens a map for editing; on failure shows nothing and returns the error.
    QString openMap(const QString& path);
    // Opens a map, or tells the user in a dialog why it cannot be opened.
    bool openMapInteractively(const QString& path);
    // File > Compare With: marks how the map at `path` differs from this one (History panel).
    QString compareWith(const QString& path);

    GraphCanvas* canvas() const { return m_canvas; }
    InspectorPanel* inspector() const { return m_inspector; }
    ViewsPanel* views() const { return m_views; }
    SearchPanel* search() const { return m_search; }
    FilterPanel* filters() const { return m_filters; }
    TimelineBar* timeline() const { return m_timeline; }
    PathPanel* paths() const { return m_paths; }
    MetricsPanel* metrics() const { return m_metrics; }
    HistoryPanel* history() const { return m_history; }
    DataPanel* data() const { return m_data; }
    LayoutActions* layouts() const { return m_layouts; }
    GraphDocument* document() const { return m_document.get(); }
    EditController* edits() const { return m_edits.get(); }
    GraphModelAdapter* model() const { return m_model.get(); }
    QUndoGroup* undoGroup() const { return m_undoGroup; }
    MapFollower* follower() const { return m_follower.get(); }

    // The Edit menu's actions, without their dialogs (the dialogs call these).
    QString createNode(const NodeData& node, QPointF world);
    QString mergeNodes(NodeId survivor, const std::vector<NodeId>& others,
                       const QMap<QString, QString>& choices);

public Q_SLOTS:
    void newNodeAt(QPointF world);   // asks for type and label
    void mergeSelectedNodes();       // asks which node survives and which values win
    void pinSelectedNames(bool pin); // sets or clears label:pinned, one undo step
    // File > Import (asks for the file when `path` is empty): previews, imports, and fits the
    // view when the map was empty.
    void importFromFile(const QString& path = {});
    void editSchema();
    void editPreferences();
    // A map opens; a graph file imports into the open map; anything else is explained.
    void openOrImport(const QString& path);
    // A second launch handed this file over (SingleInstance): opened, and the window to the front.
    void openFromOtherLaunch(const QString& path);

protected:
    void closeEvent(QCloseEvent* event) override;
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;

private:
    void createActions();
    void rebuildRecentMenu();
    void updateTitle();
    void updateStatus();
    void showOutsideChange(const ChangeNotice& notice);
    void newMap();
    void openMapDialog();
    void openBundledMap();
    void compareWithDialog();
    void updateEditActions();
    void addDock(QWidget* panel, const QString& title, const QString& name,
                 Qt::DockWidgetArea area);
    // Every panel to the open map (or none).
    void setPanelModels(GraphModelAdapter* model, EditController* edits,
                        std::shared_ptr<PreparedScene> scene = {});
    void setPanelsInTurn(GraphModelAdapter* model,
                         std::shared_ptr<const std::vector<std::function<void()>>> panels,
                         size_t next);
    // An opened map made ready to show: nodes without a position placed (and saved), the
    // canvas's scene built. Touches nothing of the window: runs on the worker that opened it.
    struct ReadyMap {
        std::unique_ptr<GraphDocument> document;
        std::shared_ptr<PreparedScene> scene;
        QString placementError;
    };
    static ReadyMap prepareMap(std::unique_ptr<GraphDocument> document, quint64 sceneGeneration,
                               QSize viewSize);
    // Shows an opened map in place of the one shown (the views let go of the old one first).
    void showDocument(ReadyMap map, const QString& path);

    QSettings& m_settings;
    std::unique_ptr<RecentMaps> m_recent;
    std::unique_ptr<GraphDocument> m_document;
    std::unique_ptr<GraphModelAdapter> m_model;
    std::unique_ptr<EditController> m_edits;
    std::unique_ptr<MapFollower> m_follower;
    QUndoGroup* m_undoGroup;
    QAction* m_mergeAction = nullptr;
    QAction* m_deleteAction = nullptr;
    QAction* m_renameAction = nullptr;
    GraphCanvas* m_canvas;
    InspectorPanel* m_inspector;
    ViewsPanel* m_views;
    SearchPanel* m_search;
    FilterPanel* m_filters;
    TimelineBar* m_timeline;
    PathPanel* m_paths;
    MetricsPanel* m_metrics;
    HistoryPanel* m_history;
    DataPanel* m_data;
    class QDockWidget* m_historyDock = nullptr;
    LayoutActions* m_layouts;
    QMenu* m_recentMenu = nullptr;
    QLabel* m_counts = nullptr;
};

} // namespace kizuna
