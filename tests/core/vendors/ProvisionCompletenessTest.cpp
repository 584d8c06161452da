#include "core/vendors/ProvisionCompleteness.h"

#include "core/vendors/Agreement.h"
#include "core/vendors/BaaProvision.h"
#include "tests/core/CatchQtStrings.h"

#include <QSet>
#include <catch2/catch_test_macros.hpp>

using namespace palisade;

TEST_CASE("The checklist covers 164.504(e)(2) and 164.314(a)(2)(i) once each", "[vendors]")
{
    const std::vector<BaaProvision>& all = BaaProvision::all();
    REQUIRE(all.size() == 15);
    QSet<QString> keys;
    QSet<QString> citations;
    for (const BaaProvision& provision : all) {
        keys.insert(provision.key);
        citations.insert(provision.citation);
        CHECK_FALSE(provision.label.isEmpty());
    }
    CHECK(keys.size() == 15);
    CHECK(citations.size() == 15);
    CHECK(citations.contains(QStringLiteral("164.504(e)(2)(ii)(J)")));
    CHECK(citations.contains(QStringLiteral("164.504(e)(2)(iii)")));
    CHECK(citations.contains(QStringLiteral("164.314(a)(2)(i)(C)")));
    CHECK(BaaProvision::find(QStringLiteral("return_destroy"))->citation ==
          QStringLiteral("164.504(e)(2)(ii)(J)"));
    CHECK(BaaProvision::find(QStringLiteral("no_such_thing")) == nullptr);
}

TEST_CASE("A checklist holds every provision in order, whatever was marked", "[vendors]")
{
    const std::vector<ProvisionCheck> checks = BaaProvision::checklist({
        ProvisionCheck{QStringLiteral("termination"), ProvisionState::Present,
                       QStringLiteral("§9")},
        ProvisionCheck{QStringLiteral("unknown"), ProvisionState::Present, {}},
    });
    REQUIRE(checks.size() == BaaProvision::all().size());
    for (std::size_t i = 0; i < checks.size(); ++i)
        CHECK(checks[i].provision == BaaProvision::all()[i].key);
    const auto termination =
        std::find_if(checks.begin(), checks.end(), [](const ProvisionCheck& c) {
            return c.provision == QStringLiteral("termination");
        });
    CHECK(termination->state == ProvisionState::Present);
    CHECK(termination->clauseReference == QStringLiteral("§9"));
    CHECK(std::count_if(checks.begin(), checks.end(), [](const ProvisionCheck& c) {
              return c.state == ProvisionState::Unchecked;
          }) == 14);
}

TEST_CASE("Completeness counts present among applicable provisions", "[vendors]")
{
    Agreement agreement;
    agreement.provisions = BaaProvision::checklist({});
    ProvisionCompleteness none = ProvisionCompleteness::of(agreement);
    CHECK(none.unchecked == 15);
    CHECK(none.percent() == 0);
    CHECK_FALSE(none.complete());

    for (ProvisionCheck& check : agreement.provisions)
        check.state = ProvisionState::Present;
    agreement.provisions[0].state = ProvisionState::Missing;
    agreement.provisions[1].state = ProvisionState::NotApplicable;
    agreement.provisions[2].state = ProvisionState::NotApplicable;
    const ProvisionCompleteness mostly = ProvisionCompleteness::of(agreement);
    CHECK(mostly.present == 12);
    CHECK(mostly.missing == 1);
    CHECK(mostly.notApplicable == 2);
    CHECK(mostly.applicable() == 13);
    CHECK(mostly.percent() == 92);
    CHECK(mostly.summary() == QStringLiteral("12 of 13 present (92%)"));

    for (ProvisionCheck& check : agreement.provisions)
        check.state = ProvisionState::NotApplicable;
    CHECK(ProvisionCompleteness::of(agreement).percent() == 100);
    CHECK(ProvisionCompleteness::of(agreement).complete());
}
