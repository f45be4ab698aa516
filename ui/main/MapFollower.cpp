#include "main/MapFollower.h"

#include "document/GraphDocument.h"

#include <QGuiApplication>
#include <QThreadPool>

namespace kizuna {

MapFollower::MapFollower(GraphDocument& document, QObject* parent)
    : QObject(parent), m_document(document) {
    m_timer.setInterval(kIntervalMs);
    connect(&m_timer, &QTimer::timeout, this, &MapFollower::check);
    m_timer.start();
    connect(qGuiApp, &QGuiApplication::applicationStateChanged, this,
            [this](Qt::ApplicationState state) {
                if (state == Qt::ApplicationActive)
                    check();
            });
}

void MapFollower::check() {
    // Work on a worker thread (layout, metrics) reads the graph: memory must not change under
    // it. The next tick catches up.
    // Nor while the document is committing (an import reporting progress).
    if (QThreadPool::globalInstance()->activeThreadCount() > 0 || m_document.isCommitting())
        return;
    if (!m_document.changedByOthers() && !m_retry)
        return;
    const Status status = m_document.catchUp();
    m_retry = !status.ok(); // data_version has moved on: try again on the next tick
    if (!status)
        Q_EMIT failed(status.error());
}

} // namespace kizuna
