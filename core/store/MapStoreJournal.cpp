// MapStore's change log: appending records, reading them back, and noticing other programs'
// commits.

#include "store/MapStore.h"

#include "store/Database.h"
#include "store/SqlError.h"
#include "store/Statement.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <algorithm>

namespace kizuna {
namespace {

// Ids as a JSON array of single ids and [first, last] runs: an import's 600,000 new ids are
// one run, so a bulk record stays small.
QJsonArray idRuns(std::vector<qint64> ids) {
    std::sort(ids.begin(), ids.end());
    ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
    QJsonArray runs;
    for (size_t i = 0; i < ids.size();) {
        size_t j = i;
        while (j + 1 < ids.size() && ids[j + 1] == ids[j] + 1)
            ++j;
        if (j == i)
            runs.append(ids[i]);
        else
            runs.append(QJsonArray{ids[i], ids[j]});
        i = j + 1;
    }
    return runs;
}

std::vector<qint64> idsFromRuns(const QJsonValue& value) {
    std::vector<qint64> ids;
    for (const QJsonValue& item : value.toArray()) {
        if (item.isArray()) {
            const qint64 first = item.toArray().at(0).toInteger();
            const qint64 last = item.toArray().at(1).toInteger();
            for (qint64 id = first; id <= last && last - first < 100'000'000; ++id)
                ids.push_back(id);
        } else {
            ids.push_back(item.toInteger());
        }
    }
    return ids;
}

const std::pair<const char*, std::vector<qint64> TouchedIds::*> kIdKinds[] = {
    {"nodes", &TouchedIds::nodes},
    {"edges", &TouchedIds::edges},
    {"sources", &TouchedIds::sources},
    {"citations", &TouchedIds::citations},
    {"annotations", &TouchedIds::annotations},
    {"views", &TouchedIds::views}};

QJsonObject idsObject(const TouchedIds& ids) {
    QJsonObject object;
    for (const auto& [name, member] : kIdKinds)
        if (!(ids.*member).empty())
            object.insert(QLatin1String(name), idRuns(ids.*member));
    if (ids.schema)
        object.insert(QStringLiteral("schema"), true);
    if (ids.info)
        object.insert(QStringLiteral("info"), true);
    return object;
}

// {"nodes": …, "added": {"nodes": …}, "removed": {…}}: what was inserted and deleted, so history
// can tell additions from changes even for a summarised record.
QByteArray encodeIds(const JournalRecord& record) {
    QJsonObject object = idsObject(record.ids);
    if (record.added.count() > 0 || record.added.schema || record.added.info)
        object.insert(QStringLiteral("added"), idsObject(record.added));
    if (record.removed.count() > 0 || record.removed.schema || record.removed.info)
        object.insert(QStringLiteral("removed"), idsObject(record.removed));
    if (!record.fields.isEmpty())
        object.insert(QStringLiteral("fields"), QJsonArray::fromStringList(record.fields));
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

TouchedIds idsFrom(const QJsonObject& object) {
    TouchedIds ids;
    for (const auto& [name, member] : kIdKinds)
        ids.*member = idsFromRuns(object.value(QLatin1String(name)));
    ids.schema = object.value(QStringLiteral("schema")).toBool();
    ids.info = object.value(QStringLiteral("info")).toBool();
    return ids;
}

void decodeIds(const QString& text, JournalRecord& record) {
    const QJsonObject object = QJsonDocument::fromJson(text.toUtf8()).object();
    record.ids = idsFrom(object);
    record.added = idsFrom(object.value(QStringLiteral("added")).toObject());
    record.removed = idsFrom(object.value(QStringLiteral("removed")).toObject());
    for (const QJsonValue& field : object.value(QStringLiteral("fields")).toArray())
        record.fields << field.toString();
}

} // namespace

qint64 MapStore::appendJournal(const JournalRecord& record) {
    Statement& insert =
        statement("INSERT INTO journal(time, author, program, command, ids, operations, summary) "
                  "VALUES(?, ?, ?, ?, ?, ?, ?)");
    insert.bind(1, record.time)
        .bind(2, record.author)
        .bind(3, record.program)
        .bind(4, record.command)
        .bind(5, QString::fromUtf8(encodeIds(record)));
    if (record.operations.isEmpty())
        insert.bindNull(6);
    else
        insert.bind(6, QString::fromUtf8(record.operations));
    insert.bindOptional(7, record.summary).run();
    return m_db->lastInsertId();
}

qint64 MapStore::lastJournalSeq() {
    return m_db->queryInt("SELECT coalesce(max(seq), 0) FROM journal");
}

std::vector<JournalRecord> MapStore::readJournal(qint64 afterSeq, const QString& sinceTime,
                                                 bool withOperations, qint64 limit) {
    Statement& query = statement(
        "SELECT seq, time, author, program, command, ids, "
        "CASE WHEN ? THEN operations END, summary FROM journal WHERE seq > ? AND time >= ? "
        "ORDER BY seq LIMIT ?");
    query.bind(1, qint64(withOperations ? 1 : 0))
        .bind(2, afterSeq)
        .bind(3, sinceTime)
        .bind(4, limit);
    std::vector<JournalRecord> records;
    while (query.step()) {
        JournalRecord record;
        record.seq = query.int64(0);
        record.time = query.text(1);
        record.author = query.text(2);
        record.program = query.text(3);
        record.command = query.text(4);
        decodeIds(query.text(5), record);
        record.operations = query.text(6).toUtf8();
        record.summary = query.text(7);
        records.push_back(std::move(record));
    }
    query.reset();
    return records;
}

void MapStore::insertCheckpoint(const Checkpoint& checkpoint) {
    statement("INSERT INTO checkpoint(name, seq, time, author) VALUES(?, ?, ?, ?)")
        .bind(1, checkpoint.name)
        .bind(2, checkpoint.seq)
        .bind(3, checkpoint.time)
        .bind(4, checkpoint.author)
        .run();
}

bool MapStore::deleteCheckpoint(const QString& name) {
    statement("DELETE FROM checkpoint WHERE name = ?").bind(1, name).run();
    return m_db->changes() > 0;
}

std::vector<Checkpoint> MapStore::readCheckpoints() {
    Statement& query =
        statement("SELECT name, seq, time, author FROM checkpoint ORDER BY seq, time, name");
    std::vector<Checkpoint> checkpoints;
    while (query.step())
        checkpoints.push_back({query.text(0), query.int64(1), query.text(2), query.text(3)});
    query.reset();
    return checkpoints;
}

bool MapStore::changedByOthers() {
    // data_version changes when another connection commits (never for this one's own commits).
    const qint64 version = m_db->queryInt("PRAGMA data_version");
    const bool changed = m_dataVersion >= 0 && version != m_dataVersion;
    m_dataVersion = version;
    return changed;
}

MapStore::LastIds MapStore::lastIds() {
    LastIds last;
    last.element = lastElementId();
    last.source = m_db->queryInt("SELECT coalesce(max(id), 0) FROM source");
    last.citation = m_db->queryInt("SELECT coalesce(max(id), 0) FROM citation");
    last.annotation = m_db->queryInt("SELECT coalesce(max(id), 0) FROM annotation");
    last.view = m_db->queryInt("SELECT coalesce(max(id), 0) FROM saved_view");
    return last;
}

} // namespace kizuna
