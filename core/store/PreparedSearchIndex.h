#pragma once
// A map's search index built apart from the map, in a private in-memory database, so that an
// import into a map without nodes fills it on a second core while its rows are written (FTS5
// takes half a second over 100,000 nodes, a sixth of such an import). MapStore then copies it
// into the map's empty index inside the import's transaction (MapStore::WriteMode).

#include <QByteArray>
#include <QString>
#include <atomic>
#include <memory>
#include <vector>

namespace kizuna {

class Database;
struct NodeData;

// The text a node without citations is found by: exactly what MapStore's rebuild of the index
// gives it from the file (labels, description, then "key value" per property in key order).
QString searchEntryText(const NodeData& node);

class PreparedSearchIndex {
public:
    // The entries of `nodes` (none of them cited), in id order. Safe on any thread: it reads
    // only `nodes` and writes only its own database. Throws SqlError if SQLite fails. Once
    // `stop` is set it ends early, incomplete (for a write that no longer needs it).
    PreparedSearchIndex(const std::vector<const NodeData*>& nodes, const std::atomic<bool>& stop);
    ~PreparedSearchIndex();
    PreparedSearchIndex(const PreparedSearchIndex&) = delete;
    PreparedSearchIndex& operator=(const PreparedSearchIndex&) = delete;

    qint64 entries() const { return m_entries; }
    // The index's definition, as the map's schema must hold it for copyInto.
    static const char* definition();
    // Replaces the map's index tables with these. For MapStore only, inside its write
    // transaction, after it checked that the map's index is empty, defined as definition(), and
    // not read by this connection yet (FTS5 keeps what it read of an index per connection, and
    // would not see rows written under it).
    void copyInto(Database& map);

private:
    static void copyRows(Database& from, Database& to, const QByteArray& table);

    std::unique_ptr<Database> m_db;
    qint64 m_entries = 0;
};

} // namespace kizuna
