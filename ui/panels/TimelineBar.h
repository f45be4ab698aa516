#pragma once
// The timeline: a date range, by month, over the span the map's facts are dated in. Facts whose
// validity does not overlap the range fade (or hide); undated facts stay unless switched off.
// Play sweeps the end of the range from the first month to the last: the map grows.

#include <QDate>
#include <QWidget>

class QCheckBox;
class QLabel;
class QPushButton;
class QSlider;
class QTimer;

namespace kizuna {

class GraphCanvas;
class GraphModelAdapter;

class TimelineBar : public QWidget {
    Q_OBJECT
public:
    TimelineBar(GraphCanvas& canvas, QWidget* parent = nullptr);
    void setModel(GraphModelAdapter* model);

    QCheckBox* enabledBox() const { return m_enabled; }
    QSlider* fromSlider() const { return m_from; }
    QSlider* toSlider() const { return m_to; }
    QCheckBox* undatedBox() const { return m_undated; }
    QCheckBox* hideBox() const { return m_hide; }
    QPushButton* playButton() const { return m_play; }
    // "YYYY-MM" of a slider position.
    QString monthAt(int position) const;

public Q_SLOTS:
    void play(bool on);
    void step(); // one month further while playing

private:
    void reloadSpan();
    void showFilter();
    void applyToCanvas();
    int positionOf(const QString& partialDate, bool end) const;

    GraphCanvas& m_canvas;
    GraphModelAdapter* m_model = nullptr;
    QCheckBox* m_enabled;
    QSlider* m_from;
    QSlider* m_to;
    QLabel* m_range;
    QCheckBox* m_undated;
    QCheckBox* m_hide;
    QPushButton* m_play;
    QTimer* m_timer;
    QDate m_first; // month 0 of the sliders
    bool m_updating = false;
};

} // namespace kizuna
