#pragma once
// The pages after a PDF diagram that list what the marking shows: one block per node or
// relation (kind, label, type, who and when), then its fields before → after.

#include "history/ChangeSummary.h"

#include <QFont>
#include <QPagedPaintDevice>
#include <QPainter>

namespace kizuna {

// Starts a new page of `device` and fills as many as the list needs.
void paintChangeListPages(QPainter& painter, QPagedPaintDevice& device, const QRectF& page,
                          const QString& title, const MapChanges& changes, const QFont& font);

} // namespace kizuna
