#include "document/NodeLookup.h"

#include "document/GraphDocument.h"

namespace kizuna {

QString normalizedLabel(const QString& text) {
    return text.normalized(QString::NormalizationForm_KC).toCaseFolded().trimmed();
}

Result<NodeId> findNode(const GraphDocument& document, const QString& idOrLabel) {
    bool isNumber = false;
    const qint64 id = idOrLabel.toLongLong(&isNumber);
    if (isNumber && document.graph().contains(NodeId(id)))
        return NodeId(id);
    const QString wanted = normalizedLabel(idOrLabel);
    std::vector<NodeId> matches;
    document.graph().forEachNode([&](const NodeData& node) {
        for (const QString* label : {&node.labels.en, &node.labels.ja, &node.labels.zh})
            if (!label->isEmpty() && normalizedLabel(*label) == wanted) {
                matches.push_back(node.id);
                return;
            }
    });
    std::sort(matches.begin(), matches.end());
    if (matches.size() == 1)
        return matches.front();
    if (matches.empty())
        return Error{isNumber ? QStringLiteral("there is no node with id %1").arg(id)
                              : QStringLiteral("no node is labelled \"%1\"").arg(idOrLabel)};
    QStringList candidates;
    for (NodeId match : matches)
        candidates << QStringLiteral("%1 (%2, %3)")
                          .arg(match.value)
                          .arg(document.displayLabel(match), document.graph().node(match)->type);
    return Error{QStringLiteral("\"%1\" is ambiguous: it could be %2. Use the id.")
                     .arg(idOrLabel, candidates.join(QStringLiteral(", ")))};
}

} // namespace kizuna
