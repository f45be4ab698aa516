#include "io/GraphAssembler.h"

#include "document/NodeLookup.h"
#include "io/AttributeMapping.h"
#include "io/ReadError.h"
#include "model/StyleOverrides.h"

#include <array>
#include <map>

namespace kizuna {

NodeId GraphAssembler::addNode(NodeData node, const QString& key, const QString& where) {
    node.id = NodeId(qint64(m_graph.contents.nodes.size()) + 1);
    const auto [id, added] = m_nodes.emplace(key, node.id);
    if (!added) // resolveDuplicateIds decides
        m_graph.repeated.push_back({m_graph.contents.nodes.size(), id, where});
    ensureLabel(node, key);
    m_graph.contents.nodes.push_back(std::move(node));
    m_graph.nodeKeys.push_back(key);
    return id;
}

void GraphAssembler::addEdge(EdgeData edge, const QString& source, const QString& target,
                             const QString& where) {
    // Provisional ids apart from the nodes' (GraphDocument gives real ones).
    edge.id = EdgeId(1000000000000LL + qint64(m_edges.size()));
    m_edges.push_back({std::move(edge), source, target, where});
}

NodeId GraphAssembler::resolve(const QString& key, const QString& where, const char* role) const {
    const NodeId* id = m_nodes.find(key);
    if (!id)
        throw ReadError{QStringLiteral("%1: the edge's %2 \"%3\" is not a node of the graph")
                            .arg(where, QLatin1String(role), key)};
    return *id;
}

ImportedGraph GraphAssembler::finish() {
    m_graph.contents.edges.reserve(m_edges.size());
    for (PendingEdge& edge : m_edges) {
        edge.data.source = resolve(edge.source, edge.where, "source");
        edge.data.target = resolve(edge.target, edge.where, "target");
        m_graph.contents.edges.push_back(std::move(edge.data));
    }
    m_edges.clear();
    return std::move(m_graph);
}

namespace {

// Keeps `value` under `name` (from = 1) or the first free of name_2, name_3, …; nothing when one
// of them holds it already.
void keepValue(Properties& properties, const QString& name, const QString& value, int from) {
    if (value.isEmpty())
        return;
    for (int n = from;; ++n) {
        const QString key = n == 1 ? name : QStringLiteral("%1_%2").arg(name).arg(n);
        auto it = properties.constFind(key);
        if (it == properties.constEnd()) {
            properties.insert(key, value);
            return;
        }
        if (*it == value)
            return;
    }
}

// A field: fills it when empty; a different value is kept as the property NAME_2 (or _3, …).
void mergeField(QString& kept, const QString& value, const char* name, Properties& properties) {
    if (value.isEmpty() || value == kept)
        return;
    if (kept.isEmpty())
        kept = value;
    else
        keepValue(properties, QLatin1String(name), value, 2);
}

void mergeRow(NodeData& kept, const NodeData& row, const QString& key) {
    const std::array<Language, 3> languages = {Language::En, Language::Ja, Language::Zh};
    for (Language language : languages) {
        const QString& label = row.labels.get(language);
        if (label.isEmpty() || label == key) // no label of its own: the id stood in
            continue;
        bool known = false;
        for (Language other : languages)
            known = known || normalizedLabel(kept.labels.get(other)) == normalizedLabel(label);
        if (known)
            continue;
        if (kept.labels.get(language).isEmpty() ||
            (language == Language::En && kept.labels.en == key && kept.labels.ja.isEmpty() &&
             kept.labels.zh.isEmpty()))
            kept.labels.set(language, label);
        else
            keepValue(kept.properties, QStringLiteral("alias"), label, 1);
    }
    mergeField(kept.type, row.type, "type", kept.properties);
    mergeField(kept.description, row.description, "description", kept.properties);
    mergeField(kept.validFrom, row.validFrom, "valid_from", kept.properties);
    mergeField(kept.validTo, row.validTo, "valid_to", kept.properties);
    if (!kept.position)
        kept.position = row.position;
    for (auto it = row.properties.begin(); it != row.properties.end(); ++it) {
        if (isNodeStyleKey(it.key())) {
            if (!kept.properties.contains(it.key()))
                kept.properties.insert(it.key(), it.value());
            continue;
        }
        keepValue(kept.properties, it.key(), it.value(), 1);
    }
}

// "S-001" ×2, "S-007" ×1: the ids repeated and on how many more rows, most first, at most five.
QString repeatedIds(const ImportedGraph& graph) {
    std::map<QString, int> counts;
    for (const RepeatedNode& repeated : graph.repeated)
        ++counts[graph.nodeKeys[repeated.index]];
    std::vector<std::pair<QString, int>> sorted(counts.begin(), counts.end());
    std::stable_sort(sorted.begin(), sorted.end(),
                     [](const auto& a, const auto& b) { return a.second > b.second; });
    QStringList parts;
    for (size_t i = 0; i < sorted.size() && i < 5; ++i)
        parts << QStringLiteral("\"%1\" \u00d7%2").arg(sorted[i].first).arg(sorted[i].second);
    if (sorted.size() > 5)
        parts << QStringLiteral("%1 more ids").arg(sorted.size() - 5);
    return parts.join(QStringLiteral(", "));
}

} // namespace

std::optional<DuplicateIds> duplicateIdsFromName(const QString& name) {
    if (name == QLatin1String("error"))
        return DuplicateIds::Error;
    if (name == QLatin1String("first"))
        return DuplicateIds::First;
    if (name == QLatin1String("merge"))
        return DuplicateIds::Merge;
    return std::nullopt;
}

Status resolveDuplicateIds(ImportedGraph& graph, DuplicateIds policy, const Schema& existing) {
    if (graph.repeated.empty())
        return {};
    const int count = int(graph.repeated.size());
    const QString rows =
        count == 1 ? QStringLiteral("1 row repeats") : QStringLiteral("%1 rows repeat").arg(count);
    if (policy == DuplicateIds::Error) {
        const RepeatedNode& first = graph.repeated.front();
        return Error{QStringLiteral("%1: the id \"%2\" is used twice; %3 an earlier row's id (%4)")
                         .arg(first.where, graph.nodeKeys[first.index], rows, repeatedIds(graph))};
    }
    const QString ids = repeatedIds(graph);
    std::vector<NodeData>& nodes = graph.contents.nodes;
    std::unordered_map<qint64, size_t> indexOf;
    for (size_t i = 0; i < nodes.size(); ++i)
        indexOf.emplace(nodes[i].id.value, i);
    std::vector<bool> drop(nodes.size(), false);
    std::unordered_map<qint64, NodeId> keptFor; // a dropped node's id -> the one kept
    for (const RepeatedNode& repeated : graph.repeated) {
        if (policy == DuplicateIds::Merge)
            mergeRow(nodes[indexOf.at(repeated.first.value)], nodes[repeated.index],
                     graph.nodeKeys[repeated.index]);
        drop[repeated.index] = true;
        keptFor.emplace(nodes[repeated.index].id.value, repeated.first);
    }
    size_t out = 0;
    for (size_t i = 0; i < nodes.size(); ++i)
        if (!drop[i]) {
            if (out != i) {
                nodes[out] = std::move(nodes[i]);
                graph.nodeKeys[out] = std::move(graph.nodeKeys[i]);
            }
            ++out;
        }
    for (EdgeData& edge : graph.contents.edges) // readers point edges at the first node already
        for (NodeId* end : {&edge.source, &edge.target})
            if (auto it = keptFor.find(end->value); it != keptFor.end())
                *end = it->second;
    nodes.resize(out);
    graph.nodeKeys.resize(out);
    if (policy == DuplicateIds::Merge) {
        graph.repeatedMerged += count;
        graph.repeatedNote =
            QStringLiteral("%1 an earlier row's id (%3) and %2 merged into it")
                .arg(rows, count == 1 ? QStringLiteral("was") : QStringLiteral("were"), ids);
    } else {
        graph.repeatedDropped += count;
        graph.repeatedNote =
            QStringLiteral("%1 an earlier row's id (%3) and %2 left out: the first row is kept")
                .arg(rows, count == 1 ? QStringLiteral("was") : QStringLiteral("were"), ids);
    }
    graph.repeated.clear();
    completeImportedSchema(graph, existing);
    return {};
}

} // namespace kizuna
