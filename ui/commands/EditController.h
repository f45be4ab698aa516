#pragma once
// The one path from a gesture to the map: applies a change set through GraphDocument (committed
// before this returns) and records it on the undo stack. Undo and redo apply the inverse or the
// change again, so they are committed edits too.

#include "document/ChangeSet.h"
#include "model/Progress.h"
#include "model/Result.h"

#include <QObject>

class QUndoStack;

namespace kizuna {

class GraphDocument;

class EditController : public QObject {
    Q_OBJECT
public:
    EditController(GraphDocument& document, QObject* parent = nullptr);
    ~EditController() override;

    GraphDocument& document() const { return m_document; }
    QUndoStack* undoStack() const { return m_stack; }

    // Applies and records `change`. On failure nothing changed, editFailed is emitted and the
    // message returned (empty on success). An empty change set is a no-op success.
    QString perform(const ChangeSet& change);
    // The same with progress reports while writing (imports); cancelling leaves the map unchanged.
    QString perform(const ChangeSet& change, const ProgressCallback& progress);
    // perform() that returns the change as committed (merged onto other programs' changes, new
    // ids as the file gave them), or the error.
    Result<ChangeSet> commit(const ChangeSet& change,
                             const ProgressCallback& progress = ProgressCallback());

Q_SIGNALS:
    void editFailed(const QString& message);
    // Tells what was done, for the status bar ("Deleted 1 node and 4 relations").
    void editDone(const QString& summary);

private:
    QString run(const ChangeSet& change, const ProgressCallback& progress, ChangeSet* committedOut);

    GraphDocument& m_document;
    QUndoStack* m_stack;
};

} // namespace kizuna
