#include "main/MainWindow.h"

#include "main/MapFollower.h"
#include "model/StyleOverrides.h"

#include "canvas/GraphCanvas.h"
#include "canvas/GraphModelAdapter.h"
#include "commands/EditController.h"
#include "data/DataPanel.h"
#include "dialogs/MergeDialog.h"
#include "dialogs/NewNodeDialog.h"
#include "dialogs/PreferencesDialog.h"
#include "dialogs/SchemaDialog.h"
#include "document/Edits.h"
#include "document/GraphDocument.h"
#include "history/MapDiff.h"
#include "io/MapFiles.h"
#include "layout/ForceLayout.h"
#include "main/BackgroundTask.h"
#include "main/DataTransfer.h"
#include "main/DiagramActions.h"
#include "main/FileDrops.h"
#include "main/HelpActions.h"
#include "main/LayoutActions.h"
#include "main/MapLocations.h"
#include "main/RecentMaps.h"
#include "main/Theme.h"
#include "panels/FilterPanel.h"
#include "panels/HistoryPanel.h"
#include "panels/InspectorPanel.h"
#include "panels/MetricsPanel.h"
#include "panels/PathPanel.h"
#include "panels/SearchPanel.h"
#include "panels/TimelineBar.h"
#include "panels/ViewsPanel.h"

#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QDockWidget>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QInputDialog>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QPointer>
#include <QSettings>
#include <QStatusBar>
#include <QTabWidget>
#include <QTimer>
#include <QUndoGroup>
#include <QUndoView>
#include <functional>

namespace kizuna {

MainWindow::MainWindow(QSettings& settings, QWidget* parent)
    : QMainWindow(parent), m_settings(settings), m_recent(std::make_unique<RecentMaps>(settings)),
      m_undoGroup(new QUndoGroup(this)), m_canvas(new GraphCanvas(this)),
      m_inspector(new InspectorPanel(this)), m_views(new ViewsPanel(*m_canvas, this)),
      m_search(new SearchPanel(*m_canvas, this)), m_filters(new FilterPanel(*m_canvas, this)),
      m_timeline(new TimelineBar(*m_canvas, this)), m_paths(new PathPanel(*m_canvas, this)),
      m_metrics(new MetricsPanel(*m_canvas, this)), m_history(new HistoryPanel(*m_canvas, this)),
      m_data(new DataPanel(*m_canvas, this)), m_layouts(new LayoutActions(*m_canvas, this)) {
    setCentralWidget(m_canvas);
    // The legend runs the window's full height; the timeline and the tables sit under the map
    // and the inspector.
    setCorner(Qt::BottomLeftCorner, Qt::LeftDockWidgetArea);
    auto* dock = new QDockWidget(tr("Inspector"), this);
    dock->setObjectName(QStringLiteral("inspectorDock"));
    dock->setWidget(m_inspector);
    addDockWidget(Qt::RightDockWidgetArea, dock);
    auto* history = m_historyDock = new QDockWidget(tr("History"), this);
    history->setObjectName(QStringLiteral("historyDock"));
    // The map's change log (every program's edits, checkpoints, changes since, comparison), and
    // this window's own undo list.
    auto* historyTabs = new QTabWidget(history);
    historyTabs->addTab(m_history, tr("Change Log"));
    auto* undoView = new QUndoView(m_undoGroup, historyTabs);
    undoView->setEmptyLabel(tr("<opened>"));
    undoView->setAccessibleName(tr("Undo steps"));
    historyTabs->addTab(undoView, tr("Undo"));
    history->setWidget(historyTabs);
    addDockWidget(Qt::RightDockWidgetArea, history);
    tabifyDockWidget(dock, history);
    auto* viewsDock = new QDockWidget(tr("Views"), this);
    viewsDock->setObjectName(QStringLiteral("viewsDock"));
    viewsDock->setWidget(m_views);
    addDockWidget(Qt::RightDockWidgetArea, viewsDock);
    tabifyDockWidget(history, viewsDock);
    auto* searchDock = new QDockWidget(tr("Find"), this);
    searchDock->setObjectName(QStringLiteral("searchDock"));
    searchDock->setWidget(m_search);
    addDockWidget(Qt::LeftDockWidgetArea, searchDock);
    searchDock->hide(); // Edit > Find shows it
    addDock(m_filters, tr("Legend and Filter"), QStringLiteral("filterDock"),
            Qt::LeftDockWidgetArea);
    addDock(m_paths, tr("Paths and Focus"), QStringLiteral("pathDock"), Qt::RightDockWidgetArea);
    addDock(m_metrics, tr("Metrics"), QStringLiteral("metricsDock"), Qt::RightDockWidgetArea);
    addDock(m_timeline, tr("Timeline"), QStringLiteral("timelineDock"), Qt::BottomDockWidgetArea);
    // The tables: below the canvas, shown from View > Data Table (they fill when first shown).
    addDock(m_data, tr("Data Table"), QStringLiteral("dataDock"), Qt::BottomDockWidgetArea);
    splitDockWidget(static_cast<QDockWidget*>(m_timeline->parentWidget()),
                    static_cast<QDockWidget*>(m_data->parentWidget()), Qt::Vertical);
    m_data->parentWidget()->hide();
    connect(m_data, &DataPanel::message, this,
            [this](const QString& text) { statusBar()->showMessage(text, 5000); });
    connect(m_canvas, &GraphCanvas::presentationChanged, this,
            [this] { m_data->setLabelLanguage(m_canvas->labelLanguage()); });
    tabifyDockWidget(viewsDock, static_cast<QDockWidget*>(m_paths->parentWidget()));
    tabifyDockWidget(static_cast<QDockWidget*>(m_paths->parentWidget()),
                     static_cast<QDockWidget*>(m_metrics->parentWidget()));
    connect(m_views, &ViewsPanel::stylingRequested, m_metrics, &MetricsPanel::applyStyling);
    connect(m_filters, &FilterPanel::stylingRequested, m_metrics, &MetricsPanel::applyStyling);
    dock->raise();
    connect(m_canvas, &GraphCanvas::selectionSetChanged, this, [this] {
        const qsizetype count = m_canvas->selection().size();
        if (count > 1)
            m_inspector->showMessage(
                tr("%n elements selected. View > Data Table (Ctrl+Shift+T) lists them and sets a "
                   "type, dates or a property on all of them at once.",
                   "", int(count)));
        else {
            m_inspector->setLabelLanguage(m_canvas->labelLanguage());
            m_inspector->showElement(m_canvas->selectedElement());
        }
        updateEditActions();
    });
    connect(m_canvas, &GraphCanvas::createNodeRequested, this, &MainWindow::newNodeAt);
    connect(m_inspector, &InspectorPanel::relationChosen, m_canvas, &GraphCanvas::select);
    connect(m_canvas, &GraphCanvas::message, this,
            [this](const QString& text) { statusBar()->showMessage(text, 5000); });
    m_canvas->setMinLabelPixels(labelSizeSetting(m_settings));
    // The first start says how the canvas is handled, once.
    const QString hintShown = QStringLiteral("hints/canvasShown");
    if (!m_settings.value(hintShown).toBool()) {
        m_canvas->setHint(tr("Drag empty space to pan, turn the wheel to zoom, click a node to see "
                             "it, double-click empty space to add one, Shift-drag from a node to "
                             "connect it. F1 opens Getting Started."));
        connect(m_canvas, &GraphCanvas::hintDismissed, this,
                [this, hintShown] { m_settings.setValue(hintShown, true); });
    }
    createActions();
    setAcceptDrops(true); // a map dropped on the window opens, a graph file imports
    resize(1280, 800);
    restoreGeometry(m_settings.value(QStringLiteral("window/geometry")).toByteArray());
    restoreState(m_settings.value(QStringLiteral("window/state")).toByteArray());
    updateTitle();
    updateStatus();
}

MainWindow::~MainWindow() {
    setPanelModels(nullptr, nullptr);
}

void MainWindow::addDock(QWidget* panel, const QString& title, const QString& name,
                         Qt::DockWidgetArea area) {
    auto* dock = new QDockWidget(title, this);
    dock->setObjectName(name);
    dock->setWidget(panel);
    addDockWidget(area, dock);
}

void MainWindow::setPanelModels(GraphModelAdapter* model, EditController* edits,
                                std::shared_ptr<PreparedScene> scene) {
    m_canvas->setModel(model, edits, std::move(scene));
    const std::vector<std::function<void()>> panels = {
        [=, this] { m_inspector->setModel(model, edits); },
        [=, this] { m_views->setModel(model, edits); },
        [=, this] { m_search->setModel(model); },
        [=, this] { m_filters->setModel(model); },
        [=, this] { m_timeline->setModel(model); }, // reads every date
        [=, this] { m_paths->setModel(model); },
        [=, this] { m_metrics->setModel(model); },
        [=, this] { m_history->setModel(model, edits); },
        [=, this] { m_data->setModel(model, edits); }};
    const bool big =
        model && model->document().graph().nodeCount() + model->document().graph().edgeCount() >=
                     m_canvas->layerThreshold();
    if (!big) {
        for (const auto& setModel : panels)
            setModel();
        return;
    }
    // A big map's panels one at a time, each after the events that came meanwhile (the map's
    // first paint, input): the window never stops answering for long (each panel reads the whole
    // map). Panels still to come once the map was replaced are skipped.
    setPanelsInTurn(model, std::make_shared<const std::vector<std::function<void()>>>(panels), 0);
}

void MainWindow::setPanelsInTurn(GraphModelAdapter* model,
                                 std::shared_ptr<const std::vector<std::function<void()>>> panels,
                                 size_t next) {
    QTimer::singleShot(0, this, [this, model, panels, next] {
        if (m_model.get() != model || next >= panels->size())
            return;
        (*panels)[next]();
        setPanelsInTurn(model, panels, next + 1);
    });
}

void MainWindow::createActions() {
    QMenu* file = menuBar()->addMenu(tr("&File"));
    file->addAction(tr("&New Map…"), QKeySequence::New, this, &MainWindow::newMap);
    file->addAction(tr("&Open…"), QKeySequence::Open, this, &MainWindow::openMapDialog);
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    file->addAction(tr("Open the &Bundled US–China AI Map"), this, &MainWindow::openBundledMap);
    file->addSeparator();
    file->addAction(tr("&Import…"), QKeySequence(Qt::CTRL | Qt::Key_I), this,
                    [this] { importFromFile(); });
    file->addAction(tr("Export &Data…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E), this,
                    [this] {
                        if (m_document)
                            exportInteractively(this, *m_document);
                    });
    file->addAction(tr("Export &Diagram…"), QKeySequence(Qt::CTRL | Qt::Key_E), this, [this] {
        if (m_document)
            exportDiagramInteractively(
                this, *m_document, m_settings, m_canvas->selection(), m_canvas->sceneOptions(),
                m_canvas->idsInView(), {},
                m_history->shownChanges()
                    ? std::make_shared<const MapChanges>(*m_history->shownChanges())
                    : nullptr,
                m_history->markingTitle());
    });
    file->addAction(tr("Co&mpare With…"), this, &MainWindow::compareWithDialog);
    file->addSeparator();
    file->addAction(tr("&Quit"), QKeySequence::Quit, this, &QWidget::close);
    rebuildRecentMenu();

    QMenu* edit = menuBar()->addMenu(tr("&Edit"));
    QAction* undo = m_undoGroup->createUndoAction(this, tr("&Undo"));
    undo->setShortcut(QKeySequence::Undo);
    QAction* redo = m_undoGroup->createRedoAction(this, tr("&Redo"));
    redo->setShortcuts(
        {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence(Qt::CTRL | Qt::Key_Y)});
    edit->addAction(undo);
    edit->addAction(redo);
    edit->addSeparator();
    edit->addAction(tr("&New Node…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N), this, [this] {
        newNodeAt(
            m_canvas->screenToWorld(QPointF(m_canvas->width() / 2.0, m_canvas->height() / 2.0)));
    });
    QAction* connectMode = edit->addAction(tr("&Connect Mode (drag from node to node)"));
    connectMode->setCheckable(true);
    connectMode->setShortcut(QKeySequence(Qt::Key_E));
    connect(connectMode, &QAction::toggled, m_canvas, &GraphCanvas::setConnectMode);
    m_renameAction = edit->addAction(tr("Re&name"), m_canvas, &GraphCanvas::startRename);
    m_renameAction->setShortcut(QKeySequence(Qt::Key_F2));
    m_renameAction->setShortcutContext(Qt::WidgetShortcut);
    m_canvas->addAction(m_renameAction);
    m_deleteAction = edit->addAction(tr("&Delete"), m_canvas, &GraphCanvas::deleteSelection);
    m_deleteAction->setShortcut(QKeySequence::Delete);
    m_deleteAction->setShortcutContext(
        Qt::WidgetShortcut); // only on the canvas: text fields keep Delete
    m_canvas->addAction(m_deleteAction);
    m_mergeAction =
        edit->addAction(tr("&Merge Selected Nodes…"), QKeySequence(Qt::CTRL | Qt::Key_M), this,
                        &MainWindow::mergeSelectedNodes);
    // A pinned name is shown before every other, at every zoom and in exports.
    edit->addAction(tr("&Pin Names of Selected Nodes"), this, [this] { pinSelectedNames(true); });
    edit->addAction(tr("U&npin Names of Selected Nodes"), this,
                    [this] { pinSelectedNames(false); });
    edit->addAction(tr("&Find…"), QKeySequence::Find, this, [this] {
        m_search->parentWidget()->show();
        m_search->parentWidget()->raise();
        m_search->focusQuery();
    });
    edit->addAction(tr("Add &Text Box…"), this, [this] {
        bool ok = false;
        const QString text =
            QInputDialog::getMultiLineText(this, tr("Add Text Box"), tr("Text:"), QString(), &ok);
        if (ok && !text.trimmed().isEmpty())
            m_canvas->addTextBox(
                m_canvas->screenToWorld(QPointF(m_canvas->width() / 3.0, m_canvas->height() / 4.0)),
                text.trimmed());
    });
    edit->addAction(tr("Add Ca&llout to Selection…"), this, [this] {
        const qint64 target = m_canvas->selectedElement();
        if (!target) {
            statusBar()->showMessage(tr("Select one node or relation to point a callout at."),
                                     5000);
            return;
        }
        bool ok = false;
        const QString text =
            QInputDialog::getMultiLineText(this, tr("Add Callout"), tr("Text:"), QString(), &ok);
        if (ok && !text.trimmed().isEmpty())
            m_canvas->addCallout(target, text.trimmed());
    });
    edit->addAction(tr("Copy Diagram"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C), this,
                    [this] {
                        if (!m_document)
                            return;
                        copyDiagramToClipboard(*m_document, m_settings, m_canvas->selection(),
                                               m_canvas->labelLanguage());
                        statusBar()->showMessage(tr("Diagram copied to the clipboard"), 4000);
                    });
    edit->addSeparator();
    edit->addAction(tr("&Schema…"), this, &MainWindow::editSchema);
    QAction* preferences = edit->addAction(tr("Pr&eferences…"), this, &MainWindow::editPreferences);
    preferences->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Comma));
    preferences->setMenuRole(QAction::PreferencesRole);
    updateEditActions();

    QMenu* view = menuBar()->addMenu(tr("&View"));
    view->addAction(tr("&Fit to Window"), QKeySequence(Qt::CTRL | Qt::Key_0), m_canvas,
                    &GraphCanvas::fitToWindow);
    view->addAction(tr("Zoom &In"), QKeySequence::ZoomIn, m_canvas, &GraphCanvas::zoomIn);
    view->addAction(tr("Zoom &Out"), QKeySequence::ZoomOut, m_canvas, &GraphCanvas::zoomOut);
    view->addSeparator();
    QMenu* labels = view->addMenu(tr("&Labels In"));
    auto* languages = new QActionGroup(this);
    const std::pair<Language, QString> choices[] = {{Language::En, QStringLiteral("English")},
                                                    {Language::Ja, QStringLiteral("日本語")},
                                                    {Language::Zh, QStringLiteral("中文")}};
    for (const auto& [language, name] : choices) {
        QAction* action = labels->addAction(name, this, [this, language = language] {
            m_canvas->setLabelLanguage(language);
            m_inspector->setLabelLanguage(language);
            m_data->setLabelLanguage(language);
        });
        action->setCheckable(true);
        action->setData(int(language));
        languages->addAction(action);
    }
    connect(labels, &QMenu::aboutToShow, this, [this, languages] {
        for (QAction* action : languages->actions())
            action->setChecked(action->data().toInt() == int(m_canvas->labelLanguage()));
    });

    view->addSeparator();
    // Every dock, so a panel closed by mistake comes back from the menu.
    QAction* dataTable = static_cast<QDockWidget*>(m_data->parentWidget())->toggleViewAction();
    dataTable->setText(tr("&Data Table"));
    dataTable->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_T));
    view->addAction(dataTable);
    QMenu* panels = view->addMenu(tr("&Panels"));
    panels->setObjectName(QStringLiteral("panelsMenu"));
    for (QDockWidget* dock : findChildren<QDockWidget*>())
        panels->addAction(dock->toggleViewAction());

    QMenu* layout = menuBar()->addMenu(tr("&Layout"));
    m_layouts->addTo(layout);

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    addHelpActions(*this, *help);
}

void MainWindow::rebuildRecentMenu() {
    m_recentMenu->clear();
    const QStringList paths = m_recent->paths();
    for (const QString& path : paths)
        m_recentMenu->addAction(QFileInfo(path).fileName() + QStringLiteral("  —  ") +
                                    QFileInfo(path).absolutePath(),
                                this, [this, path] { openMapInteractively(path); });
    m_recentMenu->setEnabled(!paths.isEmpty());
}

QString MainWindow::openMap(const QString& path) {
    auto opened = GraphDocument::open(path, MapStore::Access::ReadWrite);
    if (!opened)
        return opened.error();
    showDocument(
        prepareMap(std::move(opened).value(), m_canvas->sceneGeneration(), m_canvas->size()), path);
    return {};
}

MainWindow::ReadyMap MainWindow::prepareMap(std::unique_ptr<GraphDocument> document,
                                            quint64 sceneGeneration, QSize viewSize) {
    ReadyMap ready;
    // Nodes without a position (added by a script, say) are placed before they are shown.
    const auto placed = placeUnpositionedNodes(document->graph());
    if (!placed.empty())
        if (Status status = document->setPositions(placed); !status)
            ready.placementError = status.error();
    ready.scene = GraphCanvas::prepareScene(*document, sceneGeneration, viewSize);
    ready.document = std::move(document);
    return ready;
}

void MainWindow::showDocument(ReadyMap map, const QString& path) {
    // The views let go of the old map before it closes.
    setPanelModels(nullptr, nullptr);
    m_follower.reset();
    m_edits.reset();
    m_model.reset();
    m_document = std::move(map.document);
    m_document->setAuthor(preferredAuthor(m_settings));
    if (!map.placementError.isEmpty())
        statusBar()->showMessage(tr("Could not save the new layout: %1").arg(map.placementError));
    m_model = std::make_unique<GraphModelAdapter>(*m_document);
    connect(m_model.get(), &GraphModelAdapter::graphChanged, this, &MainWindow::updateStatus);
    connect(m_model.get(), &GraphModelAdapter::infoChanged, this, &MainWindow::updateTitle);
    connect(m_model.get(), &GraphModelAdapter::documentChanged, this,
            &MainWindow::showOutsideChange);
    m_follower = std::make_unique<MapFollower>(*m_document);
    connect(m_follower.get(), &MapFollower::failed, this, [this](const QString& error) {
        statusBar()->showMessage(tr("Could not read other programs' changes: %1").arg(error),
                                 10000);
    });
    m_edits = std::make_unique<EditController>(*m_document);
    m_undoGroup->addStack(m_edits->undoStack());
    m_undoGroup->setActiveStack(m_edits->undoStack());
    connect(m_edits.get(), &EditController::editFailed, this, [this](const QString& error) {
        statusBar()->showMessage(tr("Not changed: %1").arg(error), 10000);
    });
    setPanelModels(m_model.get(), m_edits.get(), std::move(map.scene));
    m_recent->add(path);
    rebuildRecentMenu();
    updateTitle();
    updateStatus();
}

void MainWindow::editPreferences() {
    PreferencesDialog dialog(m_settings, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const bool languageChanged = dialog.save();
    applyTheme(*qApp, themeSetting(m_settings));
    m_canvas->setMinLabelPixels(labelSizeSetting(m_settings));
    if (languageChanged)
        QMessageBox::information(this, tr("Preferences"),
                                 tr("The new language is used from the next start of Kizuna."));
    if (m_document)
        m_document->setAuthor(preferredAuthor(m_settings));
}

void MainWindow::compareWithDialog() {
    if (!m_document)
        return;
    const QString path = QFileDialog::getOpenFileName(this, tr("Compare With Another Map"),
                                                      QFileInfo(m_document->path()).absolutePath(),
                                                      tr("Kizuna maps (*.kizuna);;All files (*)"));
    if (!path.isEmpty())
        if (const QString error = compareWith(path); !error.isEmpty())
            QMessageBox::warning(this, tr("Cannot compare"), error);
}

QString MainWindow::compareWith(const QString& path) {
    if (!m_document)
        return tr("No map is open.");
    // Opening and comparing two big maps takes seconds: on a worker, with progress and Cancel.
    const QString name = QFileInfo(path).fileName();
    struct Compared {
        std::shared_ptr<GraphDocument> other;
        std::optional<MapDiff> diff;
        QString error;
    };
    Compared compared = runWithProgress(
        this, tr("Comparing with %1…").arg(name), [&](const ProgressCallback& progress) {
            Compared result;
            auto other = GraphDocument::open(path, MapStore::Access::ReadOnly);
            if (!other) {
                result.error = other.error();
                return result;
            }
            result.other = std::move(other).value();
            MapDiff diff = diffMaps(*m_document, *result.other, name, progress);
            if (!diff.cancelled)
                result.diff = std::move(diff);
            return result;
        });
    if (!compared.error.isEmpty())
        return compared.error;
    if (!compared.diff)
        return {}; // cancelled
    m_history->showComparison(std::move(compared.other), std::move(*compared.diff), name);
    m_historyDock->show();
    m_historyDock->raise();
    return {};
}

bool MainWindow::openMapInteractively(const QString& path) {
    // Reading a big map takes seconds: on a worker, behind a progress dialog with Cancel, so the
    // window keeps answering; the views are then set up here.
    struct Opened {
        std::shared_ptr<ReadyMap> map;
        QString error;
        bool cancelled = false;
    };
    const quint64 sceneGeneration = m_canvas->sceneGeneration();
    const QSize viewSize = m_canvas->size();
    // A big map's nodes show as dots within a fraction of a second, while the rest loads.
    const quint64 previewTicket = m_canvas->expectPreview();
    const ColourScheme colours = m_canvas->colourScheme();
    const size_t previewFrom = m_canvas->previewThreshold();
    const QPointer<GraphCanvas> canvas = m_canvas;
    const Opened opened =
        runWithProgress(this, tr("Opening %1…").arg(QFileInfo(path).fileName()),
                        [&](const ProgressCallback& progress) {
                            Opened result;
                            if (auto preview = readMapPreview(path, colours, previewFrom))
                                QMetaObject::invokeMethod(
                                    canvas,
                                    [canvas, previewTicket, preview] {
                                        if (canvas)
                                            canvas->showPreview(previewTicket, preview);
                                    },
                                    Qt::QueuedConnection);
                            auto document = GraphDocument::open(path, MapStore::Access::ReadWrite);
                            if (!document) {
                                result.error = document.error();
                                return result;
                            }
                            if ((result.cancelled = !progress(1, 2)))
                                return result;
                            result.map = std::make_shared<ReadyMap>(
                                prepareMap(std::move(document).value(), sceneGeneration, viewSize));
                            result.cancelled = !progress(2, 2);
                            return result;
                        });
    m_canvas->endPreview();
    if (opened.cancelled)
        return false;
    if (!opened.map) {
        QMessageBox::warning(this, tr("Cannot open the map"), opened.error);
        return false;
    }
    showDocument(std::move(*opened.map), path);
    return true;
}

void MainWindow::updateTitle() {
    if (!m_document) {
        setWindowTitle(tr("Kizuna"));
        setWindowFilePath({});
        return;
    }
    const QString name = m_document->info().name.isEmpty()
                             ? QFileInfo(m_document->path()).completeBaseName()
                             : m_document->info().name;
    setWindowTitle(QStringLiteral("%1 — Kizuna").arg(name));
    setWindowFilePath(m_document->path());
}

void MainWindow::showOutsideChange(const ChangeNotice& notice) {
    if (!notice.fromOtherProgram)
        return;
    statusBar()->showMessage(
        tr("Updated by %1 with %2: %3").arg(notice.author, notice.program, notice.command), 8000);
    if (!notice.nodesAdded.empty() || notice.reset) {
        // Nodes a script added without a position are placed beside their neighbours, as when a
        // map is opened. Later, not now: this notice may come from inside another commit. If
        // another window placed them first, that placement stands (the edit is refused).
        QTimer::singleShot(0, this, [this] {
            if (!m_document)
                return;
            const auto placed = placeUnpositionedNodes(m_document->graph());
            if (!placed.empty())
                m_document->setPositions(placed);
        });
    }
}

void MainWindow::updateStatus() {
    // The counts sit at the right of the status bar, so messages (an edit done, another
    // program's change) stay readable next to them.
    if (!m_counts) {
        m_counts = new QLabel(this);
        statusBar()->addPermanentWidget(m_counts);
    }
    if (!m_document) {
        m_counts->setText(tr("No map open"));
        return;
    }
    m_counts->setText(tr("%1 nodes, %2 edges — %3")
                          .arg(m_document->graph().nodeCount())
                          .arg(m_document->graph().edgeCount())
                          .arg(QDir::toNativeSeparators(m_document->path())));
}

void MainWindow::newMap() {
    QString path =
        QFileDialog::getSaveFileName(this, tr("New Map"), QString(), tr("Kizuna maps (*.kizuna)"));
    if (path.isEmpty())
        return;
    if (!path.endsWith(QLatin1String(".kizuna")))
        path += QStringLiteral(".kizuna");
    auto schema = defaultSchemaContents();
    if (!schema) {
        QMessageBox::warning(this, tr("Cannot create the map"), schema.error());
        return;
    }
    // The file dialog has already asked before replacing an existing file.
    if (Status status = writeNewMap(path, std::move(schema).value(), true); !status) {
        QMessageBox::warning(this, tr("Cannot create the map"), status.error());
        return;
    }
    openMapInteractively(path);
}

void MainWindow::openMapDialog() {
    const QString path = QFileDialog::getOpenFileName(this, tr("Open Map"), QString(),
                                                      tr("Kizuna maps (*.kizuna);;All files (*)"));
    if (!path.isEmpty())
        openMapInteractively(path);
}

void MainWindow::openBundledMap() {
    auto path = ensureUserBundledMap();
    if (!path) {
        QMessageBox::warning(this, tr("Cannot open the bundled map"), path.error());
        return;
    }
    openMapInteractively(path.value());
}

void MainWindow::updateEditActions() {
    const bool editable = m_edits != nullptr;
    m_mergeAction->setEnabled(editable && m_canvas->selectedNodes().size() >= 2);
    m_deleteAction->setEnabled(editable && !m_canvas->selection().isEmpty());
    m_renameAction->setEnabled(editable && m_canvas->selectedNodes().size() == 1);
}

QString MainWindow::createNode(const NodeData& node, QPointF world) {
    if (!m_edits)
        return tr("No map is open.");
    NodeData placed = node;
    placed.position = world;
    ChangeSet change = addNodeChange(*m_document, placed);
    change.description = tr("Add node “%1”").arg(placed.labels.display(Language::En));
    auto committed = m_edits->commit(change);
    if (!committed)
        return committed.error();
    if (!committed.value().isEmpty()) // the id the file gave it
        m_canvas->select(std::get<NodeOp>(committed.value().operations.front()).after->id.value);
    return {};
}

void MainWindow::newNodeAt(QPointF world) {
    if (!m_edits)
        return;
    NewNodeDialog dialog(m_document->schema(), m_canvas->labelLanguage(), this);
    dialog.setObjectName(QStringLiteral("newNodeDialog"));
    while (dialog.exec() == QDialog::Accepted) {
        const QString error = createNode(dialog.node(), world);
        if (error.isEmpty())
            return;
        dialog.showError(error); // and ask again
    }
}

QString MainWindow::mergeNodes(NodeId survivor, const std::vector<NodeId>& others,
                               const QMap<QString, QString>& choices) {
    auto change =
        mergeNodesChange(*m_document, survivor, others, MergePreference::Survivor, choices);
    const QString error = change ? m_edits->perform(change.value()) : change.error();
    if (error.isEmpty()) {
        m_canvas->select(survivor.value);
        statusBar()->showMessage(tr("Merged %n node(s) into %1", "", int(others.size()))
                                     .arg(m_document->displayLabel(survivor)),
                                 5000);
    }
    return error;
}

void MainWindow::openFromOtherLaunch(const QString& path) {
    if (isMinimized())
        showNormal();
    raise();
    activateWindow();
    openOrImport(path);
}

void MainWindow::dragEnterEvent(QDragEnterEvent* event) {
    if (!droppableFile(*event->mimeData()).isEmpty())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent* event) {
    const QString path = droppableFile(*event->mimeData());
    if (path.isEmpty())
        return;
    event->acceptProposedAction();
    // After the drop has finished: opening and importing show dialogs of their own.
    QTimer::singleShot(0, this, [this, path] { openOrImport(path); });
}

void MainWindow::openOrImport(const QString& path) {
    switch (fileActionFor(path)) {
    case FileAction::OpenMap:
        openMapInteractively(path);
        break;
    case FileAction::Import:
        if (!m_edits) {
            statusBar()->showMessage(
                tr("Open or create a map to import %1 into.").arg(QFileInfo(path).fileName()),
                8000);
            return;
        }
        importFromFile(path);
        break;
    case FileAction::Refuse:
        QMessageBox::warning(this, tr("Cannot open"),
                             tr("%1 is neither a Kizuna map (.kizuna) nor a file Kizuna can "
                                "import (CSV, GraphML, GEXF, DOT, Cytoscape JSON, Kizuna JSON).")
                                 .arg(QDir::toNativeSeparators(path)));
        break;
    }
}

void MainWindow::importFromFile(const QString& path) {
    if (!m_edits)
        return;
    // Into an empty map: show all of what came in.
    const bool wasEmpty = m_document->graph().nodeCount() == 0;
    const bool imported =
        path.isEmpty() ? importInteractively(this, *m_edits) : importFile(this, *m_edits, path);
    if (imported && wasEmpty)
        m_canvas->fitToWindow();
}

void MainWindow::pinSelectedNames(bool pin) {
    if (!m_document || !m_edits)
        return;
    ChangeSet change;
    for (NodeId id : m_canvas->selectedNodes()) {
        const NodeData* node = m_document->graph().node(id);
        if (!node || isLabelPinned(node->properties) == pin)
            continue;
        Properties properties = node->properties;
        if (pin)
            properties.insert(kPinnedLabel, QStringLiteral("true"));
        else
            properties.remove(kPinnedLabel);
        change.append(setPropertiesChange(*m_document, id.value, properties));
    }
    if (change.isEmpty())
        return;
    change.description = pin ? tr("Pin names") : tr("Unpin names");
    if (const QString error = m_edits->perform(change); !error.isEmpty())
        statusBar()->showMessage(error, 8000);
}

void MainWindow::mergeSelectedNodes() {
    const std::vector<NodeId> nodes = m_canvas->selectedNodes();
    if (!m_edits || nodes.size() < 2)
        return;
    MergeDialog dialog(*m_document, nodes, this);
    dialog.setObjectName(QStringLiteral("mergeDialog"));
    if (dialog.exec() != QDialog::Accepted)
        return;
    const QString error = mergeNodes(dialog.survivor(), dialog.others(), dialog.choices());
    if (!error.isEmpty())
        QMessageBox::warning(this, tr("Cannot merge"), error);
}

void MainWindow::editSchema() {
    if (!m_edits)
        return;
    SchemaDialog dialog(*m_model, *m_edits, this);
    dialog.setObjectName(QStringLiteral("schemaDialog"));
    dialog.exec();
}

void MainWindow::closeEvent(QCloseEvent* event) {
    // Nothing to save: every edit was committed when it was made.
    m_settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    m_settings.setValue(QStringLiteral("window/state"), saveState());
    event->accept();
}

} // namespace kizuna
