#pragma once
// Everything a document holds, as plain values: to compare a document with itself after a
// change, or with the same file reopened.

#include "TestSupport.h"

#include <algorithm>
#include <catch2/catch.hpp>
#include <vector>

namespace kizuna::test {

struct MapSnapshot {
    MapInfo info;
    Schema schema;
    std::vector<NodeData> nodes;
    std::vector<EdgeData> edges;
    std::vector<Source> sources;
    std::vector<Citation> citations;
    std::vector<Annotation> annotations;
    std::vector<SavedView> views;
    bool operator==(const MapSnapshot&) const = default;
};

inline MapSnapshot snapshotOf(const GraphDocument& document) {
    MapSnapshot s;
    s.info = document.info();
    s.schema = document.schema();
    s.sources = document.provenance().sources();
    for (NodeId id : document.graph().nodeIds()) {
        s.nodes.push_back(*document.graph().node(id));
        for (const Citation& c : document.provenance().citationsOf(id.value))
            s.citations.push_back(c);
    }
    for (EdgeId id : document.graph().edgeIds()) {
        s.edges.push_back(*document.graph().edge(id));
        for (const Citation& c : document.provenance().citationsOf(id.value))
            s.citations.push_back(c);
    }
    std::sort(s.citations.begin(), s.citations.end(),
              [](const Citation& a, const Citation& b) { return a.id < b.id; });
    for (const auto& [id, annotation] : document.annotations())
        s.annotations.push_back(annotation);
    for (const auto& [id, view] : document.views())
        s.views.push_back(view);
    return s;
}

// What the file holds, read through a fresh read-only connection.
inline MapSnapshot snapshotOfFile(const QString& path) {
    auto document = GraphDocument::open(path, MapStore::Access::ReadOnly);
    INFO(document.error().toStdString());
    REQUIRE(document.ok());
    return snapshotOf(*document.value());
}

} // namespace kizuna::test
