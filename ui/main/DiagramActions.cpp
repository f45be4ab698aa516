#include "main/DiagramActions.h"

#include "dialogs/ExportDiagramDialog.h"
#include "export/DiagramExport.h"

#include <QApplication>
#include <QClipboard>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QSettings>

namespace kizuna {

void exportDiagramInteractively(QWidget* parent, const GraphDocument& document, QSettings& settings,
                                const QSet<qint64>& selection, const SceneOptions& presentation) {
    DiagramOptions remembered = DiagramOptions::load(settings);
    if (presentation.colours != ColourScheme::Schema) // a view in another palette exports in it
        remembered.colours = presentation.colours;
    const QSet<qint64>& shown = presentation.only;
    const Language language = presentation.language;
    ExportDiagramDialog dialog(remembered, !selection.isEmpty(), parent);
    dialog.setObjectName(QStringLiteral("exportDiagramDialog"));
    if (dialog.exec() != QDialog::Accepted)
        return;
    DiagramOptions options = dialog.options();
    options.save(settings);
    options.language = language;
    options.presentation = presentation;
    QString filter;
    QString path = QFileDialog::getSaveFileName(
        parent, QObject::tr("Export Diagram"), QString(),
        QStringLiteral("PDF (*.pdf);;SVG (*.svg);;PNG (*.png)"), &filter);
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QLatin1Char('.') + filter.left(3).toLower();
    const auto format = diagramFormatOf(path);
    if (!format) {
        QMessageBox::warning(parent, QObject::tr("Cannot export"),
                             QObject::tr("%1: use .pdf, .svg or .png").arg(path));
        return;
    }
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const Status status =
        exportDiagram(document, path, *format, options, dialog.selectionOnly() ? selection : shown);
    QApplication::restoreOverrideCursor();
    if (!status)
        QMessageBox::warning(parent, QObject::tr("Cannot export"), status.error());
}

void copyDiagramToClipboard(const GraphDocument& document, QSettings& settings,
                            const QSet<qint64>& selection, Language language) {
    DiagramOptions options = DiagramOptions::load(settings);
    options.language = language;
    options.dpi = 192; // sharp when pasted into a slide
    options.transparent = false;
    QApplication::clipboard()->setImage(diagramImage(document, options, selection));
}

} // namespace kizuna
