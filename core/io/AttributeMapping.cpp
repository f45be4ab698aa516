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

void applyNodeAttribute(NodeData& node, const QString& name, const QString& value,
                        const Where& where) {
    const QString key = canonical(name);
    if (key == QLatin1String("type") || key == QLatin1String("kind") ||
        key == QLatin1String("category") || key == QLatin1String("node_type") ||
        key == QLatin1String("kz_type")) {
        if (!value.trimmed().isEmpty())
            node.type = typeKeyFrom(value);
    } else if (key == QLatin1String("label") || key == QLatin1String("name") ||
               key == QLatin1String("label_en")) {
        node.labels.en = value.trimmed();
    } else if (key == QLatin1String("label_ja")) {
        node.labels.ja = value.trimmed();
    } else if (key == QLatin1String("label_zh")) {
        node.labels.zh = value.trimmed();
    } else if (key == QLatin1String("description")) {
        node.description = value;
    } else if (key == QLatin1String("valid_from") || key == QLatin1String("start")) {
        node.validFrom = importedDate(value, QStringLiteral("valid_from"), where);
    } else if (key == QLatin1String("valid_to") || key == QLatin1String("end")) {
        node.validTo = importedDate(value, QStringLiteral("valid_to"), where);
    } else if (key == QLatin1String("x") || key == QLatin1String("y")) {
        if (value.trimmed().isEmpty())
            return;
        QPointF position = node.position.value_or(QPointF());
        (key == QLatin1String("x") ? position.rx() : position.ry()) = number(value, key, where);
        node.position = position;
    } else if (!name.trimmed().isEmpty()) {
        const QString property = propertyKey(name.trimmed());
        if (!isNodeStyleKey(property))
            node.properties.insert(property, value);
        else if (auto style = normalisedStyleValue(property, value)) // else: not drawable, left out
            node.properties.insert(property, *style);
    }
}

void applyEdgeAttribute(EdgeData& edge, const QString& name, const QString& value,
                        const Where& where) {
    const QString key = canonical(name);
    if (key == QLatin1String("relation") || key == QLatin1String("type") ||
        key == QLatin1String("kind") || key == QLatin1String("edge_type") ||
        key == QLatin1String("kz_relation")) {
        if (!value.trimmed().isEmpty())
            edge.relation = typeKeyFrom(value);
    } else if (key == QLatin1String("label")) {
        edge.label = value.trimmed();
    } else if (key == QLatin1String("valid_from") || key == QLatin1String("start")) {
        edge.validFrom = importedDate(value, QStringLiteral("valid_from"), where);
    } else if (key == QLatin1String("valid_to") || key == QLatin1String("end")) {
        edge.validTo = importedDate(value, QStringLiteral("valid_to"), where);
    } else if (key == QLatin1String("confidence")) {
        if (value.trimmed().isEmpty())
            return;
        const double confidence = number(value, key, where);
        if (confidence < 0 || confidence > 1)
            throw ReadError{
                QStringLiteral("%1: confidence %2 is outside 0..1").arg(where.text(), value)};
        edge.confidence = confidence;
    } else if (!name.trimmed().isEmpty()) {
        const QString property = propertyKey(name.trimmed());
        if (!isEdgeStyleKey(property))
            edge.properties.insert(property, value);
        else if (auto style = normalisedStyleValue(property, value))
            edge.properties.insert(property, *style);
    }
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
