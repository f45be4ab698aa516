#pragma once
// Small icons in a type's colour, as the canvas draws it: a dot for node types, a line in the
// relation's style for relation types (legend, filters, search results).

#include "model/Schema.h"

#include <QIcon>

namespace kizuna {

QIcon nodeTypeIcon(const QString& colour);
QIcon relationTypeIcon(const QString& colour, LineStyle style);

} // namespace kizuna
