#pragma once
// A change-log record's operations read back from its JSON: which element, and the fields it
// had before and after (an update lists only the fields it changed).

#include "document/Fields.h"
#include "model/JournalRecord.h"

#include <optional>
#include <vector>

namespace kizuna {

struct JournalOperation {
    QString kind;  // "node", "edge", "source", "citation", "annotation", "view", "node_type" ...
    qint64 id = 0; // 0 for types (keyed by `key`) and map information
    QString key;   // a type's key
    std::optional<Fields> before; // none: the operation inserted it
    std::optional<Fields> after;  // none: the operation deleted it
    // The fields an update changed (a field absent from one side was not set there).
    QStringList changedFields() const;
};

std::vector<JournalOperation> operationsOf(const JournalRecord& record);
Fields fieldsFromJson(const QJsonObject& object);

} // namespace kizuna
