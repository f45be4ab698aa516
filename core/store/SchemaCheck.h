#pragma once
// A map is an SQLite database, and SQLite runs what a database's schema holds (triggers, views):
// a map from a colleague or the internet could delete data on the first edit. Before a map is
// used, its schema must hold only Kizuna's own objects for its format version.

#include <QString>

namespace kizuna {

class Database;

// Empty when `db` (map format `version`) holds only Kizuna's tables, indexes and search index,
// as Kizuna defines them; else what is foreign ("a trigger \"t\" on element", "a table
// \"source\" defined differently from Kizuna's").
QString foreignSchemaObject(Database& db, int version);

} // namespace kizuna
