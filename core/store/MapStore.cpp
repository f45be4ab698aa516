#include "store/MapStore.h"

#include "model/ViewSettings.h"

#include "store/Database.h"
#include "store/Migrations.h"
#include "store/RowBatch.h"
#include "store/SchemaCheck.h"
#include "store/SqlError.h"
#include "store/Statement.h"

#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <algorithm>
#include <sqlite3.h>

namespace kizuna {
namespace {

const char* const kPageCache = "PRAGMA cache_size = -65536";

// A schema object Kizuna never makes: the map may run SQL of its own on the first edit.
QString foreignObjectMessage(const QString& shown, const QString& object) {
    return QStringLiteral("%1: not opened: the map's schema holds %2, which Kizuna does not "
                          "make (a map's schema can run SQL of its own when the map is edited, "
                          "so this one may have been tampered with). Open the original map, or "
                          "remove that object with sqlite3 if you know where it came from.")
        .arg(shown, object);
}

QString nativePath(const QString& path) {
    return QFileInfo(path).absoluteFilePath();
}

// What a user can do about a failed write, by SQLite's primary result code.
QString explainWriteFailure(const SqlError& error) {
    switch (error.code() & 0xff) {
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        return QStringLiteral("the map is locked by another program (%1, code %2); try again in "
                              "a moment, or close it there")
            .arg(QString::fromUtf8(error.what()))
            .arg(error.code());
    case SQLITE_READONLY:
        return QStringLiteral("the map file is read-only; check its permissions");
    case SQLITE_FULL:
    case SQLITE_IOERR:
        return QStringLiteral("could not write to the disk, so the change was not saved: %1")
            .arg(QString::fromUtf8(error.what()));
    case SQLITE_CONSTRAINT:
        return QStringLiteral("the change breaks a rule of the map (%1)")
            .arg(QString::fromUtf8(error.what()));
    default:
        return QString::fromUtf8(error.what());
    }
}

// A view's settings are stored as one JSON object (see Migrations: version 3).
QString viewSettings(const SavedView& view) {
    return QString::fromUtf8(QJsonDocument(viewSettingsJson(view)).toJson(QJsonDocument::Compact));
}

} // namespace

SavedView viewFromSettings(ViewId id, const QString& name, const QString& text) {
    SavedView view;
    view.id = id;
    view.name = name;
    // The map wrote these settings itself: ids are the map's own.
    readViewSettings(
        QJsonDocument::fromJson(text.toUtf8()).object(), view,
        [](const QJsonValue& value) -> std::optional<qint64> { return value.toInteger(); });
    return view;
}

namespace {

bool hasSqliteHeader(const QString& path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    return file.read(16) == QByteArray("SQLite format 3\0", 16);
}

} // namespace

Status MapStore::recoverInterruptedWrite(const QString& path, int busyTimeoutMs) {
    const QFileInfo journal(path + QStringLiteral("-journal"));
    if (!journal.exists() || journal.size() == 0)
        return Status::success();
    const QString shown = nativePath(path);
    if (!QFileInfo(path).isWritable() || !QFileInfo(QFileInfo(path).absolutePath()).isWritable())
        return Error{QStringLiteral("%1: a program stopped in the middle of saving this map and "
                                    "left its rollback journal (%2). The map is intact, but it "
                                    "must be opened once with write permission (file and folder) "
                                    "so its last unfinished change can be rolled back.")
                         .arg(shown, journal.fileName())};
    try {
        // Any read on a read-write connection rolls a hot journal back (SQLite decides, from the
        // file locks, whether the journal is hot or belongs to a writer still at work).
        Database db(path, Database::Mode::ReadWrite);
        sqlite3_busy_timeout(db.handle(), busyTimeoutMs);
        db.queryInt("SELECT count(*) FROM sqlite_master");
    } catch (const SqlError& error) {
        if ((error.code() & 0xff) == SQLITE_BUSY || (error.code() & 0xff) == SQLITE_LOCKED)
            return Status::success(); // a live writer holds it: not ours to recover
        return Error{QStringLiteral("%1: could not roll back an unfinished change left by a "
                                    "program that stopped (%2)")
                         .arg(shown, QString::fromUtf8(error.what()))};
    }
    return Status::success();
}

QString MapStore::checkIntegrity(Database& db, qint64 fileSize) {
    // Small maps (the usual case) get SQLite's full check, which also compares every index with
    // its table; bigger ones the quick check at open (O(size), seconds saved) and the full one
    // on request (kizuna-cli check).
    const bool full = fileSize <= kFullCheckUpTo;
    const QString result = db.queryText(full ? "PRAGMA integrity_check(20)" : "PRAGMA quick_check");
    if (result != QLatin1String("ok"))
        return result.left(200);
    if (full && db.queryInt("SELECT count(*) FROM pragma_foreign_key_check") > 0)
        return QStringLiteral("relations, properties or citations refer to elements that are not "
                              "in the map");
    return {};
}

Result<QString> MapStore::fullCheck() {
    try {
        const QString result = m_db->queryText("PRAGMA integrity_check(20)");
        if (result != QLatin1String("ok"))
            return result.left(400);
        const qint64 broken = m_db->queryInt("SELECT count(*) FROM pragma_foreign_key_check");
        if (broken > 0)
            return QStringLiteral("%1 rows refer to elements that are not in the map").arg(broken);
        return QString();
    } catch (const SqlError& error) {
        return Error{QString::fromUtf8(error.what())};
    }
}

MapStore::MapStore(QString path, Access access, std::unique_ptr<Database> db)
    : m_path(std::move(path)), m_access(access), m_db(std::move(db)) {}

MapStore::~MapStore() {
    m_statements.clear(); // finalize before the connection closes
    m_nodeRows.reset();
    m_edgeRows.reset();
    m_propertyRows.reset();
    // A closed map goes back to a rollback journal, so a later read-only open leaves no
    // -wal/-shm files behind. Fails harmlessly while another connection has the map open.
    if (m_walEnabled)
        sqlite3_exec(m_db->handle(), "PRAGMA journal_mode = DELETE", nullptr, nullptr, nullptr);
}

Result<std::unique_ptr<MapStore>> MapStore::open(const QString& path, Access access,
                                                 Options options) {
    const QString shown = nativePath(path);
    const QFileInfo info(path);
    if (!info.exists())
        return Error{QStringLiteral("%1: no such file").arg(shown)};
    if (!info.isFile())
        return Error{QStringLiteral("%1: is not a file").arg(shown)};
    if (!info.isReadable())
        return Error{QStringLiteral("%1: permission denied (the file cannot be read)").arg(shown)};
    if (!hasSqliteHeader(path))
        return Error{
            QStringLiteral("%1: is not a Kizuna map (it is not an SQLite database)").arg(shown)};

    // A writer killed mid-commit leaves a hot rollback journal. A read-only connection cannot
    // roll it back (SQLite would call the map unreadable), so recover it first.
    if (Status recovered = recoverInterruptedWrite(path, options.busyTimeoutMs); !recovered)
        return Error{recovered.error()};

    // Inspect read-only first: a pragma that writes (journal mode) must never touch a foreign file.
    int version = 0;
    try {
        Database probe(path, Database::Mode::ReadOnly);
        sqlite3_busy_timeout(probe.handle(), options.busyTimeoutMs);
        const qint64 applicationId = probe.queryInt("PRAGMA application_id");
        if (applicationId != migrations::kApplicationId)
            return Error{
                QStringLiteral("%1: is not a Kizuna map (it is an SQLite database of another "
                               "program)")
                    .arg(shown)};
        version = int(probe.queryInt("PRAGMA user_version"));
        if (version > migrations::kCurrentVersion)
            return Error{
                QStringLiteral("%1: was written by a newer version of Kizuna (map format %2; "
                               "this version reads up to %3). Update Kizuna to open it.")
                    .arg(shown)
                    .arg(version)
                    .arg(migrations::kCurrentVersion)};
        if (version < 1)
            return Error{QStringLiteral("%1: the map has no format version (PRAGMA user_version "
                                        "is %2); it was not written by Kizuna or is damaged.")
                             .arg(shown)
                             .arg(version)};
        if (QString problem = options.checkAtOpen || info.size() <= kFullCheckUpTo
                                  ? checkIntegrity(probe, info.size())
                                  : QString();
            !problem.isEmpty())
            return Error{QStringLiteral("%1: the map is damaged (%2). Restore it from a backup.")
                             .arg(shown, problem)};
        if (QString foreign = foreignSchemaObject(probe, version); !foreign.isEmpty())
            return Error{foreignObjectMessage(shown, foreign)};
    } catch (const SqlError& error) {
        if ((error.code() & 0xff) == SQLITE_BUSY || (error.code() & 0xff) == SQLITE_LOCKED)
            return Error{QStringLiteral("%1: the map is locked by another program that is "
                                        "writing to it; try again in a moment")
                             .arg(shown)};
        if ((error.code() & 0xff) == SQLITE_CORRUPT || (error.code() & 0xff) == SQLITE_NOTADB)
            return Error{QStringLiteral("%1: the map is damaged (%2). Restore it from a backup.")
                             .arg(shown, QString::fromUtf8(error.what()))};
        return Error{QStringLiteral("%1: the map cannot be read (%2)")
                         .arg(shown, QString::fromUtf8(error.what()))};
    }

    if (access == Access::ReadWrite) {
        const QFileInfo folder(info.absolutePath());
        if (!info.isWritable())
            return Error{QStringLiteral("%1: the file is read-only, so it cannot be edited. Open a "
                                        "copy, or make the file writable.")
                             .arg(shown)};
        if (!folder.isWritable())
            return Error{
                QStringLiteral("%1: its folder is read-only, and Kizuna needs to write its "
                               "journal next to the map. Move the map to a writable folder.")
                    .arg(shown)};
    }

    try {
        auto db = std::make_unique<Database>(path, access == Access::ReadOnly
                                                       ? Database::Mode::ReadOnly
                                                       : Database::Mode::ReadWrite);
        std::unique_ptr<MapStore> store(new MapStore(path, access, std::move(db)));
        store->configureConnection(options.busyTimeoutMs);
        if (options.memoryMapped)
            store->mapIntoMemory();
        store->m_newMap = options.newMap;
        if (version < migrations::kCurrentVersion && access == Access::ReadOnly) {
            // Reading an older map must not change it: read a copy, upgraded in memory.
            auto memory = Database::inMemoryCopyOf(*store->m_db);
            migrations::upgrade(*memory, version);
            if (QString foreign = foreignSchemaObject(*memory, migrations::kCurrentVersion);
                !foreign.isEmpty())
                return Error{foreignObjectMessage(shown, foreign)};
            std::unique_ptr<MapStore> upgraded(new MapStore(path, access, std::move(memory)));
            upgraded->configureConnection(options.busyTimeoutMs);
            upgraded->m_upgradedCopy = true;
            upgraded->rebuildSearchIndex();
            return upgraded;
        }
        if (version < migrations::kCurrentVersion) {
            const Status upgraded = store->transact([&] {
                // Read again under the write lock: another program may have just upgraded it.
                const int now = int(store->m_db->queryInt("PRAGMA user_version"));
                if (now >= migrations::kCurrentVersion)
                    return;
                migrations::upgrade(*store->m_db, now);
                store->m_dirtyAll = true; // the search index is built from what the map holds
            });
            if (!upgraded)
                return Error{QStringLiteral("%1: could not upgrade the map format: %2")
                                 .arg(shown, upgraded.error())};
            if (QString foreign = foreignSchemaObject(*store->m_db, migrations::kCurrentVersion);
                !foreign.isEmpty())
                return Error{foreignObjectMessage(shown, foreign)};
        }
        return store;
    } catch (const SqlError& error) {
        return Error{QStringLiteral("%1: cannot open the map (%2)")
                         .arg(shown, QString::fromUtf8(error.what()))};
    }
}

Result<std::unique_ptr<MapStore>> MapStore::create(const QString& path, const MapInfo& info) {
    const QString shown = nativePath(path);
    if (QFileInfo::exists(path))
        return Error{QStringLiteral("%1: already exists; choose another name").arg(shown)};
    try {
        auto db = std::make_unique<Database>(path, Database::Mode::Create);
        std::unique_ptr<MapStore> store(new MapStore(path, Access::ReadWrite, std::move(db)));
        const QByteArray stampId =
            "PRAGMA application_id = " + QByteArray::number(migrations::kApplicationId);
        store->m_db->exec(stampId.constData());
        store->configureConnection(Options{}.busyTimeoutMs);
        MapInfo stamped = info;
        if (stamped.created.isEmpty())
            stamped.created = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
        const Status status = store->transact([&] {
            migrations::upgrade(*store->m_db, 0);
            store->writeMapInfo(stamped);
        });
        if (!status) {
            store.reset();
            QFile::remove(path);
            return Error{
                QStringLiteral("%1: cannot create the map: %2").arg(shown, status.error())};
        }
        return store;
    } catch (const SqlError& error) {
        QFile::remove(path);
        return Error{QStringLiteral("%1: cannot create the map (%2)")
                         .arg(shown, QString::fromUtf8(error.what()))};
    }
}

void MapStore::configureConnection(int busyTimeoutMs) {
    sqlite3_busy_timeout(m_db->handle(), busyTimeoutMs);
    m_db->exec("PRAGMA foreign_keys = ON");
    registerSearchFunction();
    // FULL: a commit that returned survives power loss too, not only a crash of the app.
    if (m_access == Access::ReadWrite)
        m_db->exec("PRAGMA synchronous = FULL");
    // A 64 MiB page cache (the default is 2 MiB): big imports and loads re-read index pages less.
    m_db->exec(kPageCache);
    // Index builds (a bulk write makes them again after its rows) sort on a second core.
    m_db->exec("PRAGMA threads = 2");
}

void MapStore::mapIntoMemory() {
    // Read-only pages (nothing can be written through them): a page is then a memory access,
    // not a system call and a copy. The quick commands seek all over the file (a hub's
    // neighbours at depth 2 on a million relations: 66,000 relation rows) and spent half their
    // time copying pages in (0.12 s -> 0.06 s). SQLite maps at most what it was built to (2 GiB
    // here) and reads the rest.
    if (m_access == Access::ReadOnly)
        m_db->exec("PRAGMA mmap_size = 2147418112");
}

qint64 MapStore::pageCacheKiB() const {
    return -m_db->queryInt("PRAGMA cache_size");
}

qint64 MapStore::memoryMapBytes() const {
    return m_db->queryInt("PRAGMA mmap_size");
}

void MapStore::enableWriteAheadLog() {
    // WAL from the first write on (readers then never block the writer). Not at open: a map
    // that is opened and not edited, or whose edit is refused, keeps every byte as it was.
    if (m_walEnabled)
        return;
    // Switching needs the file to itself for a moment; while another program is reading it the
    // switch fails, and this write goes through the rollback journal instead (just as safe).
    try {
        m_walEnabled = m_db->queryText("PRAGMA journal_mode = WAL") == QLatin1String("wal");
    } catch (const SqlError&) {
        m_walEnabled = false;
    }
}

Statement& MapStore::statement(const char* sql) {
    if (m_bulk) // every other statement sees the rows gathered so far
        flushRows();
    auto& slot = m_statements[sql];
    if (!slot)
        slot = std::make_unique<Statement>(*m_db, sql);
    slot->reset();
    return *slot;
}

Status MapStore::transact(const std::function<void()>& work) {
    return transact(work, WriteMode{});
}

Status MapStore::transact(const std::function<void()>& work, WriteMode mode) {
    if (m_access == Access::ReadOnly)
        return Error{QStringLiteral("the map %1 is open read-only").arg(nativePath(m_path))};
    // Foreign keys can only be switched outside a transaction; they are on again however the
    // bulk write ends.
    struct BulkScope {
        MapStore& store;
        bool bulk;
        ~BulkScope() {
            for (RowBatch* rows :
                 {store.m_nodeRows.get(), store.m_edgeRows.get(), store.m_propertyRows.get()})
                if (rows)
                    rows->discard(); // written, or rolled back with the transaction
            store.m_bulk = false;
            store.m_bulkAbove = -1;
            store.m_preparedSearch = nullptr;
            if (bulk)
                sqlite3_exec(store.m_db->handle(), "PRAGMA foreign_keys = ON", nullptr, nullptr,
                             nullptr);
        }
    } scope{*this, mode.bulk};
    m_preparedSearch = mode.preparedSearch;
    try {
        // A bulk write into a new map with nothing in it yet (Options::newMap) goes through the
        // rollback journal: its pages are then written once, not to the log and again into the
        // file when the log is folded back (a quarter of a second on half a million relations).
        // As safe. The next write switches to the log.
        const bool intoEmptyMap = mode.bulk && m_newMap && !m_walEnabled &&
                                  m_db->queryInt("SELECT NOT EXISTS (SELECT 1 FROM element)") == 1;
        if (!intoEmptyMap)
            enableWriteAheadLog(); // stays in rollback mode if another program has the map open
        if (mode.bulk)
            m_db->exec("PRAGMA foreign_keys = OFF");
        m_db->exec("BEGIN IMMEDIATE");
    } catch (const SqlError& error) {
        return Error{explainWriteFailure(error)};
    }
    try {
        std::vector<QByteArray> indexes;
        if (mode.bulk)
            indexes = beginBulk(mode.rebuildIndexes);
        work();
        if (mode.bulk)
            finishBulk(indexes);
        flushSearchIndex();
        m_db->exec("COMMIT");
        return Status::success();
    } catch (const SqlError& error) {
        if (!sqlite3_get_autocommit(m_db->handle()))
            sqlite3_exec(m_db->handle(), "ROLLBACK", nullptr, nullptr, nullptr);
        m_dirty.clear();
        m_dirtyAll = false;
        return Error{explainWriteFailure(error)};
    } catch (...) { // out of memory, say: never leave the map locked by an open transaction
        if (!sqlite3_get_autocommit(m_db->handle()))
            sqlite3_exec(m_db->handle(), "ROLLBACK", nullptr, nullptr, nullptr);
        m_dirty.clear();
        m_dirtyAll = false;
        throw;
    }
}

std::vector<QByteArray> MapStore::beginBulk(bool rebuildIndexes) {
    if (!m_nodeRows) {
        m_nodeRows = std::make_unique<RowBatch>(
            *m_db, "node",
            "type_key, label_en, label_ja, label_zh, description, x, y, valid_from, valid_to, id",
            10);
        m_edgeRows = std::make_unique<RowBatch>(
            *m_db, "edge",
            "relation_key, source_id, target_id, label, valid_from, valid_to, confidence, id", 8);
        m_propertyRows = std::make_unique<RowBatch>(*m_db, "property", "element_id, key, value", 3);
    }
    m_bulk = true;
    // Every element in the file has its element row, so the batch's are the ones above this.
    m_bulkAbove = m_db->queryInt("SELECT coalesce(max(id), 0) FROM element");
    std::vector<QByteArray> indexes;
    if (!rebuildIndexes)
        return indexes;
    // The definitions come from the file (checked at open: only Kizuna's own objects).
    std::vector<QByteArray> names;
    Statement& list = statement("SELECT name, sql FROM sqlite_master WHERE type = 'index' AND "
                                "tbl_name IN ('node', 'edge') AND sql IS NOT NULL ORDER BY name");
    while (list.step()) {
        names.push_back(list.text(0).toUtf8());
        indexes.push_back(list.text(1).toUtf8());
    }
    list.reset();
    for (const QByteArray& name : names)
        m_db->exec(QByteArray("DROP INDEX \"" + name + "\"").constData());
    return indexes;
}

void MapStore::flushRows() {
    m_nodeRows->flush();
    m_edgeRows->flush();
    m_propertyRows->flush();
}

void MapStore::finishBulk(const std::vector<QByteArray>& indexes) {
    flushRows();
    // A node and a relation given the same id collide here, as they would row by row.
    statement("INSERT INTO element(id, kind) SELECT id, 1 FROM node WHERE id > ?")
        .bind(1, m_bulkAbove)
        .run();
    statement("INSERT INTO element(id, kind) SELECT id, 2 FROM edge WHERE id > ?")
        .bind(1, m_bulkAbove)
        .run();
    // SQLite's sorter holds up to a page cache of keys in one run, sorted on one core: with a
    // small cache it sorts runs of 2 MiB on both cores (PRAGMA threads) and merges them. A third
    // less time for a million relations' indexes (0.95 s instead of 1.25 s), although the rows'
    // pages then leave the cache for the file (or its log) while the indexes are made.
    struct SmallCacheScope {
        Database& db;
        ~SmallCacheScope() { sqlite3_exec(db.handle(), kPageCache, nullptr, nullptr, nullptr); }
    };
    {
        m_db->exec("PRAGMA cache_size = -2048");
        SmallCacheScope scope{*m_db};
        for (const QByteArray& sql : indexes)
            m_db->exec(sql.constData());
    }
    checkReferences();
}

// The rules a bulk write's rows skipped, checked once: a row pointing nowhere undoes the whole
// write. PRAGMA foreign_key_check looks up each relation's four references row by row (half a
// second at 500,000 relations); the relation table's ends are checked instead once per distinct
// value, through the indexes just made.
void MapStore::checkReferences() {
    auto refuse = [](const QString& what, const QString& parent) {
        throw SqlError(QStringLiteral("%1 refers to a missing %2").arg(what, parent).toStdString(),
                       SQLITE_CONSTRAINT_FOREIGNKEY);
    };
    std::vector<QString> tables;
    Statement& list =
        statement("SELECT m.name FROM sqlite_master m WHERE m.type = 'table' AND EXISTS "
                  "(SELECT 1 FROM pragma_foreign_key_list(m.name)) ORDER BY m.name");
    while (list.step())
        tables.push_back(list.text(0));
    list.reset();
    for (const QString& table : tables) {
        if (table != QLatin1String("edge")) {
            const QByteArray sql = "PRAGMA foreign_key_check(\"" + table.toUtf8() + "\")";
            Statement check(*m_db, sql.constData());
            if (check.step())
                refuse(QStringLiteral("row %1 of %2").arg(check.int64(1)).arg(table),
                       check.text(2));
            continue;
        }
        Statement keys(*m_db, "SELECT \"from\", \"table\", \"to\" FROM "
                              "pragma_foreign_key_list('edge')");
        while (keys.step()) {
            const QByteArray from = keys.text(0).toUtf8(), parent = keys.text(1).toUtf8(),
                             to = keys.text(2).toUtf8();
            if (from == "id") // its element row was made from this very row (finishBulk)
                continue;
            const QByteArray sql = "SELECT v FROM (SELECT DISTINCT \"" + from +
                                   "\" AS v FROM edge) WHERE v IS NOT NULL AND NOT EXISTS "
                                   "(SELECT 1 FROM \"" +
                                   parent + "\" WHERE \"" + to + "\" = v) LIMIT 1";
            Statement missing(*m_db, sql.constData());
            if (missing.step())
                refuse(QStringLiteral("edge.%1 = %2").arg(keys.text(0), missing.text(0)),
                       keys.text(1));
        }
    }
}

void MapStore::refuseDeleteInBulk() const {
    if (m_bulk)
        throw SqlError("a bulk write cannot delete (its cascades would not run)", SQLITE_MISUSE);
}

void MapStore::insertElement(qint64 id, int kind) {
    if (m_bulk && id <= 0) // finishBulk finds the batch's elements by their ids
        throw SqlError("a bulk write needs the ids of its new elements", SQLITE_MISUSE);
    if (m_bulk && id > m_bulkAbove)
        return; // finishBulk adds it
    Statement& element = statement("INSERT INTO element(id, kind) VALUES(?, ?)");
    if (id > 0)
        element.bind(1, id);
    else
        element.bindNull(1);
    element.bind(2, qint64(kind)).run();
}

void MapStore::writeMapInfo(const MapInfo& info) {
    Statement& put = statement("INSERT INTO map_meta(key, value) VALUES(?, ?) "
                               "ON CONFLICT(key) DO UPDATE SET value = excluded.value");
    const std::pair<const char*, QString> rows[] = {
        {"name", info.name},
        {"description", info.description},
        {"created", info.created},
        {"default_language", languageKey(info.defaultLanguage)}};
    for (const auto& [key, value] : rows)
        put.bind(1, QString::fromLatin1(key)).bind(2, value).run();
}

void MapStore::writeNodeType(const NodeType& type, int order) {
    statement(
        "INSERT INTO node_type(key, name_en, name_ja, color, shape, sort_order) VALUES(?, ?, ?, ?, "
        "?, ?) "
        "ON CONFLICT(key) DO UPDATE SET name_en = excluded.name_en, name_ja = excluded.name_ja, "
        "color = excluded.color, shape = excluded.shape, sort_order = excluded.sort_order")
        .bind(1, type.key)
        .bind(2, type.nameEn)
        .bind(3, type.nameJa)
        .bind(4, type.color)
        .bind(5, shapeKey(type.shape))
        .bind(6, qint64(order))
        .run();
}

void MapStore::writeRelationType(const RelationType& type, int order) {
    statement(
        "INSERT INTO relation_type(key, name_en, name_ja, color, line_style, directed, sort_order) "
        "VALUES(?, ?, ?, ?, ?, ?, ?) ON CONFLICT(key) DO UPDATE SET name_en = excluded.name_en, "
        "name_ja = excluded.name_ja, color = excluded.color, line_style = excluded.line_style, "
        "directed = excluded.directed, sort_order = excluded.sort_order")
        .bind(1, type.key)
        .bind(2, type.nameEn)
        .bind(3, type.nameJa)
        .bind(4, type.color)
        .bind(5, lineStyleKey(type.lineStyle))
        .bind(6, qint64(type.directed ? 1 : 0))
        .bind(7, qint64(order))
        .run();
    statement("DELETE FROM relation_endpoint WHERE relation_key = ?").bind(1, type.key).run();
    Statement& endpoint = statement(
        "INSERT INTO relation_endpoint(relation_key, role, node_type_key) VALUES(?, ?, ?)");
    for (const QString& key : type.sourceTypes)
        endpoint.bind(1, type.key).bind(2, QStringLiteral("source")).bind(3, key).run();
    for (const QString& key : type.targetTypes)
        endpoint.bind(1, type.key).bind(2, QStringLiteral("target")).bind(3, key).run();
}

void MapStore::writeProperties(qint64 elementId, const Properties& properties, bool isNew) {
    if (m_bulk && isNew) {
        for (auto it = properties.begin(); it != properties.end(); ++it) {
            m_propertyRows->add(elementId).add(it.key()).add(it.value());
            m_propertyRows->endRow();
        }
        return;
    }
    if (!isNew) // a new element has none yet: skipping the delete saves a lookup per row on imports
        statement("DELETE FROM property WHERE element_id = ?").bind(1, elementId).run();
    Statement& insert = statement("INSERT INTO property(element_id, key, value) VALUES(?, ?, ?)");
    for (auto it = properties.begin(); it != properties.end(); ++it)
        insert.bind(1, elementId).bind(2, it.key()).bind(3, it.value()).run();
}

static void bindNodeFields(Statement& s, const NodeData& node) {
    s.bind(1, node.type)
        .bindOptional(2, node.labels.en)
        .bindOptional(3, node.labels.ja)
        .bindOptional(4, node.labels.zh)
        .bindOptional(5, node.description);
    if (node.position)
        s.bind(6, node.position->x()).bind(7, node.position->y());
    else
        s.bindNull(6).bindNull(7);
    s.bindOptional(8, node.validFrom).bindOptional(9, node.validTo);
}

qint64 MapStore::insertNode(const NodeData& node) {
    insertElement(node.id.isValid() ? node.id.value : 0, 1);
    const qint64 id = node.id.isValid() ? node.id.value : m_db->lastInsertId();
    if (m_bulk) {
        m_nodeRows->add(node.type)
            .addOptional(node.labels.en)
            .addOptional(node.labels.ja)
            .addOptional(node.labels.zh)
            .addOptional(node.description);
        if (node.position)
            m_nodeRows->add(node.position->x()).add(node.position->y());
        else
            m_nodeRows->addNull().addNull();
        m_nodeRows->addOptional(node.validFrom).addOptional(node.validTo).add(id).endRow();
        writeProperties(id, node.properties, true);
        markForSearch(id);
        return id;
    }
    Statement& insert =
        statement("INSERT INTO node(type_key, label_en, label_ja, label_zh, description, x, y, "
                  "valid_from, valid_to, id) VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    bindNodeFields(insert, node);
    insert.bind(10, id).run();
    writeProperties(id, node.properties, true);
    markForSearch(id);
    return id;
}

void MapStore::updateNode(const NodeData& node) {
    Statement& update =
        statement("UPDATE node SET type_key = ?, label_en = ?, label_ja = ?, label_zh = ?, "
                  "description = ?, x = ?, y = ?, valid_from = ?, valid_to = ? WHERE id = ?");
    bindNodeFields(update, node);
    update.bind(10, node.id.value).run();
    writeProperties(node.id.value, node.properties, false);
    markForSearch(node.id.value);
}

void MapStore::writePosition(NodeId id, QPointF position) {
    statement("UPDATE node SET x = ?, y = ? WHERE id = ?")
        .bind(1, position.x())
        .bind(2, position.y())
        .bind(3, id.value)
        .run();
}

static void bindEdgeFields(Statement& s, const EdgeData& edge) {
    s.bind(1, edge.relation)
        .bind(2, edge.source.value)
        .bind(3, edge.target.value)
        .bindOptional(4, edge.label)
        .bindOptional(5, edge.validFrom)
        .bindOptional(6, edge.validTo)
        .bindOptional(7, edge.confidence);
}

qint64 MapStore::insertEdge(const EdgeData& edge) {
    insertElement(edge.id.isValid() ? edge.id.value : 0, 2);
    const qint64 id = edge.id.isValid() ? edge.id.value : m_db->lastInsertId();
    if (m_bulk) {
        m_edgeRows->add(edge.relation)
            .add(edge.source.value)
            .add(edge.target.value)
            .addOptional(edge.label)
            .addOptional(edge.validFrom)
            .addOptional(edge.validTo)
            .addOptional(edge.confidence)
            .add(id)
            .endRow();
        writeProperties(id, edge.properties, true);
        return id;
    }
    Statement& insert =
        statement("INSERT INTO edge(relation_key, source_id, target_id, label, valid_from, "
                  "valid_to, confidence, id) VALUES(?, ?, ?, ?, ?, ?, ?, ?)");
    bindEdgeFields(insert, edge);
    insert.bind(8, id).run();
    writeProperties(id, edge.properties, true);
    return id;
}

void MapStore::updateEdge(const EdgeData& edge) {
    Statement& update =
        statement("UPDATE edge SET relation_key = ?, source_id = ?, target_id = ?, label = ?, "
                  "valid_from = ?, valid_to = ?, confidence = ? WHERE id = ?");
    bindEdgeFields(update, edge);
    update.bind(8, edge.id.value).run();
    writeProperties(edge.id.value, edge.properties, false);
}

void MapStore::deleteElement(qint64 id) {
    refuseDeleteInBulk();
    markForSearch(id);
    statement("DELETE FROM element WHERE id = ?").bind(1, id).run();
}

qint64 MapStore::insertSource(const Source& source) {
    Statement& insert = statement(
        "INSERT INTO source(id, title, publisher, date, url, document) VALUES(?, ?, ?, ?, ?, ?)");
    if (source.id.isValid())
        insert.bind(1, source.id.value);
    else
        insert.bindNull(1);
    insert.bind(2, source.title)
        .bindOptional(3, source.publisher)
        .bindOptional(4, source.date)
        .bindOptional(5, source.url)
        .bindOptional(6, source.document)
        .run();
    return m_db->lastInsertId();
}

qint64 MapStore::insertCitation(const Citation& citation) {
    Statement& insert = statement(
        "INSERT INTO citation(id, element_id, source_id, excerpt, locator) VALUES(?, ?, ?, ?, ?)");
    if (citation.id.isValid())
        insert.bind(1, citation.id.value);
    else
        insert.bindNull(1);
    insert.bind(2, citation.elementId)
        .bind(3, citation.source.value)
        .bindOptional(4, citation.excerpt)
        .bindOptional(5, citation.locator)
        .run();
    markForSearch(citation.elementId);
    return m_db->lastInsertId();
}

void MapStore::deleteCitation(CitationId id) {
    refuseDeleteInBulk();
    Statement& owner = statement("SELECT element_id FROM citation WHERE id = ?");
    owner.bind(1, id.value);
    if (owner.step())
        markForSearch(owner.int64(0));
    owner.reset();
    statement("DELETE FROM citation WHERE id = ?").bind(1, id.value).run();
}

void MapStore::updateCitation(const Citation& citation) {
    Statement& owner = statement("SELECT element_id FROM citation WHERE id = ?");
    owner.bind(1, citation.id.value);
    if (owner.step())
        markForSearch(owner.int64(0));
    owner.reset();
    markForSearch(citation.elementId);
    statement(
        "UPDATE citation SET element_id = ?, source_id = ?, excerpt = ?, locator = ? WHERE id = ?")
        .bind(1, citation.elementId)
        .bind(2, citation.source.value)
        .bindOptional(3, citation.excerpt)
        .bindOptional(4, citation.locator)
        .bind(5, citation.id.value)
        .run();
}

void MapStore::updateSource(const Source& source) {
    m_dirtyAll = true; // every node citing it may read differently (titles are indexed)
    m_dirty.clear();
    statement(
        "UPDATE source SET title = ?, publisher = ?, date = ?, url = ?, document = ? WHERE id = ?")
        .bind(1, source.title)
        .bindOptional(2, source.publisher)
        .bindOptional(3, source.date)
        .bindOptional(4, source.url)
        .bindOptional(5, source.document)
        .bind(6, source.id.value)
        .run();
}

void MapStore::deleteSource(SourceId id) {
    refuseDeleteInBulk();
    statement("DELETE FROM source WHERE id = ?").bind(1, id.value).run();
}

void MapStore::deleteNodeType(const QString& key) {
    refuseDeleteInBulk();
    statement("DELETE FROM node_type WHERE key = ?").bind(1, key).run();
}

void MapStore::deleteRelationType(const QString& key) {
    refuseDeleteInBulk();
    statement("DELETE FROM relation_type WHERE key = ?").bind(1, key).run();
}

qint64 MapStore::lastElementId() {
    // sqlite_sequence remembers the highest id ever used, even if that element was deleted.
    qint64 sequence = 0;
    if (m_db->queryInt("SELECT count(*) FROM sqlite_master WHERE name = 'sqlite_sequence'") > 0)
        sequence = m_db->queryInt(
            "SELECT coalesce(max(seq), 0) FROM sqlite_sequence WHERE name = 'element'");
    return std::max(sequence, m_db->queryInt("SELECT coalesce(max(id), 0) FROM element"));
}

static void bindAnnotation(Statement& s, const Annotation& a) {
    s.bind(1, a.text).bind(2, a.position.x()).bind(3, a.position.y()).bind(4, a.width);
    if (a.target)
        s.bind(5, a.target);
    else
        s.bindNull(5);
    s.bind(6, a.id.value);
}

void MapStore::insertAnnotation(const Annotation& annotation) {
    Statement& insert = statement(
        "INSERT INTO annotation(text, x, y, width, target_id, id) VALUES(?, ?, ?, ?, ?, ?)");
    bindAnnotation(insert, annotation);
    insert.run();
}

void MapStore::updateAnnotation(const Annotation& annotation) {
    Statement& update = statement(
        "UPDATE annotation SET text = ?, x = ?, y = ?, width = ?, target_id = ? WHERE id = ?");
    bindAnnotation(update, annotation);
    update.run();
}

void MapStore::deleteAnnotation(AnnotationId id) {
    statement("DELETE FROM annotation WHERE id = ?").bind(1, id.value).run();
}

void MapStore::insertView(const SavedView& view) {
    statement("INSERT INTO saved_view(id, name, settings) VALUES(?, ?, ?)")
        .bind(1, view.id.value)
        .bind(2, view.name)
        .bind(3, viewSettings(view))
        .run();
}

void MapStore::updateView(const SavedView& view) {
    statement("UPDATE saved_view SET name = ?, settings = ? WHERE id = ?")
        .bind(1, view.name)
        .bind(2, viewSettings(view))
        .bind(3, view.id.value)
        .run();
}

void MapStore::deleteView(ViewId id) {
    statement("DELETE FROM saved_view WHERE id = ?").bind(1, id.value).run();
}

} // namespace kizuna
