// The bundled US–China AI map: complete, cited from the article it was drawn from, true to it,
// and laid out the same way every time.
#include "MapSnapshot.h"
#include "TestSupport.h"
#include "io/MapFiles.h"

#include <QFile>
#include <QLineF>
#include <catch2/catch.hpp>

using namespace kizuna;

namespace {

struct BundledMap {
    test::TempFolder folder;
    QString path = folder.file(QStringLiteral("bundled.kizuna"));
    std::unique_ptr<GraphDocument> doc;
    BundledMap() {
        test::writeBundledMap(path);
        doc = test::openMap(path);
    }

    std::vector<const NodeData*>
    nodesWhere(const std::function<bool(const NodeData&)>& test) const {
        std::vector<const NodeData*> found;
        for (NodeId id : doc->graph().nodeIds())
            if (test(*doc->graph().node(id)))
                found.push_back(doc->graph().node(id));
        return found;
    }
    const NodeData* nodeByEn(const QString& en) const {
        auto found = nodesWhere([&](const NodeData& n) { return n.labels.en == en; });
        INFO("nodes labelled \"" << en.toStdString() << "\": " << found.size());
        REQUIRE(found.size() == 1);
        return found.front();
    }
    // Edges of `relation` from `source`, either way round when `undirected`.
    std::vector<const EdgeData*> edgesFrom(NodeId source, const QString& relation,
                                           bool undirected = false) const {
        std::vector<const EdgeData*> found;
        for (EdgeId id : doc->graph().incidentEdges(source)) {
            const EdgeData* edge = doc->graph().edge(id);
            if (edge->relation == relation && (edge->source == source || undirected))
                found.push_back(edge);
        }
        return found;
    }
    QString typeOf(NodeId id) const { return doc->graph().node(id)->type; }
};

QString article() {
    QFile file(QStringLiteral(KIZUNA_SEED_ARTICLE));
    REQUIRE(file.open(QIODevice::ReadOnly));
    return QString::fromUtf8(file.readAll());
}

} // namespace

TEST_CASE("Every fact of the bundled map is labelled in Japanese and cited from the article",
          "[core][bundled]") {
    BundledMap map;
    const GraphDocument& doc = *map.doc;
    const QString text = article();
    REQUIRE(doc.graph().nodeCount() >= 20);
    REQUIRE(doc.graph().edgeCount() >= 20);

    for (NodeId id : doc.graph().nodeIds()) {
        const NodeData& node = *doc.graph().node(id);
        INFO("node " << id.value << " " << node.labels.en.toStdString());
        CHECK_FALSE(node.labels.ja.trimmed().isEmpty());
        CHECK_FALSE(doc.provenance().citationsOf(id.value).empty());
        CHECK(doc.schema().nodeType(node.type));
    }
    for (EdgeId id : doc.graph().edgeIds()) {
        const EdgeData& edge = *doc.graph().edge(id);
        INFO("edge " << id.value << ": " << doc.graph().node(edge.source)->labels.en.toStdString()
                     << " " << edge.relation.toStdString() << " "
                     << doc.graph().node(edge.target)->labels.en.toStdString());
        CHECK_FALSE(doc.provenance().citationsOf(id.value).empty());
        const RelationType* relation = doc.schema().relationType(edge.relation);
        REQUIRE(relation);
        CHECK(relation->allows(map.typeOf(edge.source), map.typeOf(edge.target)));
    }
    auto check = [&](qint64 elementId) {
        for (const Citation& citation : doc.provenance().citationsOf(elementId)) {
            INFO("citation " << citation.id.value << " of " << elementId << ": "
                             << citation.excerpt.toStdString());
            CHECK_FALSE(citation.excerpt.trimmed().isEmpty());
            CHECK(text.contains(citation.excerpt));
            CHECK(doc.provenance().source(citation.source));
        }
    };
    for (NodeId id : doc.graph().nodeIds())
        check(id.value);
    for (EdgeId id : doc.graph().edgeIds())
        check(id.value);
}

TEST_CASE("The bundled map has every type of the default schema", "[core][bundled]") {
    BundledMap map;
    auto defaults = defaultSchemaContents();
    REQUIRE(defaults.ok());
    const Schema& schema = defaults.value().schema;
    REQUIRE(schema.nodeTypes().size() == 7);
    REQUIRE(schema.relationTypes().size() == 9);
    for (const NodeType& type : schema.nodeTypes()) {
        INFO(type.key.toStdString());
        CHECK(map.doc->schema().nodeType(type.key));
    }
    for (const RelationType& type : schema.relationTypes()) {
        INFO(type.key.toStdString());
        CHECK(map.doc->schema().relationType(type.key));
    }
}

TEST_CASE("The bundled map states what the article says", "[core][bundled]") {
    BundledMap map;
    const GraphDocument& doc = *map.doc;

    SECTION("the Trump administration issued the AI Action Plan in July 2025") {
        auto plans = map.nodesWhere(
            [](const NodeData& n) { return n.labels.ja == QStringLiteral("AIアクションプラン"); });
        REQUIRE(plans.size() == 1);
        const NodeData& plan = *plans.front();
        CHECK(plan.type == QStringLiteral("policy"));
        CHECK(plan.validFrom == QStringLiteral("2025-07"));
        auto trump = map.nodesWhere(
            [](const NodeData& n) { return n.labels.en.contains(QStringLiteral("Trump")); });
        REQUIRE(trump.size() == 1);
        auto issued = map.edgesFrom(trump.front()->id, QStringLiteral("issued"));
        CHECK(std::any_of(issued.begin(), issued.end(),
                          [&](const EdgeData* e) { return e->target == plan.id; }));
    }
    SECTION("OpenAI supplies a model to the US federal government") {
        auto supplies = map.edgesFrom(map.nodeByEn(QStringLiteral("OpenAI"))->id,
                                      QStringLiteral("supplies_model_to"));
        CHECK(std::any_of(supplies.begin(), supplies.end(), [&](const EdgeData* e) {
            return map.typeOf(e->target) == QStringLiteral("government_body");
        }));
        const NodeData* gpt5 = map.nodeByEn(QStringLiteral("GPT-5"));
        CHECK(gpt5->type == QStringLiteral("model"));
    }
    SECTION("Google and Anthropic are registered vendors of a government body") {
        for (const QString& name : {QStringLiteral("Google"), QStringLiteral("Anthropic")}) {
            INFO(name.toStdString());
            auto vendor =
                map.edgesFrom(map.nodeByEn(name)->id, QStringLiteral("registered_vendor_of"));
            CHECK(std::any_of(vendor.begin(), vendor.end(), [&](const EdgeData* e) {
                return map.typeOf(e->target) == QStringLiteral("government_body");
            }));
        }
    }
    SECTION("the United States competes with China") {
        const NodeId us = map.nodeByEn(QStringLiteral("United States"))->id;
        const NodeId china = map.nodeByEn(QStringLiteral("China"))->id;
        auto competes = map.edgesFrom(us, QStringLiteral("competes_with"), true);
        CHECK(std::any_of(competes.begin(), competes.end(), [&](const EdgeData* e) {
            return (e->source == us && e->target == china) ||
                   (e->source == china && e->target == us);
        }));
    }
    SECTION("Reflection AI is a lab that raised over 2,000億円") {
        const NodeData* reflection = map.nodeByEn(QStringLiteral("Reflection AI"));
        CHECK(reflection->type == QStringLiteral("lab"));
        const auto values = reflection->properties.values();
        CHECK(std::any_of(values.begin(), values.end(), [](const QString& v) {
            return v.contains(QStringLiteral("2,000億円"));
        }));
    }
    CHECK(doc.info().defaultLanguage == Language::Ja);
}

TEST_CASE("The bundled map names the article's risks, places Hugging Face and cites no file",
          "[core][bundled]") {
    BundledMap map;
    const GraphDocument& doc = *map.doc;

    SECTION("the risks the article names are nodes the open-source strategy raises") {
        const NodeId strategy = map.nodeByEn(QStringLiteral("US open-source AI strategy"))->id;
        const auto raised = map.edgesFrom(strategy, QStringLiteral("poses_risk"));
        for (const QString& label : {QStringLiteral("AIの軍事悪用"),
                                     QStringLiteral("極端な情報操作(ディープフェイクなど)"),
                                     QStringLiteral("倫理・プライバシー管理"),
                                     QStringLiteral("最新AI技術が悪意ある第三者に渡るリスク")}) {
            INFO(label.toStdString());
            auto risks = map.nodesWhere([&](const NodeData& n) { return n.labels.ja == label; });
            REQUIRE(risks.size() == 1);
            CHECK(risks.front()->type == QStringLiteral("risk"));
            CHECK_FALSE(risks.front()->labels.en.isEmpty());
            CHECK(std::any_of(raised.begin(), raised.end(),
                              [&](const EdgeData* e) { return e->target == risks.front()->id; }));
        }
    }
    SECTION("Hugging Face has a place in the open collaboration") {
        const NodeId hf = map.nodeByEn(QStringLiteral("Hugging Face"))->id;
        CHECK_FALSE(doc.graph().incidentEdges(hf).empty());
        const auto promotes = map.edgesFrom(hf, QStringLiteral("promotes"));
        REQUIRE(promotes.size() == 1);
        CHECK(doc.graph().node(promotes.front()->target)->labels.ja ==
              QStringLiteral("開かれたAIイノベーション"));
    }
    SECTION("the source is the article, with no file path in any field") {
        const std::vector<Source> sources = doc.provenance().sources();
        REQUIRE(sources.size() == 1);
        const Source& source = sources.front();
        CHECK(source.title.startsWith(QStringLiteral("アメリカの「オープンソースAI戦略」")));
        CHECK(source.date == QStringLiteral("2025"));
        CHECK(source.document.isEmpty());
        for (const QString& field :
             {source.title, source.publisher, source.date, source.url, source.document}) {
            INFO(field.toStdString());
            CHECK_FALSE(field.contains(QStringLiteral("seeds/")));
            CHECK_FALSE(field.endsWith(QStringLiteral(".txt")));
            CHECK_FALSE(field.startsWith(QLatin1Char('/')));
        }
    }
}

TEST_CASE("The bundled map is laid out without piles, the same way every time",
          "[core][bundled][layout]") {
    BundledMap map;
    const KnowledgeGraph& graph = map.doc->graph();
    const std::vector<NodeId> ids = graph.nodeIds();
    for (NodeId id : ids) {
        INFO("node " << id.value);
        REQUIRE(graph.node(id)->position.has_value());
    }
    double closest = 1e9;
    for (size_t i = 0; i < ids.size(); ++i)
        for (size_t j = i + 1; j < ids.size(); ++j)
            closest = std::min(
                closest,
                QLineF(*graph.node(ids[i])->position, *graph.node(ids[j])->position).length());
    CHECK(closest >= 20.0);

    BundledMap again;
    const test::MapSnapshot first = test::snapshotOf(*map.doc);
    const test::MapSnapshot second = test::snapshotOf(*again.doc);
    CHECK(first.nodes == second.nodes); // ids, content and positions
    CHECK(first.edges == second.edges);
    CHECK(first.citations == second.citations);
    CHECK(first.schema == second.schema);
}
