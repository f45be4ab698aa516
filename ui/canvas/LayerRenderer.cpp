#include "canvas/LayerRenderer.h"

#include <QElapsedTimer>
#include <QPainter>

namespace kizuna {

LayerRenderer::LayerRenderer(QObject* parent) : QObject(parent) {}

LayerRenderer::~LayerRenderer() {
    m_stop = true;
    if (m_worker.joinable())
        m_worker.join();
}

namespace {

// The same camera but for the names: a drawing made without them only needs them added.
bool namesAdded(const LayerCamera& before, const LayerCamera& after) {
    LayerCamera named = before;
    named.named = true;
    return !before.named && after.named && named == after;
}

} // namespace

void LayerRenderer::request(std::shared_ptr<const MapLayerData> data, LayerFrame frame) {
    const auto same = [&](const Job& job) {
        return job.data->serial == data->serial && job.frame.camera == frame.camera;
    };
    if (m_running && !m_stop && same(*m_current)) { // under way, and not being stopped
        m_pending.reset();
        return;
    }
    if (!m_running && isCurrent(*data, frame.camera))
        return;
    // The drawing under way lacks only the names: it goes on, they are added after it.
    const bool addNames = m_running && !m_stop && m_current->data->serial == data->serial &&
                          namesAdded(m_current->frame.camera, frame.camera);
    Job job{std::move(data), std::move(frame)};
    if (m_running) { // stop the drawing under way (unless names are to be added); this one
                     // starts when it has
        m_pending = std::move(job);
        m_stop = !addNames;
        return;
    }
    start(std::move(job));
}

void LayerRenderer::start(Job job) {
    if (m_worker.joinable())
        m_worker.join(); // it has finished: its result has arrived
    m_stop = false;
    m_running = true;
    const quint64 ticket = ++m_ticket;
    m_current = std::move(job);
    // Only the names, over the last drawing, when that is of the same map and camera without
    // them (a big map's names are placed on a thread while the drawing is made).
    const bool namesOnly = m_imageSerial == m_current->data->serial &&
                           namesAdded(m_imageCamera, m_current->frame.camera);
    QImage base = namesOnly ? m_image : QImage(); // shared: the worker's painting copies it
    const LayerStats baseStats = m_stats;
    m_worker = std::thread([this, ticket, data = m_current->data, frame = m_current->frame, base,
                            namesOnly, baseStats]() mutable {
        QElapsedTimer timer;
        timer.start();
        QImage image;
        LayerStats stats = baseStats;
        bool complete = true;
        stats.namesAdded = namesOnly;
        if (namesOnly) {
            image = std::move(base);
            paintLayerNames(image, frame);
        } else {
            complete = renderMapLayer(image, *data, frame, m_stop, &stats);
        }
        const double ms = timer.nsecsElapsed() / 1e6;
        QMetaObject::invokeMethod(
            this,
            [this, ticket, image = std::move(image), complete, ms, stats] {
                finished(ticket, image, complete, ms, stats);
            },
            Qt::QueuedConnection);
    });
}

void LayerRenderer::finished(quint64 ticket, QImage image, bool complete, double ms,
                             LayerStats stats) {
    if (ticket != m_ticket || !m_current)
        return;
    m_running = false;
    if (m_discard) { // drawn for a map no longer shown
        complete = false;
        m_discard = false;
    }
    if (complete) {
        m_image = std::move(image);
        m_image.setDevicePixelRatio(1);
        m_imageCamera = m_current->frame.camera;
        m_imageSerial = m_current->data->serial;
        m_lastRenderMs = ms;
        m_stats = stats;
    }
    m_current.reset();
    if (m_pending) {
        Job next = std::move(*m_pending);
        m_pending.reset();
        start(std::move(next));
    }
    if (complete)
        Q_EMIT rendered();
}

bool LayerRenderer::isCurrent(const MapLayerData& data, const LayerCamera& camera) const {
    return !m_image.isNull() && m_imageSerial == data.serial && m_imageCamera == camera;
}

bool LayerRenderer::has(const MapLayerData& data, const LayerCamera& camera) const {
    if (m_running)
        return !m_stop && m_current->data->serial == data.serial &&
               m_current->frame.camera == camera && !m_pending;
    return isCurrent(data, camera);
}

bool LayerRenderer::paint(QPainter& painter, const LayerCamera& camera) const {
    if (m_image.isNull() || m_imageCamera.scale <= 0)
        return false;
    // A world point w is at (w - c) * s + size / 2 in both drawings: map the image's corners.
    const LayerCamera& from = m_imageCamera;
    const double k = camera.scale / from.scale;
    const QPointF fromHalf(from.size.width() / 2.0, from.size.height() / 2.0);
    const QPointF toHalf(camera.size.width() / 2.0, camera.size.height() / 2.0);
    const QPointF topLeft =
        ((QPointF() - fromHalf) / from.scale + from.centre - camera.centre) * camera.scale + toHalf;
    const QRectF target(topLeft, QSizeF(from.size) * k);
    painter.save();
    painter.scale(1 / camera.pixelRatio, 1 / camera.pixelRatio); // device pixels
    painter.setRenderHint(QPainter::SmoothPixmapTransform, false);
    painter.drawImage(target, m_image, QRectF(m_image.rect()));
    painter.restore();
    return true;
}

void LayerRenderer::clear() {
    m_pending.reset();
    if (m_running) {
        m_stop = true;
        m_discard = true;
    }
    m_image = QImage();
    m_imageSerial = 0;
}

} // namespace kizuna
