#include "store/PreparedSearchIndex.h"

#include "model/Elements.h"
#include "store/Database.h"
#include "store/MapStore.h"
#include "store/SqlError.h"
#include "store/Statement.h"

#include <sqlite3.h>

namespace kizuna {

const char* PreparedSearchIndex::definition() {
    // As map format 4 made it (Migrations.cpp); copyInto is only used when the map's matches.
    return "CREATE VIRTUAL TABLE search_index USING fts5(element_id UNINDEXED, text, tokenize = "
           "'trigram')";
}

PreparedSearchIndex::PreparedSearchIndex(const std::vector<const NodeData*>& nodes,
                                         const std::atomic<bool>& stop)
    : m_db(Database::inMemory()) {
    m_db->exec(definition());
    m_db->exec("BEGIN");
    Statement insert(*m_db, "INSERT INTO search_index(rowid, element_id, text) VALUES(?1, ?1, ?2)");
    for (const NodeData* node : nodes) {
        if (m_entries % 1024 == 0 && stop)
            break;
        insert.bind(1, node->id.value).bind(2, searchText(searchEntryText(*node))).run();
        ++m_entries;
    }
    m_db->exec("COMMIT");
}

PreparedSearchIndex::~PreparedSearchIndex() = default;

void PreparedSearchIndex::copyInto(Database& map) {
    // FTS5 keeps an index in shadow tables (search_index_data, _idx, _content, _docsize,
    // _config) whose rows depend only on what was inserted and on the SQLite library, which is
    // this very one: copied whole, they are the index the same inserts would have made in the
    // map. The map's connection refuses shadow-table writes (Database::harden); they are
    // allowed for these statements only.
    struct AllowShadowWrites {
        sqlite3* db;
        int defensive = 1;
        explicit AllowShadowWrites(sqlite3* handle) : db(handle) {
            sqlite3_db_config(db, SQLITE_DBCONFIG_DEFENSIVE, -1, &defensive);
            sqlite3_db_config(db, SQLITE_DBCONFIG_DEFENSIVE, 0, nullptr);
        }
        ~AllowShadowWrites() {
            sqlite3_db_config(db, SQLITE_DBCONFIG_DEFENSIVE, defensive, nullptr);
        }
    } allow(map.handle());
    Statement tables(*m_db, "SELECT name FROM sqlite_master WHERE type = 'table' AND name LIKE "
                            "'search\\_index\\_%' ESCAPE '\\' ORDER BY name");
    while (tables.step()) {
        const QByteArray table = "\"" + tables.text(0).toUtf8() + "\"";
        map.exec(QByteArray("DELETE FROM " + table).constData());
        copyRows(*m_db, map, table);
    }
}

namespace {

// Many rows per INSERT (a row each costs twice as long: 0.16 s for 100,000 nodes' entries).
constexpr int kRowsPerInsert = 64;

QByteArray insertSql(const QByteArray& table, int columns, int rows) {
    QByteArray row = "(?";
    for (int column = 1; column < columns; ++column)
        row += ", ?";
    row += ")";
    QByteArray sql = "INSERT INTO " + table + " VALUES" + row;
    for (int i = 1; i < rows; ++i)
        sql += ", " + row;
    return sql;
}

} // namespace

void PreparedSearchIndex::copyRows(Database& from, Database& to, const QByteArray& table) {
    const qint64 total = from.queryInt(QByteArray("SELECT count(*) FROM " + table).constData());
    Statement rows(from, QByteArray("SELECT * FROM " + table).constData());
    const int columns = rows.columnCount();
    Statement many(to, insertSql(table, columns, kRowsPerInsert).constData());
    Statement one(to, insertSql(table, columns, 1).constData());
    const qint64 inBatches = total - total % kRowsPerInsert; // the rest go one by one
    for (qint64 row = 0; rows.step(); ++row) {
        Statement& insert = row < inBatches ? many : one;
        const int first = row < inBatches ? int(row % kRowsPerInsert) * columns : 0;
        for (int column = 0; column < columns; ++column)
            insert.bindColumn(first + column + 1, rows, column); // a copy of the value
        if (row >= inBatches || row % kRowsPerInsert == kRowsPerInsert - 1)
            insert.run();
    }
}

} // namespace kizuna
