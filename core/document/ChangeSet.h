#pragma once
// A change to a map as data: a list of operations, each holding the value before and after (none
// before: an insertion; none after: a removal). A change set is applied in one transaction, and
// its inverse undoes it exactly, with the same ids, so undo and redo are ordinary edits.

#include "document/HeapOptional.h"
#include "model/Elements.h"
#include "model/Schema.h"

#include <QString>
#include <optional>
#include <variant>
#include <vector>

namespace kizuna {

template <typename T> struct Op {
    HeapOptional<T> before;
    HeapOptional<T> after;
};

using NodeOp = Op<NodeData>;
using EdgeOp = Op<EdgeData>;
using SourceOp = Op<Source>;
using CitationOp = Op<Citation>;
using NodeTypeOp = Op<NodeType>;
using RelationTypeOp = Op<RelationType>;
using MapInfoOp = Op<MapInfo>;
using AnnotationOp = Op<Annotation>;
using ViewOp = Op<SavedView>;
using Operation = std::variant<NodeOp, EdgeOp, SourceOp, CitationOp, NodeTypeOp, RelationTypeOp,
                               MapInfoOp, AnnotationOp, ViewOp>;

struct ChangeSet {
    QString description; // what the user did, for the Edit menu ("Add node", "Merge 3 nodes")
    std::vector<Operation> operations;

    bool isEmpty() const { return operations.empty(); }
    // The change that undoes this one: operations reversed, before and after swapped.
    ChangeSet inverted() const;
    void append(const ChangeSet& other);
};

} // namespace kizuna
