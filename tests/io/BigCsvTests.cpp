// A big edges table is read by two threads, each from a record boundary (io/CsvFormat.cpp). What
// comes out must be what one thread reads: every relation in file order, quoted fields with line
// breaks whole, and the first error of the file with its true line number.
#include "IoTestSupport.h"
#include "io/CsvFormat.h"
#include "io/CsvParser.h"

#include <catch2/catch.hpp>
#include <cstdlib>
#include <map>

using namespace kizuna;

namespace {

constexpr int kNodes = 1000;
constexpr int kEdges = 150000; // about 6 MB: over the 4 MB from which the table is split

struct BigTable {
    QByteArray csv;
    std::vector<int> lineOf; // each relation's line in the file
};

// Relations e0..eN; every 500th, and all of those around the middle, have a note that is quoted
// and holds a comma and a line break, so the middle of the file is inside quoted fields.
BigTable bigEdgesTable(const std::map<int, QByteArray>& confidenceAt = {}) {
    BigTable table;
    table.csv = "source,target,type,label,note,confidence\n";
    int line = 2;
    for (int i = 0; i < kEdges; ++i) {
        const bool multiLine = i % 500 == 0 || std::abs(i - kEdges / 2) < 40;
        table.lineOf.push_back(line);
        auto confidence = confidenceAt.find(i);
        table.csv += "n" + QByteArray::number(i % kNodes) + ",n" +
                     QByteArray::number((i * 7) % kNodes) + ",supplies,e" + QByteArray::number(i) +
                     (multiLine ? ",\"a, b\nline two\"," : ",plain,") +
                     (confidence == confidenceAt.end() ? QByteArray() : confidence->second) + "\n";
        line += multiLine ? 2 : 1;
    }
    return table;
}

void writeNodes(const QString& path) {
    QByteArray csv = "id,type,label\n";
    for (int i = 0; i < kNodes; ++i)
        csv += "n" + QByteArray::number(i) + ",company,Node " + QByteArray::number(i) + "\n";
    test::writeFile(path, csv);
}

} // namespace

TEST_CASE("A big edges table is read in two halves as one thread reads it", "[io][csv][scale]") {
    test::TempFolder folder;
    const QString nodes = folder.file(QStringLiteral("nodes.csv"));
    const QString edges = folder.file(QStringLiteral("edges.csv"));
    writeNodes(nodes);
    CsvOptions options;
    options.edgesPath = edges;

    SECTION("every relation, in file order, with its fields") {
        const BigTable table = bigEdgesTable();
        REQUIRE(table.csv.size() > (qsizetype(4) << 20));
        test::writeFile(edges, table.csv);
        const auto read = readCsv(nodes, options);
        REQUIRE(read);
        const ImportedGraph& graph = read.value();
        REQUIRE(graph.contents.edges.size() == size_t(kEdges));
        const qint64 firstId = graph.contents.edges.front().id.value;
        for (int i = 0; i < kEdges; ++i) {
            const EdgeData& edge = graph.contents.edges[size_t(i)];
            INFO("relation " << i);
            REQUIRE(edge.label == QStringLiteral("e%1").arg(i));
            REQUIRE(edge.id.value == firstId + i); // provisional ids go on across the halves
            REQUIRE(edge.source == graph.contents.nodes[size_t(i % kNodes)].id);
            REQUIRE(edge.target == graph.contents.nodes[size_t((i * 7) % kNodes)].id);
            REQUIRE(edge.relation == QStringLiteral("supplies"));
            const bool multiLine = i % 500 == 0 || std::abs(i - kEdges / 2) < 40;
            REQUIRE(edge.properties.value(QStringLiteral("note")) ==
                    (multiLine ? QStringLiteral("a, b\nline two") : QStringLiteral("plain")));
        }
    }
    SECTION("an error in the second half names its own line") {
        const int bad = kEdges * 3 / 4;
        const BigTable table = bigEdgesTable({{bad, "2"}});
        test::writeFile(edges, table.csv);
        const auto read = readCsv(nodes, options);
        REQUIRE_FALSE(read);
        CHECK(read.error().contains(QStringLiteral("edges.csv: line %1:").arg(table.lineOf[bad])));
        CHECK(read.error().contains(QStringLiteral("outside 0..1")));
    }
    SECTION("with errors in both halves the first in the file is the one shown") {
        const int early = kEdges / 10, late = kEdges * 9 / 10;
        const BigTable table = bigEdgesTable({{early, "x"}, {late, "2"}});
        test::writeFile(edges, table.csv);
        const auto read = readCsv(nodes, options);
        REQUIRE_FALSE(read);
        CHECK(read.error().contains(QStringLiteral("line %1:").arg(table.lineOf[early])));
        CHECK(read.error().contains(QStringLiteral("not a number")));
    }
    SECTION("cancelling stops both halves") {
        test::writeFile(edges, bigEdgesTable().csv);
        int calls = 0;
        const auto read = readCsv(nodes, options, [&](qint64, qint64) { return ++calls < 10; });
        REQUIRE_FALSE(read);
        CHECK(read.error().contains(QStringLiteral("cancelled")));
    }
}

TEST_CASE("A record boundary is found outside quoted fields", "[io][csv]") {
    const QByteArray data = "a,b\n1,\"x\ny\"\n2,z\n";
    // From inside the quoted field: the boundary is after its record, not at its line break.
    CHECK(recordBoundaryAfter(data, data.indexOf('x')) == data.indexOf("2,z"));
    CHECK(recordBoundaryAfter(data, 1) == data.indexOf("1,"));
    CHECK(recordBoundaryAfter(data, data.indexOf("2,z")) == -1); // no record after the last
    CHECK(recordBoundaryAfter(data, 0) == -1);
    // Doubled quotes inside a quoted field keep the count even.
    const QByteArray doubled = "1,\"say \"\"hi\"\"\nthere\"\n2,z\n";
    CHECK(recordBoundaryAfter(doubled, doubled.indexOf("hi")) == doubled.indexOf("2,z"));
}
