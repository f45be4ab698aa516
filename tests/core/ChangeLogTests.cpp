// The map file is the truth: every commit writes one journal record with its change; two
// documents on one file (as two programs would have) never lose each other's edits; memory
// catches up from the journal.
#include "RawSqlite.h"
#include "SampleMap.h"

#include "document/Edits.h"
#include "document/FieldEdit.h"
#include "io/GraphFormats.h"
#include "io/ImportPlan.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <catch2/catch.hpp>

using namespace kizuna;
using test::RawSqlite;
using test::requireOk;
using test::SampleMap;
using test::valueOf;

namespace {

ChangeSet setField(const GraphDocument& doc, qint64 id, const char* field, const QString& value) {
    return valueOf(setFieldChange(doc, id, QString::fromLatin1(field), value));
}

// Counts notices and remembers the last one.
struct Listener : GraphObserver {
    int count = 0;
    ChangeNotice last;
    void changed(const ChangeNotice& notice) override {
        ++count;
        last = notice;
    }
};

std::unique_ptr<GraphDocument> second(const QString& path) {
    return test::openMap(path);
}

} // namespace

TEST_CASE("Every commit appends one journal record in its own transaction", "[core][journal]") {
    SampleMap map;
    GraphDocument& doc = *map.doc;
    doc.setAuthor(QStringLiteral("alice"));
    const qint64 seq = doc.journalSeq();
    RawSqlite raw(map.path);
    const qint64 records = raw.queryInt("SELECT count(*) FROM journal");
    CHECK(records == seq); // the sample map's own edits were logged too

    requireOk(doc.apply(setField(doc, map.openai.value, "description", QStringLiteral("Lab"))));
    CHECK(doc.journalSeq() == seq + 1);
    auto journal = valueOf(doc.journal(seq, {}, true));
    REQUIRE(journal.size() == 1);
    const JournalRecord& record = journal.front();
    CHECK(record.seq == seq + 1);
    CHECK(record.author == QStringLiteral("alice"));
    CHECK(record.time.endsWith(QLatin1Char('Z')));
    CHECK(record.ids.nodes == std::vector<qint64>{map.openai.value});
    const QJsonArray ops = QJsonDocument::fromJson(record.operations).array();
    REQUIRE(ops.size() == 1);
    const QJsonObject op = ops.at(0).toObject();
    CHECK(op.value(QStringLiteral("kind")).toString() == QStringLiteral("node"));
    CHECK(op.value(QStringLiteral("before")).toObject() ==
          QJsonObject{{QStringLiteral("description"), QJsonValue()}});
    CHECK(op.value(QStringLiteral("after")).toObject() ==
          QJsonObject{{QStringLiteral("description"), QStringLiteral("Lab")}});

    SECTION("a refused edit leaves no record and no byte changed") {
        const QByteArray bytes = test::fileHash(map.path);
        CHECK_FALSE(doc.addNode(SampleMap::node(QStringLiteral("no_such_type"), "X")).ok());
        CHECK_FALSE(doc.addEdge(test::makeEdge(QStringLiteral("issued"), map.us, map.us)).ok());
        const ChangeSet stale = setField(doc, map.us.value, "description", QStringLiteral("a"));
        requireOk(second(map.path)->apply(
            setField(*second(map.path), map.us.value, "description", QStringLiteral("b"))));
        const QByteArray changed = test::fileHash(map.path);
        CHECK_FALSE(doc.apply(stale).ok()); // a conflict
        CHECK(test::fileHash(map.path) == changed);
        CHECK(raw.queryInt("SELECT count(*) FROM journal") == doc.journalSeq());
        (void)bytes;
    }
    SECTION("a change whose commit fails leaves neither the change nor a record") {
        raw.exec("BEGIN IMMEDIATE"); // another program holds the write lock
        map.doc.reset();
        map.reopen(MapStore::Options{.busyTimeoutMs = 50});
        const qint64 before = map.doc->journalSeq();
        CHECK_FALSE(map.doc->addNode(SampleMap::node(QStringLiteral("lab"), "Blocked")).ok());
        raw.exec("ROLLBACK");
        CHECK(raw.queryInt("SELECT count(*) FROM journal") == before);
        CHECK(raw.queryInt("SELECT count(*) FROM node WHERE label_en = 'Blocked'") == 0);
    }
    SECTION("a bulk change is one summarised record") {
        std::vector<std::pair<NodeId, QPointF>> moves;
        for (int i = 0; i < 10; ++i)
            moves.emplace_back(valueOf(doc.addNode(SampleMap::node(QStringLiteral("lab"),
                                                                   QStringLiteral("L%1").arg(i)))),
                               QPointF(i, i));
        const qint64 mark = doc.journalSeq();
        requireOk(doc.setPositions(moves));
        auto moved = valueOf(doc.journal(mark, {}, true));
        REQUIRE(moved.size() == 1); // a drag of many nodes is one record
        CHECK(moved.front().ids.nodes.size() == 10);
    }
}

TEST_CASE("Two programs editing different fields of one node both keep their edits",
          "[core][journal][concurrency]") {
    SampleMap map;
    GraphDocument& app = *map.doc; // the app, with the map open
    auto cli = second(map.path);   // kizuna-cli, started later
    Listener listener;
    app.addObserver(&listener);

    requireOk(
        cli->apply(setField(*cli, map.openai.value, "label.en", QStringLiteral("OpenAI Inc"))));
    requireOk(cli->apply(setField(*cli, map.openai.value, "description", QStringLiteral("Maker"))));
    requireOk(cli->apply(setField(*cli, map.openai.value, "prop.hq", QStringLiteral("SF"))));
    // The app has not looked yet: it still shows the old label.
    CHECK(app.graph().node(map.openai)->labels.en == QStringLiteral("OpenAI"));

    // The user drags OpenAI in the app: a change built from the app's old copy of the node.
    requireOk(app.setPositions({{map.openai, QPointF(100, 200)}}));

    auto check = [&](const GraphDocument& doc) {
        const NodeData* node = doc.graph().node(map.openai);
        CHECK(node->labels.en == QStringLiteral("OpenAI Inc"));
        CHECK(node->description == QStringLiteral("Maker"));
        CHECK(node->properties.value(QStringLiteral("hq")) == QStringLiteral("SF"));
        CHECK(node->position == QPointF(100, 200));
    };
    check(app);                 // memory caught up
    check(*second(map.path));   // and the file holds both
    CHECK(listener.count == 2); // one notice of the other program's changes, one of the move
    app.removeObserver(&listener);

    SECTION("undo of the move leaves the other program's edits alone") {
        cli->catchUp();
        requireOk(
            cli->apply(setField(*cli, map.openai.value, "label.ja", QStringLiteral("オープンAI"))));
        ChangeSet move = moveNodesChange(app, {{map.openai, QPointF(1, 2)}});
        auto committed = valueOf(app.commit(move));
        requireOk(app.apply(committed.inverted()));
        auto fresh = second(map.path);
        const NodeData* node = fresh->graph().node(map.openai);
        CHECK(node->position == QPointF(100, 200));
        CHECK(node->labels.ja == QStringLiteral("オープンAI"));
        CHECK(node->labels.en == QStringLiteral("OpenAI Inc"));
    }
}

TEST_CASE("An edit of a field another program changed meanwhile is refused, and nothing is lost",
          "[core][journal][concurrency]") {
    SampleMap map;
    GraphDocument& app = *map.doc;
    auto cli = second(map.path);
    const ChangeSet stale = setField(app, map.openai.value, "label.en", QStringLiteral("From app"));
    requireOk(cli->apply(setField(*cli, map.openai.value, "label.en", QStringLiteral("From CLI"))));
    const qint64 records = cli->journalSeq();

    auto result = app.commit(stale);
    REQUIRE_FALSE(result.ok());
    INFO(result.error().toStdString());
    CHECK(result.error().contains(QStringLiteral("label.en")));
    CHECK(result.error().contains(QStringLiteral("OpenAI"))); // names the node
    CHECK(result.error().contains(QStringLiteral("From CLI")));
    // Memory now shows the other program's value; the file still has it; no record was added.
    CHECK(app.graph().node(map.openai)->labels.en == QStringLiteral("From CLI"));
    CHECK(second(map.path)->graph().node(map.openai)->labels.en == QStringLiteral("From CLI"));
    CHECK(app.journalSeq() == records);

    SECTION("a fresh edit of the same field, from the current value, succeeds") {
        requireOk(
            app.apply(setField(app, map.openai.value, "label.en", QStringLiteral("From app"))));
        CHECK(second(map.path)->graph().node(map.openai)->labels.en == QStringLiteral("From app"));
    }
    SECTION("an edit of a node another program deleted is refused") {
        const ChangeSet rename = setField(app, map.anthropic.value, "description", "x");
        requireOk(cli->removeNode(map.anthropic));
        auto refused = app.commit(rename);
        REQUIRE_FALSE(refused.ok());
        CHECK(refused.error().contains(QStringLiteral("deleted")));
        CHECK_FALSE(app.graph().contains(map.anthropic));
    }
}

TEST_CASE("New ids come from the file even when another program added things meanwhile",
          "[core][journal][concurrency]") {
    SampleMap map;
    auto other = second(map.path);
    std::set<qint64> ids;
    for (int i = 0; i < 20; ++i) {
        // Neither looks before adding: both would pick the same next id from memory.
        GraphDocument& doc = i % 2 ? *map.doc : *other;
        NodeData node = SampleMap::node(QStringLiteral("lab"), QStringLiteral("N%1").arg(i));
        const NodeId id = valueOf(doc.addNode(node));
        CHECK(ids.insert(id.value).second);
        // An edge to the new node in the same change set follows its new id.
        EdgeData edge = test::makeEdge(QStringLiteral("competes_with"), id, map.openai);
        const EdgeId edgeId = valueOf(doc.addEdge(edge));
        CHECK(ids.insert(edgeId.value).second);
        CHECK(doc.graph().edge(edgeId)->source == id);
    }
    auto fresh = second(map.path);
    for (qint64 id : ids)
        CHECK((fresh->graph().contains(NodeId(id)) || fresh->graph().contains(EdgeId(id))));
}

TEST_CASE("Catching up reads only the new journal records and tells observers once",
          "[core][journal]") {
    SampleMap map;
    GraphDocument& app = *map.doc;
    auto cli = second(map.path);
    Listener listener;
    app.addObserver(&listener);

    const NodeId added = valueOf(cli->addNode(SampleMap::node(QStringLiteral("lab"), "New lab")));
    const EdgeId linked =
        valueOf(cli->addEdge(test::makeEdge(QStringLiteral("competes_with"), added, map.openai)));
    requireOk(
        cli->apply(setField(*cli, map.china.value, "prop.capital", QStringLiteral("Beijing"))));
    requireOk(cli->removeNode(map.anthropic));
    valueOf(cli->addCitation(test::makeCitation(added.value, map.source, QStringLiteral("q"))));
    cli->setAuthor(QStringLiteral("bob"));
    requireOk(cli->apply(setField(*cli, map.us.value, "description", QStringLiteral("US"))));

    CHECK(app.changedByOthers());
    requireOk(app.catchUp());
    CHECK(listener.count == 1);
    const ChangeNotice& notice = listener.last;
    CHECK(notice.fromOtherProgram);
    CHECK(notice.author == QStringLiteral("bob"));
    CHECK(notice.nodesAdded == std::vector<NodeId>{added});
    CHECK(notice.edgesAdded == std::vector<EdgeId>{linked});
    CHECK(notice.nodesRemoved == std::vector<NodeId>{map.anthropic});
    CHECK(std::count(notice.nodesChanged.begin(), notice.nodesChanged.end(), map.china) == 1);
    CHECK(notice.fields.count(QStringLiteral("prop.capital")) == 1);
    CHECK_FALSE(notice.reset);
    CHECK(app.journalSeq() == cli->journalSeq());
    CHECK(test::snapshotOf(app) == test::snapshotOf(*second(map.path)));

    // Nothing new: no notice.
    requireOk(app.catchUp());
    CHECK(listener.count == 1);
    app.removeObserver(&listener);
}

TEST_CASE("A long operation built from an old copy merges with edits made meanwhile",
          "[core][journal][concurrency]") {
    SampleMap map;
    GraphDocument& app = *map.doc;
    // A layout computed from the app's memory (as kizuna-cli layout does for many seconds)...
    std::vector<std::pair<NodeId, QPointF>> layout;
    double i = 0;
    for (NodeId id : app.graph().nodeIds()) {
        layout.emplace_back(id, QPointF(10.0 * i, 5.0 * i));
        i += 1;
    }
    const ChangeSet moves = moveNodesChange(app, layout);
    // ...while a script renames a node.
    auto script = second(map.path);
    requireOk(script->apply(setField(*script, map.us.value, "label.en", QStringLiteral("USA"))));
    requireOk(app.apply(moves));
    auto fresh = second(map.path);
    CHECK(fresh->graph().node(map.us)->labels.en == QStringLiteral("USA"));
    CHECK(fresh->graph().node(map.us)->position == layout.front().second);
}

TEST_CASE("An import planned before another program's edit keeps that edit or is refused whole",
          "[core][journal][concurrency]") {
    SampleMap map;
    GraphDocument& app = *map.doc;
    const QString nodes = map.folder.file(QStringLiteral("n.csv"));
    QFile file(nodes);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write("id,label,type,hq,description\n"
               "x1,OpenAI,company,San Francisco,\n"
               "x2,DeepSeek,company,Hangzhou,Chinese lab\n");
    file.close();
    QFile edges(map.folder.file(QStringLiteral("e.csv")));
    REQUIRE(edges.open(QIODevice::WriteOnly));
    edges.write("source,target,relation\n");
    edges.close();
    ReadOptions options;
    options.csv.edgesPath = edges.fileName();
    auto graph = readGraphFile(nodes, GraphFormat::Csv, app.schema(), options);
    INFO(graph.error().toStdString());
    REQUIRE(graph.ok());
    const ImportPlan plan = planImport(app, graph.value(), MergeBy::Label);

    auto script = second(map.path);
    SECTION("a description set meanwhile survives an import that does not change it") {
        requireOk(script->apply(
            setField(*script, map.openai.value, "description", QStringLiteral("Set meanwhile"))));
        requireOk(app.apply(plan.change));
        auto fresh = second(map.path);
        const NodeData* openai = fresh->graph().node(map.openai);
        CHECK(openai->description == QStringLiteral("Set meanwhile"));
        CHECK(openai->properties.value(QStringLiteral("hq")) == QStringLiteral("San Francisco"));
        CHECK(fresh->graph().nodeCount() == app.graph().nodeCount());
    }
    SECTION("a property the import also sets is a conflict: nothing is imported") {
        requireOk(script->apply(
            setField(*script, map.openai.value, "prop.hq", QStringLiteral("Mission Bay"))));
        const size_t before = second(map.path)->graph().nodeCount();
        auto refused = app.commit(plan.change);
        REQUIRE_FALSE(refused.ok());
        CHECK(refused.error().contains(QStringLiteral("prop.hq")));
        auto fresh = second(map.path);
        CHECK(fresh->graph().nodeCount() == before);
        CHECK(fresh->graph().node(map.openai)->properties.value(QStringLiteral("hq")) ==
              QStringLiteral("Mission Bay"));
    }
}

TEST_CASE("A delete built before another program moved a relation away leaves that relation",
          "[core][journal][concurrency]") {
    SampleMap map;
    GraphDocument& app = *map.doc;
    // The user deletes OpenAI: its relation to the US goes with it...
    const ChangeSet remove = removeElementsChange(app, {map.openai.value});
    // ...but a script has just moved that relation to Anthropic.
    auto script = second(map.path);
    requireOk(script->apply(
        setField(*script, map.supplies.value, "source", QString::number(map.anthropic.value))));
    auto refused = app.commit(remove);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().contains(QStringLiteral("has changed since")));
    auto fresh = second(map.path);
    REQUIRE(fresh->graph().edge(map.supplies));
    CHECK(fresh->graph().edge(map.supplies)->source == map.anthropic);
    CHECK(fresh->graph().contains(map.openai));
}

TEST_CASE("A source still cited cannot be removed, so no citation disappears unrecorded",
          "[core][journal]") {
    SampleMap map;
    GraphDocument& doc = *map.doc;
    const Source source = *doc.provenance().source(map.source);
    auto refused =
        doc.commit(ChangeSet{QStringLiteral("Remove source"), {SourceOp{source, std::nullopt}}});
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().contains(QStringLiteral("still cited")));
    CHECK(second(map.path)->provenance().citationsOf(map.openai.value).size() == 1);
}

TEST_CASE("After types are removed and added, every program reads them in the same order",
          "[core][journal]") {
    SampleMap map;
    GraphDocument& doc = *map.doc;
    requireOk(doc.apply(valueOf(removeNodeTypeChange(doc, QStringLiteral("policy"), {}))));
    requireOk(doc.putNodeType(NodeType{
        QStringLiteral("alliance"), QStringLiteral("Alliance"), {}, QStringLiteral("#123456")}));
    auto keys = [](const GraphDocument& d) {
        QStringList list;
        for (const NodeType& type : d.schema().nodeTypes())
            list << type.key;
        return list;
    };
    CHECK(keys(*second(map.path)) == keys(doc));
    CHECK(keys(doc).last() == QStringLiteral("alliance"));
}

TEST_CASE("A change committed to the file only is in memory once the document catches up",
          "[core][journal]") {
    SampleMap map;
    GraphDocument& doc = *map.doc;
    Listener listener;
    doc.addObserver(&listener);
    const qint64 seq = doc.journalSeq();
    const size_t nodes = doc.graph().nodeCount();
    ChangeSet change;
    NodeData added = SampleMap::node(QStringLiteral("lab"), "Written through");
    added.id = doc.newNodeId();
    change.operations.push_back(NodeOp{std::nullopt, added});
    change.operations.push_back(
        valueOf(setFieldChange(doc, map.openai.value, QStringLiteral("description"),
                               QStringLiteral("Changed on file")))
            .operations.front());
    requireOk(doc.applyToFileOnly(change));
    // The file has it; memory is where it was and nobody was told.
    CHECK(second(map.path)->graph().nodeCount() == nodes + 1);
    CHECK(doc.graph().nodeCount() == nodes);
    CHECK(doc.journalSeq() == seq);
    CHECK(listener.count == 0);
    SECTION("catching up brings it in") {
        requireOk(doc.catchUp());
        CHECK(doc.graph().nodeCount() == nodes + 1);
        CHECK(doc.graph().node(map.openai)->description == QStringLiteral("Changed on file"));
        CHECK(doc.journalSeq() == seq + 1);
        CHECK(listener.count == 1);
    }
    SECTION("the next edit catches up first and keeps both") {
        requireOk(doc.apply(setField(doc, map.us.value, "description", QStringLiteral("Next"))));
        CHECK(doc.graph().nodeCount() == nodes + 1);
        CHECK(doc.graph().node(map.openai)->description == QStringLiteral("Changed on file"));
        auto fresh = second(map.path);
        CHECK(fresh->graph().node(map.us)->description == QStringLiteral("Next"));
        CHECK(fresh->graph().node(map.openai)->description == QStringLiteral("Changed on file"));
    }
    doc.removeObserver(&listener);
}
