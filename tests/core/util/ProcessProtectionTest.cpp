#include "core/util/ProcessProtection.h"

#include <catch2/catch_test_macros.hpp>
#include <sys/resource.h>

using namespace palisade;

TEST_CASE("ProcessProtection keeps the process out of core dumps", "[util][security]")
{
    REQUIRE(ProcessProtection::disableCoreDumps());
    rlimit limit{};
    REQUIRE(getrlimit(RLIMIT_CORE, &limit) == 0);
    CHECK(limit.rlim_cur == 0);
    CHECK(limit.rlim_max == 0);
    // Asking again is harmless: the limit only goes down.
    CHECK(ProcessProtection::disableCoreDumps());
}
