#pragma once
// Kizuna's own JSON format: the whole map (information, schema, sources, nodes, edges, citations)
// with its ids, so importing it into an empty map gives an identical map.

#include "model/Result.h"

#include <QByteArray>

namespace kizuna {

class GraphDocument;

QByteArray mapJson(const GraphDocument& document);
Status writeMapJson(const GraphDocument& document, const QString& path);

} // namespace kizuna
