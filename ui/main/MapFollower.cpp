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
    if (QThreadPool::globalInstance()->activeThreadCount() > 0)
        return;
    if (!m_document.changedByOthers())
        return;
    if (Status status = m_document.catchUp(); !status)
        Q_EMIT failed(status.error());
}

} // namespace kizuna
