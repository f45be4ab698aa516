// The importers' table of node ids by key (io/KeyIndex.h), and the columns of a CSV table resolved
// once for the whole file (io/AttributeMapping.h) meaning what they meant value by value.
#include "IoTestSupport.h"
#include "io/CsvFormat.h"
#include "io/KeyIndex.h"

#include <catch2/catch.hpp>

using namespace kizuna;

TEST_CASE("The key index finds every key it was given and no other", "[io][scale]") {
    KeyIndex<qint64> index;
    CHECK(index.find(QStringLiteral("anything")) == nullptr); // empty
    // Short keys (kept in the entry), long ones (compared in place), an empty one, keys that
    // differ only in their last character or beyond the short copy, and enough to grow often.
    std::vector<QString> keys = {QString(),
                                 QStringLiteral("a"),
                                 QStringLiteral("12345678"),
                                 QStringLiteral("12345679"),
                                 QStringLiteral("123456789"),
                                 QStringLiteral("12345678x"),
                                 QStringLiteral("中国"),
                                 QStringLiteral("Paris Institute for Machine Learning 1")};
    for (int i = 0; i < 50000; ++i)
        keys.push_back(i % 2 ? QString::number(i)
                             : QStringLiteral("node-with-a-long-key-%1").arg(i));
    for (size_t i = 0; i < keys.size(); ++i) {
        const auto [value, added] = index.emplace(keys[i], qint64(i));
        REQUIRE(added);
        REQUIRE(value == qint64(i));
    }
    CHECK(index.size() == keys.size());
    for (size_t i = 0; i < keys.size(); ++i) {
        const qint64* found = index.find(keys[i]);
        REQUIRE(found);
        REQUIRE(*found == qint64(i));
    }
    // A key given again keeps its first value.
    const auto [value, added] = index.emplace(QStringLiteral("12345679"), 999);
    CHECK_FALSE(added);
    CHECK(value == 3);
    CHECK(index.size() == keys.size());
    for (const QString& absent :
         {QStringLiteral("1234567"), QStringLiteral("123456780"), QStringLiteral("b"),
          QStringLiteral("中"), QStringLiteral("node-with-a-long-key-1"), QStringLiteral("50000")})
        CHECK(index.find(absent) == nullptr);
}

TEST_CASE("A CSV table's columns mean for every row what their names say", "[io][csv]") {
    test::TempFolder folder;
    const QString nodes = folder.file(QStringLiteral("nodes.csv"));
    const QString edges = folder.file(QStringLiteral("edges.csv"));
    test::writeFile(nodes, "ID, Label ,KIND,prop.type,confidence,X,y,style:color,\n"
                           "a,Alpha,Lab,t1,0.5,1.5,2,#ff0000,ignored\n"
                           "b,Beta,lab,t2,,3,,not a colour,\n");
    test::writeFile(edges, "from,to,Relation,description,Confidence,label\n"
                           "a,b,Supplies To,first,0.25,one\n"
                           "b,a,supplies_to,second,,two\n");
    CsvOptions options;
    options.edgesPath = edges;
    const auto read = readCsv(nodes, options);
    REQUIRE(read);
    const MapContents& graph = read.value().contents;
    REQUIRE(graph.nodes.size() == 2);
    const NodeData &alpha = graph.nodes[0], &beta = graph.nodes[1];
    CHECK(alpha.labels.en == QStringLiteral("Alpha")); // " Label " is the label
    CHECK(alpha.type == QStringLiteral("lab"));        // "KIND" the type
    CHECK(alpha.properties.value(QStringLiteral("type")) == QStringLiteral("t1")); // prop.type
    CHECK(alpha.properties.value(QStringLiteral("confidence")) == QStringLiteral("0.5"));
    CHECK(alpha.position == QPointF(1.5, 2));
    CHECK(alpha.properties.value(QStringLiteral("style:color")) == QStringLiteral("#ff0000"));
    CHECK(alpha.properties.size() == 3);   // the column without a name is left out
    CHECK(beta.position == QPointF(3, 0)); // y left empty
    CHECK_FALSE(beta.properties.contains(QStringLiteral("style:color"))); // not drawable
    CHECK_FALSE(beta.properties.contains(QStringLiteral("confidence")));  // empty value
    REQUIRE(graph.edges.size() == 2);
    CHECK(graph.edges[0].relation == QStringLiteral("supplies_to"));
    CHECK(graph.edges[0].properties.value(QStringLiteral("description")) ==
          QStringLiteral("first")); // a relation has no description field
    CHECK(graph.edges[0].confidence == 0.25);
    CHECK(graph.edges[0].label == QStringLiteral("one"));
    CHECK_FALSE(graph.edges[1].confidence.has_value());

    test::writeFile(nodes, "id,label,x\na,Alpha,1\nb,Beta,east\n");
    const auto refused = readCsv(nodes, CsvOptions{});
    REQUIRE_FALSE(refused);
    CHECK(refused.error().contains(QStringLiteral("line 3: x \"east\" is not a number")));
}
