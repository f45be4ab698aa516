#pragma once
// What one committed change set did, by id: the single notice GraphDocument sends per change set
// (its own edits and those it caught up with from other programs), so views patch what changed.

#include "model/Ids.h"

#include <QString>
#include <set>
#include <vector>

namespace kizuna {

struct ChangeNotice {
    std::vector<NodeId> nodesAdded, nodesRemoved, nodesChanged;
    std::vector<EdgeId> edgesAdded, edgesRemoved, edgesChanged;
    std::set<QString> fields;        // fields changed on nodesChanged and edgesChanged
    std::vector<qint64> citationsOf; // elements whose citations (or sources) changed
    bool sources = false;            // a source was added, changed or removed
    bool schema = false;             // node or relation types
    bool annotations = false;
    bool views = false;
    bool info = false;  // the map's name, description or language
    bool reset = false; // too much to list: reread everything

    bool fromOtherProgram = false; // caught up from the file, not this document's edit
    QString author;                // who made it (other programs' changes)
    QString command;               // what it was ("Set label", "Import")
    QString program;               // which program ("kizuna", "kizuna-cli")

    bool isEmpty() const {
        return nodesAdded.empty() && nodesRemoved.empty() && nodesChanged.empty() &&
               edgesAdded.empty() && edgesRemoved.empty() && edgesChanged.empty() &&
               citationsOf.empty() && !sources && !schema && !annotations && !views && !info &&
               !reset;
    }
    // Only node positions changed: the picture moves, nothing else needs rereading.
    bool onlyPositions() const {
        return !reset && nodesAdded.empty() && nodesRemoved.empty() && edgesAdded.empty() &&
               edgesRemoved.empty() && edgesChanged.empty() && citationsOf.empty() && !sources &&
               !schema && !annotations && !views && !info && !nodesChanged.empty() &&
               fields == std::set<QString>{QStringLiteral("position")};
    }
    // Elements came or went, or something views list or filter by changed (types, dates, labels,
    // properties). Not moves or descriptions.
    bool changesStructure() const {
        if (reset || schema || !nodesAdded.empty() || !nodesRemoved.empty() ||
            !edgesAdded.empty() || !edgesRemoved.empty())
            return true;
        for (const QString& field : fields)
            if (field == QLatin1String("type") || field == QLatin1String("relation") ||
                field == QLatin1String("source") || field == QLatin1String("target") ||
                field.startsWith(QLatin1String("valid_")) ||
                field.startsWith(QLatin1String("label")) ||
                field.startsWith(QLatin1String("prop.")))
                return true;
        return false;
    }
};

} // namespace kizuna
