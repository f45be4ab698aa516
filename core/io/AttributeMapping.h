#pragma once
// How attributes found in files map onto Kizuna's fields, shared by every importer so that
// "label", "type", "start"/"end" and friends mean the same in CSV, GraphML, GEXF, DOT and JSON.
// Whatever is not a known field becomes a property: nothing is dropped, except that the reserved
// appearance properties (model/StyleOverrides.h) are normalised and left out when not drawable.

#include "io/ReadError.h"
#include "model/Elements.h"

namespace kizuna {

// Sets `name` = `value` on a node; throws ReadError (prefixed with `where`) for a bad value.
void applyNodeAttribute(NodeData& node, const QString& name, const QString& value,
                        const Where& where);
void applyEdgeAttribute(EdgeData& edge, const QString& name, const QString& value,
                        const Where& where);

// What an attribute's name stands for, worked out once for a file's column or key rather than
// once for each of its values (the same rules as applyNodeAttribute by name).
struct AttributeField {
    enum class Kind {
        Type, // a node's type or a relation's relation
        Label,
        LabelJa,
        LabelZh,
        Description,
        ValidFrom,
        ValidTo,
        X,
        Y,
        Confidence,
        Property,
        StyleProperty, // a reserved appearance property (model/StyleOverrides.h)
        None,          // a column without a name
    };
    Kind kind = Kind::None;
    QString key;      // the name as a field ("x", "confidence"), for error messages
    QString property; // Property, StyleProperty: the property's key
};
AttributeField nodeAttributeField(const QString& name);
AttributeField edgeAttributeField(const QString& name);
void applyNodeAttribute(NodeData& node, const AttributeField& field, const QString& value,
                        const Where& where);
void applyEdgeAttribute(EdgeData& edge, const AttributeField& field, const QString& value,
                        const Where& where);
// A date as files write it ("2025-07", "2025-07-31T00:00:00", "2025.0") as a partial ISO date.
QString importedDate(const QString& value, const QString& field, const Where& where);
// True if importers read `name` as a field rather than a property (so writers prefix such
// property names with "prop." to keep them properties).
bool isNodeFieldName(const QString& name);
bool isEdgeFieldName(const QString& name);
// The name a writer uses for a property: prefixed when it would read back as a field.
QString nodePropertyName(const QString& key);
QString edgePropertyName(const QString& key);
// Gives a node without any label its id as English label.
void ensureLabel(NodeData& node, const QString& key);

} // namespace kizuna
