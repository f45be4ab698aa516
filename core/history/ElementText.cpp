#include "history/ElementText.h"

#include <algorithm>
#include <set>

namespace kizuna {

Fields factFieldsOf(const NodeData& node) {
    Fields fields = fieldsOf(node);
    fields.erase(QStringLiteral("position"));
    return fields;
}

Fields factFieldsOf(const EdgeData& edge) {
    return fieldsOf(edge);
}

QString citationText(const QString& sourceTitle, const QString& excerpt, const QString& locator) {
    QString text = sourceTitle.isEmpty() ? QStringLiteral("(source removed)") : sourceTitle;
    if (!excerpt.isEmpty())
        text += QStringLiteral(" — “%1”").arg(excerpt);
    if (!locator.isEmpty())
        text += QStringLiteral(" (%1)").arg(locator);
    return text;
}

QJsonArray citationLines(const Provenance& provenance, qint64 elementId) {
    QStringList lines;
    for (const Citation& citation : provenance.citationsOf(elementId)) {
        const Source* source = provenance.source(citation.source);
        lines << citationText(source ? source->title : QString(), citation.excerpt,
                              citation.locator);
    }
    lines.sort();
    return QJsonArray::fromStringList(lines);
}

QString nodeLabel(const NodeData& node, Language language) {
    return node.labels.display(language);
}

QString edgeLabel(const QString& from, const QString& relation, const QString& to) {
    return QStringLiteral("%1 → %2 → %3").arg(from, relation, to);
}

namespace {

QString shown(const QJsonValue& value) {
    if (value.isNull() || value.isUndefined())
        return QStringLiteral("(empty)");
    if (value.isString()) {
        QString text = value.toString();
        if (text.size() > 120)
            text = text.left(119) + QChar(0x2026);
        return QLatin1Char('"') + text + QLatin1Char('"');
    }
    return describeValue(value);
}

} // namespace

QStringList describeFieldChange(const QString& field, const QJsonValue& before,
                                const QJsonValue& after) {
    if (field == QLatin1String("sources")) {
        const QStringList was = before.toVariant().toStringList();
        const QStringList now = after.toVariant().toStringList();
        QStringList lines;
        for (const QString& line : now)
            if (!was.contains(line))
                lines << QStringLiteral("sources: + %1").arg(line);
        for (const QString& line : was)
            if (!now.contains(line))
                lines << QStringLiteral("sources: − %1").arg(line);
        return lines;
    }
    if (before.isNull())
        return {QStringLiteral("%1: %2").arg(field, shown(after))};
    if (after.isNull())
        return {QStringLiteral("%1: %2 → (empty)").arg(field, shown(before))};
    return {QStringLiteral("%1: %2 → %3").arg(field, shown(before), shown(after))};
}

std::vector<std::pair<QString, std::pair<QJsonValue, QJsonValue>>>
differingFields(const Fields& before, const Fields& after) {
    std::set<QString> names;
    for (const auto& [name, value] : before)
        names.insert(name);
    for (const auto& [name, value] : after)
        names.insert(name);
    std::vector<std::pair<QString, std::pair<QJsonValue, QJsonValue>>> differing;
    for (const QString& name : names) {
        const QJsonValue a = fieldValue(before, name);
        const QJsonValue b = fieldValue(after, name);
        if (a != b)
            differing.push_back({name, {a, b}});
    }
    return differing;
}

} // namespace kizuna
