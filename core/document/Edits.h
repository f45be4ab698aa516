#pragma once
// Builders of the change sets behind each user edit, from the document's current state. The UI's
// undo commands and kizuna-cli's editing commands both use these, so an edit means the same in
// both.

#include "document/ChangeSet.h"
#include "model/Result.h"

#include <QMap>
#include <QPointF>
#include <vector>

namespace kizuna {

class GraphDocument;

ChangeSet addNodeChange(GraphDocument& document, NodeData node); // assigns an id if node.id is 0
ChangeSet addEdgeChange(GraphDocument& document, EdgeData edge); // assigns an id if edge.id is 0
ChangeSet updateNodeChange(const GraphDocument& document, const NodeData& after);
ChangeSet updateEdgeChange(const GraphDocument& document, const EdgeData& after);
// Removes nodes and edges together with the edges of those nodes and every citation of them.
// Replaces a node's or edge's properties (add, rename, remove keys).
ChangeSet setPropertiesChange(const GraphDocument& document, qint64 elementId,
                              const Properties& properties);
ChangeSet removeElementsChange(const GraphDocument& document,
                               const std::vector<qint64>& elementIds);
ChangeSet moveNodesChange(const GraphDocument& document,
                          const std::vector<std::pair<NodeId, QPointF>>& positions);
// Swaps source and target (for directed relations: the arrow turns round).
ChangeSet reverseEdgeChange(const GraphDocument& document, EdgeId id);

ChangeSet addSourceChange(GraphDocument& document, Source source);       // assigns an id if 0
ChangeSet addCitationChange(GraphDocument& document, Citation citation); // assigns an id if 0
ChangeSet removeCitationChange(const GraphDocument& document, CitationId id);
ChangeSet putNodeTypeChange(const GraphDocument& document, const NodeType& type);
ChangeSet putRelationTypeChange(const GraphDocument& document, const RelationType& type);
// Deletes a type. Its nodes (edges) take the `replacement` type, or are deleted with their edges
// when `replacement` is empty; relation types stop naming a deleted node type.
Result<ChangeSet> removeNodeTypeChange(const GraphDocument& document, const QString& key,
                                       const QString& replacement);
Result<ChangeSet> removeRelationTypeChange(const GraphDocument& document, const QString& key,
                                           const QString& replacement);
ChangeSet addAnnotationChange(GraphDocument& document, Annotation annotation); // assigns an id if 0
ChangeSet updateAnnotationChange(const GraphDocument& document, const Annotation& after);
ChangeSet removeAnnotationChange(const GraphDocument& document, AnnotationId id);
// Saves `view` under its name: a new view, or (same name) replaces the settings of that one.
ChangeSet saveViewChange(GraphDocument& document, SavedView view);
ChangeSet removeViewChange(const GraphDocument& document, ViewId id);
ChangeSet setMapInfoChange(const GraphDocument& document, const MapInfo& info);

// Merging nodes that are the same actor: which value wins for a property both nodes set.
enum class MergePreference { Survivor = 0, Other = 1 };
struct MergeConflict {
    QString field; // "prop.KEY", "description", "label.en", "valid_from" ...
    QString survivorValue;
    QString otherValue;
    NodeId other;
};
// The fields on which the nodes disagree (the user picks the winners).
std::vector<MergeConflict> mergeConflicts(const GraphDocument& document, NodeId survivor,
                                          const std::vector<NodeId>& others);
// Moves edges, citations, properties and missing labels of `others` onto `survivor`, then
// removes the others. `choices` maps a conflicting field to the value to keep; fields not in it
// follow `preference`. An edge between two merged nodes becomes a self-relation of the survivor.
Result<ChangeSet> mergeNodesChange(const GraphDocument& document, NodeId survivor,
                                   const std::vector<NodeId>& others, MergePreference preference,
                                   const QMap<QString, QString>& choices = {});

} // namespace kizuna
