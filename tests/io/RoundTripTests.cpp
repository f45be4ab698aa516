// Every format: export the bundled map, import it into an empty map, and compare what the format
// can carry (see the README's table of what each format cannot carry).
#include "IoTestSupport.h"
#include "io/MapJsonWriter.h"

#include <catch2/catch.hpp>

using namespace kizuna;
using namespace kizuna::test;

TEST_CASE("Kizuna JSON export imports back into an identical map", "[io][roundtrip]") {
    TempFolder folder;
    writeBundledMap(folder.file(QStringLiteral("original.kizuna")));
    auto original = openMap(folder.file(QStringLiteral("original.kizuna")));
    const QString json = folder.file(QStringLiteral("map.json"));
    REQUIRE(writeGraphFile(*original, json, GraphFormat::KizunaJson).ok());
    auto copy = importIntoNewMap(json, folder.file(QStringLiteral("copy.kizuna")));
    // Same bytes when exported again: schema, sources, citations, ids, positions and all.
    CHECK(mapJson(*copy) == mapJson(*original));
    CHECK(copy->info().name == original->info().name);
    CHECK(copy->graph().nodeIds() == original->graph().nodeIds());
    CHECK(copy->provenance().sources() == original->provenance().sources());
}

TEST_CASE("Every interchange format carries nodes, edges, types, properties, appearance overrides "
          "and dates both ways",
          "[io][roundtrip]") {
    const auto [format, extension] =
        GENERATE(table<GraphFormat, const char*>({{GraphFormat::Csv, "csv"},
                                                  {GraphFormat::GraphMl, "graphml"},
                                                  {GraphFormat::Gexf, "gexf"},
                                                  {GraphFormat::Dot, "dot"},
                                                  {GraphFormat::CytoscapeJson, "cyjs"}}));
    DYNAMIC_SECTION("format " << extension) {
        TempFolder folder;
        writeBundledMap(folder.file(QStringLiteral("original.kizuna")));
        auto original = openMap(folder.file(QStringLiteral("original.kizuna")));
        // Give the map what a format could lose: an edge property, a property named like a field,
        // a full date, a confidence, text with XML, CSV and DOT specials.
        const NodeId first = original->graph().nodeIds().front();
        NodeData node = *original->graph().node(first);
        node.properties.insert(QStringLiteral("type"), QStringLiteral("a property called type"));
        node.properties.insert(QStringLiteral("note"),
                               QStringLiteral("quotes \" commas, <tags> & \\backslash\nnewline"));
        node.validTo = QStringLiteral("2026-03-31");
        REQUIRE(original->updateNode(node).ok());
        const EdgeId firstEdge = original->graph().edgeIds().front();
        EdgeData edge = *original->graph().edge(firstEdge);
        edge.properties.insert(QStringLiteral("weight"), QStringLiteral("0.5"));
        edge.validFrom = QStringLiteral("2025");
        edge.confidence = 0.25;
        REQUIRE(original->updateEdge(edge).ok());
        // Appearance overrides travel natively (GEXF viz, DOT attributes, Cytoscape style) or as
        // properties (CSV, GraphML); elements without them must not gain their type's look.
        addStyleOverrides(*original);

        const QString path = folder.file(QStringLiteral("map.") + QLatin1String(extension));
        REQUIRE(writeGraphFile(*original, path, format).ok());
        CsvOptions csv;
        if (format == GraphFormat::Csv)
            csv.edgesPath = defaultEdgesPath(path);
        auto copy = importIntoNewMap(path, folder.file(QStringLiteral("copy.kizuna")), csv);

        REQUIRE(copy->graph().nodeCount() == original->graph().nodeCount());
        REQUIRE(copy->graph().edgeCount() == original->graph().edgeCount());
        std::map<qint64, NodeId> copyOf; // original id -> id in the copy
        for (NodeId id : original->graph().nodeIds()) {
            const NodeData& before = *original->graph().node(id);
            const NodeData* after = findByLabels(*copy, before.labels);
            REQUIRE(after);
            copyOf[id.value] = after->id;
            CHECK(after->type == before.type);
            CHECK(after->description == before.description);
            CHECK(after->properties == before.properties);
            CHECK(after->validFrom == before.validFrom);
            CHECK(after->validTo == before.validTo);
            REQUIRE(after->position.has_value() == before.position.has_value());
            if (before.position) {
                CHECK(after->position->x() == Approx(before.position->x()));
                CHECK(after->position->y() == Approx(before.position->y()));
            }
        }
        // Edges: the same multiset of (relation, source, target, label, dates, confidence,
        // properties).
        auto key = [](const EdgeData& e, qint64 source, qint64 target) {
            QStringList properties;
            for (auto it = e.properties.begin(); it != e.properties.end(); ++it)
                properties << it.key() + QLatin1Char('=') + it.value();
            return std::make_tuple(e.relation, source, target, e.label, e.validFrom, e.validTo,
                                   e.confidence.value_or(-1), properties.join(QLatin1Char('\n')));
        };
        std::multiset<decltype(key(edge, 0, 0))> before, after;
        original->graph().forEachEdge([&](const EdgeData& e) {
            before.insert(key(e, copyOf.at(e.source.value).value, copyOf.at(e.target.value).value));
        });
        copy->graph().forEachEdge(
            [&](const EdgeData& e) { after.insert(key(e, e.source.value, e.target.value)); });
        CHECK(after == before);
        // Every type in use comes back under the same key.
        original->graph().forEachNode(
            [&](const NodeData& n) { CHECK(copy->schema().nodeType(n.type)); });
        original->graph().forEachEdge(
            [&](const EdgeData& e) { CHECK(copy->schema().relationType(e.relation)); });
    }
}
