#include "main/DiagramActions.h"

#include "main/DataTransfer.h"

#include "dialogs/ExportDiagramDialog.h"
#include "document/GraphDocument.h"
#include "export/DiagramExport.h"

#include <QApplication>
#include <QClipboard>
#include <QDir>
#include <QEventLoop>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QProgressDialog>
#include <QPushButton>
#include <QRegularExpression>
#include <QSettings>
#include <QTimer>
#include <atomic>
#include <thread>

namespace kizuna {
namespace {

// Says that some labels would be left out at the page's size, and offers what shows them all.
// False when the user cancels.
bool chooseReadablePage(QWidget* parent, const LabelFit& fit, DiagramOptions& options,
                        QSet<qint64>& only, const QSet<qint64>& inView) {
    // A page sized to the map is capped at the largest page PDF readers are sure to open.
    const bool fitted = options.page == PageSize::Fit;
    QMessageBox box(QMessageBox::Question, QObject::tr("Export Diagram"),
                    fitted ? QObject::tr("%1 of %2 names do not fit at %3 pt or larger on the "
                                         "largest page PDF readers are sure to open (5.08 m a "
                                         "side).")
                                 .arg(fit.labelled - fit.shown)
                                 .arg(fit.labelled)
                                 .arg(options.minFontPt)
                           : QObject::tr("%1 of %2 names do not fit on %3 at %4 pt or larger.")
                                 .arg(fit.labelled - fit.shown)
                                 .arg(fit.labelled)
                                 .arg(pageSizeKey(options.page))
                                 .arg(options.minFontPt),
                    QMessageBox::Cancel, parent);
    box.setObjectName(QStringLiteral("readablePageQuestion"));
    box.setInformativeText(
        fitted ? QObject::tr("Choose several tiled pages of A4 with an overview, or only what the "
                             "canvas shows now. Exporting as it is leaves those names out.")
               : QObject::tr("Choose a larger page, one page sized to the map, several tiled "
                             "pages with an overview, or only what the canvas shows now. "
                             "Exporting as it is leaves those names out."));
    QPushButton* a3 = options.page == PageSize::A4 || options.page == PageSize::Letter
                          ? box.addButton(QObject::tr("A3"), QMessageBox::AcceptRole)
                          : nullptr;
    QPushButton* a2 = options.page != PageSize::A2 && !fitted
                          ? box.addButton(QObject::tr("A2"), QMessageBox::AcceptRole)
                          : nullptr;
    QPushButton* wholePage =
        fitted ? nullptr : box.addButton(QObject::tr("Page Sized to Map"), QMessageBox::AcceptRole);
    QPushButton* tiled = box.addButton(QObject::tr("Tiled Pages"), QMessageBox::AcceptRole);
    QPushButton* view =
        inView.isEmpty() ? nullptr
                         : box.addButton(QObject::tr("Current View Only"), QMessageBox::AcceptRole);
    QPushButton* asIs = box.addButton(QObject::tr("Export As It Is"), QMessageBox::AcceptRole);
    box.setDefaultButton(tiled);
    box.exec();
    QAbstractButton* chosen = box.clickedButton();
    if (chosen == a3 && a3)
        options.page = PageSize::A3;
    else if (chosen == a2 && a2)
        options.page = PageSize::A2;
    else if (chosen == wholePage && wholePage)
        options.page = PageSize::Fit;
    else if (chosen == tiled) {
        if (fitted) // a page sized to the map has no tiles: A4 ones
            options.page = PageSize::A4;
        options.tiles = true;
    } else if (chosen == view && view)
        only = only.isEmpty() ? inView : (only & inView);
    else if (chosen != asIs)
        return false;
    return true;
}

// The file written on a worker thread (a map of a million relations takes a quarter of a
// minute). For the first 0.4 s the window only waits (input held back, as a quick export never
// shows a dialog); then a modal dialog says what is being written and Cancel stops the drawing,
// leaving no file.
Status writeInBackground(QWidget* parent, const Diagram& diagram, const QString& path,
                         std::atomic<bool>& cancelled) {
    QEventLoop loop;
    std::atomic<bool> done{false};
    Status status = Status::success();
    std::thread worker([&] {
        status = diagram.exportTo(path, &cancelled);
        done = true;
        QMetaObject::invokeMethod(&loop, &QEventLoop::quit, Qt::QueuedConnection);
    });
    QTimer::singleShot(400, &loop, &QEventLoop::quit);
    loop.exec(QEventLoop::ExcludeUserInputEvents);
    if (!done) {
        QProgressDialog progress(QObject::tr("Exporting %1…").arg(QFileInfo(path).fileName()),
                                 QObject::tr("Cancel"), 0, 0, parent);
        progress.setObjectName(QStringLiteral("exportProgress"));
        progress.setWindowTitle(QObject::tr("Export Diagram"));
        progress.setWindowModality(Qt::ApplicationModal);
        progress.setMinimumDuration(0);
        QObject::connect(&progress, &QProgressDialog::canceled, [&] {
            cancelled = true;
            // Until the drawing has stopped: still modal, nothing more to press.
            progress.setCancelButton(nullptr);
            progress.setLabelText(QObject::tr("Cancelling…"));
            progress.show();
        });
        progress.show();
        if (!done) // else its quit came while the dialog was made
            loop.exec();
    }
    worker.join();
    return status;
}

} // namespace

QString diagramFileFilter(const QSettings& settings) {
    const QString suffix =
        settings.value(QStringLiteral("export/fileType"), QStringLiteral("pdf")).toString();
    return suffix.toUpper() + QStringLiteral(" (*.") + suffix + QLatin1Char(')');
}

QString suggestedDiagramPath(const QSettings& settings, const QString& title) {
    QString name = title.trimmed();
    name.replace(QRegularExpression(QStringLiteral("[/\\\\:*?\"<>|]+")), QStringLiteral("-"));
    if (name.isEmpty())
        name = QStringLiteral("diagram");
    const QString folder =
        settings.value(QStringLiteral("export/folder"), QDir::homePath()).toString();
    const QString suffix =
        settings.value(QStringLiteral("export/fileType"), QStringLiteral("pdf")).toString();
    return QDir(folder).filePath(name + QLatin1Char('.') + suffix);
}

void rememberDiagramPath(QSettings& settings, const QString& path) {
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (diagramFormatOf(path))
        settings.setValue(QStringLiteral("export/fileType"), suffix);
    settings.setValue(QStringLiteral("export/folder"), QFileInfo(path).absolutePath());
}

void exportDiagramInteractively(QWidget* parent, const GraphDocument& document, QSettings& settings,
                                const QSet<qint64>& selection, const SceneOptions& presentation,
                                const QSet<qint64>& inView, QString path,
                                std::shared_ptr<const MapChanges> changes,
                                const QString& changesTitle) {
    DiagramOptions remembered = DiagramOptions::load(settings);
    remembered.changes = std::move(changes);
    remembered.changesTitle = changesTitle;
    if (remembered.title.isEmpty())
        remembered.title = document.info().name;
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
    if (path.isEmpty()) {
        QString filter = diagramFileFilter(settings);
        path = QFileDialog::getSaveFileName(
            parent, QObject::tr("Export Diagram"), suggestedDiagramPath(settings, options.title),
            QStringLiteral("PDF (*.pdf);;SVG (*.svg);;PNG (*.png)"), &filter);
        if (path.isEmpty())
            return;
        if (QFileInfo(path).suffix().isEmpty())
            path += QLatin1Char('.') + filter.left(3).toLower();
    }
    rememberDiagramPath(settings, path);
    const auto format = diagramFormatOf(path);
    if (!format) {
        QMessageBox::warning(parent, QObject::tr("Cannot export"),
                             QObject::tr("%1: use .pdf, .svg or .png").arg(path));
        return;
    }
    QSet<qint64> only = dialog.selectionOnly() ? selection : shown;
    if (*format == DiagramFormat::Pdf && !(options.tiles && options.page != PageSize::Fit)) {
        QApplication::setOverrideCursor(Qt::WaitCursor);
        const LabelFit fit = diagramLabelFit(document, *format, options, only);
        QApplication::restoreOverrideCursor();
        if (!fit.all() && !chooseReadablePage(parent, fit, options, only, inView))
            return;
    }
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const Diagram diagram(document, *format, options, only); // drawn once for both
    QApplication::restoreOverrideCursor();
    std::atomic<bool> cancelled{false};
    const Status status = writeInBackground(parent, diagram, path, cancelled);
    if (cancelled && !status)
        return; // nothing written, as asked (cancelled too late: written, and said as usual)
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const QStringList replaced = status ? diagram.warnings() : QStringList();
    QApplication::restoreOverrideCursor();
    if (!status) {
        QMessageBox::warning(parent, QObject::tr("Cannot export"), status.error());
        return;
    }
    showReplacedText(parent, replaced);
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
