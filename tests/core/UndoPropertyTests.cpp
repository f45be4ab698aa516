// Property: any sequence of edits, undone in reverse, gives back exactly the map we started with
// (in memory and in the file); redone, exactly the edited map.
#include "MapSnapshot.h"
#include "TestSupport.h"
#include "document/Edits.h"
#include "document/FieldEdit.h"

#include <catch2/catch.hpp>
#include <random>

using namespace kizuna;

namespace {

using Snapshot = test::MapSnapshot;

Snapshot snapshot(const GraphDocument& document) {
    return test::snapshotOf(document);
}

Snapshot fileSnapshot(const QString& path) {
    return test::snapshotOfFile(path);
}

// Picks a random edit that the current map makes sensible; apply() may still refuse it.
class RandomEditor {
public:
    RandomEditor(GraphDocument& document, unsigned seed) : m_doc(document), m_rng(seed) {}

    ChangeSet next() {
        const auto nodes = m_doc.graph().nodeIds();
        const auto edges = m_doc.graph().edgeIds();
        switch (pick(11)) {
        case 0: {
            NodeData node;
            node.type = m_doc.schema()
                            .nodeTypes()
                            .at(size_t(pick(int(m_doc.schema().nodeTypes().size()))))
                            .key;
            node.labels.set(Language(pick(3)), QStringLiteral("ノード %1").arg(pick(100000)));
            node.position = QPointF(pick(2000) - 1000, pick(2000) - 1000);
            if (pick(2))
                node.properties.insert(QStringLiteral("k%1").arg(pick(5)),
                                       QStringLiteral("v%1").arg(pick(9)));
            return addNodeChange(m_doc, node);
        }
        case 1: {
            EdgeData edge;
            edge.source = nodes.at(size_t(pick(int(nodes.size()))));
            edge.target = nodes.at(size_t(pick(int(nodes.size()))));
            const auto& relations = m_doc.schema().relationTypes();
            edge.relation = relations.at(size_t(pick(int(relations.size())))).key;
            if (pick(2))
                edge.confidence = pick(11) / 10.0;
            return addEdgeChange(m_doc, edge);
        }
        case 2: {
            static const QStringList fields = {
                QStringLiteral("label.en"),   QStringLiteral("description"),
                QStringLiteral("valid_from"), QStringLiteral("valid_to"),
                QStringLiteral("prop.note"),  QStringLiteral("x")};
            static const QStringList values = {QString(),
                                               QStringLiteral("2024"),
                                               QStringLiteral("2025-07"),
                                               QStringLiteral("2025-13"),
                                               QStringLiteral("hello 世界"),
                                               QStringLiteral("12.5")};
            auto change = setFieldChange(m_doc, nodes.at(size_t(pick(int(nodes.size())))).value,
                                         fields.at(pick(int(fields.size()))),
                                         values.at(pick(int(values.size()))));
            return change ? change.value() : ChangeSet{};
        }
        case 3: {
            std::vector<std::pair<NodeId, QPointF>> moves;
            for (int i = 0; i < 1 + pick(20); ++i)
                moves.emplace_back(nodes.at(size_t(pick(int(nodes.size())))),
                                   QPointF(pick(500), pick(500)));
            std::sort(moves.begin(), moves.end(),
                      [](auto& a, auto& b) { return a.first < b.first; });
            moves.erase(std::unique(moves.begin(), moves.end(),
                                    [](auto& a, auto& b) { return a.first == b.first; }),
                        moves.end());
            return moveNodesChange(m_doc, moves);
        }
        case 4:
            if (nodes.size() < 10)
                return {};
            return removeElementsChange(m_doc, {nodes.at(size_t(pick(int(nodes.size())))).value});
        case 5:
            if (edges.empty())
                return {};
            return removeElementsChange(m_doc, {edges.at(size_t(pick(int(edges.size())))).value});
        case 6: {
            const NodeId a = nodes.at(size_t(pick(int(nodes.size()))));
            const NodeId b = nodes.at(size_t(pick(int(nodes.size()))));
            auto change = mergeNodesChange(m_doc, a, {b}, MergePreference(pick(2)));
            return change ? change.value() : ChangeSet{};
        }
        case 7: {
            Source source;
            source.title = QStringLiteral("Report %1").arg(pick(1000));
            source.date = pick(2) ? QStringLiteral("2025-03") : QString();
            ChangeSet change = addSourceChange(m_doc, source);
            Citation citation;
            citation.elementId = nodes.at(size_t(pick(int(nodes.size())))).value;
            citation.source = std::get<SourceOp>(change.operations.front()).after->id;
            citation.excerpt = QStringLiteral("quoted passage");
            change.append(addCitationChange(m_doc, citation));
            return change;
        }
        case 8: {
            const NodeId id = nodes.at(size_t(pick(int(nodes.size()))));
            const auto citations = m_doc.provenance().citationsOf(id.value);
            return citations.empty() ? ChangeSet{}
                                     : removeCitationChange(m_doc, citations.front().id);
        }
        case 9:
            return edges.empty()
                       ? ChangeSet{}
                       : reverseEdgeChange(m_doc, edges.at(size_t(pick(int(edges.size())))));
        default: {
            NodeType type{
                QStringLiteral("type_%1").arg(pick(5)), QStringLiteral("Type"), QString(),
                QStringLiteral("#%1").arg(pick(0xFFFFFF), 6, 16, QLatin1Char('0')).toUpper(),
                NodeShape(pick(7))};
            return putNodeTypeChange(m_doc, type);
        }
        }
    }

private:
    int pick(int n) { return std::uniform_int_distribution<int>(0, n - 1)(m_rng); }
    GraphDocument& m_doc;
    std::mt19937 m_rng;
};

} // namespace

TEST_CASE(
    "Undoing a random sequence of edits restores the map exactly, and redoing restores the edits",
    "[core][undo][property]") {
    for (unsigned seed : {1u, 2u, 3u}) {
        DYNAMIC_SECTION("seed " << seed) {
            test::TempFolder folder;
            const QString path = folder.file(QStringLiteral("map.kizuna"));
            test::writeBundledMap(path);
            auto document = test::openMap(path);
            const Snapshot original = snapshot(*document);

            RandomEditor editor(*document, seed);
            std::vector<ChangeSet> applied;
            int refused = 0;
            while (applied.size() < 300) {
                const ChangeSet change = editor.next();
                if (change.isEmpty())
                    continue;
                if (document->apply(change))
                    applied.push_back(change);
                else
                    ++refused;
            }
            INFO("refused edits: " << refused);
            const Snapshot edited = snapshot(*document);
            REQUIRE_FALSE(edited == original);
            CHECK(fileSnapshot(path) == edited);

            for (auto it = applied.rbegin(); it != applied.rend(); ++it) {
                const Status status = document->apply(it->inverted());
                INFO(status.error().toStdString());
                REQUIRE(status.ok());
            }
            CHECK(snapshot(*document) == original);
            CHECK(fileSnapshot(path) == original);

            for (const ChangeSet& change : applied)
                REQUIRE(document->apply(change).ok());
            CHECK(snapshot(*document) == edited);
            CHECK(fileSnapshot(path) == edited);
        }
    }
}

TEST_CASE("A stale undo is refused instead of corrupting the map", "[core][undo]") {
    test::TempFolder folder;
    const QString path = folder.file(QStringLiteral("map.kizuna"));
    test::writeBundledMap(path);
    auto document = test::openMap(path);
    const NodeId id = document->graph().nodeIds().front();
    auto rename =
        setFieldChange(*document, id.value, QStringLiteral("label.en"), QStringLiteral("First"));
    REQUIRE(document->apply(rename.value()).ok());
    REQUIRE(document
                ->apply(setFieldChange(*document, id.value, QStringLiteral("label.en"),
                                       QStringLiteral("Second"))
                            .value())
                .ok());
    // Undoing the first rename now would silently discard the second one.
    const Status status = document->apply(rename.value().inverted());
    CHECK_FALSE(status.ok());
    CHECK(status.error().contains(QStringLiteral("changed since")));
    CHECK(document->graph().node(id)->labels.en == QStringLiteral("Second"));
}
