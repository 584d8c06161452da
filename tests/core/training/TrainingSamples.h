#pragma once

#include "core/training/Completion.h"
#include "core/training/Course.h"
#include "core/training/Person.h"

#include <QDate>

namespace palisade::test {

// A coder hired on `hired`, with PHI access from the same day unless told.
inline Person coder(qint64 id, const QDate& hired, const QDate& phiAccess = {})
{
    Person person;
    person.id = id;
    person.employeeId = QStringLiteral("E-%1").arg(id);
    person.name = QStringLiteral("Coder %1").arg(id);
    person.roles = {QStringLiteral("coder")};
    person.hiredOn = hired;
    person.phiAccessOn = phiAccess;
    return person;
}

inline Course onboarding(qint64 id = 1)
{
    Course course;
    course.id = id;
    course.title = QStringLiteral("HIPAA onboarding");
    course.kind = CourseKind::HipaaOnboarding;
    course.cadence = Cadence::AtHire;
    return course;
}

inline Course everyMonths(int months, qint64 id = 2)
{
    Course course;
    course.id = id;
    course.title = QStringLiteral("Refresher every %1 months").arg(months);
    course.kind = CourseKind::AnnualRefresher;
    course.cadence = Cadence::EveryMonths;
    course.cadenceMonths = months;
    return course;
}

inline Course policyBriefing(qint64 id = 3)
{
    Course course;
    course.id = id;
    course.title = QStringLiteral("Policy change briefing");
    course.kind = CourseKind::PolicyChangeBriefing;
    course.cadence = Cadence::OnPolicyChange;
    return course;
}

inline Completion completed(const Person& person, const Course& course, const QDate& on,
                            std::optional<double> score = std::nullopt, bool passed = true)
{
    Completion completion;
    completion.personId = person.id;
    completion.courseId = course.id;
    completion.completedOn = on;
    completion.score = score;
    completion.passed = passed;
    return completion;
}

} // namespace palisade::test
