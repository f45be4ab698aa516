#pragma once
// The rules every node and edge must satisfy before it is written; messages name the field.

#include "model/KnowledgeGraph.h"
#include "model/Result.h"
#include "model/Schema.h"

namespace kizuna {

Status validateNode(const Schema& schema, const NodeData& node);
// `sourceType`/`targetType` are the endpoint nodes' types (the caller looked them up).
Status validateEdge(const Schema& schema, const EdgeData& edge, const QString& sourceType,
                    const QString& targetType);
Status validateDates(const QString& validFrom, const QString& validTo);
Status validateSource(const Source& source);

class GraphDocument;
struct ChangeSet;
// Checks every operation of `change` against the document's current state (each `before` must
// match what is there) and the state it leads to; sets `finalSchema` to the schema after it.
Status validateChange(const GraphDocument& document, const ChangeSet& change, Schema& finalSchema);

} // namespace kizuna
