#include "history/ElementText.h"

#include <algorithm>
#include <map>
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

QString fieldTitle(const QString& field) {
    static const std::map<QString, QString> titles = {
        {QStringLiteral("type"), QStringLiteral("Type")},
        {QStringLiteral("label.en"), QStringLiteral("English label")},
        {QStringLiteral("label.ja"), QStringLiteral("Japanese label")},
        {QStringLiteral("label.zh"), QStringLiteral("Chinese label")},
        {QStringLiteral("description"), QStringLiteral("Description")},
        {QStringLiteral("valid_from"), QStringLiteral("Valid from")},
        {QStringLiteral("valid_to"), QStringLiteral("Valid to")},
        {QStringLiteral("confidence"), QStringLiteral("Confidence")},
        {QStringLiteral("relation"), QStringLiteral("Relation")},
        {QStringLiteral("source"), QStringLiteral("From")},
        {QStringLiteral("target"), QStringLiteral("To")},
        {QStringLiteral("label"), QStringLiteral("Label")},
        {QStringLiteral("position"), QStringLiteral("Position")},
        {QStringLiteral("sources"), QStringLiteral("Sources")}};
    if (auto it = titles.find(field); it != titles.end())
        return it->second;
    if (field.startsWith(QLatin1String("prop.")))
        return QStringLiteral("Property “%1”").arg(field.mid(5));
    return field;
}

QStringList describeFieldChange(const QString& field, const QJsonValue& before,
                                const QJsonValue& after, bool whole) {
    const QString title = fieldTitle(field);
    if (field == QLatin1String("sources")) {
        const QStringList was = before.toVariant().toStringList();
        const QStringList now = after.toVariant().toStringList();
        QStringList lines;
        for (const QString& line : now)
            if (!was.contains(line))
                lines << QStringLiteral("%1: %2%3")
                             .arg(title, whole ? QString() : QStringLiteral("+ "), line);
        for (const QString& line : was)
            if (!now.contains(line))
                lines << QStringLiteral("%1: %2%3")
                             .arg(title, whole ? QString() : QStringLiteral("− "), line);
        return lines;
    }
    if (before.isNull() || (whole && after.isNull()))
        return {QStringLiteral("%1: %2").arg(title, shown(before.isNull() ? after : before))};
    if (after.isNull())
        return {QStringLiteral("%1: %2 → (empty)").arg(title, shown(before))};
    return {QStringLiteral("%1: %2 → %3").arg(title, shown(before), shown(after))};
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
