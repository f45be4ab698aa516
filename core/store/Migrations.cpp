#include "store/Migrations.h"

#include "store/Database.h"

#include <QByteArray>
#include <array>

namespace kizuna::migrations {
namespace {

// Version 1: the first map format. Nodes and edges extend `element`, so ids are shared and
// citations and properties can point at either with ON DELETE CASCADE.
constexpr const char* kVersion1 = R"sql(
CREATE TABLE map_meta (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
) WITHOUT ROWID;
CREATE TABLE node_type (
    key        TEXT PRIMARY KEY,
    name_en    TEXT NOT NULL DEFAULT '',
    name_ja    TEXT NOT NULL DEFAULT '',
    color      TEXT NOT NULL,
    shape      TEXT NOT NULL,
    sort_order INTEGER NOT NULL
);
CREATE TABLE relation_type (
    key        TEXT PRIMARY KEY,
    name_en    TEXT NOT NULL DEFAULT '',
    name_ja    TEXT NOT NULL DEFAULT '',
    color      TEXT NOT NULL,
    line_style TEXT NOT NULL,
    directed   INTEGER NOT NULL CHECK (directed IN (0, 1)),
    sort_order INTEGER NOT NULL
);
CREATE TABLE relation_endpoint (
    relation_key  TEXT NOT NULL REFERENCES relation_type(key) ON DELETE CASCADE ON UPDATE CASCADE,
    role          TEXT NOT NULL CHECK (role IN ('source', 'target')),
    node_type_key TEXT NOT NULL REFERENCES node_type(key) ON DELETE CASCADE ON UPDATE CASCADE,
    PRIMARY KEY (relation_key, role, node_type_key)
);  -- a rowid table: rowid order keeps the order the types were listed in
CREATE TABLE element (
    id   INTEGER PRIMARY KEY AUTOINCREMENT,  -- an id is never reused, even after a delete
    kind INTEGER NOT NULL CHECK (kind IN (1, 2))  -- 1 node, 2 edge
);
CREATE TABLE node (
    id          INTEGER PRIMARY KEY REFERENCES element(id) ON DELETE CASCADE,
    type_key    TEXT NOT NULL REFERENCES node_type(key) ON UPDATE CASCADE,
    label_en    TEXT,
    label_ja    TEXT,
    label_zh    TEXT,
    description TEXT,
    x           REAL,
    y           REAL,
    valid_from  TEXT,
    valid_to    TEXT,
    CHECK (coalesce(label_en, label_ja, label_zh) IS NOT NULL)
);
CREATE INDEX node_type_idx ON node(type_key);
CREATE TABLE edge (
    id           INTEGER PRIMARY KEY REFERENCES element(id) ON DELETE CASCADE,
    relation_key TEXT NOT NULL REFERENCES relation_type(key) ON UPDATE CASCADE,
    source_id    INTEGER NOT NULL REFERENCES node(id),
    target_id    INTEGER NOT NULL REFERENCES node(id),
    label        TEXT,
    valid_from   TEXT,
    valid_to     TEXT,
    confidence   REAL CHECK (confidence IS NULL OR (confidence >= 0 AND confidence <= 1))
);
CREATE INDEX edge_source_idx ON edge(source_id);
CREATE INDEX edge_target_idx ON edge(target_id);
CREATE INDEX edge_relation_idx ON edge(relation_key);
CREATE TABLE property (
    element_id INTEGER NOT NULL REFERENCES element(id) ON DELETE CASCADE,
    key        TEXT NOT NULL,
    value      TEXT NOT NULL,
    PRIMARY KEY (element_id, key)
) WITHOUT ROWID;
CREATE TABLE source (
    id        INTEGER PRIMARY KEY,
    title     TEXT NOT NULL,
    publisher TEXT,
    date      TEXT,
    url       TEXT,
    document  TEXT
);
CREATE TABLE citation (
    id         INTEGER PRIMARY KEY,
    element_id INTEGER NOT NULL REFERENCES element(id) ON DELETE CASCADE,
    source_id  INTEGER NOT NULL REFERENCES source(id) ON DELETE CASCADE,
    excerpt    TEXT,
    locator    TEXT
);
CREATE INDEX citation_element_idx ON citation(element_id);
CREATE INDEX citation_source_idx ON citation(source_id);
)sql";

// Version 2: annotations (text boxes and callouts) drawn on the diagram. A callout's target is
// cleared by the document before its element is deleted (so undo can restore it).
constexpr const char* kVersion2 = R"sql(
CREATE TABLE annotation (
    id        INTEGER PRIMARY KEY,
    text      TEXT NOT NULL,
    x         REAL NOT NULL,
    y         REAL NOT NULL,
    width     REAL NOT NULL,
    target_id INTEGER REFERENCES element(id) ON DELETE SET NULL
);
)sql";

// Version 3: saved views. A view's settings are a JSON object, so later settings (filters, a
// timeline range) need no new columns.
constexpr const char* kVersion3 = R"sql(
CREATE TABLE saved_view (
    id       INTEGER PRIMARY KEY,
    name     TEXT NOT NULL UNIQUE,
    settings TEXT NOT NULL
);
)sql";

// Version 4: full-text search over nodes (labels in every language, description, properties and
// cited sources' titles), NFKC-normalised and case-folded; trigrams so Japanese and Chinese
// substrings match.
constexpr const char* kVersion4 = R"sql(
CREATE VIRTUAL TABLE search_index USING fts5(element_id UNINDEXED, text, tokenize = 'trigram');
)sql";

// Version 5: the change log. Every committed change set appends one record in the same
// transaction; other programs follow the map by reading the records after the last one they saw.
// The search index is rebuilt on the way (as after every migration), now with each entry's rowid
// equal to its node's id.
constexpr const char* kVersion5 = R"sql(
CREATE TABLE journal (
    seq        INTEGER PRIMARY KEY AUTOINCREMENT,  -- never reused: a follower's bookmark
    time       TEXT NOT NULL,                      -- UTC, ISO 8601
    author     TEXT NOT NULL,
    program    TEXT NOT NULL,
    command    TEXT NOT NULL,
    ids        TEXT NOT NULL,  -- JSON: {"nodes": [3, [10, 99]], ...}, ids and [first, last] runs
    operations TEXT,           -- JSON array of {kind, id, before, after}; NULL when summarised
    summary    TEXT            -- what a summarised (bulk) record did, in words
);
)sql";

// Version 6: checkpoints, named points in the change log ("October brief") that history is
// compared against. A checkpoint is not a change to the map, so it has no journal record.
constexpr const char* kVersion6 = R"sql(
CREATE TABLE checkpoint (
    name   TEXT PRIMARY KEY NOT NULL,
    seq    INTEGER NOT NULL,  -- the last journal record before the checkpoint
    time   TEXT NOT NULL,     -- UTC, ISO 8601
    author TEXT NOT NULL
);
)sql";

// Index i upgrades from version i to version i + 1. Append new steps; never edit old ones.
constexpr std::array<const char*, kCurrentVersion> kSteps = {kVersion1, kVersion2, kVersion3,
                                                             kVersion4, kVersion5, kVersion6};

} // namespace

void upgrade(Database& db, int fromVersion) {
    for (int version = fromVersion; version < kCurrentVersion; ++version)
        db.exec(kSteps.at(static_cast<size_t>(version)));
    const QByteArray pragma = "PRAGMA user_version = " + QByteArray::number(kCurrentVersion);
    db.exec(pragma.constData());
}

} // namespace kizuna::migrations
