#include "document/JournalEntry.h"

#include "document/Fields.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <set>

namespace kizuna {
namespace {

qint64 keyOf(const NodeData& v) {
    return v.id.value;
}
qint64 keyOf(const EdgeData& v) {
    return v.id.value;
}
qint64 keyOf(const Source& v) {
    return v.id.value;
}
qint64 keyOf(const Citation& v) {
    return v.id.value;
}
qint64 keyOf(const Annotation& v) {
    return v.id.value;
}
qint64 keyOf(const SavedView& v) {
    return v.id.value;
}
QString keyOf(const NodeType& v) {
    return v.key;
}
QString keyOf(const RelationType& v) {
    return v.key;
}
int keyOf(const MapInfo&) {
    return 0;
}

const char* kindOf(const NodeOp&) {
    return "node";
}
const char* kindOf(const EdgeOp&) {
    return "edge";
}
const char* kindOf(const SourceOp&) {
    return "source";
}
const char* kindOf(const CitationOp&) {
    return "citation";
}
const char* kindOf(const AnnotationOp&) {
    return "annotation";
}
const char* kindOf(const ViewOp&) {
    return "view";
}
const char* kindOf(const NodeTypeOp&) {
    return "node_type";
}
const char* kindOf(const RelationTypeOp&) {
    return "relation_type";
}
const char* kindOf(const MapInfoOp&) {
    return "map_info";
}

struct Counts {
    std::map<QString, qint64> added, changed, removed;
    std::set<QString> fields; // changed by updates
};

// Adds one operation's ids to `ids` and (unless summarising) its JSON to `operations`.
class Recorder {
public:
    Recorder(JournalRecord& record, QJsonArray* operations, Counts& counts)
        : m_ids(record.ids), m_added(record.added), m_removed(record.removed),
          m_operations(operations), m_counts(counts) {}

    template <typename T> void operator()(const Op<T>& op) {
        const T& value = op.after ? *op.after : *op.before;
        touch(value, op);
        const QString kind = QLatin1String(kindOf(op));
        (op.before ? (op.after ? m_counts.changed : m_counts.removed) : m_counts.added)[kind] += 1;
        if (!m_operations) {
            if (op.before && op.after)
                for (const QString& field :
                     changedFields(fieldsOf(*op.before), fieldsOf(*op.after)))
                    m_counts.fields.insert(field);
            return;
        }
        QJsonObject record{{QStringLiteral("kind"), kind}};
        record.insert(QStringLiteral("id"), QJsonValue::fromVariant(keyOf(value)));
        const Fields before = op.before ? fieldsOf(*op.before) : Fields();
        const Fields after = op.after ? fieldsOf(*op.after) : Fields();
        const QStringList changed =
            op.before && op.after ? changedFields(before, after) : QStringList();
        record.insert(QStringLiteral("before"),
                      op.before ? QJsonValue(toJson(before, changed)) : QJsonValue());
        record.insert(QStringLiteral("after"),
                      op.after ? QJsonValue(toJson(after, changed)) : QJsonValue());
        m_operations->append(record);
    }

private:
    template <typename T> void touch(const T& value, const Op<T>& op) {
        touchInto(m_ids, value);
        if (!op.before)
            touchInto(m_added, value);
        if (!op.after)
            touchInto(m_removed, value);
    }
    static void touchInto(TouchedIds& ids, const NodeData& v) { ids.nodes.push_back(v.id.value); }
    static void touchInto(TouchedIds& ids, const EdgeData& v) { ids.edges.push_back(v.id.value); }
    static void touchInto(TouchedIds& ids, const Source& v) { ids.sources.push_back(v.id.value); }
    static void touchInto(TouchedIds& ids, const Citation& v) {
        ids.citations.push_back(v.id.value);
    }
    static void touchInto(TouchedIds& ids, const Annotation& v) {
        ids.annotations.push_back(v.id.value);
    }
    static void touchInto(TouchedIds& ids, const SavedView& v) { ids.views.push_back(v.id.value); }
    static void touchInto(TouchedIds& ids, const NodeType&) { ids.schema = true; }
    static void touchInto(TouchedIds& ids, const RelationType&) { ids.schema = true; }
    static void touchInto(TouchedIds& ids, const MapInfo&) { ids.info = true; }

    TouchedIds& m_ids;
    TouchedIds& m_added;
    TouchedIds& m_removed;
    QJsonArray* m_operations;
    Counts& m_counts;
};

QString summaryOf(const Counts& counts) {
    QStringList parts;
    auto add = [&](const std::map<QString, qint64>& table, const char* verb) {
        for (const auto& [kind, n] : table)
            parts << QStringLiteral("%1 %2 %3").arg(n).arg(kind).arg(QLatin1String(verb));
    };
    add(counts.added, "added");
    add(counts.changed, "changed");
    add(counts.removed, "removed");
    return parts.join(QStringLiteral(", "));
}

} // namespace

JournalRecord journalRecordOf(const ChangeSet& change) {
    JournalRecord record;
    record.command = change.description.isEmpty() ? QStringLiteral("Edit") : change.description;
    const bool summarise = change.operations.size() > kSummariseAbove;
    QJsonArray operations;
    Counts counts;
    Recorder recorder(record, summarise ? nullptr : &operations, counts);
    for (const Operation& operation : change.operations)
        std::visit(recorder, operation);
    if (summarise) {
        record.summary = summaryOf(counts);
        record.fields = QStringList(counts.fields.begin(), counts.fields.end());
    } else
        record.operations = QJsonDocument(operations).toJson(QJsonDocument::Compact);
    return record;
}

} // namespace kizuna
