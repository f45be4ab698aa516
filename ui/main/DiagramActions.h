#pragma once
// File > Export Diagram and Edit > Copy Diagram.

#include "model/Labels.h"

#include <QSet>

class QSettings;
class QWidget;

namespace kizuna {

class GraphDocument;

void exportDiagramInteractively(QWidget* parent, const GraphDocument& document, QSettings& settings,
                                const QSet<qint64>& selection, Language language);
// Copies the diagram (the selection if there is one) to the clipboard as an image.
void copyDiagramToClipboard(const GraphDocument& document, QSettings& settings,
                            const QSet<qint64>& selection, Language language);

} // namespace kizuna
