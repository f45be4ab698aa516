#pragma once
// Every kind of map value as named fields ("label.en", "prop.owner", "position" ...), for three
// jobs that must agree: telling which fields an edit touches, merging an edit onto a value another
// program changed meanwhile (field by field), and writing before/after values to the journal.

#include "model/Elements.h"
#include "model/Schema.h"

#include <QJsonObject>
#include <QJsonValue>
#include <QStringList>
#include <map>

namespace kizuna {

using Fields = std::map<QString, QJsonValue>; // absent key: the field is empty / not set

Fields fieldsOf(const NodeData& node);
Fields fieldsOf(const EdgeData& edge);
Fields fieldsOf(const Source& source);
Fields fieldsOf(const Citation& citation);
Fields fieldsOf(const Annotation& annotation);
Fields fieldsOf(const SavedView& view);
Fields fieldsOf(const NodeType& type);
Fields fieldsOf(const RelationType& type);
Fields fieldsOf(const MapInfo& info);

// `base` with the given fields replaced (an absent or null value clears the field).
NodeData withFields(NodeData base, const Fields& fields);
EdgeData withFields(EdgeData base, const Fields& fields);
Source withFields(Source base, const Fields& fields);
Citation withFields(Citation base, const Fields& fields);
Annotation withFields(Annotation base, const Fields& fields);
SavedView withFields(SavedView base, const Fields& fields);
NodeType withFields(NodeType base, const Fields& fields);
RelationType withFields(RelationType base, const Fields& fields);
MapInfo withFields(MapInfo base, const Fields& fields);

// The names of the fields whose values differ (a field set on one side only counts).
QStringList changedFields(const Fields& before, const Fields& after);
QJsonValue fieldValue(const Fields& fields, const QString& name); // null when absent
QJsonObject toJson(const Fields& fields, const QStringList& only = {});
// A field's value as a short text for messages ("(empty)" when not set).
QString describeValue(const QJsonValue& value);

} // namespace kizuna
