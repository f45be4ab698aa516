#include "history/ChangeSummary.h"

namespace kizuna {

QString changeKindKey(ChangeKind kind) {
    switch (kind) {
    case ChangeKind::Added:
        return QStringLiteral("added");
    case ChangeKind::Changed:
        return QStringLiteral("changed");
    case ChangeKind::Removed:
        return QStringLiteral("removed");
    }
    return {};
}

QString ElementChange::key() const {
    const QString what =
        element == ElementKind::Node ? QStringLiteral("node") : QStringLiteral("edge");
    if (id == 0 && otherId != 0)
        return QStringLiteral("other-%1:%2").arg(what).arg(otherId);
    return QStringLiteral("%1:%2").arg(what).arg(id);
}

size_t MapChanges::count(ElementKind element, ChangeKind kind) const {
    size_t n = 0;
    for (const ElementChange& change : changes)
        n += change.element == element && change.kind == kind;
    return n;
}

const ElementChange* MapChanges::find(ElementKind element, qint64 id) const {
    for (const ElementChange& change : changes)
        if (change.element == element && change.id == id)
            return &change;
    return nullptr;
}

} // namespace kizuna
