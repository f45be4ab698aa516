#pragma once
// Helpers for driving the real main window offscreen.

#include "TestSupport.h"
#include "canvas/GraphCanvas.h"
#include "commands/EditController.h"
#include "main/MainWindow.h"

#include <QApplication>
#include <QDialog>
#include <QSettings>
#include <QTest>
#include <QTimer>
#include <catch2/catch.hpp>
#include <functional>
#include <memory>

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

// Runs `act` on the first visible top-level widget of type T once one appears (a dialog's own
// popups, such as a file name completer, are not taken for it).
template <typename T> void whenShown(std::function<void(T*)> act) {
    auto* timer = new QTimer;
    timer->setInterval(10);
    auto ticks = std::make_shared<int>(0);
    QObject::connect(timer, &QTimer::timeout, [timer, act, ticks] {
        for (QWidget* widget : QApplication::topLevelWidgets())
            if (auto* wanted = qobject_cast<T*>(widget); wanted && wanted->isVisible()) {
                timer->stop();
                timer->deleteLater();
                act(wanted);
                return;
            }
        if (++*ticks < 1000)
            return;
        // Ten seconds and it never came (an error message instead?): close what is open so
        // the test fails on its checks instead of waiting forever.
        timer->stop();
        timer->deleteLater();
        UNSCOPED_INFO("the expected window never appeared");
        for (QWidget* widget : QApplication::topLevelWidgets())
            if (auto* dialog = qobject_cast<QDialog*>(widget); dialog && dialog->isVisible())
                dialog->reject();
    });
    timer->start();
}

} // namespace kizuna::test
