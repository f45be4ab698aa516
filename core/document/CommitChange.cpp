// GraphDocument::commit: catch up with the file, rebase the change onto it, validate, write it
// with its journal record in one transaction, then apply it in memory and send one notice.

#include "document/Fields.h"
#include "document/GraphDocument.h"
#include "document/JournalEntry.h"
#include "document/Rebase.h"
#include "document/Validation.h"
#include "store/PreparedSearchIndex.h"
#include "store/SqlError.h"

#include <QDateTime>
#include <algorithm>
#include <atomic>
#include <future>

namespace kizuna {
namespace {

// Above this many operations observers get one reset instead of id lists.
constexpr size_t kResetAbove = 2000;

int indexOf(const Schema& schema, const NodeType& type) {
    const auto& all = schema.nodeTypes();
    return int(
        std::find_if(all.begin(), all.end(), [&](const NodeType& t) { return t.key == type.key; }) -
        all.begin());
}

int indexOf(const Schema& schema, const RelationType& type) {
    const auto& all = schema.relationTypes();
    return int(std::find_if(all.begin(), all.end(),
                            [&](const RelationType& t) { return t.key == type.key; }) -
               all.begin());
}

// True when only the position differs: a move, the commonest edit by far.
bool movedOnly(const NodeData& before, const NodeData& after) {
    if (!after.position)
        return false;
    NodeData same = after;
    same.position = before.position;
    return same == before;
}

void write(MapStore& store, const Operation& operation, const Schema& finalSchema) {
    if (auto* op = std::get_if<NodeOp>(&operation)) {
        if (!op->after)
            store.deleteElement(op->before->id.value);
        else if (!op->before)
            store.insertNode(*op->after);
        else if (movedOnly(*op->before, *op->after))
            store.writePosition(op->after->id, *op->after->position); // no text to reindex
        else
            store.updateNode(*op->after);
    } else if (auto* op = std::get_if<EdgeOp>(&operation)) {
        if (!op->after)
            store.deleteElement(op->before->id.value);
        else if (!op->before)
            store.insertEdge(*op->after);
        else
            store.updateEdge(*op->after);
    } else if (auto* op = std::get_if<SourceOp>(&operation)) {
        if (!op->after)
            store.deleteSource(op->before->id);
        else if (!op->before)
            store.insertSource(*op->after);
        else
            store.updateSource(*op->after);
    } else if (auto* op = std::get_if<CitationOp>(&operation)) {
        if (!op->after)
            store.deleteCitation(op->before->id);
        else if (!op->before)
            store.insertCitation(*op->after);
        else
            store.updateCitation(*op->after);
    } else if (auto* op = std::get_if<NodeTypeOp>(&operation)) {
        if (op->after)
            store.writeNodeType(*op->after, indexOf(finalSchema, *op->after));
        else
            store.deleteNodeType(op->before->key);
    } else if (auto* op = std::get_if<RelationTypeOp>(&operation)) {
        if (op->after)
            store.writeRelationType(*op->after, indexOf(finalSchema, *op->after));
        else
            store.deleteRelationType(op->before->key);
    } else if (auto* op = std::get_if<MapInfoOp>(&operation)) {
        store.writeMapInfo(*op->after);
    } else if (auto* op = std::get_if<ViewOp>(&operation)) {
        if (!op->after)
            store.deleteView(op->before->id);
        else if (!op->before)
            store.insertView(*op->after);
        else
            store.updateView(*op->after);
    } else if (auto* op = std::get_if<AnnotationOp>(&operation)) {
        if (!op->after)
            store.deleteAnnotation(op->before->id);
        else if (!op->before)
            store.insertAnnotation(*op->after);
        else
            store.updateAnnotation(*op->after);
    }
}

// A big batch of new nodes and relations with nothing deleted (an import) is written in bulk;
// its indexes are made again after the rows when it outnumbers what the map holds.
constexpr size_t kBulkFrom = 5000;

MapStore::WriteMode writeModeFor(const ChangeSet& change, size_t elementsInMap) {
    size_t inserted = 0;
    for (const Operation& operation : change.operations) {
        const bool removes =
            std::visit([](const auto& op) { return op.before && !op.after; }, operation);
        if (removes)
            return {};
        if (auto* op = std::get_if<NodeOp>(&operation); op && !op->before)
            ++inserted;
        else if (auto* op = std::get_if<EdgeOp>(&operation); op && !op->before)
            ++inserted;
    }
    // The rules are then checked over the whole file: worth it while the batch is a good part
    // of it (a few thousand rows into a map of a million are quicker row by row).
    if (inserted < kBulkFrom || inserted * 4 < elementsInMap)
        return {};
    return {true, inserted >= elementsInMap};
}

// The new nodes' search index, built on another core while the rows are written, for a bulk
// write into a map without nodes (an import into a new map); none when a node is cited (its
// sources' titles are read from the file) or inserted and then changed again (the file holds
// the last state). Built in id order, as the map would fill it; `stop` ends it early once the
// write no longer needs it.
std::future<std::unique_ptr<PreparedSearchIndex>>
prepareSearchIndex(const ChangeSet& change, const std::atomic<bool>& stop) {
    const bool unsuited =
        std::any_of(change.operations.begin(), change.operations.end(), [](const Operation& op) {
            if (auto* citation = std::get_if<CitationOp>(&op))
                return citation->after.has_value();
            auto* node = std::get_if<NodeOp>(&op);
            return node && node->before.has_value();
        });
    if (unsuited)
        return {};
    return std::async(std::launch::async, [&change, &stop] {
        std::vector<const NodeData*> nodes;
        for (const Operation& operation : change.operations)
            if (auto* op = std::get_if<NodeOp>(&operation); op && op->after)
                nodes.push_back(&*op->after);
        std::sort(nodes.begin(), nodes.end(),
                  [](const NodeData* a, const NodeData* b) { return a->id < b->id; });
        return std::make_unique<PreparedSearchIndex>(nodes, stop);
    });
}

// Thrown inside the write transaction when another program committed after this document caught
// up: the transaction rolls back and commit() starts again from catching up.
struct Raced : SqlError {
    Raced() : SqlError("another program committed meanwhile", 0) {}
};

// Thrown inside the write transaction when the rules, checked alongside the write, refuse the
// change: the transaction rolls back and commit() reports the rule.
struct Refused : SqlError {
    Refused() : SqlError("the change breaks a rule", 0) {}
};

// Change sets of this many operations are checked on a second core while they are written.
constexpr size_t kCheckAlongsideFrom = 20000;

struct Checked {
    Status status = Status::success();
    Schema schema;
};

} // namespace

Result<ChangeSet> GraphDocument::commit(const ChangeSet& requested,
                                        const ProgressCallback& progress) {
    std::optional<ChangeSet> rebased;
    if (Status status = commitChange(requested, progress, rebased); !status)
        return Error{status.error()};
    if (rebased)
        return std::move(*rebased);
    return requested;
}

Status GraphDocument::apply(const ChangeSet& change, const ProgressCallback& progress) {
    std::optional<ChangeSet> rebased;
    return commitChange(change, progress, rebased);
}

Status GraphDocument::applyToFileOnly(const ChangeSet& change, const ProgressCallback& progress) {
    std::optional<ChangeSet> rebased;
    return commitChange(change, progress, rebased, true);
}

Status GraphDocument::commitChange(const ChangeSet& requested, const ProgressCallback& progress,
                                   std::optional<ChangeSet>& rebased, bool fileOnly) {
    if (requested.isEmpty())
        return Status::success();
    if (isReadOnly())
        return Error{QStringLiteral("the map %1 is open read-only").arg(path())};
    if (m_committing)
        return Error{QStringLiteral("another edit is being saved; try again when it is done")};
    struct Committing {
        bool& flag;
        ~Committing() { flag = false; }
    } committing{m_committing = true};
    for (int attempt = 0; attempt < 20; ++attempt) {
        // 1. Memory catches up with the file, so the change is checked against the file.
        ChangeNotice caughtUp;
        const Status caught = catchUpInto(caughtUp);
        notify(caughtUp);
        if (!caught)
            return Error{caught.error()};
        // 2. The change, merged onto what is there now, with ids the file has not given out.
        MapStore::LastIds fileLast;
        if (Status read = m_store->read([&] { fileLast = m_store->lastIds(); }); !read)
            return Error{read.error()};
        auto allocate = [this](IdKind kind) -> qint64 {
            switch (kind) {
            case IdKind::Element:
                return ++m_lastElementId;
            case IdKind::Source:
                return ++m_lastSourceId;
            case IdKind::Citation:
                return ++m_lastCitationId;
            case IdKind::Annotation:
                return ++m_lastAnnotationId;
            case IdKind::View:
                return ++m_lastViewId;
            }
            return 0;
        };
        const RebaseContext context{*this, m_provisional, fileLast, allocate};
        rebased.reset();
        if (!isCurrent(requested, context)) { // big change sets are copied only when they must be
            auto merged = rebase(requested, context);
            if (!merged)
                return Error{merged.error()};
            rebased = std::move(merged).value();
        }
        const ChangeSet& change = rebased ? *rebased : requested;
        if (change.isEmpty())
            return Status::success();
        // 3. Every rule, against the state the change leads to. A big change is checked on a
        // second core while its rows are written (the write is undone if a rule fails; only
        // reads of memory and of the change happen meanwhile): an import of half a million
        // relations spends a third of a second here.
        Schema finalSchema;
        std::future<Checked> checking;
        if (change.operations.size() >= kCheckAlongsideFrom) {
            checking = std::async(std::launch::async, [this, &change] {
                Checked checked;
                checked.status = validateChange(*this, change, checked.schema);
                return checked;
            });
            finalSchema = m_schema; // type rows are given their order again once it is known
        } else if (Status valid = validateChange(*this, change, finalSchema); !valid) {
            return Error{valid.error()};
        }
        std::optional<QString> refused;
        auto awaitCheck = [&] {
            if (!checking.valid())
                return;
            Checked checked = checking.get();
            if (!checked.status) {
                refused = checked.status.error();
                throw Refused();
            }
            finalSchema = std::move(checked.schema);
        };
        MapStore::WriteMode mode = writeModeFor(change, m_graph.nodeCount() + m_graph.edgeCount());
        std::atomic<bool> searchIndexUnneeded = false; // set when the write is over
        std::future<std::unique_ptr<PreparedSearchIndex>> preparedSearch;
        if (mode.bulk && m_graph.nodeCount() == 0) {
            preparedSearch = prepareSearchIndex(change, searchIndexUnneeded);
            mode.preparedSearch = &preparedSearch;
        }
        // 4. One transaction: the change and its journal record, unless someone was quicker.
        JournalRecord record = journalRecordOf(change);
        record.time = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
        record.author = m_author;
        record.program = m_program;
        qint64 seq = 0;
        bool raced = false;
        const Status written = m_store->transact(
            [&] {
                if (m_store->lastJournalSeq() != m_journalSeq) {
                    raced = true;
                    throw Raced();
                }
                qint64 done = 0;
                const qint64 total = qint64(change.operations.size());
                try {
                    for (const Operation& operation : change.operations) {
                        if (progress && (++done % 2048) == 0 && !progress(done, total))
                            throw SqlError("cancelled; the map is unchanged", 0);
                        write(*m_store, operation, finalSchema);
                    }
                } catch (const SqlError&) {
                    awaitCheck(); // a broken rule is told as the check words it, not as SQL does
                    throw;
                }
                awaitCheck();
                // After a type is added or removed, every type's stored order is its place in the
                // schema, so the file reads back in the order this window shows (and others see).
                const bool retyped = std::any_of(
                    change.operations.begin(), change.operations.end(), [](const Operation& op) {
                        return std::holds_alternative<NodeTypeOp>(op) ||
                               std::holds_alternative<RelationTypeOp>(op);
                    });
                if (retyped) {
                    int order = 0;
                    for (const NodeType& type : finalSchema.nodeTypes())
                        m_store->writeNodeType(type, order++);
                    order = 0;
                    for (const RelationType& type : finalSchema.relationTypes())
                        m_store->writeRelationType(type, order++);
                }
                seq = m_store->appendJournal(record);
            },
            mode);
        searchIndexUnneeded = true; // a cancelled or refused write does not wait for it
        if (refused)
            return Error{*refused};
        if (raced)
            continue;
        if (!written)
            return Error{written.error()};
        if (fileOnly) // memory stays where it was: the next catch-up reads the change back
            return Status::success();
        // 5. Committed: memory follows, observers hear about it once.
        m_journalSeq = seq;
        m_schema = std::move(finalSchema);
        ChangeNotice notice;
        notice.command = change.description;
        notice.author = m_author;
        notice.program = m_program;
        applyToMemory(change, notice);
        notify(notice);
        return Status::success();
    }
    return Error{QStringLiteral("other programs kept changing the map while this edit was being "
                                "saved; nothing was changed. Try again.")};
}

void GraphDocument::applyToMemory(const ChangeSet& change, ChangeNotice& notice) {
    const bool listIds = change.operations.size() <= kResetAbove;
    notice.reset = !listIds;
    auto changedIn = [&](const Fields& before, const Fields& after) {
        if (!listIds)
            return;
        for (const QString& field : changedFields(before, after))
            notice.fields.insert(field);
    };
    for (const Operation& operation : change.operations) {
        if (auto* op = std::get_if<NodeOp>(&operation)) {
            if (!op->after) {
                m_graph.removeNode(op->before->id);
                if (listIds)
                    notice.nodesRemoved.push_back(op->before->id);
            } else if (!op->before) {
                m_graph.insertNode(*op->after);
                m_provisional.elements.erase(op->after->id.value);
                m_lastElementId = std::max(m_lastElementId, op->after->id.value);
                if (listIds)
                    notice.nodesAdded.push_back(op->after->id);
            } else {
                m_graph.replaceNode(*op->after);
                if (listIds)
                    notice.nodesChanged.push_back(op->after->id);
                changedIn(fieldsOf(*op->before), fieldsOf(*op->after));
            }
        } else if (auto* op = std::get_if<EdgeOp>(&operation)) {
            if (!op->after) {
                m_graph.removeEdge(op->before->id);
                if (listIds)
                    notice.edgesRemoved.push_back(op->before->id);
            } else if (!op->before) {
                m_graph.insertEdge(*op->after);
                m_provisional.elements.erase(op->after->id.value);
                m_lastElementId = std::max(m_lastElementId, op->after->id.value);
                if (listIds)
                    notice.edgesAdded.push_back(op->after->id);
            } else {
                m_graph.replaceEdge(*op->after);
                if (listIds)
                    notice.edgesChanged.push_back(op->after->id);
                changedIn(fieldsOf(*op->before), fieldsOf(*op->after));
            }
        } else if (auto* op = std::get_if<SourceOp>(&operation)) {
            if (op->after) {
                m_provenance.putSource(*op->after);
                m_provisional.sources.erase(op->after->id.value);
                m_lastSourceId = std::max(m_lastSourceId, op->after->id.value);
            } else {
                m_provenance.removeSource(op->before->id);
            }
            notice.sources = true;
        } else if (auto* op = std::get_if<CitationOp>(&operation)) {
            if (op->before) {
                m_provenance.removeCitation(op->before->id);
                if (listIds)
                    notice.citationsOf.push_back(op->before->elementId);
            }
            if (op->after) {
                m_provenance.putCitation(*op->after);
                m_provisional.citations.erase(op->after->id.value);
                m_lastCitationId = std::max(m_lastCitationId, op->after->id.value);
                if (listIds)
                    notice.citationsOf.push_back(op->after->elementId);
            }
        } else if (std::holds_alternative<NodeTypeOp>(operation) ||
                   std::holds_alternative<RelationTypeOp>(operation)) {
            notice.schema = true;
        } else if (auto* op = std::get_if<MapInfoOp>(&operation)) {
            m_info = *op->after;
            notice.info = true;
        } else if (auto* op = std::get_if<ViewOp>(&operation)) {
            if (op->after) {
                m_views[op->after->id] = *op->after;
                m_provisional.views.erase(op->after->id.value);
                m_lastViewId = std::max(m_lastViewId, op->after->id.value);
            } else {
                m_views.erase(op->before->id);
            }
            notice.views = true;
        } else if (auto* op = std::get_if<AnnotationOp>(&operation)) {
            if (op->after) {
                m_annotations[op->after->id] = *op->after;
                m_provisional.annotations.erase(op->after->id.value);
                m_lastAnnotationId = std::max(m_lastAnnotationId, op->after->id.value);
            } else {
                m_annotations.erase(op->before->id);
            }
            notice.annotations = true;
        }
    }
}

} // namespace kizuna
