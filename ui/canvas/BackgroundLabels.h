#pragma once
// Places a big map's node labels on a worker thread, one job at a time (CanvasScene::LabelJob),
// so the window keeps answering while a new zoom's names are worked out: 100,000 nodes take
// 0.1–0.25 s, a stall the user felt on every new zoom level.

#include "canvas/CanvasScene.h"

#include <QObject>
#include <memory>
#include <thread>

namespace kizuna {

class BackgroundLabels : public QObject {
    Q_OBJECT
public:
    explicit BackgroundLabels(QObject* parent = nullptr);
    ~BackgroundLabels() override; // waits for the job under way

    bool busy() const { return m_busy; }
    // Places `job` on the worker; placed() follows. Only when not busy.
    void start(CanvasScene::LabelJob job);
    // The job placed, once placed() is emitted.
    CanvasScene::LabelJob take() { return std::move(*m_done); }

Q_SIGNALS:
    void placed();

private:
    std::thread m_worker;
    bool m_busy = false;
    std::shared_ptr<CanvasScene::LabelJob> m_done;
};

} // namespace kizuna
