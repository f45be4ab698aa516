#pragma once
// Helpers for driving the real main window offscreen.

#include "TestSupport.h"
#include "canvas/GraphCanvas.h"
#include "commands/EditController.h"
#include "main/MainWindow.h"

#include <QApplication>
#include <QSettings>
#include <QTest>
#include <QTimer>
#include <functional>

namespace kizuna::test {

// A main window on a fresh copy of the bundled map.
struct WindowFixture {
    TempFolder folder;
    QString mapPath = folder.file(QStringLiteral("bundled.kizuna"));
    QSettings settings{folder.file(QStringLiteral("settings.ini")), QSettings::IniFormat};
    std::unique_ptr<MainWindow> window;

    WindowFixture();
    GraphDocument& document() const { return *window->document(); }
    GraphCanvas* canvas() const { return window->canvas(); }
    // Closes the window and opens the file again, to see what was persisted.
    std::unique_ptr<GraphDocument> reopen();
};

NodeId nodeLabelled(const GraphDocument& document, const QString& label); // any language
QPoint screenPointOf(GraphCanvas* canvas, NodeId id);
// A point on the canvas with no node or edge near it.
QPoint emptyCanvasPoint(GraphCanvas* canvas);
// Runs `act` on the modal dialog (or popup menu) that the next call opens.
void whenModalOpens(std::function<void(QWidget*)> act);

} // namespace kizuna::test
