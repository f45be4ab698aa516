#include "panels/TimelineBar.h"

#include "algo/Visibility.h"
#include "canvas/GraphCanvas.h"
#include "canvas/GraphModelAdapter.h"
#include "document/GraphDocument.h"
#include "model/PartialDate.h"

#include <QCheckBox>
#include <QGridLayout>
#include <QLabel>
#include <QPushButton>
#include <QSlider>
#include <QTimer>

namespace kizuna {
namespace {

constexpr int kPlayStepMs = 250;

int monthsBetween(QDate a, QDate b) {
    return (b.year() - a.year()) * 12 + (b.month() - a.month());
}

} // namespace

TimelineBar::TimelineBar(GraphCanvas& canvas, QWidget* parent)
    : QWidget(parent), m_canvas(canvas), m_enabled(new QCheckBox(tr("Timeline"), this)),
      m_from(new QSlider(Qt::Horizontal, this)), m_to(new QSlider(Qt::Horizontal, this)),
      m_range(new QLabel(this)), m_undated(new QCheckBox(tr("Undated facts"), this)),
      m_hide(new QCheckBox(tr("Hide (not fade) facts outside"), this)),
      m_play(new QPushButton(tr("▶ Play"), this)), m_timer(new QTimer(this)) {
    m_from->setAccessibleName(tr("Timeline start"));
    m_to->setAccessibleName(tr("Timeline end"));
    auto* layout = new QGridLayout(this);
    layout->setContentsMargins(6, 2, 6, 2);
    layout->addWidget(m_enabled, 0, 0);
    layout->addWidget(new QLabel(tr("From"), this), 0, 1);
    layout->addWidget(m_from, 0, 2);
    layout->addWidget(new QLabel(tr("to"), this), 0, 3);
    layout->addWidget(m_to, 0, 4);
    layout->addWidget(m_range, 0, 5);
    layout->addWidget(m_play, 0, 6);
    layout->addWidget(m_undated, 0, 7);
    layout->addWidget(m_hide, 0, 8);
    layout->setColumnStretch(2, 1);
    layout->setColumnStretch(4, 1);
    m_range->setMinimumWidth(140);
    m_play->setCheckable(true);
    m_undated->setChecked(true);
    m_timer->setInterval(kPlayStepMs);
    connect(m_timer, &QTimer::timeout, this, &TimelineBar::step);
    connect(m_play, &QPushButton::toggled, this, &TimelineBar::play);
    for (QSlider* slider : {m_from, m_to})
        connect(slider, &QSlider::valueChanged, this, [this, slider] {
            // The ends may not cross: the other one gives way.
            if (m_from->value() > m_to->value())
                (slider == m_from ? m_to : m_from)->setValue(slider->value());
            applyToCanvas();
        });
    for (QCheckBox* box : {m_enabled, m_undated, m_hide})
        connect(box, &QCheckBox::toggled, this, &TimelineBar::applyToCanvas);
    connect(&m_canvas, &GraphCanvas::presentationChanged, this, &TimelineBar::showFilter);
}

void TimelineBar::setModel(GraphModelAdapter* model) {
    if (m_model)
        disconnect(m_model, nullptr, this, nullptr);
    m_model = model;
    if (m_model)
        connect(m_model, &GraphModelAdapter::graphChanged, this, &TimelineBar::reloadSpan);
    play(false);
    reloadSpan();
}

void TimelineBar::reloadSpan() {
    m_updating = true;
    const auto span = m_model ? datedSpan(m_model->document().graph()) : std::nullopt;
    const bool dated = span.has_value();
    m_first = dated ? QDate(span->first.year(), span->first.month(), 1) : QDate();
    const int months = dated ? monthsBetween(m_first, span->last) : 0;
    for (QSlider* slider : {m_from, m_to}) {
        slider->setRange(0, months);
        slider->setEnabled(dated);
    }
    m_play->setEnabled(dated);
    m_enabled->setToolTip(dated ? QString() : tr("No fact in this map is dated."));
    m_updating = false;
    showFilter();
}

QString TimelineBar::monthAt(int position) const {
    return m_first.isValid() ? m_first.addMonths(position).toString(QStringLiteral("yyyy-MM"))
                             : QString();
}

int TimelineBar::positionOf(const QString& partialDate, bool end) const {
    const auto date = PartialDate::parse(partialDate);
    if (!date || !m_first.isValid())
        return end ? m_to->maximum() : 0;
    return std::clamp(monthsBetween(m_first, end ? date->lastDay() : date->firstDay()), 0,
                      m_to->maximum());
}

void TimelineBar::showFilter() {
    if (m_updating)
        return;
    m_updating = true;
    const ViewFilter& filter = m_canvas.filter();
    m_enabled->setChecked(!filter.from.isEmpty() || !filter.to.isEmpty());
    m_from->setValue(positionOf(filter.from, false));
    m_to->setValue(positionOf(filter.to, true));
    m_undated->setChecked(filter.showUndated);
    m_hide->setChecked(filter.hideOutsideRange);
    m_range->setText(m_enabled->isChecked() ? QStringLiteral("%1 – %2").arg(
                                                  monthAt(m_from->value()), monthAt(m_to->value()))
                                            : tr("all dates"));
    m_updating = false;
}

void TimelineBar::applyToCanvas() {
    if (m_updating)
        return;
    ViewFilter filter = m_canvas.filter(); // the legend's part stays
    const bool on = m_enabled->isChecked() && m_first.isValid();
    filter.from = on ? monthAt(m_from->value()) : QString();
    filter.to = on ? monthAt(m_to->value()) : QString();
    filter.showUndated = m_undated->isChecked();
    filter.hideOutsideRange = m_hide->isChecked();
    m_canvas.setFilter(filter);
    showFilter();
}

void TimelineBar::play(bool on) {
    if (m_play->isChecked() != on) {
        m_play->setChecked(on); // calls back here
        return;
    }
    m_play->setText(on ? tr("⏸ Pause") : tr("▶ Play"));
    if (!on) {
        m_timer->stop();
        return;
    }
    // From the first month, growing one month a step.
    m_updating = true;
    m_enabled->setChecked(true);
    m_from->setValue(0);
    m_to->setValue(0);
    m_updating = false;
    applyToCanvas();
    m_timer->start();
}

void TimelineBar::step() {
    if (m_to->value() >= m_to->maximum()) {
        play(false);
        return;
    }
    m_to->setValue(m_to->value() + 1);
}

} // namespace kizuna
