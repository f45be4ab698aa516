#pragma once
// Id-keyed change notices from GraphDocument; bulk work sends one reset.

#include "model/Ids.h"

namespace kizuna {

class GraphObserver {
public:
    virtual ~GraphObserver() = default;
    virtual void nodeAdded(NodeId) {}
    virtual void nodeRemoved(NodeId) {}
    virtual void nodeChanged(NodeId) {}
    virtual void edgeAdded(EdgeId) {}
    virtual void edgeRemoved(EdgeId) {}
    virtual void edgeChanged(EdgeId) {}
    virtual void positionsChanged() {}
    virtual void provenanceChanged(qint64 /*elementId*/) {}
    virtual void schemaChanged() {}
    virtual void annotationsChanged() {}
    virtual void viewsChanged() {}
    virtual void mapInfoChanged() {}
    virtual void reset() {}
};

} // namespace kizuna
