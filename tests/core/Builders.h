#pragma once
// Short ways to make the model's plain values in tests (aggregate initialisers that leave fields
// out would trip -Wmissing-field-initializers).

#include "model/Elements.h"

namespace kizuna::test {

inline NodeData makeNode(const QString& type, const Labels& labels) {
    NodeData node;
    node.type = type;
    node.labels = labels;
    return node;
}

inline NodeData makeNode(const QString& type, const QString& en) {
    return makeNode(type, Labels{en, {}, {}});
}

inline EdgeData makeEdge(const QString& relation, NodeId source, NodeId target) {
    EdgeData edge;
    edge.relation = relation;
    edge.source = source;
    edge.target = target;
    return edge;
}

inline Source makeSource(const QString& title) {
    Source source;
    source.title = title;
    return source;
}

inline Citation makeCitation(qint64 elementId, SourceId source, const QString& excerpt) {
    Citation citation;
    citation.elementId = elementId;
    citation.source = source;
    citation.excerpt = excerpt;
    return citation;
}

inline MapInfo makeMapInfo(const QString& name) {
    MapInfo info;
    info.name = name;
    return info;
}

} // namespace kizuna::test
