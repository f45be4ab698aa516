// kizuna-cli's quick answers read the file without loading the map: they must be the same
// answers the loaded document gives.
#include "SampleMap.h"

#include "algo/Paths.h"
#include "document/MapQuery.h"
#include "document/NodeLookup.h"

#include <catch2/catch.hpp>

using namespace kizuna;
using test::valueOf;

TEST_CASE("Answers read from the file equal the loaded map's", "[core][query]") {
    test::TempFolder folder;
    const QString path = folder.file(QStringLiteral("bundled.kizuna"));
    test::writeBundledMap(path);
    auto document = test::openMap(path);
    auto query = valueOf(MapQuery::open(path));
    CHECK(query->info() == document->info());
    CHECK(query->schema() == document->schema());

    const MapStore::Counts counts = valueOf(query->counts());
    CHECK(counts.nodes == qint64(document->graph().nodeCount()));
    CHECK(counts.edges == qint64(document->graph().edgeCount()));
    std::map<QString, qint64> types;
    document->graph().forEachNode([&](const NodeData& node) { ++types[node.type]; });
    CHECK(counts.nodeTypes == types);
    std::map<QString, qint64> relations;
    document->graph().forEachEdge([&](const EdgeData& edge) { ++relations[edge.relation]; });
    CHECK(counts.relationTypes == relations);
    // A big map's count (two connections, the relation types shared out) is the same.
    REQUIRE(relations.size() > 2);
    const MapStore::Counts shared = valueOf(query->countsOnTwoCores());
    CHECK(shared.nodes == counts.nodes);
    CHECK(shared.edges == counts.edges);
    CHECK(shared.nodeTypes == counts.nodeTypes);
    CHECK(shared.relationTypes == relations);

    for (const QString& text :
         {QStringLiteral("中国"), QStringLiteral("OpenAI"), QStringLiteral("ｏｐｅｎａｉ"),
          QStringLiteral("AI"), QStringLiteral("オープンソース"), QStringLiteral("GPT-5")}) {
        INFO(text.toStdString());
        std::vector<NodeId> fromFile;
        for (const NodeData& node : valueOf(query->search(text, 10)))
            fromFile.push_back(node.id);
        CHECK(fromFile == valueOf(document->search(text, 10)));
    }

    for (const QString& label :
         {QStringLiteral("China"), QStringLiteral("中国"), QStringLiteral("ｃｈｉｎａ"),
          QStringLiteral("OpenAI"), QStringLiteral("3")}) {
        INFO(label.toStdString());
        CHECK(valueOf(query->findNode(label)).id == valueOf(findNode(*document, label)));
    }
    CHECK_FALSE(query->findNode(QStringLiteral("Atlantis")).ok());

    // Listings: every node and relation with its properties, in id order.
    std::vector<NodeData> listed;
    test::requireOk(
        query->forEachNode(true, [&](const NodeData& node) { listed.push_back(node); }));
    REQUIRE(listed.size() == document->graph().nodeCount());
    for (size_t i = 0; i < listed.size(); ++i)
        CHECK(listed[i] == *document->graph().node(document->graph().nodeIds()[i]));
    std::vector<EdgeData> edges;
    test::requireOk(query->forEachEdge(true, [&](const EdgeData& edge) { edges.push_back(edge); }));
    REQUIRE(edges.size() == document->graph().edgeCount());
    for (size_t i = 0; i < edges.size(); ++i)
        CHECK(edges[i] == *document->graph().edge(document->graph().edgeIds()[i]));

    for (NodeId centre : {valueOf(findNode(*document, QStringLiteral("China"))),
                          valueOf(findNode(*document, QStringLiteral("OpenAI")))})
        for (int depth = 1; depth <= 3; ++depth)
            CHECK(valueOf(query->neighbourhood(centre, depth)) ==
                  neighbourhood(document->graph(), centre, depth));

    // A big map's work shared with a second connection (here on the small map) gives the same.
    auto sharing = valueOf(MapQuery::open(path));
    sharing->setShareWorkFrom(0);
    const MapStore::Counts sharedCounts = valueOf(sharing->counts());
    CHECK(sharedCounts.nodes == counts.nodes);
    CHECK(sharedCounts.edges == counts.edges);
    CHECK(sharedCounts.nodeTypes == counts.nodeTypes);
    CHECK(sharedCounts.relationTypes == counts.relationTypes);
    for (NodeId centre : {valueOf(findNode(*document, QStringLiteral("China"))),
                          valueOf(findNode(*document, QStringLiteral("OpenAI"))), NodeId(999999)})
        for (int depth = 0; depth <= 3; ++depth)
            CHECK(valueOf(sharing->neighbourhood(centre, depth)) ==
                  neighbourhood(document->graph(), centre, depth));
    // Over the size from which the rows are read in two halves, each half with nodes of the
    // map; ids no node has are left out.
    std::vector<qint64> ids;
    qint64 missing = 10000000;
    for (NodeId id : document->graph().nodeIds()) {
        ids.push_back(id.value);
        for (int i = 0; i < 30; ++i)
            ids.push_back(++missing);
    }
    REQUIRE(ids.size() >= 1000);
    const std::vector<NodeData> read = valueOf(sharing->nodes(ids));
    REQUIRE(read.size() == document->graph().nodeCount());
    for (size_t i = 0; i < read.size(); ++i)
        CHECK(read[i] == *document->graph().node(document->graph().nodeIds()[i]));
}

TEST_CASE("Paths found on the file's shape equal the loaded map's, with the same evidence",
          "[core][query]") {
    test::TempFolder folder;
    const QString path = folder.file(QStringLiteral("bundled.kizuna"));
    test::writeBundledMap(path);
    auto document = test::openMap(path);
    auto query = valueOf(MapQuery::open(path));
    const auto shape = valueOf(query->shape());
    REQUIRE(shape->nodeCount() == document->graph().nodeCount());
    REQUIRE(shape->edgeCount() == document->graph().edgeCount());
    const std::vector<NodeId> ids = document->graph().nodeIds();
    PathOptions around;
    around.undirected = true;
    around.avoidTypes = {QStringLiteral("country")};
    int found = 0, cited = 0;
    for (size_t i = 0; i < ids.size(); i += 3)
        for (size_t j = 1; j < ids.size(); j += 7)
            for (const PathOptions& options : {PathOptions{}, around}) {
                const auto loaded = shortestPaths(document->graph(), ids[i], ids[j], options);
                const auto fromFile = shortestPaths(*shape, ids[i], ids[j], options);
                REQUIRE(fromFile.size() == loaded.size());
                for (size_t k = 0; k < loaded.size(); ++k) {
                    REQUIRE(fromFile[k].size() == loaded[k].size());
                    std::vector<qint64> edges;
                    for (size_t h = 0; h < loaded[k].size(); ++h) {
                        CHECK(fromFile[k][h].node == loaded[k][h].node);
                        CHECK(fromFile[k][h].edge == loaded[k][h].edge);
                        CHECK(fromFile[k][h].forward == loaded[k][h].forward);
                        if (loaded[k][h].edge.isValid())
                            edges.push_back(loaded[k][h].edge.value);
                    }
                    const Provenance evidence = valueOf(query->provenanceOf(edges));
                    const auto hops =
                        describePath(document->graph(), document->provenance(), loaded[k]);
                    const auto hopsFromFile = describePath(*shape, evidence, fromFile[k]);
                    REQUIRE(hops.size() == hopsFromFile.size());
                    for (size_t h = 0; h < hops.size(); ++h) {
                        CHECK(hopsFromFile[h].relation == hops[h].relation);
                        REQUIRE(hopsFromFile[h].evidence.size() == hops[h].evidence.size());
                        for (size_t e = 0; e < hops[h].evidence.size(); ++e) {
                            CHECK(hopsFromFile[h].evidence[e].title == hops[h].evidence[e].title);
                            CHECK(hopsFromFile[h].evidence[e].excerpt ==
                                  hops[h].evidence[e].excerpt);
                        }
                        cited += !hops[h].evidence.empty();
                    }
                    ++found;
                }
            }
    CHECK(found > 50);
    CHECK(cited > 20); // the bundled map cites its relations
}

TEST_CASE("An ambiguous label read from the file lists the candidates", "[core][query]") {
    test::SampleMap map;
    valueOf(map.doc->addNode(
        test::SampleMap::node(QStringLiteral("company"), QStringLiteral("OpenAI"))));
    auto query = valueOf(MapQuery::open(map.path));
    const auto found = query->findNode(QStringLiteral("openai"));
    REQUIRE_FALSE(found.ok());
    CHECK(found.error().contains(QStringLiteral("ambiguous")));
    CHECK(found.error() == findNode(*map.doc, QStringLiteral("openai")).error());
}

TEST_CASE("A two-character label outside the basic plane is found by lookup and search",
          "[core][query]") {
    test::SampleMap map;
    // 𠮷田: two characters, three UTF-16 units; too short for the trigram index.
    const NodeId yoshida = valueOf(map.doc->addNode(
        test::makeNode(QStringLiteral("person"), Labels{{}, QStringLiteral("𠮷田"), {}})));
    auto query = valueOf(MapQuery::open(map.path));
    CHECK(valueOf(query->findNode(QStringLiteral("𠮷田"))).id == yoshida);
    const auto hits = valueOf(map.doc->search(QStringLiteral("𠮷田"), 5));
    REQUIRE(hits.size() == 1);
    CHECK(hits.front() == yoshida);
    CHECK(valueOf(query->search(QStringLiteral("𠮷田"), 5)).front().id == yoshida);
}
