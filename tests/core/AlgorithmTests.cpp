// Paths, neighbourhoods and metrics on small graphs whose answers are known by hand.
#include "TestSupport.h"
#include "algo/Metrics.h"
#include "algo/Paths.h"

#include <catch2/catch.hpp>
#include <numeric>

using namespace kizuna;

namespace {

// A map with one node type and one directed relation type; nodes named "0", "1", ….
struct SmallGraph {
    test::TempFolder folder;
    std::unique_ptr<GraphDocument> map;
    std::vector<NodeId> nodes;

    explicit SmallGraph(int count) {
        auto created = GraphDocument::create(folder.file(QStringLiteral("g.kizuna")), MapInfo{});
        REQUIRE(created.ok());
        map = std::move(created).value();
        REQUIRE(map->putNodeType(NodeType{QStringLiteral("n"), QStringLiteral("Node"), QString(),
                                          QStringLiteral("#336699"), NodeShape::Ellipse})
                    .ok());
        RelationType r;
        r.key = QStringLiteral("r");
        r.nameEn = QStringLiteral("r");
        r.color = QStringLiteral("#333333");
        REQUIRE(map->putRelationType(r).ok());
        for (int i = 0; i < count; ++i) {
            NodeData node;
            node.type = QStringLiteral("n");
            node.labels.en = QString::number(i);
            nodes.push_back(map->addNode(node).value());
        }
    }
    EdgeId link(int a, int b) {
        EdgeData edge;
        edge.relation = QStringLiteral("r");
        edge.source = nodes[size_t(a)];
        edge.target = nodes[size_t(b)];
        return map->addEdge(edge).value();
    }
};

} // namespace

TEST_CASE("Shortest paths follow edge direction unless told not to, and list every shortest route",
          "[core][algo]") {
    // 0 -> 1 -> 3, 0 -> 2 -> 3 (two shortest routes), and 4 -> 3 (reachable only undirected)
    SmallGraph g(5);
    g.link(0, 1);
    g.link(1, 3);
    g.link(0, 2);
    g.link(2, 3);
    g.link(4, 3);
    const auto both = shortestPaths(g.map->graph(), g.nodes[0], g.nodes[3]);
    REQUIRE(both.size() == 2);
    CHECK(both[0].size() == 3);
    CHECK(both[0].back().node == g.nodes[3]);
    CHECK(shortestPaths(g.map->graph(), g.nodes[0], g.nodes[4]).empty());
    PathOptions undirected;
    undirected.undirected = true;
    const auto around = shortestPaths(g.map->graph(), g.nodes[0], g.nodes[4], undirected);
    REQUIRE(around.size() == 2);
    CHECK(around[0].size() == 4);
    CHECK_FALSE(around[0].back().forward); // 3 -> 4 walks the edge 4 -> 3 backwards
    PathOptions avoid;
    avoid.avoidNodes = {g.nodes[1]};
    const auto detour = shortestPaths(g.map->graph(), g.nodes[0], g.nodes[3], avoid);
    REQUIRE(detour.size() == 1);
    CHECK(detour[0][1].node == g.nodes[2]);
}

TEST_CASE("The k-hop neighbourhood counts hops both ways", "[core][algo]") {
    SmallGraph g(5); // a chain 0 - 1 - 2 - 3 - 4
    for (int i = 0; i < 4; ++i)
        g.link(i, i + 1);
    const auto near = neighbourhood(g.map->graph(), g.nodes[2], 1);
    CHECK(near.size() == 3);
    CHECK(near.at(g.nodes[1]) == 1);
    const auto wider = neighbourhood(g.map->graph(), g.nodes[2], 2);
    CHECK(wider.size() == 5);
    CHECK(wider.at(g.nodes[4]) == 2);
}

TEST_CASE("Betweenness, degree and components on a path graph match the textbook", "[core][algo]") {
    SmallGraph g(6); // 0 - 1 - 2 - 3 - 4, and 5 alone
    for (int i = 0; i < 4; ++i)
        g.link(i, i + 1);
    auto metrics = computeMetrics(g.map->graph());
    REQUIRE(metrics.ok());
    const auto& m = metrics.value();
    CHECK(m[0].betweenness == Approx(0));
    CHECK(m[1].betweenness == Approx(3)); // pairs (0,2) (0,3) (0,4)
    CHECK(m[2].betweenness == Approx(4));
    CHECK(m[3].betweenness == Approx(3));
    CHECK(m[2].degree == 2);
    CHECK(m[2].inDegree == 1);
    CHECK(m[0].component == 0);
    CHECK(m[5].component == 1); // the loner is the smaller component
}

TEST_CASE("A path's hops carry the citations their relations rest on", "[core][algo][paths]") {
    SmallGraph g(3);
    const EdgeId cited = g.link(0, 1);
    const EdgeId uncited = g.link(2, 1); // walked against its direction from 1 to 2
    Source source;
    source.title = QStringLiteral("An article");
    source.url = QStringLiteral("https://example.org/a");
    const SourceId sourceId = g.map->addSource(source).value();
    for (const QString& excerpt : {QStringLiteral("The first sentence."), QStringLiteral("")}) {
        Citation citation;
        citation.elementId = cited.value;
        citation.source = sourceId;
        citation.excerpt = excerpt;
        citation.locator = excerpt.isEmpty() ? QString() : QStringLiteral("§2");
        REQUIRE(g.map->addCitation(citation).ok());
    }
    PathOptions options;
    options.undirected = true;
    const auto paths = shortestPaths(g.map->graph(), g.nodes[0], g.nodes[2], options);
    REQUIRE(paths.size() == 1);
    const auto hops = describePath(g.map->graph(), g.map->provenance(), paths.front());
    REQUIRE(hops.size() == 2);
    CHECK(hops[0].from == g.nodes[0]);
    CHECK(hops[0].to == g.nodes[1]);
    CHECK(hops[0].edge == cited);
    CHECK(hops[0].relation == QStringLiteral("r"));
    CHECK(hops[0].forward);
    REQUIRE(hops[0].evidence.size() == 2); // in citation order
    CHECK(hops[0].evidence[0].source == sourceId);
    CHECK(hops[0].evidence[0].title == QStringLiteral("An article"));
    CHECK(hops[0].evidence[0].url == QStringLiteral("https://example.org/a"));
    CHECK(evidenceText(hops[0].evidence[0]) ==
          QStringLiteral("“The first sentence.” — An article (§2)"));
    CHECK(evidenceText(hops[0].evidence[1]) == QStringLiteral("An article"));
    CHECK(hops[1].edge == uncited);
    CHECK_FALSE(hops[1].forward);
    CHECK(hops[1].evidence.empty());
}

TEST_CASE("PageRank is uniform on a cycle and sums to one", "[core][algo]") {
    SmallGraph g(4);
    for (int i = 0; i < 4; ++i)
        g.link(i, (i + 1) % 4);
    const auto ranks = pageRank(g.map->graph());
    for (double r : ranks)
        CHECK(r == Approx(0.25));
    SmallGraph star(4); // everyone points at 0: 0 ranks highest
    for (int i = 1; i < 4; ++i)
        star.link(i, 0);
    const auto starRanks = pageRank(star.map->graph());
    CHECK(std::accumulate(starRanks.begin(), starRanks.end(), 0.0) == Approx(1.0));
    CHECK(starRanks[0] > starRanks[1] * 2);
}

TEST_CASE("Louvain finds two cliques joined by one edge", "[core][algo]") {
    SmallGraph g(8);
    for (int a = 0; a < 4; ++a)
        for (int b = a + 1; b < 4; ++b) {
            g.link(a, b);
            g.link(a + 4, b + 4);
        }
    g.link(3, 4);
    const auto communities = louvainCommunities(g.map->graph());
    for (int i = 1; i < 4; ++i)
        CHECK(communities[size_t(i)] == communities[0]);
    for (int i = 5; i < 8; ++i)
        CHECK(communities[size_t(i)] == communities[4]);
    CHECK(communities[0] != communities[4]);
}

TEST_CASE("kizuna-cli path answers how Reflection AI is connected to China", "[core][algo][cli]") {
    test::TempFolder folder;
    const QString path = folder.file(QStringLiteral("m.kizuna"));
    test::writeBundledMap(path);
    const test::CliResult result =
        test::runCli({QStringLiteral("path"), path, QStringLiteral("Reflection AI"),
                      QStringLiteral("中国"), QStringLiteral("--undirected")});
    REQUIRE(result.exitCode == 0);
    CHECK(result.out.contains(QStringLiteral("Reflection AI -[based_in]-> アメリカ")));
    CHECK(result.out.contains(QStringLiteral("中国")));
    const test::CliResult metrics =
        test::runCli({QStringLiteral("metrics"), path, QStringLiteral("--json")});
    REQUIRE(metrics.exitCode == 0);
    CHECK(metrics.out.count(QLatin1Char('\n')) == 40); // one line per node
}
