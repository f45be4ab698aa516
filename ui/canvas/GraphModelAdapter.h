#pragma once
// Re-emits GraphDocument's change notices as Qt signals, so widgets can connect to them: the
// whole notice (to patch what changed), and coarser signals for widgets that only refresh.

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
    // Every committed change set, this window's or another program's, once.
    void documentChanged(const kizuna::ChangeNotice& notice);
    // Elements came or went, types or dates changed, or a reset: views that count, filter or
    // lay out elements refresh. Not sent for moves or text edits.
    void graphChanged();
    // An element's data or citations changed.
    void elementChanged(qint64 elementId);
    void elementRemoved(qint64 elementId);
    void infoChanged(); // the map's name or description
    void viewsListChanged();

private:
    void changed(const ChangeNotice& notice) override;

    GraphDocument& m_document;
};

} // namespace kizuna
