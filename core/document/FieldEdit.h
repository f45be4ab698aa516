#pragma once
// Setting one field of a node or edge by name, as `kizuna-cli set` and the inspector do.
// Node fields: type, label (in the map's default language), label.en, label.ja, label.zh,
// description, valid_from, valid_to, x, y, prop.KEY. Edge fields: relation, label, source, target,
// valid_from, valid_to, confidence, prop.KEY. An empty value clears the field (removes a property).

#include "document/ChangeSet.h"
#include "model/Elements.h"
#include "model/Result.h"

namespace kizuna {

class GraphDocument;

// Sets one field on a node or edge value (no document change); the error names the field.
Status setNodeField(const GraphDocument& document, NodeData& node, const QString& field,
                    const QString& value);
Status setEdgeField(const GraphDocument& document, EdgeData& edge, const QString& field,
                    const QString& value);

QStringList nodeFieldNames();
QStringList edgeFieldNames();
Result<ChangeSet> setFieldChange(const GraphDocument& document, qint64 elementId,
                                 const QString& field, const QString& value);
// The same field set to the same value on several nodes and edges, as one change (one undo
// step): the Data view's multi-row edit and `kizuna-cli set FILE ID,ID… FIELD VALUE`. All or
// nothing: the error names the first element the value does not fit.
Result<ChangeSet> setFieldOnAllChange(const GraphDocument& document,
                                      const std::vector<qint64>& elementIds, const QString& field,
                                      const QString& value);

} // namespace kizuna
