// IdRanges: the provisional ids a document has handed out, kept as runs of consecutive ids.
#include "document/IdRanges.h"

#include <catch2/catch.hpp>
#include <random>
#include <set>

using kizuna::IdRanges;

TEST_CASE("IdRanges holds the ids put in and no others, however they are added and removed",
          "[core][ids]") {
    IdRanges ranges;
    CHECK(ranges.empty());
    for (qint64 id = 10; id <= 20; ++id) // one run
        ranges.insert(id);
    CHECK(ranges.contains(10));
    CHECK(ranges.contains(20));
    CHECK_FALSE(ranges.contains(9));
    CHECK_FALSE(ranges.contains(21));

    ranges.erase(15); // splits the run
    CHECK_FALSE(ranges.contains(15));
    CHECK(ranges.contains(14));
    CHECK(ranges.contains(16));
    ranges.erase(10); // the first id of a run
    ranges.erase(20); // the last
    CHECK_FALSE(ranges.contains(10));
    CHECK_FALSE(ranges.contains(20));
    CHECK(ranges.contains(11));
    CHECK(ranges.contains(19));
    ranges.insert(15); // joins two runs again
    for (qint64 id = 11; id <= 19; ++id)
        CHECK(ranges.contains(id));
    ranges.insert(15); // twice is once
    ranges.erase(15);
    CHECK_FALSE(ranges.contains(15));
    ranges.erase(99); // not there: nothing happens
    CHECK(ranges.count(14) == 1);
    CHECK(ranges.count(15) == 0);

    SECTION("against a std::set, in random order") {
        IdRanges random;
        std::set<qint64> expected;
        std::mt19937 generator(7);
        std::uniform_int_distribution<qint64> pick(0, 200);
        for (int step = 0; step < 20000; ++step) {
            const qint64 id = pick(generator);
            if (generator() % 3 == 0) {
                random.erase(id);
                expected.erase(id);
            } else {
                random.insert(id);
                expected.insert(id);
            }
            if (step % 500 == 0)
                for (qint64 probe = -1; probe <= 201; ++probe)
                    REQUIRE(random.contains(probe) == (expected.count(probe) == 1));
        }
        for (qint64 id : std::set<qint64>(expected))
            random.erase(id);
        CHECK(random.empty());
    }
}
