#include "history/JournalOperations.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <set>

namespace kizuna {

QStringList JournalOperation::changedFields() const {
    std::set<QString> names;
    for (const std::optional<Fields>* side : {&before, &after})
        if (*side)
            for (const auto& [name, value] : **side)
                names.insert(name);
    return QStringList(names.begin(), names.end());
}

Fields fieldsFromJson(const QJsonObject& object) {
    Fields fields;
    for (auto it = object.begin(); it != object.end(); ++it)
        if (!it.value().isNull() && !it.value().isUndefined())
            fields[it.key()] = it.value();
    return fields;
}

std::vector<JournalOperation> operationsOf(const JournalRecord& record) {
    std::vector<JournalOperation> operations;
    if (record.operations.isEmpty())
        return operations;
    const QJsonArray array = QJsonDocument::fromJson(record.operations).array();
    operations.reserve(size_t(array.size()));
    for (const QJsonValue& item : array) {
        const QJsonObject object = item.toObject();
        JournalOperation operation;
        operation.kind = object.value(QStringLiteral("kind")).toString();
        const QJsonValue id = object.value(QStringLiteral("id"));
        if (id.isString())
            operation.key = id.toString();
        else
            operation.id = id.toInteger();
        if (object.value(QStringLiteral("before")).isObject())
            operation.before = fieldsFromJson(object.value(QStringLiteral("before")).toObject());
        if (object.value(QStringLiteral("after")).isObject())
            operation.after = fieldsFromJson(object.value(QStringLiteral("after")).toObject());
        operations.push_back(std::move(operation));
    }
    return operations;
}

} // namespace kizuna
