#pragma once
// A paint device that writes SVG 1.1 element by element straight to a QIODevice, keeping nothing
// of the drawing in memory. QSvgGenerator holds the whole document in a QString until it ends
// and writes every element inside a group restating the full state (~1.6 kB per relation): an
// export of a 500,000-relation map was an 800 MB file that took 4.7 GB to write. Here elements
// of the same look share one group, paths are written as path data, and text stays text (a
// reader can search and copy it; our legibility checks read it).
//
// Not drawn: clipping (our SVG diagrams are one page and clip nothing), gradients and patterns
// (drawn in their base colour), composition modes. The device is 96 dpi, as the screen.

#include <QByteArray>
#include <QIODevice>
#include <QPaintDevice>
#include <QSizeF>
#include <QString>
#include <memory>

namespace kizuna {

class SvgStreamEngine;

class SvgStreamDevice : public QPaintDevice {
public:
    // `size` in user units (pixels at 96 dpi); the title and description head the document.
    SvgStreamDevice(QIODevice& out, QSizeF size, QString title, QString description);
    ~SvgStreamDevice() override;
    QPaintEngine* paintEngine() const override;
    // False when a write to `out` failed (its errorString says why).
    bool ok() const;

protected:
    int metric(PaintDeviceMetric metric) const override;

private:
    QSizeF m_size;
    std::unique_ptr<SvgStreamEngine> m_engine;
};

} // namespace kizuna
