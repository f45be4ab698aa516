#include "canvas/GraphModelAdapter.h"

#include "document/GraphDocument.h"

namespace kizuna {

GraphModelAdapter::GraphModelAdapter(GraphDocument& document, QObject* parent)
    : QObject(parent), m_document(document) {
    qRegisterMetaType<kizuna::ChangeNotice>("kizuna::ChangeNotice");
    m_document.addObserver(this);
}

GraphModelAdapter::~GraphModelAdapter() {
    m_document.removeObserver(this);
}

void GraphModelAdapter::changed(const ChangeNotice& notice) {
    Q_EMIT documentChanged(notice);
    for (NodeId id : notice.nodesRemoved)
        Q_EMIT elementRemoved(id.value);
    for (EdgeId id : notice.edgesRemoved)
        Q_EMIT elementRemoved(id.value);
    for (NodeId id : notice.nodesChanged)
        Q_EMIT elementChanged(id.value);
    for (EdgeId id : notice.edgesChanged)
        Q_EMIT elementChanged(id.value);
    for (qint64 id : notice.citationsOf)
        Q_EMIT elementChanged(id);
    if (notice.info)
        Q_EMIT infoChanged();
    if (notice.views)
        Q_EMIT viewsListChanged();
    if (notice.changesStructure() || notice.annotations)
        Q_EMIT graphChanged();
}

} // namespace kizuna
