#include "io/AttributeMapping.h"

#include "io/ImportedGraph.h"
#include "io/ReadError.h"
#include "model/PartialDate.h"
#include "model/StyleOverrides.h"

#include <QRegularExpression>
#include <cmath>

namespace kizuna {
namespace {

bool isCanonical(const QString& name) {
    for (QChar c : name)
        if (!((c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9') || c == u'_'))
            return false;
    return true;
}

QString canonical(const QString& name) {
    if (isCanonical(name)) // the usual column name: no copy
        return name;
    QString key = name.trimmed().toLower();
    key.replace(QLatin1Char('.'), QLatin1Char('_'));
    key.replace(QLatin1Char('-'), QLatin1Char('_'));
    key.replace(QLatin1Char(' '), QLatin1Char('_'));
    return key;
}

double number(const QString& value, const QString& field, const Where& where) {
    bool ok = false;
    const double result = value.trimmed().toDouble(&ok);
    if (!ok || !std::isfinite(result))
        throw ReadError{
            QStringLiteral("%1: %2 \"%3\" is not a number").arg(where.text(), field, value)};
    return result;
}

QString propertyKey(const QString& name) {
    return name.startsWith(QLatin1String("prop.")) ? name.mid(5) : name;
}

const QStringList kNodeFields = {
    QStringLiteral("id"),         QStringLiteral("type"),      QStringLiteral("kind"),
    QStringLiteral("category"),   QStringLiteral("node_type"), QStringLiteral("kz_type"),
    QStringLiteral("label"),      QStringLiteral("name"),      QStringLiteral("label_en"),
    QStringLiteral("label_ja"),   QStringLiteral("label_zh"),  QStringLiteral("description"),
    QStringLiteral("valid_from"), QStringLiteral("start"),     QStringLiteral("valid_to"),
    QStringLiteral("end"),        QStringLiteral("x"),         QStringLiteral("y"),
    QStringLiteral("pos"),        QStringLiteral("node"),      QStringLiteral("key"),
    QStringLiteral("node_id")};
const QStringList kEdgeFields = {
    QStringLiteral("id"),       QStringLiteral("relation"),   QStringLiteral("type"),
    QStringLiteral("kind"),     QStringLiteral("edge_type"),  QStringLiteral("kz_relation"),
    QStringLiteral("label"),    QStringLiteral("valid_from"), QStringLiteral("start"),
    QStringLiteral("valid_to"), QStringLiteral("end"),        QStringLiteral("confidence"),
    QStringLiteral("source"),   QStringLiteral("target"),     QStringLiteral("from"),
    QStringLiteral("to"),       QStringLiteral("src"),        QStringLiteral("dst")};

} // namespace

bool isNodeFieldName(const QString& name) {
    return kNodeFields.contains(canonical(name)) || name.startsWith(QLatin1String("prop."));
}

bool isEdgeFieldName(const QString& name) {
    return kEdgeFields.contains(canonical(name)) || name.startsWith(QLatin1String("prop."));
}

QString nodePropertyName(const QString& key) {
    return isNodeFieldName(key) ? QStringLiteral("prop.") + key : key;
}

QString edgePropertyName(const QString& key) {
    return isEdgeFieldName(key) ? QStringLiteral("prop.") + key : key;
}

QString importedDate(const QString& value, const QString& field, const Where& where) {
    QString text = value.trimmed();
    if (text.isEmpty())
        return {};
    static const QRegularExpression yearNumber(QStringLiteral("^(\\d{4})(\\.0+)?$"));
    if (auto match = yearNumber.match(text); match.hasMatch())
        text = match.captured(1);
    static const QRegularExpression dateTime(
        QStringLiteral("^(\\d{4}-\\d{2}-\\d{2})T[0-9:.]+(Z|[+-][0-9:]+)?$"));
    if (auto match = dateTime.match(text); match.hasMatch())
        text = match.captured(1);
    if (!PartialDate::parse(text))
        throw ReadError{
            QStringLiteral("%1: %2 \"%3\" is not a date (use YYYY, YYYY-MM or YYYY-MM-DD)")
                .arg(where.text(), field, value)};
    return text;
}

AttributeField nodeAttributeField(const QString& name) {
    using Kind = AttributeField::Kind;
    const QString key = canonical(name);
    auto field = [&](Kind kind) { return AttributeField{kind, key, {}}; };
    if (key == QLatin1String("type") || key == QLatin1String("kind") ||
        key == QLatin1String("category") || key == QLatin1String("node_type") ||
        key == QLatin1String("kz_type"))
        return field(Kind::Type);
    if (key == QLatin1String("label") || key == QLatin1String("name") ||
        key == QLatin1String("label_en"))
        return field(Kind::Label);
    if (key == QLatin1String("label_ja"))
        return field(Kind::LabelJa);
    if (key == QLatin1String("label_zh"))
        return field(Kind::LabelZh);
    if (key == QLatin1String("description"))
        return field(Kind::Description);
    if (key == QLatin1String("valid_from") || key == QLatin1String("start"))
        return field(Kind::ValidFrom);
    if (key == QLatin1String("valid_to") || key == QLatin1String("end"))
        return field(Kind::ValidTo);
    if (key == QLatin1String("x"))
        return field(Kind::X);
    if (key == QLatin1String("y"))
        return field(Kind::Y);
    if (name.trimmed().isEmpty())
        return field(Kind::None);
    const QString property = propertyKey(name.trimmed());
    return {isNodeStyleKey(property) ? Kind::StyleProperty : Kind::Property, key, property};
}

AttributeField edgeAttributeField(const QString& name) {
    using Kind = AttributeField::Kind;
    const QString key = canonical(name);
    auto field = [&](Kind kind) { return AttributeField{kind, key, {}}; };
    if (key == QLatin1String("relation") || key == QLatin1String("type") ||
        key == QLatin1String("kind") || key == QLatin1String("edge_type") ||
        key == QLatin1String("kz_relation"))
        return field(Kind::Type);
    if (key == QLatin1String("label"))
        return field(Kind::Label);
    if (key == QLatin1String("valid_from") || key == QLatin1String("start"))
        return field(Kind::ValidFrom);
    if (key == QLatin1String("valid_to") || key == QLatin1String("end"))
        return field(Kind::ValidTo);
    if (key == QLatin1String("confidence"))
        return field(Kind::Confidence);
    if (name.trimmed().isEmpty())
        return field(Kind::None);
    const QString property = propertyKey(name.trimmed());
    return {isEdgeStyleKey(property) ? Kind::StyleProperty : Kind::Property, key, property};
}

void applyNodeAttribute(NodeData& node, const AttributeField& field, const QString& value,
                        const Where& where) {
    using Kind = AttributeField::Kind;
    switch (field.kind) {
    case Kind::Type:
        if (!value.trimmed().isEmpty())
            node.type = typeKeyFrom(value);
        return;
    case Kind::Label:
        node.labels.en = value.trimmed();
        return;
    case Kind::LabelJa:
        node.labels.ja = value.trimmed();
        return;
    case Kind::LabelZh:
        node.labels.zh = value.trimmed();
        return;
    case Kind::Description:
        node.description = value;
        return;
    case Kind::ValidFrom:
        node.validFrom = importedDate(value, QStringLiteral("valid_from"), where);
        return;
    case Kind::ValidTo:
        node.validTo = importedDate(value, QStringLiteral("valid_to"), where);
        return;
    case Kind::X:
    case Kind::Y: {
        if (value.trimmed().isEmpty())
            return;
        QPointF position = node.position.value_or(QPointF());
        (field.kind == Kind::X ? position.rx() : position.ry()) = number(value, field.key, where);
        node.position = position;
        return;
    }
    case Kind::Property:
        node.properties.insert(field.property, value);
        return;
    case Kind::StyleProperty:
        if (auto style = normalisedStyleValue(field.property, value)) // else: not drawable
            node.properties.insert(field.property, *style);
        return;
    case Kind::Confidence: // not a node's field
    case Kind::None:
        return;
    }
}

void applyEdgeAttribute(EdgeData& edge, const AttributeField& field, const QString& value,
                        const Where& where) {
    using Kind = AttributeField::Kind;
    switch (field.kind) {
    case Kind::Type:
        if (!value.trimmed().isEmpty())
            edge.relation = typeKeyFrom(value);
        return;
    case Kind::Label:
        edge.label = value.trimmed();
        return;
    case Kind::ValidFrom:
        edge.validFrom = importedDate(value, QStringLiteral("valid_from"), where);
        return;
    case Kind::ValidTo:
        edge.validTo = importedDate(value, QStringLiteral("valid_to"), where);
        return;
    case Kind::Confidence: {
        if (value.trimmed().isEmpty())
            return;
        const double confidence = number(value, field.key, where);
        if (confidence < 0 || confidence > 1)
            throw ReadError{
                QStringLiteral("%1: confidence %2 is outside 0..1").arg(where.text(), value)};
        edge.confidence = confidence;
        return;
    }
    case Kind::Property:
        edge.properties.insert(field.property, value);
        return;
    case Kind::StyleProperty:
        if (auto style = normalisedStyleValue(field.property, value))
            edge.properties.insert(field.property, *style);
        return;
    case Kind::LabelJa: // not a relation's fields
    case Kind::LabelZh:
    case Kind::Description:
    case Kind::X:
    case Kind::Y:
    case Kind::None:
        return;
    }
}

void applyNodeAttribute(NodeData& node, const QString& name, const QString& value,
                        const Where& where) {
    applyNodeAttribute(node, nodeAttributeField(name), value, where);
}

void applyEdgeAttribute(EdgeData& edge, const QString& name, const QString& value,
                        const Where& where) {
    applyEdgeAttribute(edge, edgeAttributeField(name), value, where);
}

void ensureLabel(NodeData& node, const QString& key) {
    if (node.labels.isEmpty())
        node.labels.en = key;
}

qsizetype firstInvalidUtf8(const QByteArray& data) {
    const auto* bytes = reinterpret_cast<const unsigned char*>(data.constData());
    const qsizetype size = data.size();
    for (qsizetype i = 0; i < size;) {
        const unsigned char c = bytes[i];
        int length = c < 0x80           ? 1
                     : (c >> 5) == 0x6  ? 2
                     : (c >> 4) == 0xE  ? 3
                     : (c >> 3) == 0x1E ? 4
                                        : 0;
        if (length == 0 || i + length > size || (length == 2 && c < 0xC2))
            return i;
        for (int k = 1; k < length; ++k)
            if ((bytes[i + k] & 0xC0) != 0x80)
                return i;
        if (length == 3) { // no overlongs or surrogates
            const unsigned cp =
                ((c & 0x0F) << 12) | ((bytes[i + 1] & 0x3F) << 6) | (bytes[i + 2] & 0x3F);
            if (cp < 0x800 || (cp >= 0xD800 && cp <= 0xDFFF))
                return i;
        } else if (length == 4) {
            const unsigned cp = ((c & 0x07) << 18) | ((bytes[i + 1] & 0x3F) << 12) |
                                ((bytes[i + 2] & 0x3F) << 6) | (bytes[i + 3] & 0x3F);
            if (cp < 0x10000 || cp > 0x10FFFF)
                return i;
        }
        i += length;
    }
    return -1;
}

QString lineAndColumnOf(const QByteArray& data, qsizetype offset) {
    int line = 1, column = 1;
    for (qsizetype i = 0; i < offset && i < data.size(); ++i) {
        if (data[i] == '\n') {
            ++line;
            column = 1;
        } else if ((data[i] & 0xC0) != 0x80) {
            ++column;
        }
    }
    return QStringLiteral("line %1, column %2").arg(line).arg(column);
}

} // namespace kizuna
