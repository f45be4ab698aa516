#pragma once
// File > Export Diagram and Edit > Copy Diagram.

#include "canvas/CanvasScene.h"
#include "history/ChangeSummary.h"
#include "model/Labels.h"

#include <QSet>
#include <memory>

class QSettings;
class QWidget;

namespace kizuna {

class GraphDocument;

// Exports what the canvas shows (`shown`: its current view; empty: everything), or the selection;
// in the canvas's label language, and its colour scheme unless the dialog says otherwise.
// `presentation` is the canvas's (filters, styling, a view's own layout).
// When the whole map does not fit the page with readable labels, the user chooses: a larger page,
// a page sized to the map, tiled pages, only `inView` (what the canvas shows now), or as it is.
// `path`: where to write (empty: asks).
// The save dialog of an export starts where the last one ended: its folder and file type, and a
// file name from the diagram's title.
QString diagramFileFilter(const QSettings& settings);
QString suggestedDiagramPath(const QSettings& settings, const QString& title);
void rememberDiagramPath(QSettings& settings, const QString& path);

void exportDiagramInteractively(QWidget* parent, const GraphDocument& document, QSettings& settings,
                                const QSet<qint64>& selection, const SceneOptions& presentation,
                                const QSet<qint64>& inView = {}, QString path = {},
                                std::shared_ptr<const MapChanges> changes = {},
                                const QString& changesTitle = {});
// Copies the diagram (the selection if there is one) to the clipboard as an image.
void copyDiagramToClipboard(const GraphDocument& document, QSettings& settings,
                            const QSet<qint64>& selection, Language language);

} // namespace kizuna
