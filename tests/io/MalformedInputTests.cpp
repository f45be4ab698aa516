// Bad input is refused with the file, the line/column or record, and the reason; the map is
// unchanged (byte for byte), through kizuna-cli as a script would meet it.
#include "IoTestSupport.h"

#include <catch2/catch.hpp>

using namespace kizuna;
using namespace kizuna::test;

namespace {

struct BadInput {
    const char* name;
    QByteArray content;
    QStringList expected; // all must appear in the message
};

} // namespace

TEST_CASE("Malformed files are refused with where and why, and the map is left unchanged",
          "[io][malformed]") {
    const std::vector<BadInput> cases = {
        {"broken.graphml",
         "<?xml version=\"1.0\"?>\n<graphml><graph>\n<node id=\"a\">\n</graph></graphml>\n",
         {QStringLiteral("broken.graphml"), QStringLiteral("line 4")}},
        {"dangling.graphml",
         "<graphml><graph edgedefault=\"directed\"><node id=\"a\"/>\n<edge source=\"a\" "
         "target=\"ghost\"/></graph></graphml>",
         {QStringLiteral("line 2"), QStringLiteral("\"ghost\" is not a node")}},
        {"nested.graphml",
         "<graphml><graph><node id=\"a\">\n<graph id=\"inner\"/></node></graph></graphml>",
         {QStringLiteral("nested graphs are not supported")}},
        {"hyper.graphml",
         "<graphml><graph><node id=\"a\"/><node id=\"b\"/>\n<hyperedge><endpoint "
         "node=\"a\"/></hyperedge></graph></graphml>",
         {QStringLiteral("hyperedges are not supported")}},
        {"typed.graphml",
         "<graphml><key id=\"p\" for=\"node\" attr.name=\"population\" "
         "attr.type=\"int\"/><graph>\n<node id=\"a\"><data "
         "key=\"p\">many</data></node></graph></graphml>",
         {QStringLiteral("population"), QStringLiteral("declared int")}},
        {"laughs.graphml",
         "<?xml version=\"1.0\"?>\n<!DOCTYPE lolz [<!ENTITY lol \"lol\"><!ENTITY lol2 "
         "\"&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;\">"
         "<!ENTITY lol3 "
         "\"&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;\">]>\n<graphml><graph><node "
         "id=\"&lol3;\"/></graph></graphml>",
         {QStringLiteral("DTD")}},
        {"hierarchy.gexf",
         "<gexf version=\"1.3\"><graph><nodes><node id=\"a\">\n<nodes><node "
         "id=\"b\"/></nodes></node></nodes></graph></gexf>",
         {QStringLiteral("hierarchical graphs")}},
        {"dates.gexf",
         "<gexf><graph mode=\"dynamic\"><nodes>\n<node id=\"a\" "
         "start=\"2025-13-01\"/></nodes></graph></gexf>",
         {QStringLiteral("line 2"), QStringLiteral("2025-13-01"), QStringLiteral("not a date")}},
        {"syntax.dot",
         "digraph {\n  a -> b\n  c -> [color=red]\n}\n",
         {QStringLiteral("line 3"), QStringLiteral("expected a node")}},
        {"mixed.dot", "graph {\n a -> b\n}\n", {QStringLiteral("'->' in an undirected graph")}},
        {"dangling.cyjs",
         "{\"elements\": {\"nodes\": [{\"data\": {\"id\": \"a\"}}],\n\"edges\": [{\"data\": "
         "{\"source\": \"a\", \"target\": \"b\"}}]}}",
         {QStringLiteral("elements.edges[0]"), QStringLiteral("\"b\" is not a node")}},
        {"broken.json",
         "{\"format\": \"kizuna-map\",\n \"nodes\": [\n",
         {QStringLiteral("broken.json"), QStringLiteral("line 3")}},
        {"quote.csv",
         "id,label\n1,fine\n2,\"not closed\n3,x\n",
         {QStringLiteral("quote.csv: line 3, column 3"), QStringLiteral("not closed")}},
        {"stray.csv",
         "id,label\n1,ab\"cd\n",
         {QStringLiteral("line 2"), QStringLiteral("quote inside an unquoted field")}},
        {"width.csv",
         "id,label,type\n1,a,company\n2,b\n",
         {QStringLiteral("line 3"), QStringLiteral("2 fields")}},
        {"date.csv",
         "id,label,valid_from\n1,a,2025-07\n2,b,2025-13\n",
         {QStringLiteral("line 3"), QStringLiteral("2025-13")}},
        {"latin1.csv",
         "id,label\n1,Caf\xe9\n",
         {QStringLiteral("line 2, column 6"), QStringLiteral("not valid UTF-8")}},
        {"noid.csv", "name,type\na,company\n", {QStringLiteral("no id column")}},
    };
    for (const BadInput& bad : cases) {
        DYNAMIC_SECTION(bad.name) {
            TempFolder folder;
            const QString map = folder.file(QStringLiteral("map.kizuna"));
            writeBundledMap(map);
            const QByteArray before = fileHash(map);
            const QString input = folder.file(QLatin1String(bad.name));
            writeFile(input, bad.content);
            const CliResult result = runCli({QStringLiteral("import"), map, input});
            INFO(result.err.toStdString());
            CHECK(result.exitCode == 1);
            for (const QString& expected : bad.expected)
                CHECK(result.err.contains(expected));
            CHECK(fileHash(map) == before);
        }
    }
}

TEST_CASE("An edges table naming a node that is not in the nodes table is refused",
          "[io][malformed]") {
    TempFolder folder;
    const QString map = folder.file(QStringLiteral("map.kizuna"));
    writeBundledMap(map);
    const QByteArray before = fileHash(map);
    writeFile(folder.file(QStringLiteral("n.csv")), "id,label\na,A\nb,B\n");
    writeFile(folder.file(QStringLiteral("e.csv")),
              "source,target,relation\na,b,partners_with\nb,zz,partners_with\n");
    const CliResult result =
        runCli({QStringLiteral("import"), map, folder.file(QStringLiteral("n.csv")),
                QStringLiteral("--edges"), folder.file(QStringLiteral("e.csv"))});
    CHECK(result.exitCode == 1);
    CHECK(result.err.contains(QStringLiteral("e.csv: line 3")));
    CHECK(result.err.contains(QStringLiteral("\"zz\"")));
    CHECK(fileHash(map) == before);
}

TEST_CASE("A relation the map's schema does not allow refuses the whole import",
          "[io][malformed]") {
    TempFolder folder;
    const QString map = folder.file(QStringLiteral("map.kizuna"));
    writeBundledMap(map);
    const QByteArray before = fileHash(map);
    // "issued" only goes from countries, bodies or persons to policies in the bundled schema.
    writeFile(folder.file(QStringLiteral("n.csv")),
              "id,label,type\na,Acme,company\nb,Beta,company\n");
    writeFile(folder.file(QStringLiteral("e.csv")), "source,target,relation\na,b,issued\n");
    const CliResult result =
        runCli({QStringLiteral("import"), map, folder.file(QStringLiteral("n.csv")),
                QStringLiteral("--edges"), folder.file(QStringLiteral("e.csv"))});
    CHECK(result.exitCode == 1);
    CHECK(result.err.contains(QStringLiteral("the map is unchanged")));
    CHECK(result.err.contains(QStringLiteral("\"issued\" is not allowed")));
    CHECK(fileHash(map) == before);
}
