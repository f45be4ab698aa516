// Comparing two maps whose ids differ, and taking some of the other map's changes as one edit.
#include "SampleMap.h"

#include "document/FieldEdit.h"
#include "history/MapDiff.h"

#include <QFile>

#include <QJsonArray>
#include <catch2/catch.hpp>

using namespace kizuna;
using test::requireOk;
using test::SampleMap;
using test::valueOf;

namespace {

const ElementChange* byLabel(const MapChanges& changes, ElementKind element, const QString& label) {
    for (const ElementChange& change : changes.changes)
        if (change.element == element && change.label.contains(label))
            return &change;
    return nullptr;
}

QStringList fieldNames(const ElementChange& change) {
    QStringList names;
    for (const FieldChange& field : change.fields)
        names << field.field;
    return names;
}

// A colleague's copy built in another order (so no id matches ours) with their own edits.
struct TheirMap {
    test::TempFolder folder;
    QString path = folder.file(QStringLiteral("theirs.kizuna"));
    std::unique_ptr<GraphDocument> doc;
    NodeId deepseek, openai, china, us;
    EdgeId supplies, competes, rival;

    TheirMap() {
        test::writeEmptyMap(path);
        doc = test::openMap(path);
        deepseek = valueOf(
            doc->addNode(SampleMap::node(QStringLiteral("company"), QStringLiteral("DeepSeek"))));
        NodeData openaiNode = SampleMap::node(QStringLiteral("company"), QStringLiteral("OpenAI"));
        openaiNode.properties.insert(QStringLiteral("hq"), QStringLiteral("San Francisco"));
        openai = valueOf(doc->addNode(openaiNode));
        // The same country written in full-width capitals: matched by its label after NFKC and
        // case folding, and listed as a changed label.
        china = valueOf(
            doc->addNode(SampleMap::node(QStringLiteral("country"), QStringLiteral("ＣＨＩＮＡ"))));
        NodeData usNode =
            SampleMap::node(QStringLiteral("country"), QStringLiteral("United States"));
        usNode.description = QStringLiteral("Superpower");
        usNode.validFrom = QStringLiteral("1776");
        us = valueOf(doc->addNode(usNode));
        EdgeData suppliesEdge = test::makeEdge(QStringLiteral("supplies_model_to"), openai, us);
        suppliesEdge.confidence = 0.8;
        supplies = valueOf(doc->addEdge(suppliesEdge));
        competes =
            valueOf(doc->addEdge(test::makeEdge(QStringLiteral("competes_with"), china, us)));
        rival = valueOf(
            doc->addEdge(test::makeEdge(QStringLiteral("competes_with"), deepseek, openai)));
        const SourceId source =
            valueOf(doc->addSource(test::makeSource(QStringLiteral("The article"))));
        valueOf(doc->addCitation(
            test::makeCitation(supplies.value, source, QStringLiteral("GPT-5は連邦機関に"))));
        valueOf(doc->addCitation(
            test::makeCitation(openai.value, source, QStringLiteral("OpenAI Inc."))));
    }
};

} // namespace

TEST_CASE("A diff of two maps matches elements by label when ids differ and lists every change",
          "[core][history][diff]") {
    SampleMap ours;
    TheirMap theirs;
    const MapDiff diff = diffMaps(*ours.doc, *theirs.doc, QStringLiteral("theirs.kizuna"));
    CHECK(diff.nodeOursToTheirs.at(ours.us.value) == theirs.us.value);
    CHECK(diff.nodeOursToTheirs.at(ours.china.value) == theirs.china.value);
    CHECK(diff.nodeOursToTheirs.at(ours.openai.value) == theirs.openai.value);
    CHECK(diff.edgeOursToTheirs.at(ours.supplies.value) == theirs.supplies.value);

    const MapChanges& changes = diff.changes;
    const ElementChange* us = byLabel(changes, ElementKind::Node, QStringLiteral("United States"));
    REQUIRE(us);
    CHECK(us->kind == ChangeKind::Changed);
    CHECK(fieldNames(*us) ==
          QStringList{QStringLiteral("description"), QStringLiteral("valid_from")});

    const ElementChange* china = byLabel(changes, ElementKind::Node, QStringLiteral("China"));
    REQUIRE(china);
    CHECK(fieldNames(*china) == QStringList{QStringLiteral("label.en")});

    const ElementChange* openai = byLabel(changes, ElementKind::Node, QStringLiteral("OpenAI"));
    REQUIRE(openai);
    CHECK(fieldNames(*openai) == QStringList{QStringLiteral("prop.hq"), QStringLiteral("sources")});

    const ElementChange* anthropic =
        byLabel(changes, ElementKind::Node, QStringLiteral("Anthropic"));
    REQUIRE(anthropic);
    CHECK(anthropic->kind == ChangeKind::Removed);
    CHECK(anthropic->id == ours.anthropic.value);

    const ElementChange* deepseek = byLabel(changes, ElementKind::Node, QStringLiteral("DeepSeek"));
    REQUIRE(deepseek);
    CHECK(deepseek->kind == ChangeKind::Added);
    CHECK(deepseek->id == 0);
    CHECK(deepseek->otherId == theirs.deepseek.value);
    REQUIRE(deepseek->ghostNode);
    CHECK(deepseek->ghostNode->id.value < 0);

    const ElementChange* supplies = changes.find(ElementKind::Edge, ours.supplies.value);
    REQUIRE(supplies);
    CHECK(fieldNames(*supplies) == QStringList{QStringLiteral("confidence")});

    const ElementChange* competes = nullptr;
    for (const ElementChange& change : changes.changes)
        if (change.element == ElementKind::Edge && change.otherId == theirs.competes.value)
            competes = &change;
    REQUIRE(competes);
    CHECK(competes->kind == ChangeKind::Added);
    REQUIRE(competes->ghostEdge);
    CHECK(competes->ghostEdge->source == ours.china); // drawn between our own nodes
    CHECK(competes->ghostEdge->target == ours.us);
    CHECK(changes.changes.size() ==
          8); // 3 changed, 1 removed, 1 added nodes; 1 changed, 2 added relations

    // The same map compared with itself: nothing.
    CHECK(diffMaps(*ours.doc, *ours.doc, QStringLiteral("same")).changes.changes.empty());
}

TEST_CASE("Selected changes from the other map are applied as one undoable edit",
          "[core][history][diff]") {
    SampleMap ours;
    TheirMap theirs;
    GraphDocument& doc = *ours.doc;
    MapDiff diff = diffMaps(doc, *theirs.doc, QStringLiteral("theirs.kizuna"));
    const ElementChange* us =
        byLabel(diff.changes, ElementKind::Node, QStringLiteral("United States"));
    const ElementChange* openai =
        byLabel(diff.changes, ElementKind::Node, QStringLiteral("OpenAI"));
    REQUIRE(us);
    REQUIRE(openai);
    const QStringList keys{us->key(), openai->key(),
                           QStringLiteral("other-edge:%1").arg(theirs.competes.value),
                           QStringLiteral("other-edge:%1").arg(theirs.rival.value)};
    const qint64 seq = doc.journalSeq();
    const size_t nodes = doc.graph().nodeCount();
    const ChangeSet committed =
        valueOf(doc.commit(valueOf(applyDiffChange(doc, *theirs.doc, diff, keys))));
    CHECK(doc.journalSeq() == seq + 1); // one edit
    CHECK(doc.graph().node(ours.us)->description == QStringLiteral("Superpower"));
    CHECK(doc.graph().node(ours.us)->validFrom == QStringLiteral("1776"));
    CHECK(doc.graph().node(ours.openai)->properties.value(QStringLiteral("hq")) ==
          QStringLiteral("San Francisco"));
    // OpenAI's citation now reads as theirs.
    const auto citations = doc.provenance().citationsOf(ours.openai.value);
    REQUIRE(citations.size() == 1);
    CHECK(citations.front().excerpt == QStringLiteral("OpenAI Inc."));
    // The rivalry with DeepSeek brought DeepSeek along; China's label stays ours (not selected).
    CHECK(doc.graph().nodeCount() == nodes + 1);
    CHECK(doc.graph().node(ours.china)->labels.en == QStringLiteral("China"));
    CHECK(doc.graph().edgeCount() == 3);

    // What is left to take: China's label, Anthropic's removal, the confidence.
    diff = diffMaps(doc, *theirs.doc, QStringLiteral("theirs.kizuna"));
    CHECK(diff.changes.changes.size() == 3);

    // One undo takes it all back.
    requireOk(doc.apply(committed.inverted()));
    CHECK(doc.graph().nodeCount() == nodes);
    CHECK(doc.graph().node(ours.us)->description.isEmpty());
    CHECK(diffMaps(doc, *theirs.doc, QStringLiteral("theirs.kizuna")).changes.changes.size() == 8);

    // Everything: the maps then agree.
    diff = diffMaps(doc, *theirs.doc, QStringLiteral("theirs.kizuna"));
    requireOk(doc.apply(valueOf(applyDiffChange(doc, *theirs.doc, diff, {QStringLiteral("all")}))));
    CHECK(diffMaps(doc, *theirs.doc, QStringLiteral("theirs.kizuna")).changes.changes.empty());
    CHECK_FALSE(applyDiffChange(doc, *theirs.doc, diff, {QStringLiteral("node:99999")}).ok());
}

TEST_CASE("Copies that each added their own node under the same new id are not paired by it",
          "[core][history][diff]") {
    SampleMap ours;
    const QString copy = ours.folder.file(QStringLiteral("copy.kizuna"));
    ours.doc.reset();
    REQUIRE(QFile::copy(ours.path, copy));
    ours.reopen();
    auto theirs = test::openMap(copy);
    const NodeId alice = valueOf(
        ours.doc->addNode(SampleMap::node(QStringLiteral("person"), QStringLiteral("Alice"))));
    const NodeId bob =
        valueOf(theirs->addNode(SampleMap::node(QStringLiteral("person"), QStringLiteral("Bob"))));
    REQUIRE(alice == bob); // both copies count on from the same id
    // A node both copies had, renamed in theirs: still paired by its id.
    requireOk(theirs->apply(valueOf(setFieldChange(
        *theirs, ours.china.value, QStringLiteral("label.en"), QStringLiteral("PRC")))));
    const MapDiff diff = diffMaps(*ours.doc, *theirs, QStringLiteral("copy.kizuna"));
    const ElementChange* a = byLabel(diff.changes, ElementKind::Node, QStringLiteral("Alice"));
    const ElementChange* b = byLabel(diff.changes, ElementKind::Node, QStringLiteral("Bob"));
    REQUIRE(a);
    REQUIRE(b);
    CHECK(a->kind == ChangeKind::Removed);
    CHECK(b->kind == ChangeKind::Added);
    const ElementChange* china = diff.changes.find(ElementKind::Node, ours.china.value);
    REQUIRE(china);
    CHECK(china->kind == ChangeKind::Changed);
    CHECK(fieldNames(*china) == QStringList{QStringLiteral("label.en")});
}
