#pragma once
// The saved views of the map: save what the canvas shows (the elements shown, filter and
// timeline, camera, label language, colours, metric styling and, if asked, the positions as
// drawn) under a name, show a saved view again, delete one. Also "show only the selection" and
// "show everything", which make the picture a view is saved from.

#include "model/Ids.h"

#include <QWidget>

class QCheckBox;
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

    QCheckBox* ownLayoutBox() const { return m_ownLayout; }
    // With `ownLayout`, the view keeps the positions as drawn now, whatever happens to the map's.
    QString saveCurrentView(const QString& name, bool ownLayout = false);
    void showView(ViewId id);
    QString deleteView(ViewId id);

Q_SIGNALS:
    // A view sizes or colours nodes by these metrics (the metrics panel computes and applies).
    void stylingRequested(const QString& sizeBy, const QString& colourBy);

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
    QCheckBox* m_ownLayout;
};

} // namespace kizuna
