#pragma once
// Draws the map layer (MapLayer) on a worker thread and keeps the last drawing, so the canvas of
// a big map answers a pan or zoom at once: the last drawing moved and scaled to the new camera,
// while the exact one is made for it. A newer request stops the drawing under way.

#include "canvas/MapLayer.h"

#include <QObject>
#include <atomic>
#include <optional>
#include <thread>

class QPainter;

namespace kizuna {

class LayerRenderer : public QObject {
    Q_OBJECT
public:
    explicit LayerRenderer(QObject* parent = nullptr);
    ~LayerRenderer() override; // stops the drawing under way and waits for it

    // Draws `frame` of `data` (both kept while drawing); the previous drawing stays until the
    // new one is done. Does nothing when that very drawing is done or under way.
    void request(std::shared_ptr<const MapLayerData> data, LayerFrame frame);
    // Paints the last drawing onto `painter` (logical pixels of a widget at `camera`), moved
    // and scaled from the camera it was made for; false when there is none yet.
    bool paint(QPainter& painter, const LayerCamera& camera) const;
    // Whether the last drawing is of `data` (that very build) at exactly `camera`.
    bool isCurrent(const MapLayerData& data, const LayerCamera& camera) const;
    // Whether that drawing is done or under way.
    bool has(const MapLayerData& data, const LayerCamera& camera) const;
    // Drops the drawing kept (another map).
    void clear();
    // The last drawing, the time it took and the camera it was made for (tests, benchmarks).
    const QImage& image() const { return m_image; }
    double lastRenderMs() const { return m_lastRenderMs; }
    const LayerStats& stats() const { return m_stats; } // of the last drawing

Q_SIGNALS:
    void rendered(); // a new drawing is ready: repaint

private:
    struct Job {
        std::shared_ptr<const MapLayerData> data;
        LayerFrame frame;
    };
    void start(Job job);
    void finished(quint64 ticket, QImage image, bool complete, double ms, LayerStats stats);

    std::thread m_worker;
    std::atomic<bool> m_stop{false};
    bool m_running = false;
    quint64 m_ticket = 0; // of the job under way
    std::optional<Job> m_current, m_pending;
    QImage m_image;            // the last complete drawing
    LayerCamera m_imageCamera; // what it shows
    quint64 m_imageSerial = 0;
    bool m_discard = false; // the drawing under way is of a map no longer shown
    double m_lastRenderMs = 0;
    LayerStats m_stats;
};

} // namespace kizuna
