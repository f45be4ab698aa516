#include "store/SchemaCheck.h"

#include "store/Database.h"
#include "store/Migrations.h"
#include "store/Statement.h"

#include <map>
#include <set>

namespace kizuna {
namespace {

struct SchemaObject {
    QString type;
    QString table;
    QString sql;
};

std::map<QString, SchemaObject> objectsOf(Database& db) {
    std::map<QString, SchemaObject> objects;
    Statement rows(db, "SELECT type, name, tbl_name, sql FROM sqlite_schema");
    while (rows.step())
        objects[rows.text(1)] = {rows.text(0), rows.text(2), rows.text(3)};
    return objects;
}

// A table's columns: name, declared type, NOT NULL, primary key position, in any order (a map
// migrated from an older format gained its newer columns at the end).
std::set<QString> columnsOf(Database& db, const QString& table) {
    std::set<QString> columns;
    const QByteArray sql = "SELECT name, type, \"notnull\", pk FROM pragma_table_info(?)";
    Statement rows(db, sql.constData());
    rows.bind(1, table);
    while (rows.step())
        columns.insert(rows.text(0) + QLatin1Char(' ') + rows.text(1).toUpper() +
                       (rows.int64(2) ? QStringLiteral(" NOT NULL") : QString()) +
                       QStringLiteral(" pk%1").arg(rows.int64(3)));
    return columns;
}

QString simplified(const QString& sql) {
    return sql.simplified().toLower();
}

bool isSqliteInternal(const QString& name) {
    return name == QLatin1String("sqlite_sequence") ||
           name.startsWith(QLatin1String("sqlite_stat")) ||
           name.startsWith(QLatin1String("sqlite_autoindex_"));
}

} // namespace

QString foreignSchemaObject(Database& db, int version) {
    // What Kizuna itself creates: a fresh map of the current format, in memory. Older formats
    // hold a subset of it (migrations only ever add).
    auto fresh = Database::inMemory();
    fresh->exec("BEGIN");
    migrations::upgrade(*fresh, 0);
    fresh->exec("COMMIT");
    const std::map<QString, SchemaObject> expected = objectsOf(*fresh);
    for (const auto& [name, object] : objectsOf(db)) {
        const QString what = QStringLiteral("a %1 \"%2\"").arg(object.type, name);
        if (object.type == QLatin1String("trigger") || object.type == QLatin1String("view"))
            return what + (object.type == QLatin1String("trigger")
                               ? QStringLiteral(" on %1").arg(object.table)
                               : QString());
        if (isSqliteInternal(name))
            continue;
        auto own = expected.find(name);
        if (own == expected.end() || own->second.type != object.type ||
            own->second.table != object.table)
            return what;
        if (version != migrations::kCurrentVersion)
            continue; // checked again after the upgrade
        if (object.type == QLatin1String("table") &&
            (simplified(object.sql).contains(QLatin1String("virtual table"))
                 ? simplified(object.sql) != simplified(own->second.sql)
                 : columnsOf(db, name) != columnsOf(*fresh, name)))
            return what + QStringLiteral(" defined differently from Kizuna's");
        if (object.type == QLatin1String("index") && !object.sql.isEmpty() &&
            simplified(object.sql) != simplified(own->second.sql))
            return what + QStringLiteral(" defined differently from Kizuna's");
    }
    return {};
}

} // namespace kizuna
