#pragma once
// The saved views of the map: save what the canvas shows (the elements shown, camera, label
// language, colours) under a name, show a saved view again, delete one. Also "show only the
// selection" and "show everything", which make the picture a view is saved from.

#include "model/Ids.h"

#include <QWidget>

class QListWidget;

namespace kizuna {

class EditController;
class GraphCanvas;
class GraphModelAdapter;

class ViewsPanel : public QWidget {
    Q_OBJECT
public:
    ViewsPanel(GraphCanvas& canvas, QWidget* parent = nullptr);

    void setModel(GraphModelAdapter* model, EditController* edits);
    QListWidget* list() const { return m_list; }

    QString saveCurrentView(const QString& name);
    void showView(ViewId id);
    QString deleteView(ViewId id);

public Q_SLOTS:
    void showSelectionOnly();
    void showEverything();

private:
    void reload();
    ViewId currentId() const;

    GraphCanvas& m_canvas;
    GraphModelAdapter* m_model = nullptr;
    EditController* m_edits = nullptr;
    QListWidget* m_list;
};

} // namespace kizuna
