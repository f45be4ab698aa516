// What GraphDocument does around the commit: a failed one leaves memory and file as they were,
// and a successful one is announced to observers.
#include "RawSqlite.h"
#include "SampleMap.h"

#include <QStringList>
#include <catch2/catch.hpp>
#include <set>

using namespace kizuna;
using test::RawSqlite;
using test::requireOk;
using test::SampleMap;
using test::valueOf;

namespace {

// Writes down every notice as "name id" lines, and counts the notices.
class RecordingObserver : public GraphObserver {
public:
    QStringList notices;
    int count = 0;
    ChangeNotice last;
    void changed(const ChangeNotice& n) override {
        ++count;
        last = n;
        for (NodeId id : n.nodesAdded)
            add("nodeAdded", id.value);
        for (NodeId id : n.nodesRemoved)
            add("nodeRemoved", id.value);
        for (NodeId id : n.nodesChanged)
            add("nodeChanged", id.value);
        for (EdgeId id : n.edgesAdded)
            add("edgeAdded", id.value);
        for (EdgeId id : n.edgesRemoved)
            add("edgeRemoved", id.value);
        for (EdgeId id : n.edgesChanged)
            add("edgeChanged", id.value);
        std::set<qint64> cited(n.citationsOf.begin(), n.citationsOf.end());
        for (qint64 id : cited)
            add("provenanceChanged", id);
        if (n.schema)
            notices << QStringLiteral("schemaChanged");
        if (n.info)
            notices << QStringLiteral("mapInfoChanged");
        if (n.reset)
            notices << QStringLiteral("reset");
    }
    QStringList take() { return std::exchange(notices, {}); }

private:
    void add(const char* name, qint64 id) {
        notices << QStringLiteral("%1 %2").arg(QLatin1String(name)).arg(id);
    }
};

QString notice(const char* name, qint64 id) {
    return QStringLiteral("%1 %2").arg(QLatin1String(name)).arg(id);
}

NodeData victim() {
    NodeData node = SampleMap::node(QStringLiteral("company"), QStringLiteral("Victim"));
    node.properties = {{QStringLiteral("a"), QStringLiteral("1")},
                       {QStringLiteral("b"), QStringLiteral("2")}};
    return node;
}

} // namespace

TEST_CASE("A commit that fails leaves memory and file as they were", "[core][document][commit]") {
    SampleMap map;
    const QString path = map.path;

    SECTION("another program holds the write lock") {
        map.reopen(MapStore::Options{.busyTimeoutMs = 100});
        const QByteArray bytes = test::fileHash(path);
        const test::MapSnapshot before = test::snapshotOf(*map.doc);
        {
            RawSqlite other(path);
            other.exec("BEGIN IMMEDIATE");
            auto added = map.doc->addNode(victim());
            CHECK_FALSE(added.ok());
            CHECK(added.error().contains(QStringLiteral("locked")));
            CHECK(test::snapshotOf(*map.doc) == before);
            other.exec("ROLLBACK");
        }
        map.doc.reset();
        CHECK(test::fileHash(path) == bytes);
        CHECK(test::snapshotOfFile(path) == before);
    }

    SECTION("the lock is released and the user tries again") {
        map.reopen(MapStore::Options{.busyTimeoutMs = 100});
        {
            RawSqlite other(path);
            other.exec("BEGIN IMMEDIATE");
            REQUIRE_FALSE(map.doc->addNode(victim()).ok());
            other.exec("ROLLBACK");
        }
        const NodeId id = valueOf(map.doc->addNode(victim()));
        CHECK(map.doc->graph().node(id)->labels.en == QStringLiteral("Victim"));
        map.reopen();
        REQUIRE(map.doc->graph().contains(id));
        CHECK(map.doc->graph().node(id)->properties.size() == 2);
    }

    SECTION("a statement in the middle of the transaction fails") {
        // A trigger added behind the open document's back (a map holding one is never opened).
        {
            RawSqlite db(path);
            db.exec("CREATE TRIGGER boom BEFORE INSERT ON property "
                    "BEGIN SELECT RAISE(ABORT, 'boom'); END");
        }
        const test::MapSnapshot before = test::snapshotOf(*map.doc);
        RawSqlite db(path, SQLITE_OPEN_READONLY);
        const qint64 elements = db.queryInt("SELECT count(*) FROM element");

        // The node row is written before its properties: the trigger fires after it.
        auto added = map.doc->addNode(victim());
        CHECK_FALSE(added.ok());
        CHECK(added.error().contains(QStringLiteral("boom")));
        CHECK(test::snapshotOf(*map.doc) == before);
        CHECK(db.queryInt("SELECT count(*) FROM node WHERE label_en = 'Victim'") == 0);
        CHECK(db.queryInt("SELECT count(*) FROM element") == elements);

        // Without properties the trigger never fires: the document is still usable.
        const NodeId plain = valueOf(
            map.doc->addNode(SampleMap::node(QStringLiteral("company"), QStringLiteral("Plain"))));
        CHECK(db.queryInt("SELECT count(*) FROM node WHERE id = " +
                          QByteArray::number(plain.value)) == 1);
        const test::MapSnapshot after = test::snapshotOf(*map.doc);
        map.doc.reset();
        RawSqlite(path).exec("DROP TRIGGER boom");
        CHECK(test::snapshotOfFile(path) == after);
    }
}

TEST_CASE("Observers hear of every committed edit and of nothing else", "[core][document]") {
    SampleMap map;
    GraphDocument& doc = *map.doc;
    RecordingObserver observer;
    doc.addObserver(&observer);

    const NodeId lab =
        valueOf(doc.addNode(SampleMap::node(QStringLiteral("lab"), QStringLiteral("Lab"))));
    CHECK(observer.take() == QStringList{notice("nodeAdded", lab.value)});

    const EdgeId edge =
        valueOf(doc.addEdge(test::makeEdge(QStringLiteral("competes_with"), lab, map.openai)));
    CHECK(observer.take() == QStringList{notice("edgeAdded", edge.value)});

    NodeData renamed = *doc.graph().node(lab);
    renamed.labels.ja = QStringLiteral("研究所");
    requireOk(doc.updateNode(renamed));
    CHECK(observer.take() == QStringList{notice("nodeChanged", lab.value)});

    EdgeData relabelled = *doc.graph().edge(edge);
    relabelled.label = QStringLiteral("rivals");
    requireOk(doc.updateEdge(relabelled));
    CHECK(observer.take() == QStringList{notice("edgeChanged", edge.value)});

    const int before = observer.count;
    requireOk(doc.setPositions({{lab, QPointF(5, 5)}, {map.openai, QPointF(7, 7)}}));
    CHECK(observer.count == before + 1); // one notice for the change set
    CHECK(observer.take() ==
          QStringList{notice("nodeChanged", lab.value), notice("nodeChanged", map.openai.value)});
    CHECK(observer.last.fields == std::set<QString>{QStringLiteral("position")});
    CHECK(observer.last.onlyPositions());
    CHECK_FALSE(observer.last.changesStructure());
    CHECK_FALSE(observer.last.fromOtherProgram);

    const CitationId citation =
        valueOf(doc.addCitation(test::makeCitation(lab.value, map.source, QStringLiteral("x"))));
    CHECK(observer.take() == QStringList{notice("provenanceChanged", lab.value)});
    requireOk(doc.removeCitation(citation));
    CHECK(observer.take() == QStringList{notice("provenanceChanged", lab.value)});

    requireOk(doc.putNodeType(NodeType{
        QStringLiteral("network"), QStringLiteral("Network"), {}, QStringLiteral("#FF9DA7")}));
    CHECK(observer.take() == QStringList{QStringLiteral("schemaChanged")});
    MapInfo info = doc.info();
    info.name = QStringLiteral("Renamed");
    requireOk(doc.setMapInfo(info));
    CHECK(observer.take() == QStringList{QStringLiteral("mapInfoChanged")});

    SECTION("removing a node tells of its edges, their citations and the node") {
        requireOk(doc.removeNode(map.openai));
        const QStringList removed = observer.take();
        CHECK(removed.contains(notice("nodeRemoved", map.openai.value)));
        CHECK(removed.contains(notice("edgeRemoved", map.supplies.value)));
        CHECK(removed.contains(notice("edgeRemoved", edge.value)));
        CHECK(removed.contains(notice("provenanceChanged", map.supplies.value)));
        CHECK(removed.contains(notice("provenanceChanged", map.openai.value)));
        CHECK_FALSE(removed.contains(notice("nodeRemoved", lab.value)));
    }
    SECTION("removing an edge tells of that edge only") {
        requireOk(doc.removeEdge(edge));
        CHECK(observer.take() == QStringList{notice("edgeRemoved", edge.value)});
    }
    SECTION("refused edits tell nothing") {
        CHECK_FALSE(doc.addNode(SampleMap::node(QStringLiteral("nope"), QStringLiteral("X"))));
        CHECK_FALSE(doc.addEdge(test::makeEdge(QStringLiteral("issued"), lab, lab)));
        CHECK(observer.take().isEmpty());
    }
    SECTION("a removed observer hears nothing more") {
        doc.removeObserver(&observer);
        valueOf(doc.addNode(SampleMap::node(QStringLiteral("lab"), QStringLiteral("Later"))));
        CHECK(observer.take().isEmpty());
    }
    doc.removeObserver(&observer);
}
