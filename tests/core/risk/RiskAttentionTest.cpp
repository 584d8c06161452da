#include "core/risk/RiskAttention.h"

#include <catch2/catch_test_macros.hpp>
#include <vector>

using namespace palisade;

namespace {

const QDate today(2026, 3, 1);

Risk openRisk()
{
    Risk risk;
    risk.id = 7;
    risk.status = RiskStatus::InRemediation;
    risk.identifiedOn = QDate(2026, 1, 5);
    risk.dueOn = QDate(2026, 3, 1);
    risk.nextReassessmentOn = QDate(2027, 1, 5);
    return risk;
}

RemediationTask task(qint64 riskId, TaskStatus status, const QDate& due)
{
    RemediationTask t;
    t.riskId = riskId;
    t.status = status;
    t.dueOn = due;
    return t;
}

} // namespace

TEST_CASE("A risk due today is not overdue; one due yesterday is", "[risk]")
{
    Risk risk = openRisk();
    CHECK_FALSE(RiskAttention::of(risk, {}, today).isOverdue());
    risk.dueOn = today.addDays(-1);
    const RiskAttention late = RiskAttention::of(risk, {}, today);
    CHECK(late.pastDue);
    CHECK(late.isOverdue());
    CHECK(late.reasons().size() == 1);

    risk.dueOn = QDate();
    CHECK_FALSE(RiskAttention::isPastDue(risk, today));
}

TEST_CASE("Accepted and closed risks are not past their remediation due date", "[risk]")
{
    Risk risk = openRisk();
    risk.dueOn = today.addDays(-30);
    risk.status = RiskStatus::Closed;
    CHECK_FALSE(RiskAttention::isPastDue(risk, today));
    risk.status = RiskStatus::Accepted;
    CHECK_FALSE(RiskAttention::isPastDue(risk, today));
    risk.status = RiskStatus::Identified;
    CHECK(RiskAttention::isPastDue(risk, today));
}

TEST_CASE("An acceptance lapses on its expiry day", "[risk]")
{
    Risk risk = openRisk();
    risk.status = RiskStatus::Accepted;
    risk.acceptance.acceptedOn = QDate(2025, 3, 1);
    risk.acceptance.expiresOn = today.addDays(1);
    CHECK_FALSE(RiskAttention::isAcceptanceLapsed(risk, today));
    risk.acceptance.expiresOn = today;
    CHECK(RiskAttention::isAcceptanceLapsed(risk, today));
    CHECK(RiskAttention::of(risk, {}, today).isOverdue());
    risk.status = RiskStatus::InRemediation;
    CHECK_FALSE(RiskAttention::isAcceptanceLapsed(risk, today));
}

TEST_CASE("A passed reassessment date needs attention unless the risk is closed", "[risk]")
{
    Risk risk = openRisk();
    risk.nextReassessmentOn = today.addDays(-1);
    CHECK(RiskAttention::of(risk, {}, today).reassessmentDue);
    risk.status = RiskStatus::Closed;
    CHECK_FALSE(RiskAttention::of(risk, {}, today).reassessmentDue);
}

TEST_CASE("Only this risk's open tasks are counted, and late ones are overdue", "[risk]")
{
    const Risk risk = openRisk();
    const std::vector<RemediationTask> tasks = {
        task(7, TaskStatus::Open, today.addDays(-2)),
        task(7, TaskStatus::InProgress, today.addDays(10)),
        task(7, TaskStatus::Done, today.addDays(-40)),
        task(7, TaskStatus::Cancelled, today.addDays(-40)),
        task(8, TaskStatus::Open, today.addDays(-40)),
        task(7, TaskStatus::Open, QDate()),
    };
    const RiskAttention attention = RiskAttention::of(risk, tasks, today);
    CHECK(attention.openTasks == 3);
    CHECK(attention.overdueTasks == 1);
    CHECK(attention.isOverdue());
    CHECK_FALSE(attention.pastDue);
    REQUIRE(attention.reasons().size() == 1);
    CHECK(attention.reasons().front().contains(QStringLiteral("1")));
}
