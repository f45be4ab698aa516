#pragma once
// What a view leaves out or fades: node and relation types switched off in the legend, a property
// value nodes must have, isolated nodes, and a timeline range. Stored with saved views.

#include <QString>
#include <QStringList>

namespace kizuna {

struct ViewFilter {
    QStringList hiddenNodeTypes;     // type keys
    QStringList hiddenRelationTypes; // relation keys
    QString propertyKey;             // empty: no property filter
    QString propertyValue;           // the value must contain this (case-insensitive); empty: any
    bool hideIsolated = false;       // nodes with no shown relation
    // Timeline: facts whose validity does not overlap [from, to] (partial ISO dates, empty for
    // open) are faded, or hidden with `hideOutsideRange`. Undated facts are always in range
    // unless `showUndated` is off.
    QString from;
    QString to;
    bool showUndated = true;
    bool hideOutsideRange = false;

    bool hasTimeline() const { return !from.isEmpty() || !to.isEmpty() || !showUndated; }
    bool isEmpty() const { return *this == ViewFilter{}; }
    bool operator==(const ViewFilter&) const = default;
};

} // namespace kizuna
