#include "core/training/TrainingDueRules.h"

#include "tests/core/CatchQtStrings.h"
#include "tests/core/training/TrainingSamples.h"

#include <catch2/catch_test_macros.hpp>

using namespace palisade;
using namespace palisade::test;

namespace {

DueItem due(const Person& person, const Course& course, const std::vector<Completion>& completions,
            const QDate& asOf, const std::vector<QDate>& changes = {})
{
    return TrainingDueRules::evaluate(person, course, completions, changes, asOf);
}

} // namespace

TEST_CASE("Due states keep their keys and labels", "[training]")
{
    for (DueState state : allDueStates()) {
        CHECK(dueStateFromKey(dueStateKey(state)) == state);
        CHECK_FALSE(dueStateLabel(state).isEmpty());
    }
    CHECK(dueStateKey(DueState::EndedByTermination) == QStringLiteral("ended_by_termination"));
    CHECK(cadenceKey(Cadence::OnPolicyChange) == QStringLiteral("on_policy_change"));
    CHECK(courseKindKey(CourseKind::PolicyChangeBriefing) ==
          QStringLiteral("policy_change_briefing"));
    CHECK(personStatusKey(PersonStatus::OnLeave) == QStringLiteral("on_leave"));
    CHECK_FALSE(cadenceFromKey(QStringLiteral("weekly")).has_value());
}

TEST_CASE("A course applies to the roles it names, or to everyone when it names none",
          "[training][due]")
{
    const Person person = coder(1, QDate(2025, 1, 6));
    Course course = everyMonths(12);
    CHECK(TrainingDueRules::applies(person, course));
    course.roles = {QStringLiteral("billing"), QStringLiteral("manager")};
    CHECK_FALSE(TrainingDueRules::applies(person, course));
    const DueItem item = due(person, course, {}, QDate(2026, 1, 1));
    CHECK(item.state == DueState::NotRequired);
    CHECK_FALSE(item.nextDue.has_value());
    course.roles << QStringLiteral("coder");
    CHECK(TrainingDueRules::applies(person, course));
    CHECK(due(person, course, {}, QDate(2026, 2, 1)).state == DueState::Overdue);
}

TEST_CASE("Onboarding is due on the PHI access start date; a completion on that day is on time",
          "[training][due]")
{
    const Course course = onboarding();
    const Person person = coder(1, QDate(2026, 3, 2), QDate(2026, 3, 16));

    // Before the hire date nothing is required; from it, due on the access date.
    DueItem item = due(person, course, {}, QDate(2026, 2, 1));
    CHECK(item.state == DueState::NotRequired); // not hired yet
    item = due(person, course, {}, QDate(2026, 3, 2));
    CHECK(item.state == DueState::DueSoon);
    CHECK(item.nextDue == QDate(2026, 3, 16));
    CHECK_FALSE(item.accessBeforeTraining);

    // Completed on the access day itself: complete, no finding.
    const std::vector<Completion> onTime{completed(person, course, QDate(2026, 3, 16))};
    item = due(person, course, onTime, QDate(2026, 3, 16));
    CHECK(item.state == DueState::Complete);
    CHECK(item.lastCompletion == QDate(2026, 3, 16));
    CHECK_FALSE(item.nextDue.has_value());
    CHECK(item.covered);
    CHECK_FALSE(item.accessBeforeTraining);

    // Not completed by the access day: overdue the day after, and a finding.
    item = due(person, course, {}, QDate(2026, 3, 16));
    CHECK(item.state == DueState::DueSoon);
    CHECK_FALSE(item.accessBeforeTraining);
    item = due(person, course, {}, QDate(2026, 3, 17));
    CHECK(item.state == DueState::Overdue);
    CHECK(item.daysOverdue == 1);
    CHECK(item.accessBeforeTraining);

    // Completed a day late: complete, but the finding stays.
    const std::vector<Completion> late{completed(person, course, QDate(2026, 3, 17))};
    item = due(person, course, late, QDate(2026, 6, 1));
    CHECK(item.state == DueState::Complete);
    CHECK(item.accessBeforeTraining);
}

TEST_CASE("Without a PHI access date onboarding is due on the hire date, with no finding",
          "[training][due]")
{
    const Course course = onboarding();
    const Person person = coder(1, QDate(2026, 3, 2));
    const DueItem item = due(person, course, {}, QDate(2026, 4, 1));
    CHECK(item.nextDue == QDate(2026, 3, 2));
    CHECK(item.state == DueState::Overdue);
    CHECK(item.daysOverdue == 30);
    CHECK_FALSE(item.accessBeforeTraining);
}

TEST_CASE("A new hire whose access starts more than 30 days out is not yet due", "[training][due]")
{
    const Person person = coder(1, QDate(2026, 1, 5), QDate(2026, 3, 2));
    const DueItem item = due(person, onboarding(), {}, QDate(2026, 1, 30));
    CHECK(item.state == DueState::NotYetDue);
    CHECK(item.nextDue == QDate(2026, 3, 2));
    CHECK(due(person, onboarding(), {}, QDate(2026, 1, 31)).state == DueState::DueSoon);
}

TEST_CASE("Every N months counts from the last passing completion; month ends clamp",
          "[training][due]")
{
    const Person person = coder(1, QDate(2020, 1, 6));

    SECTION("31 January + 1 month is the last day of February")
    {
        const Course course = everyMonths(1);
        DueItem item =
            due(person, course, {completed(person, course, QDate(2025, 1, 31))}, QDate(2025, 2, 1));
        CHECK(item.nextDue == QDate(2025, 2, 28));
        item =
            due(person, course, {completed(person, course, QDate(2024, 1, 31))}, QDate(2024, 2, 1));
        CHECK(item.nextDue == QDate(2024, 2, 29));
    }
    SECTION("29 February + 12 months is 28 February, never 1 March")
    {
        const Course course = everyMonths(12);
        const std::vector<Completion> leap{completed(person, course, QDate(2024, 2, 29))};
        DueItem item = due(person, course, leap, QDate(2025, 2, 28));
        CHECK(item.nextDue == QDate(2025, 2, 28));
        CHECK(item.state == DueState::DueSoon);
        item = due(person, course, leap, QDate(2025, 3, 1));
        CHECK(item.state == DueState::Overdue);
        CHECK(item.daysOverdue == 1);
    }
    SECTION("A completion on the due date is on time and restarts the cycle from that day")
    {
        const Course course = everyMonths(12);
        std::vector<Completion> done{completed(person, course, QDate(2025, 3, 10))};
        CHECK(due(person, course, done, QDate(2026, 3, 10)).state == DueState::DueSoon);
        CHECK(due(person, course, done, QDate(2026, 3, 11)).state == DueState::Overdue);
        done.push_back(completed(person, course, QDate(2026, 3, 10)));
        const DueItem item = due(person, course, done, QDate(2026, 3, 10));
        CHECK(item.lastCompletion == QDate(2026, 3, 10));
        CHECK(item.nextDue == QDate(2027, 3, 10));
        CHECK(item.state == DueState::Complete);
    }
    SECTION("The 30-day window is inclusive at both ends")
    {
        const Course course = everyMonths(12);
        const std::vector<Completion> done{completed(person, course, QDate(2025, 6, 30))};
        // Due 2026-06-30.
        CHECK(due(person, course, done, QDate(2026, 5, 30)).state == DueState::Complete);
        CHECK(due(person, course, done, QDate(2026, 5, 31)).state == DueState::DueSoon);
        CHECK(due(person, course, done, QDate(2026, 6, 30)).state == DueState::DueSoon);
        CHECK(due(person, course, done, QDate(2026, 6, 30)).covered);
        const DueItem late = due(person, course, done, QDate(2026, 7, 1));
        CHECK(late.state == DueState::Overdue);
        CHECK_FALSE(late.covered);
    }
    SECTION("Never completed: due one cycle after the start date")
    {
        const Course course = everyMonths(12);
        DueItem item = due(person, course, {}, QDate(2020, 1, 6));
        CHECK(item.nextDue == QDate(2021, 1, 6));
        CHECK(item.state == DueState::NotYetDue);
        CHECK_FALSE(item.lastCompletion.has_value());
        item = due(person, course, {}, QDate(2020, 12, 7));
        CHECK(item.state == DueState::DueSoon);
        item = due(person, course, {}, QDate(2021, 1, 7));
        CHECK(item.state == DueState::Overdue);
        CHECK(item.daysOverdue == 1);
        // A hire on 29 February is first due on 28 February a year later.
        const Person leapHire = coder(2, QDate(2024, 2, 29));
        CHECK(due(leapHire, course, {}, QDate(2024, 3, 1)).nextDue == QDate(2025, 2, 28));
    }
    SECTION("Completions after the day asked about do not count yet")
    {
        const Course course = everyMonths(12);
        const std::vector<Completion> done{completed(person, course, QDate(2025, 1, 10)),
                                           completed(person, course, QDate(2026, 1, 5))};
        const DueItem item = due(person, course, done, QDate(2025, 12, 31));
        CHECK(item.lastCompletion == QDate(2025, 1, 10));
        CHECK(item.nextDue == QDate(2026, 1, 10));
    }
}

TEST_CASE("Only passed completions that reach the passing score count", "[training][due]")
{
    const Person person = coder(1, QDate(2020, 1, 6));
    Course course = everyMonths(12);
    course.passingScore = 80;
    const std::vector<Completion> done{
        completed(person, course, QDate(2025, 9, 1), 92.0),
        completed(person, course, QDate(2025, 10, 1), 79.5),         // below the passing score
        completed(person, course, QDate(2025, 11, 1), 95.0, false),  // marked failed
        completed(person, course, QDate(2025, 12, 1), std::nullopt), // no score
    };
    const DueItem item = due(person, course, done, QDate(2026, 1, 15));
    CHECK(item.lastCompletion == QDate(2025, 9, 1));
    CHECK(item.nextDue == QDate(2026, 9, 1));
    CHECK(TrainingDueRules::counts(course, done[0]));
    CHECK(TrainingDueRules::counts(course, completed(person, course, QDate(2025, 1, 1), 80.0)));
    CHECK_FALSE(TrainingDueRules::counts(course, done[1]));
    CHECK_FALSE(TrainingDueRules::counts(course, done[2]));
    CHECK_FALSE(TrainingDueRules::counts(course, done[3]));
}

TEST_CASE("A completion older than its validity no longer counts", "[training][due]")
{
    const Person person = coder(1, QDate(2020, 1, 6));
    SECTION("At hire with a validity: due again when it expires")
    {
        Course course = onboarding();
        course.validityMonths = 24;
        const std::vector<Completion> done{completed(person, course, QDate(2024, 2, 29))};
        DueItem item = due(person, course, done, QDate(2025, 1, 1));
        CHECK(item.state == DueState::Complete);
        CHECK(item.nextDue == QDate(2026, 2, 28));
        item = due(person, course, done, QDate(2026, 2, 28));
        CHECK(item.state == DueState::DueSoon);
        CHECK(item.covered);
        item = due(person, course, done, QDate(2026, 3, 1));
        CHECK(item.state == DueState::Overdue);
        CHECK_FALSE(item.covered);
        CHECK(item.lastCompletion == QDate(2024, 2, 29));
    }
    SECTION("Every N months: the earlier of the cadence and the validity")
    {
        Course course = everyMonths(24);
        course.validityMonths = 12;
        const DueItem item =
            due(person, course, {completed(person, course, QDate(2025, 5, 31))}, QDate(2025, 6, 1));
        CHECK(item.nextDue == QDate(2026, 5, 31));
    }
}

TEST_CASE("Terminated people drop out after the termination date; hires after the day are not "
          "required",
          "[training][due]")
{
    const Course course = everyMonths(12);
    Person person = coder(1, QDate(2020, 1, 6));
    person.status = PersonStatus::Terminated;
    person.terminatedOn = QDate(2026, 1, 31);
    const std::vector<Completion> done{completed(person, course, QDate(2024, 6, 1))};
    DueItem item = due(person, course, done, QDate(2026, 1, 31));
    CHECK(item.state == DueState::Overdue); // still on the workforce that day
    item = due(person, course, done, QDate(2026, 2, 1));
    CHECK(item.state == DueState::EndedByTermination);
    CHECK_FALSE(item.nextDue.has_value());
    CHECK(item.lastCompletion == QDate(2024, 6, 1)); // the record stays
    CHECK(item.daysOverdue == 0);

    const Person future = coder(2, QDate(2026, 4, 1));
    item = due(future, course, {}, QDate(2026, 3, 31));
    CHECK(item.state == DueState::NotRequired);
    // From the first day: the refresher a cycle away, onboarding due at once.
    CHECK(due(future, course, {}, QDate(2026, 4, 1)).state == DueState::NotYetDue);
    CHECK(due(future, onboarding(), {}, QDate(2026, 4, 1)).state == DueState::DueSoon);
}

TEST_CASE("A retired course is not required from its retirement date", "[training][due]")
{
    const Person person = coder(1, QDate(2020, 1, 6));
    Course course = everyMonths(12);
    course.retiredOn = QDate(2026, 1, 1);
    CHECK(due(person, course, {}, QDate(2025, 12, 31)).state == DueState::Overdue);
    CHECK(due(person, course, {}, QDate(2026, 1, 1)).state == DueState::NotRequired);
}

TEST_CASE("A policy change calls for a briefing within 30 days", "[training][due]")
{
    const Course course = policyBriefing();
    const Person person = coder(1, QDate(2025, 1, 6));
    const std::vector<QDate> changes{QDate(2024, 12, 1), QDate(2026, 2, 1), QDate(2026, 6, 1)};

    // A change before the person started calls for nothing.
    DueItem item = due(person, course, {}, QDate(2025, 6, 1), changes);
    CHECK(item.state == DueState::NotRequired);
    CHECK_FALSE(item.nextDue.has_value());

    item = due(person, course, {}, QDate(2026, 2, 1), changes);
    CHECK(item.nextDue == QDate(2026, 3, 3));
    CHECK(item.state == DueState::DueSoon);
    CHECK(due(person, course, {}, QDate(2026, 3, 3), changes).state == DueState::DueSoon);
    item = due(person, course, {}, QDate(2026, 3, 4), changes);
    CHECK(item.state == DueState::Overdue);
    CHECK(item.daysOverdue == 1);

    // Briefed on the change date itself: complete until the next change.
    const std::vector<Completion> briefed{completed(person, course, QDate(2026, 2, 1))};
    item = due(person, course, briefed, QDate(2026, 5, 31), changes);
    CHECK(item.state == DueState::Complete);
    CHECK_FALSE(item.nextDue.has_value());
    item = due(person, course, briefed, QDate(2026, 6, 1), changes);
    CHECK(item.state == DueState::DueSoon);
    CHECK(item.nextDue == QDate(2026, 7, 1));
    CHECK_FALSE(item.covered);

    // A briefing the day before the change does not cover it.
    const std::vector<Completion> early{completed(person, course, QDate(2026, 1, 31))};
    CHECK(due(person, course, early, QDate(2026, 3, 4), changes).state == DueState::Overdue);
}
