// Hostile input (issue #15): files built to exhaust the stack or memory are refused with the file,
// where and why, before they can; a refused import changes no map and creates none. The minimal
// inputs live in tests/fixtures/hostile/ (the large ones are generated here).
#include "IoTestSupport.h"

#include <QDir>
#include <QFileInfo>
#include <catch2/catch.hpp>
#include <set>

using namespace kizuna;
using namespace kizuna::test;

namespace {

QString hostile(const QString& name) {
    return QStringLiteral(KIZUNA_FIXTURES_DIR "/hostile/") + name;
}

// Sets an environment variable for the kizuna-cli runs (and reads) of one test.
struct ScopedEnv {
    QByteArray name;
    ScopedEnv(const char* variable, const QByteArray& value) : name(variable) {
        qputenv(variable, value);
    }
    ~ScopedEnv() { qunsetenv(name.constData()); }
};

// The files in `folder`: a refused import into a new map must leave only its input behind.
QStringList filesIn(const TempFolder& folder) {
    return QDir(folder.dir.path()).entryList(QDir::Files | QDir::Hidden | QDir::System);
}

// Imports `input` into the bundled map; checks it is refused with all of `expected` in the
// message and that the map is unchanged byte for byte.
void checkRefusedIntoBundledMap(const QString& input, const QStringList& expected,
                                const QStringList& extra = {}) {
    TempFolder folder;
    const QString map = folder.file(QStringLiteral("map.kizuna"));
    writeBundledMap(map);
    const QByteArray before = fileHash(map);
    const CliResult result = runCli(QStringList{QStringLiteral("import"), map, input} + extra);
    INFO(result.err.toStdString());
    CHECK(result.exitCode == 1);
    for (const QString& text : expected)
        CHECK(result.err.contains(text));
    CHECK(fileHash(map) == before);
}

// Imports `input` into a map that does not exist; checks it is refused and no file is left.
void checkRefusedIntoNewMap(const QString& input, const QStringList& expected,
                            const QStringList& extra = {}) {
    TempFolder folder;
    const QString map = folder.file(QStringLiteral("new.kizuna"));
    const QStringList before = filesIn(folder);
    const CliResult result = runCli(QStringList{QStringLiteral("import"), map, input} + extra);
    INFO(result.err.toStdString());
    CHECK(result.exitCode == 1);
    for (const QString& text : expected)
        CHECK(result.err.contains(text));
    CHECK_FALSE(QFileInfo::exists(map));
    CHECK(filesIn(folder) == before);
}

QByteArray nestedDot(int levels) {
    return "digraph{" + QByteArray(levels, '{') + "a->b" + QByteArray(levels, '}') + "}\n";
}

} // namespace

TEST_CASE("DOT subgraphs nested deeper than 200 levels are refused with the file, line and column",
          "[io][hostile][dot]") {
    SECTION("200 levels are read") {
        TempFolder folder;
        auto document =
            importIntoNewMap(hostile(QStringLiteral("nested-200.dot")), folder.file("m.kizuna"));
        CHECK(document->graph().nodeCount() == 2);
        CHECK(document->graph().edgeCount() == 1);
    }
    SECTION("201 levels are refused and the map is unchanged") {
        checkRefusedIntoBundledMap(hostile(QStringLiteral("nested-201.dot")),
                                   {QStringLiteral("nested-201.dot: line 1, column 209"),
                                    QStringLiteral("subgraphs nested deeper than 200 levels")});
    }
}

TEST_CASE("A DOT file nested 12,000 levels deep is refused without a crash and leaves no new map",
          "[io][hostile][dot]") {
    TempFolder inputs;
    const QString input = inputs.file(QStringLiteral("deep.dot"));
    writeFile(input, nestedDot(12000));
    checkRefusedIntoNewMap(input, {QStringLiteral("deep.dot: line 1, column 209"),
                                   QStringLiteral("nested deeper than 200 levels")});
    checkRefusedIntoBundledMap(input, {QStringLiteral("deep.dot: line 1, column 209")});
}

TEST_CASE("One DOT edge statement makes at most 100,000 edges", "[io][hostile][dot]") {
    const QString input = hostile(QStringLiteral("cross-product.dot"));
    const QStringList expected = {QStringLiteral("cross-product.dot: line 3, column 3"),
                                  QStringLiteral("102,400 edges"), QStringLiteral("100,000")};
    checkRefusedIntoBundledMap(input, expected);
    checkRefusedIntoNewMap(input, expected);
}

TEST_CASE("A DOT file makes at most KIZUNA_MAX_IMPORT_ELEMENTS nodes and edges",
          "[io][hostile][dot]") {
    const QString input = hostile(QStringLiteral("elements.dot")); // 8 nodes, 16 edges
    SECTION("24 are read") {
        ScopedEnv limit("KIZUNA_MAX_IMPORT_ELEMENTS", "24");
        TempFolder folder;
        const CliResult result =
            runCli({QStringLiteral("import"), folder.file(QStringLiteral("m.kizuna")), input});
        INFO(result.err.toStdString());
        CHECK(result.exitCode == 0);
    }
    SECTION("more than 20 are refused where the 21st is made") {
        ScopedEnv limit("KIZUNA_MAX_IMPORT_ELEMENTS", "20");
        const QStringList expected = {QStringLiteral("elements.dot: line 5, column 3"),
                                      QStringLiteral("more than 20 nodes and edges"),
                                      QStringLiteral("KIZUNA_MAX_IMPORT_ELEMENTS")};
        checkRefusedIntoBundledMap(input, expected);
        checkRefusedIntoNewMap(input, expected);
    }
    SECTION("a limit that is not a number is refused") {
        ScopedEnv limit("KIZUNA_MAX_IMPORT_ELEMENTS", "many");
        checkRefusedIntoNewMap(
            input, {QStringLiteral("KIZUNA_MAX_IMPORT_ELEMENTS"), QStringLiteral("\"many\"")});
    }
}

TEST_CASE("A DOT edge to a set with a repeated member is made once, as Graphviz draws it",
          "[io][hostile][dot]") {
    TempFolder folder;
    auto document = importIntoNewMap(hostile(QStringLiteral("repeated-members.dot")),
                                     folder.file(QStringLiteral("m.kizuna")));
    const KnowledgeGraph& graph = document->graph();
    std::multiset<std::pair<QString, QString>> edges;
    for (EdgeId id : graph.edgeIds()) {
        const EdgeData& edge = *graph.edge(id);
        edges.emplace(graph.node(edge.source)->labels.en, graph.node(edge.target)->labels.en);
    }
    using Pair = std::pair<QString, QString>;
    const std::multiset<Pair> expected = {Pair{"a", "b"}, Pair{"a", "c"}, Pair{"x", "y"},
                                          Pair{"p", "q"}, Pair{"p", "r"}};
    CHECK(edges == expected);
}

TEST_CASE("Every importer refuses a file larger than KIZUNA_MAX_IMPORT_BYTES",
          "[io][hostile][limits]") {
    TempFolder folder;
    const QString json = folder.file(QStringLiteral("map.json"));
    writeFile(json, "{\"format\": \"kizuna-map\", \"version\": 1,\n \"nodes\": [], \"edges\": [],\n"
                    " \"schema\": {\"node_types\": [], \"relation_types\": []}}\n");
    const std::vector<std::pair<QString, QString>> inputs = {
        {QStringLiteral("csv"), fixture(QStringLiteral("networkx-karate-nodes.csv"))},
        {QStringLiteral("graphml"), fixture(QStringLiteral("networkx-karate.graphml"))},
        {QStringLiteral("gexf"), fixture(QStringLiteral("networkx.gexf"))},
        {QStringLiteral("dot"), fixture(QStringLiteral("graphviz-layout.dot"))},
        {QStringLiteral("cyjs"), fixture(QStringLiteral("cytoscape.cyjs"))},
        {QStringLiteral("json"), json},
    };
    ScopedEnv limit("KIZUNA_MAX_IMPORT_BYTES", "64");
    for (const auto& [format, input] : inputs) {
        DYNAMIC_SECTION(format.toStdString()) {
            const QStringList expected = {
                QFileInfo(input).fileName(),
                QStringLiteral("larger than the import limit of 64 bytes"),
                QStringLiteral("KIZUNA_MAX_IMPORT_BYTES")};
            checkRefusedIntoBundledMap(input, expected, {QStringLiteral("--format"), format});
            checkRefusedIntoNewMap(input, expected, {QStringLiteral("--format"), format});
        }
    }
}

TEST_CASE("/dev/zero is refused with a clear message, not read forever, and leaves no new map",
          "[io][hostile][limits]") {
    const QString zero = QStringLiteral("/dev/zero");
    if (!QFileInfo::exists(zero))
        return;
    for (const QString& format : formatNames()) {
        DYNAMIC_SECTION(format.toStdString() << " with the default limit") {
            checkRefusedIntoNewMap(
                zero, {QStringLiteral("/dev/zero: line 1, column 1"), QStringLiteral("a NUL byte")},
                {QStringLiteral("--format"), format});
        }
        DYNAMIC_SECTION(format.toStdString() << " with a limit of 4K") {
            ScopedEnv limit("KIZUNA_MAX_IMPORT_BYTES", "4K");
            checkRefusedIntoNewMap(zero,
                                   {QStringLiteral("/dev/zero"),
                                    QStringLiteral("larger than the import limit of 4,096 bytes")},
                                   {QStringLiteral("--format"), format});
        }
    }
    SECTION("a limit that is not a size is refused") {
        ScopedEnv limit("KIZUNA_MAX_IMPORT_BYTES", "lots");
        checkRefusedIntoNewMap(
            zero, {QStringLiteral("KIZUNA_MAX_IMPORT_BYTES"), QStringLiteral("\"lots\"")},
            {QStringLiteral("--format"), QStringLiteral("csv")});
    }
}

TEST_CASE("A CSV field longer than 16 MiB is refused with its line and column",
          "[io][hostile][csv]") {
    TempFolder inputs;
    const QString input = inputs.file(QStringLiteral("long.csv"));
    writeFile(input, "id,label\n1,short\n2," + QByteArray(16 * 1024 * 1024 + 1, 'x') + "\n");
    const QStringList expected = {QStringLiteral("long.csv: line 3, column 3"),
                                  QStringLiteral("a field longer than 16 MiB")};
    checkRefusedIntoBundledMap(input, expected);
    checkRefusedIntoNewMap(input, expected);
}

TEST_CASE("A CSV record longer than 64 MiB or of more than 100,000 fields is refused",
          "[io][hostile][csv]") {
    TempFolder inputs;
    SECTION("64 MiB") {
        const QString input = inputs.file(QStringLiteral("wide.csv"));
        const QByteArray field(15 * 1024 * 1024, 'x');
        writeFile(input, "id,a,b,c,d,e\n1," + field + ',' + field + ',' + field + ',' + field +
                             ',' + field + "\n");
        checkRefusedIntoNewMap(input, {QStringLiteral("wide.csv: line 2"),
                                       QStringLiteral("a record longer than 64 MiB")});
    }
    SECTION("100,000 fields") {
        const QString input = inputs.file(QStringLiteral("columns.csv"));
        writeFile(input, "id" + QByteArray(100000, ',') + "\n");
        checkRefusedIntoNewMap(input, {QStringLiteral("columns.csv: line 1"),
                                       QStringLiteral("more than 100,000 fields")});
    }
}
