#include "commands/EditController.h"

#include "document/GraphDocument.h"

#include <QUndoCommand>
#include <QUndoStack>

namespace kizuna {
namespace {

// One undo step. Its first redo() is skipped: the change was applied before it was pushed, so a
// refused change never reaches the stack.
class ChangeCommand : public QUndoCommand {
public:
    ChangeCommand(EditController& controller, ChangeSet change)
        : QUndoCommand(change.description), m_controller(controller), m_change(std::move(change)) {}

    void redo() override {
        if (m_applied) {
            m_applied = false;
            return;
        }
        report(m_controller.document().apply(m_change));
    }
    void undo() override { report(m_controller.document().apply(m_change.inverted())); }

private:
    void report(const Status& status) {
        if (status)
            return;
        // The map changed in a way this step no longer fits (or the disk failed): drop the step.
        setObsolete(true);
        Q_EMIT m_controller.editFailed(status.error());
    }

    EditController& m_controller;
    ChangeSet m_change;
    bool m_applied = true;
};

} // namespace

EditController::EditController(GraphDocument& document, QObject* parent)
    : QObject(parent), m_document(document), m_stack(new QUndoStack(this)) {}

EditController::~EditController() = default;

QString EditController::perform(const ChangeSet& change) {
    return perform(change, ProgressCallback());
}

QString EditController::perform(const ChangeSet& change, const ProgressCallback& progress) {
    if (change.isEmpty())
        return {};
    if (Status status = m_document.apply(change, progress); !status) {
        Q_EMIT editFailed(status.error());
        return status.error();
    }
    m_stack->push(new ChangeCommand(*this, change));
    Q_EMIT editDone(change.description);
    return {};
}

} // namespace kizuna
