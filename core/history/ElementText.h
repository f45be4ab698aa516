#pragma once
// How history names what it compares: an element's fields without layout, its citations as
// one "sources" field of readable lines, and an edge as "from → relation → to".

#include "document/Fields.h"
#include "model/Provenance.h"
#include "model/Schema.h"

#include <QJsonArray>
#include <functional>

namespace kizuna {

// fieldsOf() without "position" (moving a node is layout, not a change of the facts).
Fields factFieldsOf(const NodeData& node);
Fields factFieldsOf(const EdgeData& edge);
// "Title — “excerpt” (locator)"; `sourceTitle` of the cited source (empty: unknown).
QString citationText(const QString& sourceTitle, const QString& excerpt, const QString& locator);
// The citation lines of an element, sorted (so two maps' lists compare as sets).
QJsonArray citationLines(const Provenance& provenance, qint64 elementId);
// A node's label in `language`, else any.
QString nodeLabel(const NodeData& node, Language language);
QString edgeLabel(const QString& from, const QString& relation, const QString& to);
// A field change in words, for lists and reports: `English label: "A" → "B"`; for "sources"
// one line per citation added ("+ …") or removed ("− …"). For an element added or removed
// whole (`whole`), just the value it has or had.
QStringList describeFieldChange(const QString& field, const QJsonValue& before,
                                const QJsonValue& after, bool whole = false);
// A field's name for readers: "English label", "Valid from", "Property “owner”".
QString fieldTitle(const QString& field);
// Fields that differ between `before` and `after` (one side empty: every field of the other).
std::vector<std::pair<QString, std::pair<QJsonValue, QJsonValue>>>
differingFields(const Fields& before, const Fields& after);

} // namespace kizuna
