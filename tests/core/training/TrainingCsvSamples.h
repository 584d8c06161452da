#pragma once

// Courses and people the training CSV importer and matrix tests share.

#include "core/training/Course.h"
#include "core/training/Person.h"
#include "core/training/TrainingRegister.h"
#include "core/training/WorkforceRegister.h"

#include <QByteArray>
#include <QDate>
#include <QString>
#include <catch2/catch_test_macros.hpp>

namespace palisade::test {

inline Course addSampleCourse(TrainingRegister& training, const QString& title, Cadence cadence,
                              int months = 12, std::optional<int> passingScore = std::nullopt,
                              const QStringList& roles = {})
{
    Course course;
    course.title = title;
    course.kind =
        cadence == Cadence::AtHire ? CourseKind::HipaaOnboarding : CourseKind::AnnualRefresher;
    course.cadence = cadence;
    course.cadenceMonths = months;
    course.passingScore = passingScore;
    course.roles = roles;
    Result<Course> added = training.addCourse(course);
    INFO((added.ok() ? QString() : added.error().message).toStdString());
    REQUIRE(added.ok());
    return *added;
}

inline Person addSamplePerson(WorkforceRegister& workforce, const QString& employeeId,
                              const QString& name, const QDate& hired,
                              const QStringList& roles = {QStringLiteral("coder")})
{
    Person person;
    person.employeeId = employeeId;
    person.name = name;
    person.department = QStringLiteral("Coding");
    person.roles = roles;
    person.hiredOn = hired;
    person.phiAccessOn = hired;
    Result<Person> added = workforce.addPerson(person);
    INFO((added.ok() ? QString() : added.error().message).toStdString());
    REQUIRE(added.ok());
    return *added;
}

inline QByteArray csv(const char* text)
{
    return QByteArray(text);
}

} // namespace palisade::test
