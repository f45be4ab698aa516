// History for analysts: checkpoints, what changed since one (field by field, across reopen and
// edits by other programs), and reverting one change-log record.
#include "SampleMap.h"

#include "document/Edits.h"
#include "document/FieldEdit.h"
#include "document/JournalEntry.h"
#include "history/ChangesSince.h"
#include "history/Revert.h"

#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <catch2/catch.hpp>

using namespace kizuna;
using test::requireOk;
using test::SampleMap;
using test::valueOf;

namespace {

ChangeSet setField(const GraphDocument& doc, qint64 id, const QString& field,
                   const QString& value) {
    return valueOf(setFieldChange(doc, id, field, value));
}

MapChanges since(const GraphDocument& doc, const QString& baseline) {
    return valueOf(changesSince(doc, valueOf(resolveBaseline(doc, baseline))));
}

const FieldChange* fieldOf(const ElementChange& change, const QString& field) {
    for (const FieldChange& f : change.fields)
        if (f.field == field)
            return &f;
    return nullptr;
}

const ElementChange& changeOf(const MapChanges& changes, ElementKind element, qint64 id) {
    const ElementChange* change = changes.find(element, id);
    INFO("element " << id << " is not among the changes");
    REQUIRE(change);
    return *change;
}

} // namespace

TEST_CASE("Checkpoints name the file's last change and are unique", "[core][history]") {
    SampleMap map;
    GraphDocument& doc = *map.doc;
    const Checkpoint october = valueOf(doc.addCheckpoint(QStringLiteral("  October brief ")));
    CHECK(october.name == QStringLiteral("October brief"));
    CHECK(october.seq == doc.journalSeq());
    CHECK_FALSE(doc.addCheckpoint(QStringLiteral("October brief")).ok());
    CHECK(doc.addCheckpoint(QStringLiteral("October brief"))
              .error()
              .contains(QStringLiteral("already has a checkpoint")));
    CHECK_FALSE(doc.addCheckpoint(QStringLiteral("   ")).ok());

    // Another program's commit meanwhile: the checkpoint includes it (the file is the truth).
    auto other = test::openMap(map.path);
    requireOk(other->apply(setField(*other, map.us.value, QStringLiteral("description"),
                                    QStringLiteral("By the other program"))));
    const Checkpoint november = valueOf(doc.addCheckpoint(QStringLiteral("November brief")));
    CHECK(november.seq == october.seq + 1);

    map.reopen();
    const auto listed = valueOf(map.doc->checkpoints());
    REQUIRE(listed.size() == 2);
    CHECK(listed[0].name == QStringLiteral("October brief"));
    CHECK(listed[1].name == QStringLiteral("November brief"));
    requireOk(map.doc->removeCheckpoint(QStringLiteral("October brief")));
    CHECK(valueOf(map.doc->checkpoints()).size() == 1);
    CHECK_FALSE(map.doc->removeCheckpoint(QStringLiteral("October brief")).ok());
}

TEST_CASE("Changes since a checkpoint show every kind of change field by field",
          "[core][history]") {
    SampleMap map;
    GraphDocument& doc = *map.doc;
    doc.setAuthor(QStringLiteral("alice"));
    valueOf(doc.addCheckpoint(QStringLiteral("October brief")));
    CHECK(since(doc, QStringLiteral("October brief")).changes.empty());

    // Added node with a citation.
    const NodeId deepseek = valueOf(
        doc.addNode(SampleMap::node(QStringLiteral("company"), QStringLiteral("DeepSeek"))));
    valueOf(doc.addCitation(test::makeCitation(deepseek.value, map.source, QStringLiteral("DS"))));
    // Every field kind of a node: labels, type, description, property, dates.
    doc.setAuthor(QStringLiteral("bob"));
    requireOk(doc.apply(
        setField(doc, map.us.value, QStringLiteral("label.ja"), QStringLiteral("アメリカ"))));
    requireOk(doc.apply(
        setField(doc, map.us.value, QStringLiteral("description"), QStringLiteral("Superpower"))));
    requireOk(doc.apply(
        setField(doc, map.us.value, QStringLiteral("prop.capital"), QStringLiteral("Washington"))));
    requireOk(doc.apply(
        setField(doc, map.us.value, QStringLiteral("valid_from"), QStringLiteral("1776"))));
    requireOk(doc.apply(
        setField(doc, map.anthropic.value, QStringLiteral("type"), QStringLiteral("lab"))));
    // An edge's confidence and a removed citation.
    requireOk(doc.apply(
        setField(doc, map.supplies.value, QStringLiteral("confidence"), QStringLiteral("0.5"))));
    requireOk(doc.apply(removeCitationChange(doc, map.edgeCitation)));
    // A move is layout, not a change; a change undone is no change.
    requireOk(doc.setPositions({{map.china, QPointF(500, 500)}}));
    const ChangeSet renamed =
        setField(doc, map.china.value, QStringLiteral("label.en"), QStringLiteral("PRC"));
    const ChangeSet committed = valueOf(doc.commit(renamed));
    requireOk(doc.apply(committed.inverted()));
    // A deleted node (with its edge): ghosts keep what they were.
    requireOk(doc.apply(removeElementsChange(doc, {map.openai.value})));

    map.reopen(); // history is in the file, not in memory
    const MapChanges changes = since(*map.doc, QStringLiteral("October brief"));
    CHECK(changes.baseline.contains(QStringLiteral("October brief")));

    const ElementChange& added = changeOf(changes, ElementKind::Node, deepseek.value);
    CHECK(added.kind == ChangeKind::Added);
    CHECK(added.label == QStringLiteral("DeepSeek"));
    CHECK(added.authors == QStringList{QStringLiteral("alice")});
    REQUIRE(fieldOf(added, QStringLiteral("label.en")));
    CHECK(fieldOf(added, QStringLiteral("label.en"))->after.toString() ==
          QStringLiteral("DeepSeek"));
    REQUIRE(fieldOf(added, QStringLiteral("sources")));
    CHECK(fieldOf(added, QStringLiteral("sources"))->after.toArray().size() == 1);

    const ElementChange& us = changeOf(changes, ElementKind::Node, map.us.value);
    CHECK(us.kind == ChangeKind::Changed);
    CHECK(us.authors == QStringList{QStringLiteral("bob")});
    REQUIRE(fieldOf(us, QStringLiteral("label.ja")));
    CHECK(fieldOf(us, QStringLiteral("label.ja"))->before.isNull());
    CHECK(fieldOf(us, QStringLiteral("label.ja"))->after.toString() == QStringLiteral("アメリカ"));
    REQUIRE(fieldOf(us, QStringLiteral("description")));
    REQUIRE(fieldOf(us, QStringLiteral("prop.capital")));
    CHECK(fieldOf(us, QStringLiteral("prop.capital"))->after.toString() ==
          QStringLiteral("Washington"));
    REQUIRE(fieldOf(us, QStringLiteral("valid_from")));
    CHECK(us.fields.size() == 4);

    const ElementChange& anthropic = changeOf(changes, ElementKind::Node, map.anthropic.value);
    REQUIRE(fieldOf(anthropic, QStringLiteral("type")));
    CHECK(fieldOf(anthropic, QStringLiteral("type"))->before.toString() ==
          QStringLiteral("company"));
    CHECK(fieldOf(anthropic, QStringLiteral("type"))->after.toString() == QStringLiteral("lab"));

    // Moved, renamed and renamed back: nothing to report.
    CHECK_FALSE(changes.find(ElementKind::Node, map.china.value));

    const ElementChange& openai = changeOf(changes, ElementKind::Node, map.openai.value);
    CHECK(openai.kind == ChangeKind::Removed);
    CHECK(openai.label == QStringLiteral("OpenAI"));
    REQUIRE(openai.ghostNode);
    CHECK(openai.ghostNode->type == QStringLiteral("company"));
    REQUIRE(fieldOf(openai, QStringLiteral("sources"))); // its citation went with it
    CHECK(fieldOf(openai, QStringLiteral("sources"))->after.isNull());

    // The edge: confidence and citation changed before it was deleted with OpenAI. Its ghost and
    // its fields are as they were at the checkpoint.
    const ElementChange& supplies = changeOf(changes, ElementKind::Edge, map.supplies.value);
    CHECK(supplies.kind == ChangeKind::Removed);
    REQUIRE(supplies.ghostEdge);
    CHECK(supplies.ghostEdge->source == map.openai);
    CHECK(supplies.label.contains(QStringLiteral("OpenAI")));
    REQUIRE(fieldOf(supplies, QStringLiteral("sources")));
    CHECK(fieldOf(supplies, QStringLiteral("sources"))->before.toArray().size() == 1);
    CHECK_FALSE(fieldOf(supplies, QStringLiteral("confidence"))); // not set at the checkpoint

    CHECK(changes.count(ElementKind::Node, ChangeKind::Added) == 1);
    CHECK(changes.count(ElementKind::Node, ChangeKind::Changed) == 2);
    CHECK(changes.count(ElementKind::Node, ChangeKind::Removed) == 1);
    CHECK(changes.count(ElementKind::Edge, ChangeKind::Removed) == 1);
}

TEST_CASE("Changes since a checkpoint include merges and a citation-only change",
          "[core][history]") {
    SampleMap map;
    GraphDocument& doc = *map.doc;
    NodeData duplicate = SampleMap::node(QStringLiteral("company"), QStringLiteral("Open AI Inc"));
    duplicate.properties.insert(QStringLiteral("hq"), QStringLiteral("San Francisco"));
    const NodeId copy = valueOf(doc.addNode(duplicate));
    valueOf(doc.addCheckpoint(QStringLiteral("before merge")));
    requireOk(
        doc.apply(valueOf(mergeNodesChange(doc, map.openai, {copy}, MergePreference::Survivor))));
    valueOf(
        doc.addCitation(test::makeCitation(map.china.value, map.source, QStringLiteral("中国"))));

    const MapChanges changes = since(doc, QStringLiteral("before merge"));
    const ElementChange& survivor = changeOf(changes, ElementKind::Node, map.openai.value);
    CHECK(survivor.kind == ChangeKind::Changed);
    REQUIRE(fieldOf(survivor, QStringLiteral("prop.hq")));
    CHECK(fieldOf(survivor, QStringLiteral("prop.hq"))->after.toString() ==
          QStringLiteral("San Francisco"));
    CHECK(changeOf(changes, ElementKind::Node, copy.value).kind == ChangeKind::Removed);
    const ElementChange& china = changeOf(changes, ElementKind::Node, map.china.value);
    REQUIRE(china.fields.size() == 1);
    CHECK(china.fields.front().field == QStringLiteral("sources"));
}

TEST_CASE("Changes since a date and edits made by kizuna-cli", "[core][history]") {
    SampleMap map;
    // From the time of the sample map's last record (its citation of OpenAI) on.
    const QString before = valueOf(map.doc->journal(map.doc->journalSeq() - 1)).front().time;
    const auto added = test::runCli({QStringLiteral("add-node"), map.path, QStringLiteral("--type"),
                                     QStringLiteral("lab"), QStringLiteral("--label"),
                                     QStringLiteral("Moonshot AI"), QStringLiteral("--author"),
                                     QStringLiteral("carol")});
    REQUIRE(added.exitCode == 0);
    // A small import from kizuna-cli: every node it adds is listed.
    QFile csv(map.folder.file(QStringLiteral("labs.csv")));
    REQUIRE(csv.open(QIODevice::WriteOnly));
    csv.write("id,label,type\nz1,Zhipu AI,lab\nz2,Baichuan,lab\n");
    csv.close();
    REQUIRE(test::runCli({QStringLiteral("import"), map.path, csv.fileName()}).exitCode == 0);

    requireOk(map.doc->catchUp());
    const MapChanges changes = since(*map.doc, before);
    CHECK(changes.count(ElementKind::Node, ChangeKind::Added) == 3);
    const qint64 moonshot = added.out.trimmed().toLongLong();
    CHECK(changeOf(changes, ElementKind::Node, moonshot).authors ==
          QStringList{QStringLiteral("carol")});
    CHECK(since(*map.doc, QStringLiteral("2999-01-01")).changes.empty());
    CHECK_FALSE(resolveBaseline(*map.doc, QStringLiteral("last week")).ok());
}

TEST_CASE("A big import is summarised in the log and still listed as added", "[core][history]") {
    SampleMap map;
    GraphDocument& doc = *map.doc;
    valueOf(doc.addCheckpoint(QStringLiteral("start")));
    ChangeSet bulk;
    for (int i = 0; i < int(kSummariseAbove) + 1; ++i)
        bulk.append(addNodeChange(
            doc, SampleMap::node(QStringLiteral("company"), QStringLiteral("Company %1").arg(i))));
    bulk.description = QStringLiteral("Import companies.csv");
    requireOk(doc.apply(bulk));
    const auto records = valueOf(doc.journal(doc.journalSeq() - 1, {}, true));
    REQUIRE(records.size() == 1);
    CHECK(records.front().operations.isEmpty()); // summarised
    CHECK(records.front().added.nodes.size() == kSummariseAbove + 1);

    MapChanges changes = since(doc, QStringLiteral("start"));
    CHECK(changes.count(ElementKind::Node, ChangeKind::Added) == kSummariseAbove + 1);
    CHECK(changes.count(ElementKind::Node, ChangeKind::Changed) == 0);

    // A layout of them all is summarised too, and is not a change of the facts.
    std::vector<std::pair<NodeId, QPointF>> moves;
    for (NodeId id : doc.graph().nodeIds())
        moves.push_back({id, QPointF(double(id.value), 1.0)});
    const qint64 beforeLayout = doc.journalSeq();
    requireOk(doc.apply(moveNodesChange(doc, moves)));
    CHECK(doc.journalSeq() == beforeLayout + 1); // a drag or layout of thousands: one record
    changes = since(doc, QStringLiteral("start"));
    CHECK(changes.count(ElementKind::Node, ChangeKind::Changed) == 0);

    // The import can be reverted: it only added (the layout since only moved its nodes), but not
    // while a relation added later hangs on one of its nodes.
    const JournalRecord import = valueOf(journalRecord(doc, records.front().seq));
    const NodeId imported = NodeId(import.added.nodes.front());
    const EdgeId later =
        valueOf(doc.addEdge(test::makeEdge(QStringLiteral("competes_with"), imported, map.openai)));
    const auto refused = revertChange(doc, import);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().contains(QStringLiteral("relation added later")));
    requireOk(doc.removeEdge(later));
    requireOk(doc.apply(valueOf(revertChange(doc, import))));
    CHECK(doc.graph().nodeCount() == 4);
}

TEST_CASE("Reverting a change takes back its fields where no later change touched them",
          "[core][history]") {
    SampleMap map;
    GraphDocument& doc = *map.doc;
    auto recordOf = [&](qint64 seq) { return valueOf(journalRecord(doc, seq)); };

    SECTION("a field edit") {
        requireOk(doc.apply(setField(doc, map.us.value, QStringLiteral("description"),
                                     QStringLiteral("Superpower"))));
        const qint64 seq = doc.journalSeq();
        requireOk(doc.apply(setField(doc, map.us.value, QStringLiteral("prop.capital"),
                                     QStringLiteral("Washington"))));
        const ChangeSet revert = valueOf(revertChange(doc, recordOf(seq)));
        const ChangeSet committed = valueOf(doc.commit(revert));
        CHECK(doc.graph().node(map.us)->description.isEmpty());
        CHECK(doc.graph().node(map.us)->properties.value(QStringLiteral("capital")) ==
              QStringLiteral("Washington")); // the later edit stays
        // The revert is an edit like any other: undoing it brings the value back.
        requireOk(doc.apply(committed.inverted()));
        CHECK(doc.graph().node(map.us)->description == QStringLiteral("Superpower"));
    }
    SECTION("a conflicting later change refuses the revert and names the field") {
        requireOk(doc.apply(setField(doc, map.us.value, QStringLiteral("description"),
                                     QStringLiteral("Superpower"))));
        const qint64 seq = doc.journalSeq();
        auto other = test::openMap(map.path); // another program edits the same field
        requireOk(other->apply(setField(*other, map.us.value, QStringLiteral("description"),
                                        QStringLiteral("Hegemon"))));
        requireOk(doc.catchUp());
        const auto revert = revertChange(doc, recordOf(seq));
        REQUIRE_FALSE(revert.ok());
        CHECK(revert.error().contains(QStringLiteral("description")));
        CHECK(revert.error().contains(QStringLiteral("Hegemon")));
        CHECK(doc.graph().node(map.us)->description == QStringLiteral("Hegemon"));
    }
    SECTION("a deletion comes back with the same ids and citations") {
        requireOk(doc.apply(removeElementsChange(doc, {map.openai.value})));
        const qint64 seq = doc.journalSeq();
        requireOk(doc.apply(valueOf(revertChange(doc, recordOf(seq)))));
        REQUIRE(doc.graph().contains(map.openai));
        REQUIRE(doc.graph().contains(map.supplies));
        CHECK(doc.provenance().citationsOf(map.supplies.value).size() == 1);
        CHECK(doc.provenance().citationsOf(map.openai.value).size() == 1);
    }
    SECTION("an addition is taken back unless something was attached to it later") {
        const NodeId lab =
            valueOf(doc.addNode(SampleMap::node(QStringLiteral("lab"), QStringLiteral("Kimi"))));
        const qint64 seq = doc.journalSeq();
        valueOf(doc.addEdge(test::makeEdge(QStringLiteral("competes_with"), lab, map.openai)));
        const auto refused = revertChange(doc, recordOf(seq));
        REQUIRE_FALSE(refused.ok());
        CHECK(refused.error().contains(QStringLiteral("relation added later")));
        requireOk(doc.apply(valueOf(revertChange(doc, recordOf(doc.journalSeq())))));
        requireOk(doc.apply(valueOf(revertChange(doc, recordOf(seq)))));
        CHECK_FALSE(doc.graph().contains(lab));
    }
    SECTION("an addition that later got a callout is not taken back silently") {
        const NodeId lab =
            valueOf(doc.addNode(SampleMap::node(QStringLiteral("lab"), QStringLiteral("Kimi"))));
        const qint64 seq = doc.journalSeq();
        Annotation callout;
        callout.text = QStringLiteral("New lab");
        callout.target = lab.value;
        requireOk(doc.apply(addAnnotationChange(doc, callout)));
        const auto refused = revertChange(doc, recordOf(seq));
        REQUIRE_FALSE(refused.ok());
        CHECK(refused.error().contains(QStringLiteral("callout")));
    }
    SECTION("a change already undone has nothing to revert") {
        const ChangeSet committed = valueOf(doc.commit(setField(
            doc, map.us.value, QStringLiteral("description"), QStringLiteral("Superpower"))));
        const qint64 seq = doc.journalSeq();
        requireOk(doc.apply(committed.inverted()));
        const auto nothing = revertChange(doc, recordOf(seq));
        REQUIRE_FALSE(nothing.ok());
        CHECK(nothing.error().contains(QStringLiteral("nothing left")));
    }
}
