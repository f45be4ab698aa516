#include "document/FieldEdit.h"

#include "document/Edits.h"
#include "document/GraphDocument.h"
#include "document/NodeLookup.h"
#include "document/Validation.h"

#include <set>

namespace kizuna {
namespace {

Result<double> parseNumber(const QString& field, const QString& value) {
    bool ok = false;
    const double number = value.toDouble(&ok);
    if (!ok)
        return Error{QStringLiteral("%1: \"%2\" is not a number").arg(field, value)};
    return number;
}

} // namespace

Status setNodeField(const GraphDocument& document, NodeData& node, const QString& field,
                    const QString& value) {
    if (field == QLatin1String("type"))
        node.type = value;
    else if (field == QLatin1String("label"))
        node.labels.set(document.info().defaultLanguage, value);
    else if (field == QLatin1String("label.en"))
        node.labels.en = value;
    else if (field == QLatin1String("label.ja"))
        node.labels.ja = value;
    else if (field == QLatin1String("label.zh"))
        node.labels.zh = value;
    else if (field == QLatin1String("description"))
        node.description = value;
    else if (field == QLatin1String("valid_from"))
        node.validFrom = value;
    else if (field == QLatin1String("valid_to"))
        node.validTo = value;
    else if (field == QLatin1String("x") || field == QLatin1String("y")) {
        auto number = parseNumber(field, value);
        if (!number)
            return Error{number.error()};
        QPointF position = node.position.value_or(QPointF());
        (field == QLatin1String("x") ? position.rx() : position.ry()) = number.value();
        node.position = position;
    } else if (field.startsWith(QLatin1String("prop.")) && field.size() > 5) {
        if (value.isEmpty())
            node.properties.remove(field.mid(5));
        else
            node.properties.insert(field.mid(5), value);
    } else {
        return Error{QStringLiteral("%1: not a node field (use one of %2)")
                         .arg(field, nodeFieldNames().join(QStringLiteral(", ")))};
    }
    return Status::success();
}

Status setEdgeField(const GraphDocument& document, EdgeData& edge, const QString& field,
                    const QString& value) {
    if (field == QLatin1String("relation") || field == QLatin1String("type"))
        edge.relation = value;
    else if (field == QLatin1String("label"))
        edge.label = value;
    else if (field == QLatin1String("source") || field == QLatin1String("target")) {
        auto node = findNode(document, value);
        if (!node)
            return Error{QStringLiteral("%1: %2").arg(field, node.error())};
        (field == QLatin1String("source") ? edge.source : edge.target) = node.value();
    } else if (field == QLatin1String("valid_from"))
        edge.validFrom = value;
    else if (field == QLatin1String("valid_to"))
        edge.validTo = value;
    else if (field == QLatin1String("confidence")) {
        if (value.isEmpty()) {
            edge.confidence.reset();
        } else {
            auto number = parseNumber(field, value);
            if (!number)
                return Error{number.error()};
            edge.confidence = number.value();
        }
    } else if (field.startsWith(QLatin1String("prop.")) && field.size() > 5) {
        if (value.isEmpty())
            edge.properties.remove(field.mid(5));
        else
            edge.properties.insert(field.mid(5), value);
    } else {
        return Error{QStringLiteral("%1: not an edge field (use one of %2)")
                         .arg(field, edgeFieldNames().join(QStringLiteral(", ")))};
    }
    return Status::success();
}

QStringList nodeFieldNames() {
    return {QStringLiteral("type"),       QStringLiteral("label"),    QStringLiteral("label.en"),
            QStringLiteral("label.ja"),   QStringLiteral("label.zh"), QStringLiteral("description"),
            QStringLiteral("valid_from"), QStringLiteral("valid_to"), QStringLiteral("x"),
            QStringLiteral("y"),          QStringLiteral("prop.KEY")};
}

QStringList edgeFieldNames() {
    return {QStringLiteral("relation"),   QStringLiteral("label"),      QStringLiteral("source"),
            QStringLiteral("target"),     QStringLiteral("valid_from"), QStringLiteral("valid_to"),
            QStringLiteral("confidence"), QStringLiteral("prop.KEY")};
}

Result<ChangeSet> setFieldChange(const GraphDocument& document, qint64 elementId,
                                 const QString& field, const QString& value) {
    if (const NodeData* node = document.graph().node(NodeId(elementId))) {
        NodeData after = *node;
        if (Status status = setNodeField(document, after, field, value); !status)
            return Error{status.error()};
        ChangeSet change = updateNodeChange(document, after);
        change.description = QStringLiteral("Set %1").arg(field);
        return change;
    }
    if (const EdgeData* edge = document.graph().edge(EdgeId(elementId))) {
        EdgeData after = *edge;
        if (Status status = setEdgeField(document, after, field, value); !status)
            return Error{status.error()};
        ChangeSet change = updateEdgeChange(document, after);
        change.description = QStringLiteral("Set %1").arg(field);
        return change;
    }
    return Error{QStringLiteral("there is no node or edge with id %1").arg(elementId)};
}

Result<ChangeSet> setFieldOnAllChange(const GraphDocument& document,
                                      const std::vector<qint64>& elementIds, const QString& field,
                                      const QString& value) {
    ChangeSet all;
    std::set<qint64> seen;
    for (qint64 id : elementIds) {
        if (!seen.insert(id).second)
            continue;
        auto change = setFieldChange(document, id, field, value);
        Schema schema;
        const Status valid = change ? validateChange(document, change.value(), schema)
                                    : Status(Error{change.error()});
        if (!valid) { // named, so the user finds the row the value does not fit
            const NodeData* node = document.graph().node(NodeId(id));
            const QString element =
                node ? QStringLiteral("node %1 (%2)")
                           .arg(id)
                           .arg(node->labels.display(document.info().defaultLanguage))
                     : QStringLiteral("element %1").arg(id);
            return Error{QStringLiteral("%1: %2").arg(element, valid.error())};
        }
        all.append(change.value());
    }
    all.description = seen.size() == 1
                          ? QStringLiteral("Set %1").arg(field)
                          : QStringLiteral("Set %1 on %2 elements").arg(field).arg(seen.size());
    return all;
}

} // namespace kizuna
