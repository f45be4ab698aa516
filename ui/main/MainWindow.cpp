#include "main/MainWindow.h"

#include "canvas/GraphCanvas.h"
#include "canvas/GraphModelAdapter.h"
#include "document/GraphDocument.h"
#include "io/MapFiles.h"
#include "layout/ForceLayout.h"
#include "main/MapLocations.h"
#include "main/RecentMaps.h"
#include "panels/InspectorPanel.h"

#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QStatusBar>

namespace kizuna {

MainWindow::MainWindow(QSettings& settings, QWidget* parent)
    : QMainWindow(parent), m_settings(settings), m_recent(std::make_unique<RecentMaps>(settings)),
      m_canvas(new GraphCanvas(this)), m_inspector(new InspectorPanel(this)) {
    setCentralWidget(m_canvas);
    auto* dock = new QDockWidget(tr("Inspector"), this);
    dock->setObjectName(QStringLiteral("inspectorDock"));
    dock->setWidget(m_inspector);
    addDockWidget(Qt::RightDockWidgetArea, dock);
    connect(m_canvas, &GraphCanvas::selectionChanged, m_inspector, &InspectorPanel::showElement);
    createActions();
    resize(1280, 800);
    restoreGeometry(m_settings.value(QStringLiteral("window/geometry")).toByteArray());
    restoreState(m_settings.value(QStringLiteral("window/state")).toByteArray());
    updateTitle();
    updateStatus();
}

MainWindow::~MainWindow() {
    m_canvas->setModel(nullptr);
    m_inspector->setModel(nullptr);
}

void MainWindow::createActions() {
    QMenu* file = menuBar()->addMenu(tr("&File"));
    file->addAction(tr("&New Map…"), QKeySequence::New, this, &MainWindow::newMap);
    file->addAction(tr("&Open…"), QKeySequence::Open, this, &MainWindow::openMapDialog);
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    file->addAction(tr("Open the &Bundled US–China AI Map"), this, &MainWindow::openBundledMap);
    file->addSeparator();
    file->addAction(tr("&Quit"), QKeySequence::Quit, this, &QWidget::close);
    rebuildRecentMenu();

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
        QAction* action = labels->addAction(
            name, this, [this, language = language] { m_canvas->setLabelLanguage(language); });
        action->setCheckable(true);
        action->setData(int(language));
        languages->addAction(action);
    }
    connect(labels, &QMenu::aboutToShow, this, [this, languages] {
        for (QAction* action : languages->actions())
            action->setChecked(action->data().toInt() == int(m_canvas->labelLanguage()));
    });

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About Kizuna"), this, [this] {
        QMessageBox::about(
            this, tr("About Kizuna"),
            tr("<b>Kizuna</b> (絆) — a knowledge-graph explorer for relationship maps.<br>"
               "Every edit is saved to the map file as you make it."));
    });
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
    // The views let go of the old map before it closes.
    m_canvas->setModel(nullptr);
    m_inspector->setModel(nullptr);
    m_model.reset();
    m_document = std::move(opened).value();
    // Nodes without a position (added by a script, say) are placed before they are shown.
    const auto placed = placeUnpositionedNodes(m_document->graph());
    if (!placed.empty()) {
        if (Status status = m_document->setPositions(placed); !status)
            statusBar()->showMessage(tr("Could not save the new layout: %1").arg(status.error()));
    }
    m_model = std::make_unique<GraphModelAdapter>(*m_document);
    connect(m_model.get(), &GraphModelAdapter::graphChanged, this, &MainWindow::updateStatus);
    connect(m_model.get(), &GraphModelAdapter::infoChanged, this, &MainWindow::updateTitle);
    m_canvas->setModel(m_model.get());
    m_inspector->setModel(m_model.get());
    m_recent->add(path);
    rebuildRecentMenu();
    updateTitle();
    updateStatus();
    return {};
}

bool MainWindow::openMapInteractively(const QString& path) {
    const QString error = openMap(path);
    if (error.isEmpty())
        return true;
    QMessageBox::warning(this, tr("Cannot open the map"), error);
    return false;
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

void MainWindow::updateStatus() {
    if (!m_document) {
        statusBar()->showMessage(tr("No map open"));
        return;
    }
    statusBar()->showMessage(tr("%1 nodes, %2 edges — %3")
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

void MainWindow::closeEvent(QCloseEvent* event) {
    // Nothing to save: every edit was committed when it was made.
    m_settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    m_settings.setValue(QStringLiteral("window/state"), saveState());
    event->accept();
}

} // namespace kizuna
