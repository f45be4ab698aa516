#include "document/Validation.h"

#include "model/PartialDate.h"

#include <cmath>

namespace kizuna {

Status validateDates(const QString& validFrom, const QString& validTo) {
    const auto from = PartialDate::parse(validFrom);
    const auto to = PartialDate::parse(validTo);
    if (!validFrom.isEmpty() && !from)
        return Error{
            QStringLiteral("valid_from: \"%1\" is not a date (use YYYY, YYYY-MM or YYYY-MM-DD)")
                .arg(validFrom)};
    if (!validTo.isEmpty() && !to)
        return Error{
            QStringLiteral("valid_to: \"%1\" is not a date (use YYYY, YYYY-MM or YYYY-MM-DD)")
                .arg(validTo)};
    if (from && to && to->lastDay() < from->firstDay())
        return Error{
            QStringLiteral("valid_to: %1 is before valid_from %2").arg(validTo, validFrom)};
    return Status::success();
}

Status validateNode(const Schema& schema, const NodeData& node) {
    if (!schema.nodeType(node.type))
        return Error{QStringLiteral("type: unknown node type \"%1\"").arg(node.type)};
    if (node.labels.isEmpty())
        return Error{QStringLiteral("label: a node needs a label in at least one language")};
    if (node.position && (!std::isfinite(node.position->x()) || !std::isfinite(node.position->y())))
        return Error{QStringLiteral("position: coordinates must be finite numbers")};
    for (auto it = node.properties.begin(); it != node.properties.end(); ++it)
        if (it.key().trimmed().isEmpty())
            return Error{QStringLiteral("properties: a property needs a non-empty key")};
    return validateDates(node.validFrom, node.validTo);
}

Status validateEdge(const Schema& schema, const EdgeData& edge, const QString& sourceType,
                    const QString& targetType) {
    const RelationType* relation = schema.relationType(edge.relation);
    if (!relation)
        return Error{QStringLiteral("relation: unknown relation type \"%1\"").arg(edge.relation)};
    if (!relation->allows(sourceType, targetType))
        return Error{QStringLiteral("relation: \"%1\" is not allowed from a %2 to a %3")
                         .arg(edge.relation, sourceType, targetType)};
    if (edge.confidence && !(*edge.confidence >= 0.0 && *edge.confidence <= 1.0))
        return Error{QStringLiteral("confidence: %1 is outside 0..1").arg(*edge.confidence)};
    for (auto it = edge.properties.begin(); it != edge.properties.end(); ++it)
        if (it.key().trimmed().isEmpty())
            return Error{QStringLiteral("properties: a property needs a non-empty key")};
    return validateDates(edge.validFrom, edge.validTo);
}

Status validateSource(const Source& source) {
    if (source.title.trimmed().isEmpty())
        return Error{QStringLiteral("title: a source needs a title")};
    if (!PartialDate::isValidOrEmpty(source.date))
        return Error{QStringLiteral("date: \"%1\" is not a date (use YYYY, YYYY-MM or YYYY-MM-DD)")
                         .arg(source.date)};
    return Status::success();
}

} // namespace kizuna
