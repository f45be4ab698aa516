#include "canvas/GraphModelAdapter.h"

#include "document/GraphDocument.h"

namespace kizuna {

GraphModelAdapter::GraphModelAdapter(GraphDocument& document, QObject* parent)
    : QObject(parent), m_document(document) {
    m_document.addObserver(this);
}

GraphModelAdapter::~GraphModelAdapter() {
    m_document.removeObserver(this);
}

void GraphModelAdapter::nodeRemoved(NodeId id) {
    Q_EMIT elementRemoved(id.value);
    Q_EMIT graphChanged();
}

void GraphModelAdapter::nodeChanged(NodeId id) {
    Q_EMIT elementChanged(id.value);
    Q_EMIT graphChanged();
}

void GraphModelAdapter::edgeRemoved(EdgeId id) {
    Q_EMIT elementRemoved(id.value);
    Q_EMIT graphChanged();
}

void GraphModelAdapter::edgeChanged(EdgeId id) {
    Q_EMIT elementChanged(id.value);
    Q_EMIT graphChanged();
}

} // namespace kizuna
