#include "core/risk/RiskRegisterReplay.h"

#include "core/program/Program.h"
#include "core/retention/RecordTypes.h"
#include "core/retention/RetentionRegister.h"
#include "core/risk/AssetRegister.h"
#include "core/risk/RiskRegister.h"
#include "tests/core/CatchQtStrings.h"
#include "tests/core/risk/CatchRiskLevel.h"
#include "tests/support/TemporaryProgram.h"

#include <algorithm>
#include <catch2/catch_test_macros.hpp>

using namespace palisade;
using palisade::test::TemporaryProgram;

namespace {

void setDay(TemporaryProgram& fixture, const QDate& day)
{
    // Midday UTC stays on the same calendar day in every time zone the tests run in.
    fixture.clock().set(QDateTime(day, QTime(12, 0), Qt::UTC));
}

Risk phishing()
{
    Risk risk;
    risk.title = QStringLiteral("Coders fall for credential phishing");
    risk.owner = QStringLiteral("Security Officer");
    risk.inherent = RiskRating{RiskLevel::High, RiskLevel::High};
    risk.identifiedOn = QDate(2026, 1, 5);
    return risk;
}

} // namespace

TEST_CASE("The register is rebuilt as it stood on each past day", "[risk][asof]")
{
    TemporaryProgram fixture;
    RiskRegister& risks = fixture.program().risks();

    setDay(fixture, QDate(2026, 1, 5));
    Risk risk = risks.add(phishing()).value();

    setDay(fixture, QDate(2026, 2, 1));
    risk.status = RiskStatus::InRemediation;
    risk.treatment = RiskTreatment::Mitigate;
    risk.treatmentPlan = QStringLiteral("Phishing-resistant MFA and quarterly simulations");
    risk = risks.update(risk).value();
    RemediationTask task;
    task.riskId = risk.id;
    task.title = QStringLiteral("Roll out FIDO2 keys");
    task.owner = QStringLiteral("IT");
    task = risks.addTask(task).value();

    setDay(fixture, QDate(2026, 3, 1));
    Risk second = phishing();
    second.title = QStringLiteral("Fax sent to the wrong clinic");
    second.identifiedOn = QDate(2026, 3, 1);
    second = risks.add(second).value();
    RiskMatrix matrix = risks.matrix().value();
    matrix.setLevel(RiskLevel::High, RiskLevel::High, RiskLevel::VeryHigh);
    matrix.setLevel(RiskLevel::VeryHigh, RiskLevel::High, RiskLevel::VeryHigh);
    REQUIRE(risks.setMatrix(matrix).ok());

    setDay(fixture, QDate(2026, 3, 20));
    task.status = TaskStatus::Done;
    task.completedOn = QDate(2026, 3, 19);
    REQUIRE(risks.updateTask(task).ok());
    risk.status = RiskStatus::Closed;
    risk.residual = RiskRating{RiskLevel::Low, RiskLevel::High};
    REQUIRE(risks.update(risk).ok());

    SECTION("before anything was recorded")
    {
        auto snapshot = risks.asOf(QDate(2026, 1, 4));
        REQUIRE(snapshot.ok());
        CHECK(snapshot->risks.empty());
        CHECK(snapshot->matrix == RiskMatrix::defaultMatrix());
    }
    SECTION("the day the first risk was identified")
    {
        auto snapshot = risks.asOf(QDate(2026, 1, 5));
        REQUIRE(snapshot.ok());
        REQUIRE(snapshot->risks.size() == 1);
        CHECK(snapshot->risks[0].status == RiskStatus::Identified);
        CHECK(snapshot->risks[0].inherentLevel == RiskLevel::High);
        CHECK(snapshot->tasks.empty());
    }
    SECTION("in remediation, one open task, old matrix")
    {
        auto snapshot = risks.asOf(QDate(2026, 2, 28));
        REQUIRE(snapshot.ok());
        REQUIRE(snapshot->risks.size() == 1);
        CHECK(snapshot->risks[0].status == RiskStatus::InRemediation);
        CHECK(snapshot->risks[0].treatmentPlan.contains(QStringLiteral("FIDO2")) == false);
        REQUIRE(snapshot->tasks.size() == 1);
        CHECK(snapshot->tasks[0].status == TaskStatus::Open);
        CHECK(snapshot->risks[0].createdAt.date() == QDate(2026, 1, 5));
    }
    SECTION("after the matrix changed, two risks rated by the new matrix")
    {
        auto snapshot = risks.asOf(QDate(2026, 3, 1));
        REQUIRE(snapshot.ok());
        REQUIRE(snapshot->risks.size() == 2);
        CHECK(snapshot->matrix == matrix);
        CHECK(snapshot->risks[0].inherentLevel == RiskLevel::VeryHigh);
        CHECK(snapshot->risks[1].title == QStringLiteral("Fax sent to the wrong clinic"));
    }
    SECTION("today: equal to the live register")
    {
        auto snapshot = risks.asOf(QDate(2026, 3, 20));
        REQUIRE(snapshot.ok());
        const std::vector<Risk> live = risks.risks().value();
        REQUIRE(snapshot->risks.size() == live.size());
        for (std::size_t i = 0; i < live.size(); ++i) {
            Risk replayed = snapshot->risks[i];
            CHECK(replayed.title == live[i].title);
            CHECK(replayed.status == live[i].status);
            CHECK(replayed.residual == live[i].residual);
            CHECK(replayed.residualLevel == live[i].residualLevel);
            CHECK(replayed.nextReassessmentOn == live[i].nextReassessmentOn);
            CHECK(replayed.updatedAt == live[i].updatedAt);
        }
        REQUIRE(snapshot->tasks.size() == 1);
        CHECK(snapshot->tasks[0].status == TaskStatus::Done);
    }
}

TEST_CASE("A deleted asset or task is absent after its deletion and present before", "[risk][asof]")
{
    TemporaryProgram fixture;
    setDay(fixture, QDate(2026, 1, 10));
    Asset fax;
    fax.name = QStringLiteral("Fax server");
    fax.kind = AssetKind::PaperFax;
    fax.owner = QStringLiteral("Front office");
    fax.dataFlows = {DataFlow{QStringLiteral("Clinic"), QStringLiteral("Fax server"),
                              QStringLiteral("Analog fax"), false}};
    const qint64 id = fixture.program().assets().add(fax)->id;
    setDay(fixture, QDate(2026, 1, 20));
    REQUIRE(fixture.program().assets().remove(id).ok());

    auto before = fixture.program().risks().asOf(QDate(2026, 1, 15));
    REQUIRE(before.ok());
    REQUIRE(before->assets.size() == 1);
    CHECK(before->assets[0].name == QStringLiteral("Fax server"));
    CHECK(before->assets[0].dataFlows.size() == 1);
    auto after = fixture.program().risks().asOf(QDate(2026, 1, 20));
    REQUIRE(after.ok());
    CHECK(after->assets.empty());
}

TEST_CASE("A risk disposed of after its retention drops out of earlier days, counted",
          "[risk][asof][retention]")
{
    TemporaryProgram fixture;
    Program& program = fixture.program();
    setDay(fixture, QDate(2018, 1, 10));
    Risk old = phishing();
    old.title = QStringLiteral("Courier loses paper superbills");
    old.identifiedOn = QDate(2018, 1, 10);
    const qint64 oldId = program.risks().add(old)->id;
    Risk kept = phishing();
    kept.identifiedOn = QDate(2018, 1, 10);
    const qint64 keptId = program.risks().add(kept)->id;
    setDay(fixture, QDate(2019, 3, 1));
    Risk closed = *program.risks().risk(oldId);
    closed.status = RiskStatus::Closed;
    closed.treatment = RiskTreatment::Mitigate;
    closed.treatmentPlan = QStringLiteral("Scan at the clinic instead");
    closed.residual = RiskRating{RiskLevel::Low, RiskLevel::Low};
    REQUIRE(program.risks().update(closed).ok());

    // Closed on 1 March 2019: kept through 1 March 2025.
    setDay(fixture, QDate(2025, 3, 2));
    REQUIRE(program.retention().dispose(recordtype::risk(), oldId).ok());

    auto then = program.risks().asOf(QDate(2018, 6, 1));
    REQUIRE(then.ok());
    REQUIRE(then->risks.size() == 1);
    CHECK(then->risks[0].id == keptId);
    CHECK(then->disposedRecords == 1);
    auto now = program.risks().asOf(QDate(2025, 3, 2));
    REQUIRE(now.ok());
    CHECK(now->risks.size() == 1);
}

TEST_CASE("The register of a day is replayed again once the trail has grown", "[risk][asof]")
{
    TemporaryProgram fixture;
    RiskRegister& risks = fixture.program().risks();
    setDay(fixture, QDate(2026, 1, 5));
    const Risk first = risks.add(phishing()).value();

    const Result<RiskRegisterSnapshot> before = risks.asOf(QDate(2026, 1, 5));
    REQUIRE(before.ok());
    REQUIRE(before->risks.size() == 1);
    // Asked again with nothing recorded since: the same register.
    const Result<RiskRegisterSnapshot> again = risks.asOf(QDate(2026, 1, 5));
    REQUIRE(again.ok());
    CHECK(again->risks.size() == 1);
    CHECK(again->eventsReplayed == before->eventsReplayed);

    // A change recorded the same day shows in the next answer for that day.
    Risk second = phishing();
    second.title = QStringLiteral("Fax sent to the wrong clinic");
    REQUIRE(risks.add(second).ok());
    Risk changed = first;
    changed.owner = QStringLiteral("Privacy Officer");
    REQUIRE(risks.update(changed).ok());
    const Result<RiskRegisterSnapshot> after = risks.asOf(QDate(2026, 1, 5));
    REQUIRE(after.ok());
    CHECK(after->risks.size() == 2);
    CHECK(after->eventsReplayed > before->eventsReplayed);
    const auto found = std::find_if(after->risks.begin(), after->risks.end(),
                                    [&](const Risk& each) { return each.id == first.id; });
    REQUIRE(found != after->risks.end());
    CHECK(found->owner == QStringLiteral("Privacy Officer"));
}
