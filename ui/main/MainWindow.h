#pragma once
// The desktop main window: composes the canvas, the inspector and the actions. No map logic here.

#include "model/Labels.h"

#include <QMainWindow>
#include <memory>

class QMenu;
class QSettings;

namespace kizuna {

class GraphDocument;
class GraphModelAdapter;
class GraphCanvas;
class InspectorPanel;
class RecentMaps;

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

    GraphCanvas* canvas() const { return m_canvas; }
    InspectorPanel* inspector() const { return m_inspector; }
    GraphDocument* document() const { return m_document.get(); }

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void createActions();
    void rebuildRecentMenu();
    void updateTitle();
    void updateStatus();
    void newMap();
    void openMapDialog();
    void openBundledMap();

    QSettings& m_settings;
    std::unique_ptr<RecentMaps> m_recent;
    std::unique_ptr<GraphDocument> m_document;
    std::unique_ptr<GraphModelAdapter> m_model;
    GraphCanvas* m_canvas;
    InspectorPanel* m_inspector;
    QMenu* m_recentMenu = nullptr;
};

} // namespace kizuna
