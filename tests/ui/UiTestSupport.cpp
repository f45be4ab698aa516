#include "UiTestSupport.h"

#include <catch2/catch.hpp>

namespace kizuna::test {

WindowFixture::WindowFixture() {
    writeBundledMap(mapPath);
    settings.setValue(QStringLiteral("hints/canvasShown"), true); // no first-start hint in pictures
    window = std::make_unique<MainWindow>(settings);
    window->resize(1200, 800);
    window->show();
    REQUIRE(QTest::qWaitForWindowExposed(window.get()));
    const QString error = window->openMap(mapPath);
    INFO(error.toStdString());
    REQUIRE(error.isEmpty());
    window->canvas()->fitToWindow();
}

std::unique_ptr<GraphDocument> WindowFixture::reopen() {
    window.reset();
    return openMap(mapPath);
}

NodeId nodeLabelled(const GraphDocument& document, const QString& label) {
    for (NodeId id : document.graph().nodeIds()) {
        const Labels& labels = document.graph().node(id)->labels;
        if (labels.en == label || labels.ja == label || labels.zh == label)
            return id;
    }
    FAIL("no node labelled " << label.toStdString());
    return {};
}

QPoint screenPointOf(GraphCanvas* canvas, NodeId id) {
    auto point = canvas->screenPosition(id);
    REQUIRE(point);
    return point->toPoint();
}

QPoint emptyCanvasPoint(GraphCanvas* canvas) {
    for (int y = 20; y < canvas->height() - 20; y += 15)
        for (int x = 20; x < canvas->width() - 20; x += 15) {
            bool clear = true;
            for (int dx = -30; dx <= 30 && clear; dx += 10)
                for (int dy = -30; dy <= 30 && clear; dy += 10) {
                    const QPointF world = canvas->screenToWorld(QPointF(x + dx, y + dy));
                    clear = !canvas->scene().nodeAt(world) && !canvas->scene().edgeAt(world, 4);
                }
            if (clear)
                return QPoint(x, y);
        }
    FAIL("no empty spot on the canvas");
    return {};
}

void whenModalOpens(std::function<void(QWidget*)> act) {
    // Polls: the dialog or menu appears once the call that opens it runs its event loop.
    auto* timer = new QTimer;
    timer->setInterval(10);
    QObject::connect(timer, &QTimer::timeout, [timer, act] {
        QWidget* widget = QApplication::activePopupWidget();
        if (!widget)
            widget = QApplication::activeModalWidget();
        if (!widget)
            return;
        timer->stop();
        timer->deleteLater();
        act(widget);
    });
    timer->start();
}

} // namespace kizuna::test
