// The view filter: legend types, property values, isolated nodes and the timeline, on a small
// graph whose answer is known by hand.
#include "algo/Visibility.h"

#include <catch2/catch.hpp>

using namespace kizuna;

namespace {

//  1 country "US"  --competes_with [2025-01 .. 2025-06]-->  2 country "China"
//  1 --issued (undated)--> 3 policy "Plan" (valid from 2025-07)
//  4 company "Lonely" (no relations, property hq=Tokyo)
//  5 company "Lab" --partners_with [2024]--> 1
KnowledgeGraph sample() {
    KnowledgeGraph graph;
    auto node = [&](qint64 id, const char* type, const char* label, const char* from = "") {
        NodeData n;
        n.id = NodeId(id);
        n.type = QString::fromLatin1(type);
        n.labels.en = QString::fromLatin1(label);
        n.validFrom = QString::fromLatin1(from);
        graph.insertNode(n);
    };
    node(1, "country", "US");
    node(2, "country", "China");
    node(3, "policy", "Plan", "2025-07");
    node(4, "company", "Lonely");
    node(5, "company", "Lab");
    NodeData lonely = *graph.node(NodeId(4));
    lonely.properties.insert(QStringLiteral("hq"), QStringLiteral("Tokyo, Japan"));
    graph.replaceNode(lonely);
    auto edge = [&](qint64 id, const char* relation, qint64 a, qint64 b, const char* from = "",
                    const char* to = "") {
        EdgeData e;
        e.id = EdgeId(id);
        e.relation = QString::fromLatin1(relation);
        e.source = NodeId(a);
        e.target = NodeId(b);
        e.validFrom = QString::fromLatin1(from);
        e.validTo = QString::fromLatin1(to);
        graph.insertEdge(e);
    };
    edge(10, "competes_with", 1, 2, "2025-01", "2025-06");
    edge(11, "issued", 1, 3);
    edge(12, "partners_with", 5, 1, "2024", "2024");
    return graph;
}

std::set<qint64> sorted(const std::unordered_set<qint64>& ids) {
    return std::set<qint64>(ids.begin(), ids.end());
}

} // namespace

TEST_CASE("An empty filter hides and fades nothing", "[core][filter]") {
    const Visibility v = computeVisibility(sample(), ViewFilter{});
    CHECK(v.hidden.empty());
    CHECK(v.faded.empty());
}

TEST_CASE("Unticked legend types hide their nodes, and relations go with their ends",
          "[core][filter]") {
    const KnowledgeGraph graph = sample();
    ViewFilter filter;
    SECTION("a node type") {
        filter.hiddenNodeTypes << QStringLiteral("company");
        CHECK(sorted(computeVisibility(graph, filter).hidden) == std::set<qint64>{4, 5, 12});
    }
    SECTION("a relation type leaves its nodes") {
        filter.hiddenRelationTypes << QStringLiteral("competes_with");
        CHECK(sorted(computeVisibility(graph, filter).hidden) == std::set<qint64>{10});
    }
    SECTION("hiding isolated nodes counts only shown relations") {
        filter.hideIsolated = true;
        CHECK(sorted(computeVisibility(graph, filter).hidden) == std::set<qint64>{4});
        filter.hiddenRelationTypes << QStringLiteral("competes_with");
        CHECK(sorted(computeVisibility(graph, filter).hidden) == std::set<qint64>{2, 4, 10});
    }
}

TEST_CASE("A property filter keeps nodes whose value contains the text, any case",
          "[core][filter]") {
    ViewFilter filter;
    filter.propertyKey = QStringLiteral("hq");
    filter.propertyValue = QStringLiteral("tokyo");
    const Visibility v = computeVisibility(sample(), filter);
    CHECK(sorted(v.hidden) == std::set<qint64>{1, 2, 3, 5, 10, 11, 12});
    filter.propertyValue = QStringLiteral("Osaka");
    CHECK(computeVisibility(sample(), filter).hidden.count(4) == 1);
}

TEST_CASE("The timeline fades or hides facts outside the range and keeps undated ones",
          "[core][filter][timeline]") {
    const KnowledgeGraph graph = sample();
    ViewFilter filter;
    filter.from = QStringLiteral("2025-03");
    filter.to = QStringLiteral("2025-05");
    SECTION("fading: the 2024 partnership and the July plan, with the edge to it") {
        const Visibility v = computeVisibility(graph, filter);
        CHECK(v.hidden.empty());
        CHECK(sorted(v.faded) == std::set<qint64>{3, 11, 12});
    }
    SECTION("hiding instead") {
        filter.hideOutsideRange = true;
        const Visibility v = computeVisibility(graph, filter);
        CHECK(sorted(v.hidden) == std::set<qint64>{3, 11, 12});
        CHECK(v.faded.empty());
    }
    SECTION("undated facts switched off") {
        filter.showUndated = false;
        filter.hideOutsideRange = true;
        // Every node but the plan is undated, so all go, and their relations with them; the
        // plan is outside the range.
        const Visibility v = computeVisibility(graph, filter);
        CHECK(sorted(v.hidden) == std::set<qint64>{1, 2, 3, 4, 5, 10, 11, 12});
    }
    SECTION("a range reaching July shows the plan") {
        filter.to = QStringLiteral("2025-07");
        CHECK(computeVisibility(graph, filter).faded.count(3) == 0);
    }
}

TEST_CASE("Partial dates overlap as intervals", "[core][filter][timeline]") {
    CHECK(validityOverlaps(QStringLiteral("2025-07"), QString(), QStringLiteral("2025-07-31"),
                           QString()));
    CHECK_FALSE(validityOverlaps(QStringLiteral("2025-08"), QString(), QString(),
                                 QStringLiteral("2025-07")));
    CHECK(validityOverlaps(QString(), QStringLiteral("2024"), QStringLiteral("2024-12-31"),
                           QStringLiteral("2026")));
    CHECK_FALSE(
        validityOverlaps(QString(), QStringLiteral("2024"), QStringLiteral("2025"), QString()));
    CHECK(validityOverlaps(QString(), QString(), QStringLiteral("1900"), QStringLiteral("1901")));
}

TEST_CASE("The dated span runs from the first start to the last end", "[core][timeline]") {
    const auto span = datedSpan(sample());
    REQUIRE(span);
    CHECK(span->first == QDate(2024, 1, 1));
    CHECK(span->last == QDate(2025, 7, 31));
    CHECK_FALSE(datedSpan(KnowledgeGraph{}));
}
