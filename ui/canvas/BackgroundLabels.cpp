#include "canvas/BackgroundLabels.h"

namespace kizuna {

BackgroundLabels::BackgroundLabels(QObject* parent) : QObject(parent) {}

BackgroundLabels::~BackgroundLabels() {
    // Its answer, posted meanwhile, goes with this object.
    if (m_worker.joinable())
        m_worker.join();
}

void BackgroundLabels::start(CanvasScene::LabelJob job) {
    Q_ASSERT(!m_busy);
    if (m_worker.joinable())
        m_worker.join(); // done: its answer has arrived
    m_busy = true;
    auto shared = std::make_shared<CanvasScene::LabelJob>(std::move(job));
    m_worker = std::thread([this, shared] {
        shared->place(); // reads only the job
        QMetaObject::invokeMethod(
            this,
            [this, shared] {
                m_busy = false;
                m_done = shared;
                Q_EMIT placed();
            },
            Qt::QueuedConnection);
    });
}

} // namespace kizuna
