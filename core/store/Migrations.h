#pragma once
// Ordered schema migrations of the map file; version N is what `PRAGMA user_version` says.

namespace kizuna {

class Database;

namespace migrations {

constexpr int kCurrentVersion = 6;
// 'KZNA': marks a SQLite file as a Kizuna map (PRAGMA application_id).
constexpr int kApplicationId = 0x4B5A4E41;

// Upgrades `db` from `fromVersion` to kCurrentVersion; the caller holds a transaction. From
// version 4 on, the caller then rebuilds the search index (its text is normalised in C++).
void upgrade(Database& db, int fromVersion);

} // namespace migrations
} // namespace kizuna
