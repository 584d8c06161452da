#include "core/retention/DisposalOrder.h"

#include "core/retention/RecordTypes.h"

#include <catch2/catch_test_macros.hpp>

using namespace palisade;

TEST_CASE("Disposal puts parts and referring records first", "[retention][disposal]")
{
    const std::vector<RecordRef> order = DisposalOrder::of({{recordtype::policy(), 9},
                                                            {recordtype::asset(), 1},
                                                            {recordtype::agreement(), 2},
                                                            {recordtype::policyRevision(), 8},
                                                            {recordtype::risk(), 3},
                                                            {recordtype::agreementDocument(), 4},
                                                            {recordtype::counterparty(), 5},
                                                            {recordtype::agreement(), 6},
                                                            {recordtype::remediationTask(), 7}});
    const std::vector<RecordRef> expected{{recordtype::agreementDocument(), 4},
                                          {recordtype::remediationTask(), 7},
                                          {recordtype::risk(), 3},
                                          {recordtype::agreement(), 6},
                                          {recordtype::agreement(), 2},
                                          {recordtype::counterparty(), 5},
                                          {recordtype::asset(), 1},
                                          {recordtype::policyRevision(), 8},
                                          {recordtype::policy(), 9}};
    CHECK(order == expected);
    CHECK(DisposalOrder::of({}).empty());
}
