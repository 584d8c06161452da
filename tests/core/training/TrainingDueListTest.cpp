#include "core/training/TrainingDueList.h"

#include "core/training/TrainingDueRules.h"
#include "tests/core/CatchQtStrings.h"
#include "tests/core/training/TrainingSamples.h"

#include <QRandomGenerator>
#include <catch2/catch_test_macros.hpp>

using namespace palisade;
using namespace palisade::test;

namespace {

const QStringList roleKeys{
    QStringLiteral("coder"),           QStringLiteral("remote_coder"),
    QStringLiteral("billing"),         QStringLiteral("system_administrator"),
    QStringLiteral("privacy_officer"), QStringLiteral("security_officer"),
    QStringLiteral("manager")};

struct Workforce
{
    std::vector<Person> people;
    std::vector<Course> courses;
    std::vector<Completion> completions;
    std::vector<PolicyChange> changes;
};

// A workforce of `peopleCount` with 12 courses of every cadence and about
// `completionCount` completions, the same on every run.
Workforce makeWorkforce(int peopleCount, int completionCount)
{
    QRandomGenerator random(20260301);
    Workforce w;
    for (int i = 1; i <= peopleCount; ++i) {
        Person person = coder(i, QDate(2015, 1, 1).addDays(random.bounded(4000)));
        person.roles = {roleKeys[random.bounded(qsizetype(roleKeys.size()))]};
        if (random.bounded(4) == 0)
            person.roles << roleKeys[random.bounded(qsizetype(roleKeys.size()))];
        person.roles.sort();
        person.roles.removeDuplicates();
        if (random.bounded(3) == 0)
            person.phiAccessOn = person.hiredOn.addDays(random.bounded(30));
        if (i % 50 == 0) { // new hires whose access starts later
            person.hiredOn = QDate(2026, 2, 20);
            person.phiAccessOn = QDate(2026, 4, 15);
        }
        if (random.bounded(10) == 0) {
            person.status = PersonStatus::Terminated;
            person.terminatedOn = person.hiredOn.addDays(200 + random.bounded(2000));
        }
        w.people.push_back(person);
    }
    for (int i = 1; i <= 12; ++i) {
        Course course;
        course.id = i;
        course.title = QStringLiteral("Course %1").arg(i);
        course.cadence =
            i <= 3 ? Cadence::AtHire : (i <= 10 ? Cadence::EveryMonths : Cadence::OnPolicyChange);
        course.cadenceMonths = 6 * (1 + i % 4);
        if (i % 3 == 0)
            course.passingScore = 80;
        if (i % 4 == 0)
            course.validityMonths = 18;
        if (i % 2 == 0)
            course.roles = {roleKeys[i % roleKeys.size()]};
        if (i == 12)
            course.policyIds = {2};
        if (i == 9)
            course.retiredOn = QDate(2025, 6, 1);
        w.courses.push_back(course);
    }
    w.changes = {{1, QDate(2024, 3, 1)}, {2, QDate(2025, 9, 15)}, {3, QDate(2026, 1, 20)}};
    w.completions.reserve(std::size_t(completionCount));
    for (int i = 0; i < completionCount; ++i) {
        const Person& person = w.people[std::size_t(random.bounded(peopleCount))];
        const Course& course = w.courses[std::size_t(random.bounded(12))];
        Completion completion =
            completed(person, course, person.hiredOn.addDays(random.bounded(4000) - 60));
        completion.id = i + 1;
        if (course.passingScore)
            completion.score = 60 + random.bounded(41);
        completion.passed = random.bounded(20) != 0;
        w.completions.push_back(completion);
    }
    return w;
}

std::vector<QDate> changesFor(const Course& course, const std::vector<PolicyChange>& changes)
{
    std::vector<QDate> dates;
    for (const PolicyChange& change : changes) {
        if (course.cadence == Cadence::OnPolicyChange &&
            (course.policyIds.isEmpty() || course.policyIds.contains(change.policyId)))
            dates.push_back(change.effectiveOn);
    }
    return dates;
}

} // namespace

TEST_CASE("The due list agrees with the rules pair by pair on a large workforce",
          "[training][due][large]")
{
    const Workforce w = makeWorkforce(5000, 300000);
    const QDate asOf(2026, 3, 1);

    const TrainingDueList list(w.people, w.courses, w.completions, w.changes);
    const std::vector<DueItem> items = list.items(asOf);

    std::size_t applicable = 0;
    for (const Person& person : w.people) {
        for (const Course& course : w.courses)
            applicable += TrainingDueRules::applies(person, course) ? 1 : 0;
    }
    REQUIRE(items.size() == applicable);

    int states[6] = {};
    for (const DueItem& item : items)
        ++states[int(item.state)];
    // Every 61st item, recomputed from the whole completion list.
    int checked = 0;
    for (std::size_t i = 0; i < items.size(); i += 61) {
        const DueItem& item = items[i];
        const Person& person = w.people[std::size_t(item.personId - 1)];
        const Course& course = w.courses[std::size_t(item.courseId - 1)];
        const DueItem expected = TrainingDueRules::evaluate(person, course, w.completions,
                                                            changesFor(course, w.changes), asOf);
        CHECK(item == expected);
        ++checked;
    }
    CHECK(checked > 500);
    // The workforce reaches every state.
    for (int count : states)
        CHECK(count > 0);
}

TEST_CASE("Monthly completion rates count required pairs at each month end", "[training][due]")
{
    const Person early = coder(1, QDate(2025, 1, 6));
    const Person late = coder(2, QDate(2025, 3, 3));
    const Course course = everyMonths(12);
    const TrainingDueList list(
        {early, late}, {course},
        {completed(early, course, QDate(2025, 1, 31)), completed(late, course, QDate(2025, 4, 10))},
        {});
    const std::vector<CompletionRate> rates = list.rateByMonth(QDate(2025, 2, 14), 3);
    REQUIRE(rates.size() == 3);
    CHECK(rates[0].monthEnd == QDate(2025, 2, 28));
    CHECK(rates[0].required == 1); // the late hire is not on the workforce yet
    CHECK(rates[0].complete == 1);
    CHECK(rates[1].monthEnd == QDate(2025, 3, 31));
    CHECK(rates[1].required == 2);
    CHECK(rates[1].complete == 1);
    CHECK(rates[1].rate() == 0.5);
    CHECK(rates[2].complete == 2);
    CHECK(CompletionRate{}.rate() == 1.0);
}
