#pragma once
// Re-emits GraphDocument's change notices as Qt signals, so widgets can connect to them.

#include "model/GraphObserver.h"

#include <QObject>

namespace kizuna {

class GraphDocument;

class GraphModelAdapter : public QObject, public GraphObserver {
    Q_OBJECT
public:
    GraphModelAdapter(GraphDocument& document, QObject* parent = nullptr);
    ~GraphModelAdapter() override;
    GraphDocument& document() const { return m_document; }

Q_SIGNALS:
    // Something drawn changed (elements, positions, schema): views refresh.
    void graphChanged();
    // An element's data or citations changed.
    void elementChanged(qint64 elementId);
    void elementRemoved(qint64 elementId);
    void infoChanged(); // the map's name or description
    void viewsListChanged();

private:
    void nodeAdded(NodeId) override { Q_EMIT graphChanged(); }
    void nodeRemoved(NodeId id) override;
    void nodeChanged(NodeId id) override;
    void edgeAdded(EdgeId) override { Q_EMIT graphChanged(); }
    void edgeRemoved(EdgeId id) override;
    void edgeChanged(EdgeId id) override;
    void positionsChanged() override { Q_EMIT graphChanged(); }
    void provenanceChanged(qint64 elementId) override { Q_EMIT elementChanged(elementId); }
    void schemaChanged() override { Q_EMIT graphChanged(); }
    void annotationsChanged() override { Q_EMIT graphChanged(); }
    void viewsChanged() override { Q_EMIT viewsListChanged(); }
    void mapInfoChanged() override { Q_EMIT infoChanged(); }
    void reset() override { Q_EMIT graphChanged(); }

    GraphDocument& m_document;
};

} // namespace kizuna
