#pragma once
// The outline of each node shape, centred on the origin, for painting and exports alike.

#include "model/Schema.h"

#include <QPainterPath>

namespace kizuna {

QPainterPath nodeShapePath(NodeShape shape, double radius);

} // namespace kizuna
