#pragma once
// What an importer read from a file, before it is merged into a map: contents with provisional
// ids, and each node's id as written in the file (for matching and for error messages).

#include "model/MapContents.h"

#include <QString>
#include <vector>

namespace kizuna {

struct ImportedGraph {
    MapContents contents;
    std::vector<QString> nodeKeys; // parallel to contents.nodes
    bool directed = true;          // the file's default for edges
    bool idsAreMapIds = false;     // ids are a Kizuna map's own (its JSON export): keep them
};

// Type keys in files are free text ("Think tank", "AGENCY"); map keys are snake_case.
QString typeKeyFrom(const QString& text);
// Adds a node type or relation type for every key the nodes and edges use that neither `existing`
// nor the imported schema defines (generic names, distinct colours). Nodes without a type become
// "entity"; edges without a relation become "related_to".
void completeImportedSchema(ImportedGraph& graph, const Schema& existing);

} // namespace kizuna
