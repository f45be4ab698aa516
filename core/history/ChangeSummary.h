#pragma once
// What changed between two states of a map, element by element and field by field: the answer
// to "what changed since the October brief" (from the change log) and to "how does my colleague's
// copy differ from mine" (from two files). The canvas marks it, exports list it and kizuna-cli
// prints it.

#include "model/Elements.h"

#include <QJsonValue>
#include <QString>
#include <QStringList>
#include <optional>
#include <vector>

namespace kizuna {

enum class ChangeKind { Added = 0, Changed = 1, Removed = 2 };
enum class ElementKind { Node = 0, Edge = 1 };

QString changeKindKey(ChangeKind kind); // "added", "changed", "removed"

// One field's value before and after ("label.en", "prop.owner", "valid_from", "sources" ...);
// null: not set. Edge ends ("source", "target") are node ids of the map the value comes from.
struct FieldChange {
    QString field;
    QJsonValue before;
    QJsonValue after;
};

struct ElementChange {
    ElementKind element = ElementKind::Node;
    ChangeKind kind = ChangeKind::Changed;
    // The element's id in the map being looked at. For a diff, an element only the other map has
    // carries the other map's id (otherId) and id 0.
    qint64 id = 0;
    qint64 otherId = 0;              // diff only: the matching element's id in the other map
    QString label;                   // a node's display label; an edge's "from → relation → to"
    QString type;                    // node type or relation key
    std::vector<FieldChange> fields; // for added / removed: every field that is set
    // Who changed it and when (the most recent change first), from the change log.
    QStringList authors;
    QString time;
    // False when the change log kept only counts (a summarised bulk record such as a big import).
    bool detailed = true;
    // The element as it was (removed) or as the other map has it (diff, added): drawn as a ghost.
    std::optional<NodeData> ghostNode;
    std::optional<EdgeData> ghostEdge;
    // A stable name for selecting this change ("node:12", "edge:40", "other-node:17").
    QString key() const;
};

struct MapChanges {
    QString baseline; // "checkpoint \"October brief\"", "2026-11-01", "other.kizuna"
    std::vector<ElementChange> changes; // nodes first, then edges; by label within each
    // Changes to things that are not nodes or relations (schema, map information, sources' own
    // fields, saved views, annotations), in words.
    QStringList otherChanges;
    size_t count(ElementKind element, ChangeKind kind) const;
    const ElementChange* find(ElementKind element, qint64 id) const;
};

} // namespace kizuna
