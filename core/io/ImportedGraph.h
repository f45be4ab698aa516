#pragma once
// What an importer read from a file, before it is merged into a map: contents with provisional
// ids, and each node's id as written in the file (for matching and for error messages).

#include "model/MapContents.h"

#include <QString>
#include <vector>

namespace kizuna {

// A node whose id in the file an earlier node already used (a table listing one supplier on
// several rows). Readers keep such nodes as they are and point edges at the first; what becomes
// of them is chosen afterwards (io/GraphAssembler.h: resolveDuplicateIds).
struct RepeatedNode {
    size_t index = 0; // in contents.nodes
    NodeId first;     // the earlier node with the same id
    QString where;    // "FILE: line 7"
};

struct ImportedGraph {
    MapContents contents;
    std::vector<QString> nodeKeys;      // parallel to contents.nodes
    bool directed = true;               // the file's default for edges
    bool idsAreMapIds = false;          // ids are a Kizuna map's own (its JSON export): keep them
    std::vector<RepeatedNode> repeated; // not resolved yet
    int repeatedMerged = 0;             // rows merged into an earlier one by resolveDuplicateIds
    int repeatedDropped = 0;            // rows left out by resolveDuplicateIds
    QString repeatedNote;               // what resolveDuplicateIds did, for a warning
};

// Type keys in files are free text ("Think tank", "AGENCY"); map keys are snake_case.
QString typeKeyFrom(const QString& text);
// Adds a node type or relation type for every key the nodes and edges use that neither `existing`
// nor the imported schema defines (generic names, distinct colours). Nodes without a type become
// "entity"; edges without a relation become "related_to".
void completeImportedSchema(ImportedGraph& graph, const Schema& existing);

} // namespace kizuna
