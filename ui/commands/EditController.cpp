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
        report(m_controller.document().commit(m_change), false);
    }
    // The inverse of what was committed, merged onto the map as it is now: fields other
    // programs changed since are left alone, and a field they changed too is a conflict.
    void undo() override { report(m_controller.document().commit(m_change.inverted()), true); }

private:
    void report(const Result<ChangeSet>& result, bool undoing) {
        if (result) {
            // Keep what was committed (it may have been merged onto newer values), so the next
            // undo or redo starts from what the file holds.
            if (!result.value().isEmpty()) {
                m_change = undoing ? result.value().inverted() : result.value();
                m_change.description = text();
            }
            return;
        }
        const Status status = Error{result.error()};
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
    return run(change, progress, nullptr);
}

Result<ChangeSet> EditController::commit(const ChangeSet& change,
                                         const ProgressCallback& progress) {
    ChangeSet committed;
    if (const QString error = run(change, progress, &committed); !error.isEmpty())
        return Error{error};
    return committed;
}

QString EditController::run(const ChangeSet& change, const ProgressCallback& progress,
                            ChangeSet* committedOut) {
    if (change.isEmpty())
        return {};
    auto committed = m_document.commit(change, progress);
    if (!committed) {
        Q_EMIT editFailed(committed.error());
        return committed.error();
    }
    if (committed.value().isEmpty())
        return {}; // nothing was left to do (another program had made the same change)
    ChangeSet step = std::move(committed).value();
    step.description = change.description;
    if (committedOut)
        *committedOut = step;
    m_stack->push(new ChangeCommand(*this, std::move(step)));
    Q_EMIT editDone(change.description);
    return {};
}

} // namespace kizuna
